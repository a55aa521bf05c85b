import { Alert, Anchor, Button, Group, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Link, useParams } from 'react-router';
import { planPath } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { activeFilterCount, useDashboardFilters } from '../dashboards/dashboard-filters';
import { buildBranches, estimatedRoom, fitZoom, levelCount, mapWidth, printWidthPx, type MapBranch } from './map-model';
import { useInAppLinks } from './use-in-app-links';
import { MapCanvas } from './MapCanvas';
import { MapFilters } from './MapFilters';
import { MapLegend } from './MapLegend';
import { MapTextAlternative } from './MapTextAlternative';
import { MapToolbar } from './MapToolbar';
import { useMapLabels } from './use-map-labels';
import { useMapView, useStrategyMap } from './use-strategy-map';
import { useZoomPan } from './use-zoom-pan';
import classes from './strategy-map.module.css';

/** /plans/:id/carte — the plan's whole strategy on one page, its legend, and the same as text. */
export function StrategyMapPage() {
  const { id } = useParams<{ id: string }>();
  const { view, setView, apiQuery } = useMapView();
  const { filters, setFilters } = useDashboardFilters();
  const map = useStrategyMap(id, apiQuery);
  const labels = useMapLabels();
  const { t } = labels;
  const zoomPan = useZoomPan();
  const branches = useMemo(() => (map.data ? buildBranches(map.data) : []), [map.data]);
  const nodeHref = useCallback((nodeId: string) => `${planPath(id ?? '')}?noeud=${nodeId}`, [id]);
  usePrintSetup(zoomPan.contentRef, zoomPan.naturalWidth, view.paper);
  // A plan wider than the screen opens fitted to its width, as long as the text stays readable (50 %);
  // decided while rendering, from the number of axes, so the map is laid out once at its zoom.
  const [fittedPlan, setFittedPlan] = useState<string | null>(null);
  if (map.data && fittedPlan !== map.data.plan.id) {
    setFittedPlan(map.data.plan.id);
    zoomPan.setZoomQuiet(fitZoom(mapWidth(branches.length), estimatedRoom(window.innerWidth), 0.5));
  }
  // The text version is drawn once the map is on screen (React may interrupt it): the map is usable first.
  const textBranches = useAfterFirstPaint(branches, branches.length > 0);
  const navigateInApp = useInAppLinks();

  if (map.isPending) return <LoadingState />;
  if (!map.data) return <ErrorAlert error={map.error} />;
  const { plan } = map.data;
  const totals = view.colour === 'progress' ? null : totalsOf(branches, view.colour);

  return (
    <>
      <style>{`@page { size: ${view.paper.toUpperCase()} landscape; margin: 8mm; }`}</style>
      <PageHeader
        title={`${t('strategyMap.title')} — ${plan.name}`}
        documentTitle={t('strategyMap.documentTitle', { plan: plan.name })}
        description={t('strategyMap.intro')}
        actions={
          <Button component={Link} to={planPath(plan.id)} variant="default" leftSection={<IconArrowLeft size={18} aria-hidden />} className={classes.noPrint}>
            {t('strategyMap.backToPlan')}
          </Button>
        }
      />
      <Group className={classes.noPrint} mb="xs">
        <Anchor href="#strategy-map-text" onClick={(event) => { event.preventDefault(); document.getElementById('strategy-map-text')?.focus(); }}>
          {t('strategyMap.toText')}
        </Anchor>
      </Group>
      <div className={classes.noPrint}>
        <MapToolbar
          view={view}
          depth={map.data.depth}
          levels={levelCount(map.data.nodes)}
          levelNames={plan.levelNames}
          onView={setView}
          zoom={{ value: zoomPan.zoom, zoomIn: zoomPan.zoomIn, zoomOut: zoomPan.zoomOut, reset: zoomPan.reset, fit: () => zoomPan.fitToWidth() }}
          onPrint={() => window.print()}
          labels={labels}
        />
        <MapFilters filters={filters} onChange={setFilters} label={t('strategyMap.filters', { count: activeFilterCount(filters) })} />
      </div>
      <Text className={classes.printOnly} size="sm">
        {t('strategyMap.printedOn', { plan: plan.name, date: new Date().toLocaleDateString(labels.format.locale) })}
      </Text>
      {map.data.actionsTruncated && (
        <Alert color="blue" title={t('strategyMap.truncatedTitle')} mb="sm">
          {t('strategyMap.truncated', { count: branches.reduce((sum, branch) => sum + branch.node.actionCount, 0) })}
        </Alert>
      )}
      <MapLegend mode={view.colour} totals={totals} labels={labels} withIndicators={view.indicators} />
      {branches.length === 0 ? (
        <Text mt="md">{t('strategyMap.empty')}</Text>
      ) : (
        <div onClick={navigateInApp}>
          <div style={{ marginTop: 12 }}>
            <MapCanvas branches={branches} mode={view.colour} labels={labels} nodeHref={nodeHref} zoomPan={zoomPan} label={t('strategyMap.mapLabel', { plan: plan.name })} />
          </div>
          <MapTextAlternative branches={textBranches} mode={view.colour} labels={labels} nodeHref={nodeHref} />
        </div>
      )}
    </>
  );
}

const noBranches: MapBranch[] = [];

/**
 * `noBranches` until a frame has been painted with the map, then `branches`, deferred (drawn in the
 * background, React may interrupt it). A deferred value alone starts its work right after the map's
 * commit, before the browser could paint the map.
 */
function useAfterFirstPaint(branches: MapBranch[], mapShown: boolean): MapBranch[] {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted || !mapShown) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [painted, mapShown]);
  return useDeferredValue(painted ? branches : noBranches, noBranches);
}

/** Fiches per class over the whole map, from the axes' roll-ups (complete even when levels are folded). */
function totalsOf(branches: MapBranch[], mode: 'status' | 'weather'): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const { node } of branches) {
    for (const [key, count] of Object.entries(mode === 'status' ? node.byCategory : node.byWeather)) totals[key] = (totals[key] ?? 0) + count;
  }
  return totals;
}

/**
 * Printing: chrome hidden by the page's class on <html> (see the module's print rules), and the map
 * scaled to the printable width of the chosen landscape page just before the print dialog opens.
 */
function usePrintSetup(contentRef: RefObject<HTMLDivElement | null>, naturalWidth: () => number, paper: keyof typeof printWidthPx) {
  const paperRef = useRef(paper);
  paperRef.current = paper;
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('strategy-map-page');
    const beforePrint = () => {
      contentRef.current?.style.setProperty('--map-print-zoom', String(fitZoom(naturalWidth(), printWidthPx[paperRef.current], 0.2)));
    };
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      root.classList.remove('strategy-map-page');
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [contentRef, naturalWidth]);
}
