import type { StatusCategory, Weather } from '@pilotis/shared';

/** Mantine's system font stack: ECharts measures labels with it, so it must be a real font, not `inherit`. */
export const fontFamily = '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';
export const textColor = '#212529';
export const axisColor = '#343a40';

/** Same colours as the badges (white text on them ≥ 6:1); every bar also carries its number and a pattern. */
export const categoryColors: Record<StatusCategory, string> = { not_started: '#495057', in_progress: '#1864ab', done: '#1b6e3a', stopped: '#8a4b00' };
export const weatherColors: Record<Weather | 'none', string> = { sunny: '#8a4b00', cloudy: '#495057', stormy: '#a51d2d', none: '#868e96' };
export const progressColor = '#1864ab';

/**
 * Patterns drawn over the colour so two bars never differ by hue alone (colour-blind readers,
 * grey-scale print): solid, diagonal stripes, dots, cross-hatch.
 */
export const patterns = {
  solid: undefined,
  stripes: { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [3, 4], rotation: Math.PI / 4, color: 'rgba(255,255,255,0.55)' },
  dots: { symbol: 'circle', symbolSize: 0.7, dashArrayX: [[4, 4]], dashArrayY: [4, 4], color: 'rgba(255,255,255,0.6)' },
  grid: { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: -Math.PI / 4, color: 'rgba(255,255,255,0.55)' },
} as const;
export const patternOrder = [patterns.solid, patterns.stripes, patterns.dots, patterns.grid] as const;

export const baseOption = {
  animation: false,
  aria: { enabled: false },
  textStyle: { fontFamily, color: textColor, fontSize: 13 },
};

/** Long node titles cut for an axis label; the table beside the chart has them in full. */
export function shortLabel(code: string, title: string, max = 28): string {
  const text = `${code} ${title}`;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
