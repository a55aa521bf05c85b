import { Alert, Anchor, Button, Group, Select } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { portfolioFinanceImportPath, portfolioPath } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { usePortfolio } from '../portfolios/use-portfolios';
import { BudgetSummary } from './BudgetSummary';
import { ProjectBudgetTable } from './ProjectBudgetTable';
import { UnmatchedLinesSection } from './UnmatchedLinesSection';
import { usePortfolioBudget } from './use-finance';
import { useFormatters } from '../../lib/use-formatters';

/** « Budget du portefeuille »: planned / committed / spent per project and in total, over-budget projects, unmatched finance lines. */
export function PortfolioBudgetPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams<{ id: string }>();
  const portfolio = usePortfolio(id);
  const [year, setYear] = useState<number | null>(null);
  const budget = usePortfolioBudget(id, year);
  const { euros } = useFormatters();

  if (portfolio.isPending || budget.isPending) return <LoadingState />;
  if (!portfolio.data || !budget.data) return <ErrorAlert error={portfolio.error ?? budget.error} />;
  const { startYear, endYear } = portfolio.data.settings;
  const years = Array.from({ length: Math.max(0, endYear - startYear + 1) }, (_, i) => String(startYear + i));
  const data = budget.data;

  return (
    <>
      <PageHeader
        title={t('finance.budget.title', { name: portfolio.data.name })}
        description={<>{t('finance.budget.intro')} <Anchor component={Link} to={portfolioPath(id)} underline="always">{t('finance.budget.back')}</Anchor></>}
        actions={
          data.can.import && (
            <Button component={Link} to={portfolioFinanceImportPath(id)} leftSection={<IconFileImport size={18} aria-hidden />}>
              {t('finance.budget.import')}
            </Button>
          )
        }
      />
      <Group mb="md">
        <Select
          label={t('finance.budget.year')}
          data={[{ value: '', label: t('finance.budget.allYears') }, ...years.map((y) => ({ value: y, label: y }))]}
          value={year === null ? '' : String(year)}
          onChange={(value) => setYear(value ? Number(value) : null)}
          allowDeselect={false}
          w={200}
        />
      </Group>
      <BudgetSummary budget={data} />
      {data.overBudget.length > 0 && (
        <Alert color="red" variant="outline" c="red.9" mb="md" title={t('finance.budget.overTitle', { count: data.overBudget.length })}>
          {data.overBudget.map((p) => t('finance.budget.overItem', { code: p.code, title: p.title, amount: euros(p.overCents) })).join(' · ')}
        </Alert>
      )}
      <ProjectBudgetTable budget={data} />
      <UnmatchedLinesSection portfolioId={id} />
    </>
  );
}
