import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';

/** The file's problems (422): each with the line and column to fix, as the server names them. */
export function FinanceIssuesTable({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || error.status !== 422 || error.issues.length === 0) return null;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped verticalSpacing={4}>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text component="span" size="sm" c="dimmed">{t('finance.import.problemsCaption')}</Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('finance.import.where')}</Table.Th>
            <Table.Th scope="col">{t('finance.import.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {error.issues.map((issue, index) => (
            <Table.Tr key={index}>
              <Table.Th scope="row" fw={400}>{issue.path}</Table.Th>
              <Table.Td>{issue.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
