import * as echarts from 'echarts';
import PDFDocument from 'pdfkit';
import { FONTS } from './pdf/pdf-fonts.js';
import { frMoneyRound, frNumber, frPercent } from './report-format.js';

/**
 * Charts of the documents, drawn on the server by ECharts' SVG renderer (no browser): the PDF
 * embeds the SVG as vectors, the DOCX a PNG of it. Colour never carries the meaning alone: every
 * bar has its value as a label, series have a legend and a pattern (decal), categories their names.
 */
export const CHART_FONT = 'DejaVu Sans';

/**
 * Without a canvas ECharts guesses text widths, too narrow for DejaVu Sans: labels overflowed the
 * chart's edge. It measures with the real font instead (pdfkit's metrics of the embedded font).
 */
const measurer = new PDFDocument({ autoFirstPage: false });
measurer.registerFont('body', FONTS.body);
measurer.registerFont('bold', FONTS.bold);
echarts.setPlatformAPI({
  measureText(text: string, font?: string) {
    const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
    const bold = /bold|[6-9]00/.test(font ?? '');
    return { width: measurer.font(bold ? 'bold' : 'body').fontSize(size).widthOfString(text) };
  },
});

/** Status categories and météo in the app's palette, dark enough for labels on white. */
const palette = ['#1c7ed6', '#2b8a3e', '#e8590c', '#868e96', '#7048e8', '#c2255c'];
const categoryColours = { not_started: '#868e96', in_progress: '#1c7ed6', done: '#2b8a3e', stopped: '#c92a2a' };

export interface Chart {
  svg: string;
  width: number;
  height: number;
  /** What the chart says, for readers who do not see it (DOCX alt text). */
  description: string;
}

function render(option: echarts.EChartsCoreOption, width: number, height: number, description: string): Chart {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      color: palette,
      textStyle: { fontFamily: CHART_FONT, fontSize: 11, color: '#212529' },
      aria: { enabled: true, decal: { show: true } },
      ...option,
    });
    return { svg: chart.renderToSVGString(), width, height, description };
  } finally {
    // An SSR chart not disposed keeps a timer alive.
    chart.dispose();
  }
}

const compact = new Intl.NumberFormat('fr-FR', { notation: 'compact', maximumFractionDigits: 1 });
/** Axis ticks: `120 k€`, `1,2 M€` (the tables give the exact amounts). */
function compactEuros(euros: number) {
  const text = compact.format(euros);
  return /[kM]$/.test(text) ? `${text}€` : `${text}\u00a0€`;
}

const shorten = (text: string, max = 38) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const rowsHeight = (rows: number, per = 30) => Math.max(140, 70 + rows * per);

/** Horizontal bars: progress of each axis, 0–100 %, labelled with its value. */
export function progressByAxisChart(axes: { label: string; progress: number | null }[], width = 500): Chart {
  const labels = axes.map((a) => shorten(a.label));
  return render(
    {
      grid: { left: 10, right: 50, top: 10, bottom: 24, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => frPercent(v) } },
      yAxis: { type: 'category', data: labels, inverse: true },
      series: [
        {
          type: 'bar',
          name: 'Avancement',
          data: axes.map((a) => a.progress ?? 0),
          barMaxWidth: 18,
          label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => frPercent(axes[p.dataIndex]?.progress ?? null) },
        },
      ],
    },
    width,
    rowsHeight(axes.length, 28),
    `Avancement par axe : ${axes.map((a) => `${a.label} ${frPercent(a.progress)}`).join(' ; ')}`,
  );
}

export const categoryNames = { not_started: 'À lancer', in_progress: 'En cours', done: 'Terminées', stopped: 'Arrêtées' } as const;
type Category = keyof typeof categoryNames;

