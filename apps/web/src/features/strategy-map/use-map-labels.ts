import { useMemo } from 'react';
import type { TFunction } from 'i18next';
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

  const actionLabel = useActionLabel(t, format.percent);

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

const actionSlots = ['code', 'title', 'status', 'progress', 'weather', 'late', 'flagship'] as const;
type ActionSlot = (typeof actionSlots)[number];

/**
 * « 1.2.3.4 Titre — En cours, 40 %, météo Orageux, en retard » for every chip of the map (1,500 on
 * a large plan) and again in its text version: the sentence and its parts are translated once per
 * language, then filled in (i18next took ~0.1 ms per sentence, a tenth of a second per map).
 */
function useActionLabel(t: TFunction, percent: (value: number | null | undefined) => string) {
  return useMemo(() => {
    const marker = '\u0000';
    // The sentence with a marker around each slot's name: [text, slot, text, slot, …, text].
    const pieces = t('strategyMap.actionLabel', Object.fromEntries(actionSlots.map((slot) => [slot, `${marker}${slot}${marker}`]))).split(marker);
    const weatherParts = new Map<string, string>();
    const weatherPart = (weather: string) => {
      let part = weatherParts.get(weather);
      if (part === undefined) weatherParts.set(weather, (part = t('strategyMap.weatherPart', { value: t(`actions.weathers.${weather}`) })));
      return part;
    };
    const late = t('strategyMap.latePart');
    const flagship = t('strategyMap.flagshipPart');
    return (action: MapAction) => {
      const values: Record<ActionSlot, string> = {
        code: action.code,
        title: action.title,
        status: action.status.label,
        progress: percent(action.progress),
        weather: action.weather ? weatherPart(action.weather) : '',
        late: action.late ? late : '',
        flagship: action.flagship ? flagship : '',
      };
      return pieces.map((piece, index) => (index % 2 === 1 ? (values[piece as ActionSlot] ?? '') : piece)).join('');
    };
  }, [t, percent]);
}

export type MapLabels = ReturnType<typeof useMapLabels>;
