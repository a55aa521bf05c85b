import type { ProjectSummary } from '@pilotis/shared';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { projectPath } from '../../app/paths';
import { useFormatters } from '../../lib/use-formatters';
import { StageBadge } from './StageBadge';

export function ProjectsTable({ projects, caption }: { projects: ProjectSummary[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { number } = format;
  if (projects.length === 0) return <Text c="dimmed">{t('portfolios.portfolio.noProjects')}</Text>;

  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text component="span" c="dimmed" size="sm">{caption}</Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('portfolios.project.code')}</Table.Th>
            <Table.Th scope="col">{t('portfolios.project.title')}</Table.Th>
            <Table.Th scope="col">{t('portfolios.project.stage')}</Table.Th>
            <Table.Th scope="col">{t('portfolios.project.sponsor')}</Table.Th>
            <Table.Th scope="col">{t('portfolios.project.requestingUnit')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('portfolios.project.plannedCost')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('portfolios.project.fte')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('portfolios.project.score')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('portfolios.project.rank')}</Table.Th>
            <Table.Th scope="col">{t('portfolios.project.dates')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {projects.map((project) => (
            <Table.Tr key={project.id}>
              <Table.Td>{project.code}</Table.Td>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={projectPath(project.id)} fw={600}>{project.title}</Anchor>
              </Table.Th>
              <Table.Td><StageBadge stage={project.stage} /></Table.Td>
              <Table.Td>{project.sponsor?.name ?? project.sponsorName ?? t('common.empty')}</Table.Td>
              <Table.Td>{project.requestingUnit?.name ?? t('common.empty')}</Table.Td>
              <Table.Td ta="right">{format.euros(project.totalPlannedCents)}</Table.Td>
              <Table.Td ta="right">{number(project.fteTotal)}</Table.Td>
              <Table.Td ta="right">{project.score === null ? t('common.empty') : number(project.score)}</Table.Td>
              <Table.Td ta="right">{project.rank ?? t('common.empty')}</Table.Td>
              <Table.Td>{project.startsOn || project.endsOn ? `${format.date(project.startsOn) || '…'} – ${format.date(project.endsOn) || '…'}` : t('common.empty')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
