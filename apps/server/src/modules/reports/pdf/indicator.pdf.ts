import type { Measure } from '@pilotis/shared';
import { measuresChart } from '../report-charts.js';
import { directionLabels, measureStatusLabels, periodicityLabels, type IndicatorData } from '../report-data.js';
import { frNumber } from '../report-format.js';
import { PdfWriter, plainText } from './pdf-writer.js';

/** The definition lines of an indicator (shared with nothing else, kept beside its writer). */
export function indicatorFields(data: IndicatorData): [string, string][] {
  const i = data.indicator;
  const fields: [string, string][] = [
    ['Code', i.code],
    ['Unité', i.unit || '—'],
    ['Périodicité', periodicityLabels[i.periodicity] ?? i.periodicity],
    ['Sens', directionLabels[i.direction]],
  ];
  if (i.ownerUnit) fields.push(['Service responsable', i.ownerUnit]);
  if (i.baselinePeriod || i.baselineValue !== null) fields.push(['Valeur de référence', `${frNumber(i.baselineValue, i.decimals, i.unit)} (${i.baselinePeriod ?? '—'})`]);
  if (i.formula) fields.push(['Formule', i.formula]);
  if (i.source.trim()) fields.push(['Source', i.source]);
  if (i.method.trim()) fields.push(['Méthode de calcul', i.method]);
  return fields;
}

const target = (m: Measure, decimals: number, unit: string) =>
  m.targetMax !== null && m.target !== null ? `${frNumber(m.target, decimals)} à ${frNumber(m.targetMax, decimals, unit)}` : frNumber(m.target, decimals, unit);

/** An indicator's report: definition, chart of values against targets, table of every period. */
export async function indicatorPdf(data: IndicatorData): Promise<Buffer> {
  const writer = new PdfWriter(data.header);
  const { indicator, measures } = data;
  writer.banner();
  writer.heading(`${indicator.code} — ${indicator.name}`);
  writer.fields(indicatorFields(data));
  if (indicator.description.trim()) writer.paragraph(plainText(indicator.description));

  writer.heading('Valeurs et cibles', 2);
  if (measures.length > 0) {
    writer.chart(measuresChart(measures.map((m) => ({ period: m.period, value: m.value, target: m.target })), indicator));
  }
  writer.table(
    [
      { title: 'Période', width: 16, value: (m: Measure) => m.period },
      { title: 'Valeur', width: 20, value: (m) => frNumber(m.value, indicator.decimals, indicator.unit), align: 'right' },
      { title: 'Cible', width: 24, value: (m) => target(m, indicator.decimals, indicator.unit), align: 'right' },
      { title: 'État', width: 20, value: (m) => (m.value === null ? '—' : measureStatusLabels[m.status]) },
      { title: 'Commentaire', width: 30, value: (m) => m.comment || '' },
    ],
    measures,
    'Aucune valeur ni cible.',
  );
  return writer.finish();
}
