import { IconChartLine, IconStarFilled } from '@tabler/icons-react';
import { classLooks } from './map-colours';
import type { ColourMode } from './map-model';
import type { MapLabels } from './use-map-labels';
import classes from './strategy-map.module.css';

/** What each colour, icon and mark means, with how many fiches of the map fall in each class. */
export function MapLegend({ mode, totals, labels, withIndicators }: { mode: ColourMode; totals: Record<string, number> | null; labels: MapLabels; withIndicators: boolean }) {
  const { t } = labels;
  return (
    <section aria-labelledby="strategy-map-legend">
      <h2 id="strategy-map-legend" className={classes.legendTitle}>
        {t('strategyMap.legend')} — {t(`strategyMap.colours.${mode}`)}
      </h2>
      <ul className={classes.legend}>
        {classLooks[mode].map((look) => {
          const Icon = look.icon;
          return (
            <li key={look.key}>
              <span className={classes.swatch} data-class={look.key} style={{ background: look.background, color: look.color }} aria-hidden>
                {Icon && <Icon size={12} />}
              </span>
              {labels.classLabel(mode, look.key)}
              {totals && ` (${totals[look.key] ?? 0})`}
            </li>
          );
        })}
        <li>
          <span className={classes.swatch} data-late="true" aria-hidden>
            !
          </span>
          {t('strategyMap.legendLate')}
        </li>
        <li>
          <IconStarFilled size={14} aria-hidden />
          {t('strategyMap.legendFlagship')}
        </li>
        {withIndicators && (
          <li>
            <IconChartLine size={14} aria-hidden />
            {t('strategyMap.legendIndicator')}
          </li>
        )}
        <li>{t('strategyMap.legendFolded')}</li>
      </ul>
    </section>
  );
}
