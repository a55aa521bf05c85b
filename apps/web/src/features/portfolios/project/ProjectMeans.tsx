import type { Project } from '@pilotis/shared';
import { SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { FicheSection } from '../../actions/fiche/FicheSection';

/** Estimated cost per year and nature (with what the finance software says was committed and spent) and FTE per service. */
export function ProjectMeans({ costs, resources }: Pick<Project, 'costs' | 'resources'>) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { number } = format;
  const th = (label: string, right = false) => <Table.Th scope="col" ta={right ? 'right' : undefined}>{label}</Table.Th>;
  const total = costs.reduce((sum, c) => sum + c.plannedCents, 0);

  return (
    <FicheSection title={t('portfolios.project.meansTitle')}>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <div>
          <Title order={3} size="h5" mb="xs">{t('portfolios.project.costsTitle', { total: format.euros(total) })}</Title>
          {costs.length === 0 ? <Text size="sm" c="dimmed">{t('portfolios.project.noCost')}</Text> : (
            <Table verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>{th(t('portfolios.arbitration.year'))}{th(t('portfolios.arbitration.nature'))}{th(t('portfolios.project.planned'), true)}{th(t('portfolios.project.committed'), true)}{th(t('portfolios.project.spent'), true)}</Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {costs.map((c) => (
                    <Table.Tr key={`${c.year}-${c.nature}`}>
                      <Table.Th scope="row" fw={400}>{c.year}</Table.Th>
                      <Table.Td>{t(`portfolios.arbitration.natures.${c.nature}`)}</Table.Td>
                      <Table.Td ta="right">{format.euros(c.plannedCents)}</Table.Td>
                      <Table.Td ta="right">{format.euros(c.committedCents)}</Table.Td>
                      <Table.Td ta="right">{format.euros(c.spentCents)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
          )}
        </div>
        <div>
          <Title order={3} size="h5" mb="xs">{t('portfolios.project.resourcesTitle')}</Title>
          {resources.length === 0 ? <Text size="sm" c="dimmed">{t('portfolios.project.noResource')}</Text> : (
            <Table verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>{th(t('portfolios.arbitration.year'))}{th(t('portfolios.arbitration.unit'))}{th(t('portfolios.project.fte'), true)}</Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {resources.map((r) => (
                    <Table.Tr key={`${r.year}-${r.orgUnitId}`}>
                      <Table.Th scope="row" fw={400}>{r.year}</Table.Th>
                      <Table.Td>{r.orgUnitName}</Table.Td>
                      <Table.Td ta="right">{number(r.fte)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
          )}
        </div>
      </SimpleGrid>
    </FicheSection>
  );
}
