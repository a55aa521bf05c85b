import type { PortfolioDecision } from '@pilotis/shared';
import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormatters } from '../../../lib/use-formatters';
import { useDecisions } from '../use-portfolios';

const refs = (projects: PortfolioDecision['approved']) => projects.map((p) => `${p.code} ${p.title}`).join(', ');

/** The decisions recorded so far, latest first, each with its three lists in words. */
export function DecisionsList({ portfolioId }: { portfolioId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const decisions = useDecisions(portfolioId);
  return (
    <section aria-labelledby="decisions-title">
      <Title order={3} size="h5" id="decisions-title" mb="xs">{t('portfolios.arbitration.decisionsTitle')}</Title>
      <ErrorAlert error={decisions.error} />
      {decisions.data?.length === 0 && <Text size="sm" c="dimmed">{t('portfolios.arbitration.noDecision')}</Text>}
      <List spacing="sm" listStyleType="none" p={0}>
        {decisions.data?.map((d) => (
          <List.Item key={d.id}>
            <Stack gap={2}>
              <Text fw={600}>{t('portfolios.arbitration.decisionHeading', { body: d.body, date: format.date(d.decidedOn) })}</Text>
              {d.approved.length > 0 && <Text size="sm">{t('portfolios.arbitration.verdicts.approved')} : {refs(d.approved)}</Text>}
              {d.rejected.length > 0 && <Text size="sm">{t('portfolios.arbitration.verdicts.rejected')} : {refs(d.rejected)}</Text>}
              {d.postponed.length > 0 && <Text size="sm">{t('portfolios.arbitration.verdicts.postponed')} : {refs(d.postponed)}</Text>}
              {d.note && <Text size="sm" c="dimmed">{d.note}</Text>}
            </Stack>
          </List.Item>
        ))}
      </List>
    </section>
  );
}
