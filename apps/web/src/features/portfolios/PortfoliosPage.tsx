import { projectStages } from '@pilotis/shared';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { portfolioPath } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { usePortfolios } from './use-portfolios';

/** The portfolios I can read, each with how many projects sit at each stage. */
export function PortfoliosPage() {
  const { t } = useTranslation();
  const portfolios = usePortfolios();

  return (
    <>
      <PageHeader title={t('portfolios.title')} description={t('portfolios.intro')} />
      {portfolios.isPending && <LoadingState />}
      <ErrorAlert error={portfolios.error} />
      {portfolios.data?.length === 0 && <Text c="dimmed">{t('portfolios.empty')}</Text>}
      {portfolios.data && portfolios.data.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped verticalSpacing="xs">
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
              <Text component="span" c="dimmed" size="sm">{t('portfolios.listCaption')}</Text>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('portfolios.name')}</Table.Th>
                <Table.Th scope="col">{t('portfolios.period')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('portfolios.projectCount')}</Table.Th>
                {projectStages.map((stage) => (
                  <Table.Th key={stage} scope="col" ta="right">{t(`portfolios.stages.${stage}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {portfolios.data.map((portfolio) => (
                <Table.Tr key={portfolio.id}>
                  <Table.Th scope="row" fw={400}>
                    <Anchor component={Link} to={portfolioPath(portfolio.id)} fw={600}>{portfolio.name}</Anchor>
                  </Table.Th>
                  <Table.Td>{portfolio.startYear === portfolio.endYear ? portfolio.startYear : `${portfolio.startYear} – ${portfolio.endYear}`}</Table.Td>
                  <Table.Td ta="right">{portfolio.projectCount}</Table.Td>
                  {projectStages.map((stage) => (
                    <Table.Td key={stage} ta="right">{portfolio.countsByStage[stage] ?? 0}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
