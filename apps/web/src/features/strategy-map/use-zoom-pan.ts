import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { fitZoom } from './map-model';

export const MIN_ZOOM = 0.3;
export const MAX_ZOOM = 2;
const STEP = 1.2;
const clamp = (zoom: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(zoom * 100) / 100));

/** Things a drag must leave alone: links, buttons and fields keep their own pointer behaviour. */
const interactive = (target: EventTarget | null) => target instanceof Element && target.closest('a, button, input, select, textarea, label') !== null;

/**
 * Zoom (buttons, keys + and −, ctrl/⌘ + wheel around the pointer) and pan (drag the background,
 * or scroll: the viewport is an ordinary scrolling box, so wheel, arrows and touch work as usual).
 * The content is scaled with CSS `zoom`, which keeps the scroll sizes and hit areas right.
 */
export function useZoomPan() {
  const viewportRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const [zoom, setZoomState] = useState(1);
  const zoomRef = useRef(1);
  // The content point to keep under a screen point across a zoom change (viewport coordinates).
  const anchor = useRef<{ x: number; y: number; cx: number; cy: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const drag = useRef<{ x: number; y: number; left: number; top: number; id: number } | null>(null);

  const setZoom = useCallback((next: number, at?: { x: number; y: number }) => {
    const viewport = viewportRef.current;
    const zoomTo = clamp(next);
    if (viewport) {
      const x = at?.x ?? viewport.clientWidth / 2;
      const y = at?.y ?? viewport.clientHeight / 2;
      anchor.current = { x, y, cx: (viewport.scrollLeft + x) / zoomRef.current, cy: (viewport.scrollTop + y) / zoomRef.current };
    }
    zoomRef.current = zoomTo;
    setZoomState(zoomTo);
  }, []);

  /** Sets the zoom without reading the layout (the first fit is computed from the data, not measured). */
  const setZoomQuiet = useCallback((next: number) => {
    anchor.current = null;
    zoomRef.current = clamp(next);
    setZoomState(zoomRef.current);
  }, []);

  useLayoutEffect(() => {
    const viewport = viewportRef.current;
    const kept = anchor.current;
    anchor.current = null;
    if (!viewport || !kept) return;
    viewport.scrollLeft = kept.cx * zoom - kept.x;
    viewport.scrollTop = kept.cy * zoom - kept.y;
  }, [zoom]);

  /** Width of the map at 100 % (the viewport scrolls over the zoomed content, so its scroll width is zoomed). */
  const naturalWidth = useCallback(() => (viewportRef.current ? viewportRef.current.scrollWidth / zoomRef.current : 0), []);

  /** The zoom at which the whole width shows in the viewport (not below `min`). */
  const fitToWidth = useCallback(
    (min = MIN_ZOOM) => {
      const viewport = viewportRef.current;
      if (viewport) setZoom(fitZoom(naturalWidth(), viewport.clientWidth, min));
    },
    [setZoom, naturalWidth],
  );

  useEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    // Not a React handler: React's wheel listeners are passive, and the browser's own page zoom must be stopped.
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const box = viewport.getBoundingClientRect();
      setZoom(zoomRef.current * (event.deltaY < 0 ? STEP : 1 / STEP), { x: event.clientX - box.left, y: event.clientY - box.top });
    };
    viewport.addEventListener('wheel', onWheel, { passive: false });
    return () => viewport.removeEventListener('wheel', onWheel);
  }, [setZoom]);

  const endDrag = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current?.id !== event.pointerId) return;
    drag.current = null;
    event.currentTarget.releasePointerCapture(event.pointerId);
    setDragging(false);
  };

  const viewportProps = {
    ref: viewportRef,
    onPointerDown: (event: PointerEvent<HTMLDivElement>) => {
      if (event.button !== 0 || event.pointerType === 'touch' || interactive(event.target)) return;
      const viewport = event.currentTarget;
      drag.current = { x: event.clientX, y: event.clientY, left: viewport.scrollLeft, top: viewport.scrollTop, id: event.pointerId };
      viewport.setPointerCapture(event.pointerId);
      setDragging(true);
    },
    onPointerMove: (event: PointerEvent<HTMLDivElement>) => {
      const start = drag.current;
      if (!start || start.id !== event.pointerId) return;
      event.currentTarget.scrollLeft = start.left - (event.clientX - start.x);
      event.currentTarget.scrollTop = start.top - (event.clientY - start.y);
    },
    onPointerUp: (event: PointerEvent<HTMLDivElement>) => endDrag(event),
    onPointerCancel: (event: PointerEvent<HTMLDivElement>) => endDrag(event),
    onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === '+' || event.key === '=') setZoom(zoomRef.current * STEP);
      else if (event.key === '-') setZoom(zoomRef.current / STEP);
      else if (event.key === '0') setZoom(1);
      else return;
      event.preventDefault();
    },
  };

  return {
    zoom,
    dragging,
    viewportProps,
    contentRef,
    zoomIn: () => setZoom(zoomRef.current * STEP),
    zoomOut: () => setZoom(zoomRef.current / STEP),
    reset: () => setZoom(1),
    fitToWidth,
    naturalWidth,
    setZoomQuiet,
  };
}
