import type { FinanceImportResult } from '@pilotis/shared';
import { Button, Group, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FinanceIssuesTable } from './FinanceIssuesTable';
import { useFormatters } from '../../lib/use-formatters';

/** What the import will do (or did): new, updated, unchanged lines, matched or not, and the amounts. */
export function FinanceCounts({ result }: { result: FinanceImportResult }) {
  const { t } = useTranslation();
  const { euros } = useFormatters();
  return (
    <List size="sm" spacing={2}>
      <List.Item>{t('finance.import.counts', { rows: result.rows, created: result.created, updated: result.updated, unchanged: result.unchanged })}</List.Item>
      {result.otherPortfolio > 0 && <List.Item>{t('finance.import.otherPortfolio', { count: result.otherPortfolio })}</List.Item>}
      <List.Item>{t('finance.import.matching', { matched: result.matched, unmatched: result.unmatched })}</List.Item>
      <List.Item>{t('finance.import.amounts', { committed: euros(result.committedCents), paid: euros(result.paidCents) })}</List.Item>
    </List>
  );
}

interface Props {
  fileName: string;
  result: FinanceImportResult;
  importing: boolean;
  error: unknown;
  onImport: () => void;
  onBack: () => void;
}

/** Step 2: the counts and the first lines as read, then import for real (all or nothing). */
export function FinancePreviewStep({ fileName, result, importing, error, onImport, onBack }: Props) {
  const { t } = useTranslation();
  const { euros } = useFormatters();
  const nothingNew = result.created === 0 && result.updated === 0;
  return (
    <Stack>
      <Text>{t('finance.import.previewOf', { name: fileName })}</Text>
      <FinanceCounts result={result} />
      <Table.ScrollContainer minWidth={760}>
        <Table striped verticalSpacing={4}>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
            <Text component="span" size="sm" c="dimmed">{t('finance.import.previewCaption', { count: result.preview.length })}</Text>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {(['line', 'reference', 'type', 'date', 'code', 'amount', 'project'] as const).map((key) => (
                <Table.Th key={key} scope="col" ta={key === 'amount' ? 'right' : undefined}>{t(`finance.line.${key}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.preview.map((line) => (
              <Table.Tr key={line.line}>
                <Table.Th scope="row" fw={400}>{line.line}</Table.Th>
                <Table.Td>{line.reference}</Table.Td>
                <Table.Td>{t(`finance.type.${line.type}`)}</Table.Td>
                <Table.Td>{line.date}</Table.Td>
                <Table.Td ff="monospace">{line.code || t('common.empty')}</Table.Td>
                <Table.Td ta="right">{euros(line.amountCents)}</Table.Td>
                <Table.Td>{line.projectCode ?? t('finance.import.noProject')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ErrorAlert error={error} />
      <FinanceIssuesTable error={error} />
      <Group>
        <Button onClick={onImport} loading={importing} disabled={nothingNew}>{t('finance.import.confirm')}</Button>
        <Button variant="default" onClick={onBack}>{t('finance.import.back')}</Button>
      </Group>
      {nothingNew && <Text size="sm" c="dimmed">{t('finance.import.nothingNew')}</Text>}
    </Stack>
  );
}
