import { Anchor, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { planPath } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { ProgressWithLabel } from '../../components/ProgressWithLabel';
import { useFormatters } from '../../lib/use-formatters';
import { DashboardFiltersBar } from '../dashboards/DashboardFiltersBar';
import { useDashboardFilters } from '../dashboards/dashboard-filters';
import { StaleDaysSelect, useStaleDays } from '../home/StaleDaysSelect';
import { QualityChecksTable } from './QualityChecksTable';
import { QualityItemsList } from './QualityItemsList';
import { QualityOrgUnitsTable } from './QualityOrgUnitsTable';
import { checksToChase } from './quality-figures';
import { useQualityReport } from './use-quality';

/** « Qualité des données » of a plan: what the central team must chase, each figure leading to its items. */
export function QualityPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { id } = useParams<{ id: string }>();
  const [staleDays, setStaleDays] = useStaleDays();
  const { filters, setFilters } = useDashboardFilters();
  const report = useQualityReport(id, staleDays, filters);

  if (report.isPending) return <LoadingState />;
  if (!report.data) return <ErrorAlert error={report.error} />;
  const { plan, score, checks, byOrgUnit, staleDays: days } = report.data;
  const toChase = checksToChase(checks);

  return (
    <Stack gap="xl" maw={1100} aria-busy={report.isFetching}>
      <div>
        <Anchor component={Link} to={planPath(plan.id)} size="sm">
          <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: 'middle' }} /> {t('quality.backToPlan', { name: plan.name })}
        </Anchor>
        <PageHeader title={t('quality.title', { name: plan.name })} documentTitle={t('quality.documentTitle', { name: plan.name })} description={t('quality.intro')} />
      </div>
      <div>
        <StaleDaysSelect value={staleDays} onChange={setStaleDays} />
        <DashboardFiltersBar filters={filters} onChange={setFilters} />
      </div>

      <Stack component="section" aria-labelledby="quality-score" gap="xs">
        <Title order={2} size="h3" id="quality-score">{t('quality.score.title')}</Title>
        <Text size="lg" role="status">{t('quality.score.text', { value: format.percent(score) })}</Text>
        <ProgressWithLabel value={score} label={t('quality.score.title')} w={360} />
        <Text size="sm" c="dimmed">{t('quality.score.help')}</Text>
      </Stack>

      <Stack component="section" aria-labelledby="quality-checks" gap="xs">
        <Title order={2} size="h3" id="quality-checks">{t('quality.checks.title')}</Title>
        <QualityChecksTable checks={checks} staleDays={days} />
      </Stack>

      <Stack component="section" aria-labelledby="quality-units" gap="xs">
        <Title order={2} size="h3" id="quality-units">{t('quality.units.title')}</Title>
        <QualityOrgUnitsTable units={byOrgUnit} />
      </Stack>

      <Stack component="section" aria-labelledby="quality-items" gap="lg">
        <Title order={2} size="h3" id="quality-items">{t('quality.items.title')}</Title>
        {toChase.length === 0 ? (
          <Text>{t('quality.items.none')}</Text>
        ) : (
          toChase.map((check) => <QualityItemsList key={check.key} check={check} staleDays={days} />)
        )}
      </Stack>
    </Stack>
  );
}
