import type { FinanceLine } from '@pilotis/shared';
import { Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePortfolioProjects } from '../portfolios/use-portfolios';
import { useAssignLine, useUnmatchedLines } from './use-finance';
import { useFormatters } from '../../lib/use-formatters';

/** The finance lines no project code matched, each assigned by hand to a project of the portfolio. */
export function UnmatchedLinesSection({ portfolioId }: { portfolioId: string }) {
  const { t } = useTranslation();
  const lines = useUnmatchedLines(portfolioId);
  const projects = usePortfolioProjects(portfolioId);
  const options = (projects.data ?? []).map((p) => ({ value: p.id, label: `${p.code} — ${p.title}` }));
  if (!lines.data || lines.data.data.length === 0) return null;
  return (
    <Stack gap="xs" mt="xl">
      <Title order={2} size="h3">{t('finance.unmatched.title', { count: lines.data.counts.unmatched })}</Title>
      <Text size="sm" c="dimmed">{t('finance.unmatched.intro')}</Text>
      <Table.ScrollContainer minWidth={860}>
        <Table striped verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('finance.line.reference')}</Table.Th>
              <Table.Th scope="col">{t('finance.line.type')}</Table.Th>
              <Table.Th scope="col">{t('finance.line.date')}</Table.Th>
              <Table.Th scope="col">{t('finance.line.code')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('finance.line.amount')}</Table.Th>
              <Table.Th scope="col">{t('finance.line.supplier')}</Table.Th>
              <Table.Th scope="col">{t('finance.unmatched.project')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.data.data.map((line) => (
              <UnmatchedRow key={line.id} line={line} options={options} canAssign={lines.data.can.assign} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function UnmatchedRow({ line, options, canAssign }: { line: FinanceLine; options: { value: string; label: string }[]; canAssign: boolean }) {
  const { t } = useTranslation();
  const { euros } = useFormatters();
  const assign = useAssignLine();
  const [actionId, setActionId] = useState<string | null>(null);
  const label = t('finance.unmatched.projectFor', { reference: line.reference });
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={400}>{line.reference}</Table.Th>
      <Table.Td>{t(`finance.type.${line.type}`)}</Table.Td>
      <Table.Td>{line.date}</Table.Td>
      <Table.Td ff="monospace">{line.code || t('common.empty')}</Table.Td>
      <Table.Td ta="right">{euros(line.amountCents)}</Table.Td>
      <Table.Td>{line.supplier || t('common.empty')}</Table.Td>
      <Table.Td>
        {canAssign ? (
          <Stack gap={4}>
            <Group gap="xs" wrap="nowrap">
              <Select aria-label={label} placeholder={t('finance.unmatched.choose')} data={options} value={actionId} onChange={setActionId} searchable size="xs" w={240} />
              <Button size="xs" disabled={!actionId} loading={assign.isPending} onClick={() => actionId && assign.mutate({ lineId: line.id, actionId })}>
                {t('finance.unmatched.assign')}
              </Button>
            </Group>
            <ErrorAlert error={assign.error} />
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">{t('finance.unmatched.none')}</Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
