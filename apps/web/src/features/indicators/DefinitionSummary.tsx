import type { Indicator } from '@pilotis/shared';
import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgUnits } from '../org-units/use-org-units';
import { useIndicatorFormat } from './indicator-format';

/** The definition read-only, as a description list (term / value pairs). */
export function DefinitionSummary({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const unitName = (useOrgUnits().data ?? []).find((u) => u.id === indicator.ownerOrgUnitId)?.name;
  const empty = t('common.empty');
  const baseline = indicator.baselinePeriod
    ? `${format.value(indicator.baselineValue, indicator)} (${format.period(indicator.baselinePeriod, indicator.periodicity)})`
    : empty;
  const items: [string, ReactNode][] = [
    [t('indicators.form.description'), indicator.description || empty],
    [t('indicators.form.unit'), indicator.unit || empty],
    [t('indicators.form.direction'), t(`indicators.directions.${indicator.direction}`)],
    [t('indicators.form.periodicity'), t(`indicators.periodicities.${indicator.periodicity}`)],
    [t('indicators.form.kind'), t(`indicators.kinds.${indicator.kind}`)],
    [t('indicators.form.ownerUnit'), unitName ?? empty],
    [t('indicators.form.pilots'), indicator.pilots.map((p) => p.name).join(', ') || empty],
    [t('indicators.form.visibility'), t(`indicators.visibilities.${indicator.visibility}`)],
    [t('indicators.page.thresholds'), t('indicators.page.thresholdsText', { onTrack: indicator.thresholds.onTrack, offTrack: indicator.thresholds.offTrack })],
    [t('indicators.page.baseline'), baseline],
    [t('indicators.form.source'), indicator.source || empty],
    [t('indicators.form.method'), indicator.method || empty],
    [t('indicators.form.formula'), indicator.formula ? <code>{indicator.formula}</code> : t('indicators.page.entered')],
    [t('indicators.form.requiresValidation'), t(indicator.requiresValidation ? 'common.yes' : 'common.no')],
  ];
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs" m={0}>
      {items.map(([term, value]) => (
        <div key={term}>
          <Text component="dt" size="sm" fw={700}>{term}</Text>
          <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-wrap' }}>{value}</Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
