import { Anchor, Group, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { portfolioPath } from '../../../app/paths';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { usePortfolio } from '../use-portfolios';
import { RequestForm } from './RequestForm';

/** « Déposer une demande de projet »: open to every agent who may read the portfolio. */
export function RequestPage() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const portfolio = usePortfolio(id);
  if (portfolio.isPending) return <LoadingState />;
  if (!portfolio.data) return <ErrorAlert error={portfolio.error} />;
  const current = portfolio.data;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={portfolioPath(current.id)} size="sm">
        <Group gap={4} component="span"><IconArrowLeft size={16} aria-hidden />{t('portfolios.request.back', { name: current.name })}</Group>
      </Anchor>
      <PageHeader title={t('portfolios.request.title')} description={t('portfolios.request.intro', { name: current.name })} />
      {current.can.submit ? <RequestForm portfolio={current} /> : <ErrorAlert message={t('portfolios.request.notAllowed')} />}
    </Stack>
  );
}
