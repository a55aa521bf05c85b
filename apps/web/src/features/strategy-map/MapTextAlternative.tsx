import { memo, type ElementType } from 'react';
import { actionPath, indicatorPath } from '../../app/paths';
import type { ColourMode, MapBranch } from './map-model';
import type { MapLabels } from './use-map-labels';
import classes from './strategy-map.module.css';

interface TextProps {
  branches: MapBranch[];
  mode: ColourMode;
  labels: MapLabels;
  nodeHref: (nodeId: string) => string;
}

/**
 * The map as nested lists, for screen readers and keyboard users: the same nodes, figures, fiches
 * and indicators. Levels are headings (h3 for axes, down to h6), so one can jump from one to the next.
 */
export const MapTextAlternative = memo(function MapTextAlternative({ branches, mode, labels, nodeHref }: TextProps) {
  const { t } = labels;
  return (
    <section aria-labelledby="strategy-map-text" className={classes.textVersion}>
      <h2 id="strategy-map-text" tabIndex={-1}>
        {t('strategyMap.text.heading')}
      </h2>
      <p>{t('strategyMap.text.intro')}</p>
      <ul>
        {branches.map((branch) => (
          <TextBranch key={branch.node.id} branch={branch} mode={mode} labels={labels} nodeHref={nodeHref} />
        ))}
      </ul>
    </section>
  );
});

function TextBranch({ branch, mode, labels, nodeHref }: { branch: MapBranch } & Omit<TextProps, 'branches'>) {
  const { node, children, actions, indicators, foldedNodes } = branch;
  const { t } = labels;
  const Heading = (node.depth < 4 ? `h${node.depth + 3}` : 'p') as ElementType;
  const name = `${node.code} ${node.title}`;
  const breakdown = labels.nodeBreakdown(node, mode);
  return (
    <li>
      <Heading className={classes.textHeading}>
        <a href={nodeHref(node.id)}>{name}</a>
      </Heading>
      <p className={classes.textFigures}>
        {t('strategyMap.nodeSummary', { level: node.levelName, detail: labels.nodeFigures(node) })}
        {breakdown && `. ${breakdown}`}
        {foldedNodes > 0 && `. ${t('strategyMap.folded', { count: foldedNodes })}`}
      </p>
      {indicators.length > 0 && (
        <ul aria-label={t('strategyMap.text.indicators', { name })}>
          {indicators.map((indicator) => (
            <li key={indicator.id}>
              <a href={indicatorPath(indicator.id)}>{labels.indicatorLabel(indicator)}</a>
            </li>
          ))}
        </ul>
      )}
      {actions.length > 0 && (
        <ul aria-label={t('strategyMap.text.actions', { name })}>
          {actions.map((action) => (
            <li key={action.id}>
              <a href={actionPath(action.id)}>{labels.actionLabel(action)}</a>
            </li>
          ))}
        </ul>
      )}
      {children.length > 0 && (
        <ul>
          {children.map((child) => (
            <TextBranch key={child.node.id} branch={child} mode={mode} labels={labels} nodeHref={nodeHref} />
          ))}
        </ul>
      )}
    </li>
  );
}
