import type { PlanImportProblem } from '@pilotis/shared';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Every problem with where to find it: sheet, line, column, how serious, what is wrong. */
export function PlanImportProblems({ problems }: { problems: PlanImportProblem[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640} mah={480}>
      <Table striped verticalSpacing={4}>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text component="span" size="sm" c="dimmed">{t('planImport.problemsCaption')}</Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('planImport.severity')}</Table.Th>
            <Table.Th scope="col">{t('planImport.sheet')}</Table.Th>
            <Table.Th scope="col">{t('planImport.line')}</Table.Th>
            <Table.Th scope="col">{t('planImport.column')}</Table.Th>
            <Table.Th scope="col">{t('planImport.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((problem, index) => (
            <Table.Tr key={index}>
              <Table.Td>
                <Text span size="sm" fw={700} c={problem.severity === 'error' ? 'red.9' : undefined}>{t(`planImport.${problem.severity}`)}</Text>
              </Table.Td>
              <Table.Td>{problem.sheet || t('planImport.wholeFile')}</Table.Td>
              <Table.Td>{problem.line > 0 ? problem.line : t('common.empty')}</Table.Td>
              <Table.Td>{problem.column ?? t('common.empty')}</Table.Td>
              <Table.Td>{problem.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
