import type { CSSProperties } from 'react';
import type { ColourMode, MapBranch } from './map-model';
import { MapNodeCard } from './MapNodeCard';
import type { MapLabels } from './use-map-labels';
import type { useZoomPan } from './use-zoom-pan';
import classes from './strategy-map.module.css';

interface CanvasProps {
  branches: MapBranch[];
  mode: ColourMode;
  labels: MapLabels;
  nodeHref: (nodeId: string) => string;
  zoomPan: ReturnType<typeof useZoomPan>;
  label: string;
}

/** The map itself: one column per axis in a scrolling, zoomable viewport (focusable, so arrows scroll it). */
export function MapCanvas({ branches, mode, labels, nodeHref, zoomPan, label }: CanvasProps) {
  return (
    <div
      {...zoomPan.viewportProps}
      className={`${classes.viewport} ${zoomPan.dragging ? classes.dragging : ''}`}
      role="region"
      aria-label={label}
      tabIndex={0}
      data-testid="strategy-map"
    >
      <div ref={zoomPan.contentRef} className={classes.content} style={{ zoom: zoomPan.zoom } as CSSProperties}>
        {branches.map((branch) => (
          <div key={branch.node.id} className={classes.axis}>
            <MapNodeCard branch={branch} mode={mode} labels={labels} nodeHref={nodeHref} />
          </div>
        ))}
      </div>
    </div>
  );
}
