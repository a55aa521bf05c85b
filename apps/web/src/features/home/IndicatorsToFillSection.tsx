import type { MeDashboard } from '@pilotis/shared';
import { periodicityOf } from '@pilotis/shared';
import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconTable } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { indicatorPath, paths } from '../../app/paths';
import { MeasureStatusBadge } from '../indicators/IndicatorBadges';
import { useIndicatorFormat } from '../indicators/indicator-format';

type IndicatorToFill = MeDashboard['indicatorsToFill'][number];

/** Indicators I fill whose last completed period has no measure: the entry grid or each indicator's page. */
export function IndicatorsToFillSection({ indicators }: { indicators: IndicatorToFill[] }) {
  const { t } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="home-indicators" gap="sm" id="indicateurs">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3" id="home-indicators">{t('homeDashboard.indicators.title')}</Title>
        <Button component={Link} to={paths.indicatorEntry} variant="default" leftSection={<IconTable size={18} aria-hidden />}>
          {t('homeDashboard.indicators.openGrid')}
        </Button>
      </Group>
      {indicators.length === 0 ? (
        <Text c="dimmed">{t('homeDashboard.indicators.none')}</Text>
      ) : (
        <>
          <Text>{t('homeDashboard.indicators.count', { count: indicators.length })}</Text>
          <IndicatorsToFillTable indicators={indicators} />
        </>
      )}
    </Stack>
  );
}

function IndicatorsToFillTable({ indicators }: { indicators: IndicatorToFill[] }) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const period = (value: string) => {
    const periodicity = periodicityOf(value);
    return periodicity ? format.period(value, periodicity) : value;
  };
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text component="span" c="dimmed" size="sm">{t('homeDashboard.indicators.caption')}</Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('homeDashboard.indicators.indicator')}</Table.Th>
            <Table.Th scope="col">{t('homeDashboard.indicators.duePeriod')}</Table.Th>
            <Table.Th scope="col">{t('homeDashboard.indicators.latest')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicators.map((indicator) => (
            <Table.Tr key={indicator.id}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={indicatorPath(indicator.id)} fw={600}>{`${indicator.code} ${indicator.name}`}</Anchor>
              </Table.Th>
              <Table.Td>{period(indicator.duePeriod)}</Table.Td>
              <Table.Td>
                {indicator.latest ? (
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm">{t('homeDashboard.indicators.latestValue', { value: format.value(indicator.latest.value, indicator), period: period(indicator.latest.period) })}</Text>
                    <MeasureStatusBadge status={indicator.latest.status} />
                  </Group>
                ) : (
                  <Text size="sm" c="dimmed">{t('homeDashboard.indicators.noMeasure')}</Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
