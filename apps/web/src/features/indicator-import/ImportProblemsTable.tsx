import type { ImportProblem } from '@pilotis/shared';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Every problem with where to find it in the file: line, column, what is wrong. */
export function ImportProblemsTable({ problems }: { problems: ImportProblem[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped verticalSpacing={4}>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text component="span" size="sm" c="dimmed">{t('integrations.import.problemsCaption')}</Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('integrations.import.line')}</Table.Th>
            <Table.Th scope="col">{t('integrations.import.column')}</Table.Th>
            <Table.Th scope="col">{t('integrations.import.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((problem, index) => (
            <Table.Tr key={index}>
              <Table.Th scope="row">{problem.line > 0 ? problem.line : t('integrations.import.wholeFile')}</Table.Th>
              <Table.Td>{problem.column ?? t('common.empty')}</Table.Td>
              <Table.Td>{problem.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
