import type { PortfolioBudget } from '@pilotis/shared';
import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { projectPath } from '../../app/paths';
import { useFormatters } from '../../lib/use-formatters';

/** Per project: planned, committed, spent, consumption; projects over budget are flagged in words, not only colour. */
export function ProjectBudgetTable({ budget }: { budget: PortfolioBudget }) {
  const { t } = useTranslation();
  const { euros, rate } = useFormatters();
  if (budget.projects.length === 0) return <Text c="dimmed">{t('finance.budget.noProjects')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing={6}>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text component="span" size="sm" c="dimmed">{t('finance.budget.tableCaption')}</Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('finance.budget.project')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('finance.budget.planned')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('finance.budget.committed')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('finance.budget.spent')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('finance.budget.consumption')}</Table.Th>
            <Table.Th scope="col">{t('finance.budget.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {budget.projects.map((project) => (
            <Table.Tr key={project.actionId}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={projectPath(project.actionId)}>
                  <Text component="span" ff="monospace" size="sm">{project.code}</Text> {project.title}
                </Anchor>
              </Table.Th>
              <Table.Td ta="right">{euros(project.plannedCents)}</Table.Td>
              <Table.Td ta="right">{euros(project.committedCents)}</Table.Td>
              <Table.Td ta="right">{euros(project.spentCents)}</Table.Td>
              <Table.Td ta="right">{rate(project.consumptionRate)}</Table.Td>
              <Table.Td>
                {project.overBudget ? <Badge color="red" variant="light" c="red.9">{t('finance.budget.over')}</Badge> : <Text size="sm" c="dimmed">{t('finance.budget.within')}</Text>}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
