import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { nodeCounts, type ColourMode, type MapAction, type MapIndicator, type MapNode } from './map-model';

/** Every text of the map, built once per render of the page and shared by the map and its text version. */
export function useMapLabels() {
  const { t, i18n } = useTranslation();
  // One formatter for the thousands of figures of a large map (formatPercent builds one per call).
  const format = useMemo(() => {
    const locale = i18n.language === 'en' ? 'en-GB' : 'fr-FR';
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    return { locale, percent: (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${number.format(value)} %`) };
  }, [i18n.language]);

  const classLabel = (mode: ColourMode, key: string): string => {
    if (mode === 'status') return t(`statuses.categories.${key}`);
    if (mode === 'weather') return key === 'none' ? t('strategyMap.noWeather') : t(`actions.weathers.${key}`);
    return t(`strategyMap.progressClasses.${key}`);
  };

  const actionLabel = (action: MapAction) =>
    t('strategyMap.actionLabel', {
      code: action.code,
      title: action.title,
      status: action.status.label,
      progress: format.percent(action.progress),
      weather: action.weather ? t('strategyMap.weatherPart', { value: t(`actions.weathers.${action.weather}`) }) : '',
      late: action.late ? t('strategyMap.latePart') : '',
      flagship: action.flagship ? t('strategyMap.flagshipPart') : '',
    });

  /** « 12 actions · avancement 45 % · 3 en retard » */
  const nodeFigures = (node: MapNode) =>
    [
      t('strategyMap.actionCount', { count: node.actionCount }),
      t('strategyMap.progress', { value: format.percent(node.progress) }),
      node.lateCount > 0 ? t('strategyMap.lateCount', { count: node.lateCount }) : null,
    ]
      .filter(Boolean)
      .join(' · ');

  /** « Répartition : En cours 3, Terminé 2 » for the colouring shown (nothing for progress). */
  const nodeBreakdown = (node: MapNode, mode: ColourMode) => {
    const counts = nodeCounts(node, mode)?.filter((entry) => entry.count > 0) ?? [];
    if (counts.length === 0) return '';
    return t('strategyMap.countsOf', { detail: counts.map((entry) => `${classLabel(mode, entry.key)} ${entry.count}`).join(', ') });
  };

  const indicatorStatus = (indicator: MapIndicator) => t(`strategyMap.indicatorStatuses.${indicator.status ?? 'none'}`);
  const indicatorLabel = (indicator: MapIndicator) =>
    t('strategyMap.indicatorLabel', { code: indicator.code, name: indicator.name, status: indicatorStatus(indicator) });

  return { t, format, classLabel, actionLabel, nodeFigures, nodeBreakdown, indicatorStatus, indicatorLabel };
}

export type MapLabels = ReturnType<typeof useMapLabels>;
