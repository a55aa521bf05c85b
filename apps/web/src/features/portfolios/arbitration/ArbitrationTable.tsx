import type { ArbitrationProject } from '@pilotis/shared';
import { Anchor, Checkbox, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { projectPath } from '../../../app/paths';
import { useFormatters } from '../../../lib/use-formatters';
import { SortableHeader } from '../../actions/SortableHeader';
import { StageBadge } from '../StageBadge';
import { isCountedByStage, isSelectable, sortArbitration, type ArbitrationSort } from './arbitration-view';

interface ArbitrationTableProps {
  projects: ArbitrationProject[];
  selected: string[];
  onToggle: (id: string, on: boolean) => void;
  sort: ArbitrationSort;
  onSort: (sort: ArbitrationSort) => void;
}

/** The bubble chart's figures as a table sortable by score, with the what-if ticks. */
export function ArbitrationTable({ projects, selected, onToggle, sort, onSort }: ArbitrationTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { number } = format;
  const header = (column: string, label: string) => <SortableHeader column={column} label={label} sort={sort} onSort={(s) => onSort(s as ArbitrationSort)} />;
  const empty = t('common.empty');
  if (projects.length === 0) return <Text c="dimmed">{t('portfolios.arbitration.noProjects')}</Text>;

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text component="span" c="dimmed" size="sm">{t('portfolios.arbitration.tableCaption')}</Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('portfolios.arbitration.whatIf')}</Table.Th>
            <Table.Th scope="col">{t('portfolios.project.rank')}</Table.Th>
            {header('code', t('portfolios.project.code'))}
            <Table.Th scope="col">{t('portfolios.project.title')}</Table.Th>
            <Table.Th scope="col">{t('portfolios.project.stage')}</Table.Th>
            {header('score', t('portfolios.project.score'))}
            <Table.Th scope="col">{t('portfolios.arbitration.risk')}</Table.Th>
            {header('cost', t('portfolios.project.plannedCost'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sortArbitration(projects, sort).map((project) => (
            <Table.Tr key={project.id} bg={selected.includes(project.id) ? 'blue.0' : undefined}>
              <Table.Td>
                {isSelectable(project) ? (
                  <Checkbox
                    checked={selected.includes(project.id)}
                    onChange={(event) => onToggle(project.id, event.currentTarget.checked)}
                    aria-label={t('portfolios.arbitration.tick', { name: `${project.code} ${project.title}` })}
                  />
                ) : (
                  <Text size="sm" c="dimmed">{isCountedByStage(project) ? t('portfolios.arbitration.alreadyCounted') : empty}</Text>
                )}
              </Table.Td>
              <Table.Td>{project.rank ?? empty}</Table.Td>
              <Table.Td>{project.code}</Table.Td>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={projectPath(project.id)} fw={600}>{project.title}</Anchor>
              </Table.Th>
              <Table.Td><StageBadge stage={project.stage} /></Table.Td>
              <Table.Td>{project.score === null ? t('portfolios.arbitration.unscored') : number(project.score)}</Table.Td>
              <Table.Td>{project.risk === null ? empty : number(project.risk)}</Table.Td>
              <Table.Td>{format.euros(project.totalCostCents)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