/** Stacked bars: how many fiches of each axis are in each status category (legend, patterns, counts). */
export function statusByAxisChart(axes: { label: string; byCategory: Record<Category, number> }[], width = 500): Chart {
  const categories = Object.keys(categoryNames) as Category[];
  return render(
    {
      legend: { bottom: 0, textStyle: { fontFamily: CHART_FONT } },
      grid: { left: 10, right: 20, top: 10, bottom: 40, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: axes.map((a) => shorten(a.label)), inverse: true },
      series: categories.map((category) => ({
        type: 'bar',
        stack: 'status',
        name: categoryNames[category],
        itemStyle: { color: categoryColours[category] },
        barMaxWidth: 18,
        data: axes.map((a) => a.byCategory[category] || null),
        label: { show: true, color: '#fff', fontWeight: 'bold' },
      })),
    },
    width,
    rowsHeight(axes.length, 28) + 20,
    `Fiches par statut et par axe : ${axes
      .map((a) => `${a.label} : ${categories.map((c) => `${a.byCategory[c]} ${categoryNames[c].toLowerCase()}`).join(', ')}`)
      .join(' ; ')}`,
  );
}

/** Two bars: share of the plan's period elapsed against the plan's progress. */
export function elapsedVsProgressChart(elapsed: number | null, progress: number | null, width = 500): Chart {
  const rows = [
    { label: 'Temps écoulé', value: elapsed },
    { label: 'Avancement', value: progress },
  ];
  return render(
    {
      grid: { left: 10, right: 50, top: 10, bottom: 24, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => frPercent(v) } },
      yAxis: { type: 'category', data: rows.map((r) => r.label), inverse: true },
      series: [
        {
          type: 'bar',
          barMaxWidth: 22,
          data: rows.map((r, i) => ({ value: r.value ?? 0, itemStyle: { color: i === 0 ? '#868e96' : '#1c7ed6' } })),
          label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => frPercent(rows[p.dataIndex]?.value ?? null) },
        },
      ],
    },
    width,
    130,
    `Temps écoulé ${frPercent(elapsed)}, avancement ${frPercent(progress)}`,
  );
}

/** Grouped bars per axis: planned, committed and spent (euros), each series with its pattern. */
export function budgetByAxisChart(axes: { label: string; plannedCents: number; committedCents: number; spentCents: number }[], width = 500): Chart {
  const series = [
    { name: 'Prévu', key: 'plannedCents' as const },
    { name: 'Engagé', key: 'committedCents' as const },
    { name: 'Réalisé', key: 'spentCents' as const },
  ];
  return render(
    {
      legend: { bottom: 0, textStyle: { fontFamily: CHART_FONT } },
      grid: { left: 10, right: 36, top: 10, bottom: 40, containLabel: true },
      xAxis: { type: 'value', splitNumber: 4, axisLabel: { formatter: (v: number) => compactEuros(v) } },
      yAxis: { type: 'category', data: axes.map((a) => shorten(a.label)), inverse: true },
      series: series.map((s) => ({
        type: 'bar',
        name: s.name,
        barMaxWidth: 10,
        data: axes.map((a) => a[s.key] / 100),
      })),
    },
    width,
    rowsHeight(axes.length, 40) + 20,
    `Budget par axe : ${axes.map((a) => `${a.label} prévu ${frMoneyRound(a.plannedCents)}, engagé ${frMoneyRound(a.committedCents)}, réalisé ${frMoneyRound(a.spentCents)}`).join(' ; ')}`,
  );
}

/** Measures against targets through time: values as a line with labelled points, targets dashed. */
export function measuresChart(
  points: { period: string; value: number | null; target: number | null }[],
  indicator: { unit: string; decimals: number },
  width = 500,
): Chart {
  const format = (v: number | null) => frNumber(v, indicator.decimals);
  return render(
    {
      legend: { bottom: 0, textStyle: { fontFamily: CHART_FONT } },
      grid: { left: 10, right: 30, top: 24, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: points.map((p) => p.period) },
      yAxis: { type: 'value', name: indicator.unit, axisLabel: { formatter: (v: number) => format(v) } },
      series: [
        {
          type: 'line',
          name: 'Valeur',
          symbol: 'circle',
          symbolSize: 7,
          connectNulls: true,
          data: points.map((p) => p.value),
          label: { show: points.length <= 16, formatter: (p: { value: number }) => format(p.value) },
        },
        {
          type: 'line',
          name: 'Cible',
          symbol: 'diamond',
          symbolSize: 8,
          lineStyle: { type: 'dashed' },
          connectNulls: true,
          data: points.map((p) => p.target),
        },
      ],
    },
    width,
    240,
    `Valeurs et cibles : ${points.map((p) => `${p.period} ${format(p.value)} (cible ${format(p.target)})`).join(' ; ')}`,
  );
}
