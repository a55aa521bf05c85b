import { memo } from 'react';
import { actionPath, indicatorPath } from '../../app/paths';
import { indicatorLooks, lookOf } from './map-colours';
import { actionClass, nodeCounts, progressBucket, type ColourMode, type MapAction, type MapBranch, type MapIndicator, type MapNode } from './map-model';
import type { MapLabels } from './use-map-labels';
import classes from './strategy-map.module.css';

interface CardProps {
  branch: MapBranch;
  mode: ColourMode;
  labels: MapLabels;
  nodeHref: (nodeId: string) => string;
}

/** A node as a card: its name (a link to the plan page on that node), figures, fiches and sub-levels. */
export const MapNodeCard = memo(function MapNodeCard({ branch, mode, labels, nodeHref }: CardProps) {
  const { node, children, actions, indicators, foldedNodes } = branch;
  return (
    <div className={classes.card} data-node-id={node.id}>
      <a className={classes.nodeLink} href={nodeHref(node.id)}>
        {node.code} {node.title}
      </a>
      <span className={classes.level}>{node.levelName}</span>
      <span className={classes.summary}>
        <span>{labels.t('strategyMap.actionCount', { count: node.actionCount })}</span>
        <span>{labels.t('strategyMap.progress', { value: labels.format.percent(node.progress) })}</span>
        {node.lateCount > 0 && <span className={classes.late}>{labels.t('strategyMap.lateCount', { count: node.lateCount })}</span>}
      </span>
      <NodeBar node={node} mode={mode} />
      <NodeCounts node={node} mode={mode} labels={labels} />
      {foldedNodes > 0 && <span className={classes.folded}>{labels.t('strategyMap.folded', { count: foldedNodes })}</span>}
      {indicators.length > 0 && (
        <ul className={classes.chips}>
          {indicators.map((indicator) => (
            <IndicatorPill key={indicator.id} indicator={indicator} labels={labels} />
          ))}
        </ul>
      )}
      {actions.length > 0 && (
        <ul className={classes.chips}>
          {actions.map((action) => (
            <ActionChip key={action.id} action={action} mode={mode} labels={labels} />
          ))}
        </ul>
      )}
      {children.length > 0 && (
        <div className={classes.children}>
          {children.map((child) => (
            <MapNodeCard key={child.node.id} branch={child} mode={mode} labels={labels} nodeHref={nodeHref} />
          ))}
        </div>
      )}
    </div>
  );
});

/** The node's fiches by class as a stacked bar, or its progress; the numbers beside it say the same. */
function NodeBar({ node, mode }: { node: MapNode; mode: ColourMode }) {
  const counts = nodeCounts(node, mode);
  if (!counts) {
    const look = lookOf('progress', progressBucket(node.progress));
    return (
      <span className={classes.bar} aria-hidden>
        <span style={{ width: `${node.progress ?? 0}%`, background: look.key === 'none' ? 'transparent' : look.background }} />
      </span>
    );
  }
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  if (total === 0) return null;
  return (
    <span className={classes.bar} aria-hidden>
      {counts.map((entry) =>
        entry.count > 0 ? (
          <span key={entry.key} className={classes.segment} data-class={entry.key} style={{ width: `${(entry.count / total) * 100}%`, background: lookOf(mode, entry.key).background }} />
        ) : null,
      )}
    </span>
  );
}

function NodeCounts({ node, mode, labels }: { node: MapNode; mode: ColourMode; labels: MapLabels }) {
  const counts = nodeCounts(node, mode)?.filter((entry) => entry.count > 0);
  if (!counts?.length) return null;
  return (
    <span className={classes.summary}>
      {counts.map((entry) => {
        const look = lookOf(mode, entry.key);
        const label = labels.classLabel(mode, entry.key);
        return (
          <span key={entry.key} className={classes.count} style={{ background: look.background, color: look.color }} title={label}>
            <Glyph name={look.glyph} />
            <span className={classes.srOnly}>{label}</span> {entry.count}
          </span>
        );
      })}
    </span>
  );
}

function ActionChip({ action, mode, labels }: { action: MapAction; mode: ColourMode; labels: MapLabels }) {
  const key = actionClass(action, mode);
  const look = lookOf(mode, key);
  const label = labels.actionLabel(action);
  const text = mode === 'progress' ? String(action.status.category === 'done' ? 100 : action.progress) : action.code.slice(action.code.lastIndexOf('.') + 1);
  return (
    <li>
      <a href={actionPath(action.id)} className={classes.chip} data-class={key} data-late={action.late} style={{ background: look.background, color: look.color }} aria-label={label} title={label}>
        <Glyph name={look.glyph} />
        {action.flagship && <Glyph name="flagship" small />}
        <span aria-hidden>{text}</span>
        {action.late && <span className={classes.lateMark} aria-hidden>!</span>}
      </a>
    </li>
  );
}

function IndicatorPill({ indicator, labels }: { indicator: MapIndicator; labels: MapLabels }) {
  const look = indicatorLooks[indicator.status ?? 'none']!;
  const label = labels.indicatorLabel(indicator);
  return (
    <li>
      <a href={indicatorPath(indicator.id)} className={classes.indicator} style={look} aria-label={label} title={label}>
        <Glyph name="indicator" />
        <span aria-hidden>
          {indicator.code} · {labels.indicatorStatus(indicator)}
        </span>
      </a>
    </li>
  );
}

/** An icon drawn by CSS (a mask over glyphs/<name>.svg): no SVG element per chip on a map of thousands. */
function Glyph({ name, small = false }: { name: string | null; small?: boolean }) {
  return name ? <span className={small ? `${classes.glyph} ${classes.glyphSmall}` : classes.glyph} data-glyph={name} aria-hidden /> : null;
}
