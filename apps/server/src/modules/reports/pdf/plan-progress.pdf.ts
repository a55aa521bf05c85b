import type { ActionRef, ActionSummary, IndicatorTile } from '@pilotis/shared';
import { budgetByAxisChart, elapsedVsProgressChart, progressByAxisChart, statusByAxisChart } from '../report-charts.js';
import { measureStatusLabels, weatherLabels, type PlanProgressData } from '../report-data.js';
import { frDate, frMoney, frNumber, frPercent } from '../report-format.js';
import { PdfWriter, type Column } from './pdf-writer.js';

const axisLabel = (a: { code: string; title: string }) => `${a.code} ${a.title}`;

const actionColumns: Column<ActionRef | ActionSummary>[] = [
  { title: 'Code', width: 9, value: (a) => a.code },
  { title: 'Fiche action', width: 34, value: (a) => a.title },
  { title: 'Pilote', width: 17, value: (a) => a.pilot?.name ?? '—' },
  { title: 'Statut', width: 14, value: (a) => a.status.label },
  { title: 'Météo', width: 11, value: (a) => (a.weather ? weatherLabels[a.weather] : '—') },
  { title: 'Avanc.', width: 10, value: (a) => frPercent(a.progress), align: 'right' },
  { title: 'Fin prévue', width: 15, value: (a) => frDate(a.endsOn) },
];

const indicatorColumns: Column<IndicatorTile>[] = [
  { title: 'Code', width: 12, value: (i) => i.code },
  { title: 'Indicateur', width: 38, value: (i) => i.name },
  { title: 'Période', width: 11, value: (i) => i.latest?.period ?? '—' },
  { title: 'Dernière valeur', width: 16, value: (i) => frNumber(i.latest?.value, i.decimals, i.unit), align: 'right' },
  { title: 'Cible', width: 14, value: (i) => frNumber(i.latest?.target, i.decimals, i.unit), align: 'right' },
  { title: 'État', width: 15, value: (i) => (i.latest ? measureStatusLabels[i.latest.status] : 'Pas de mesure') },
];

/** « n sur N » under a capped list. */
function cappedNote(writer: PdfWriter, shown: number, total: number, what: string) {
  if (total > shown) writer.paragraph(`${shown} ${what} affichées sur ${total}.`, { muted: true, italic: true, size: 9 });
}

/** « Rapport d'avancement » of a plan, as a PDF. */
export async function planProgressPdf(data: PlanProgressData): Promise<Buffer> {
  const writer = new PdfWriter(data.header);
  const { summary, axes, plan } = data;
  writer.cover();

  writer.newPage();
  writer.heading('Synthèse');
  writer.fields([
    ['Avancement', frPercent(summary.progress)],
    ['Temps écoulé', frPercent(plan.elapsedPercent)],
    ['Fiches actions', `${summary.actionCount} dont ${summary.byCategory.done} terminées, ${summary.byCategory.in_progress} en cours, ${summary.byCategory.not_started} à lancer, ${summary.byCategory.stopped} arrêtées`],
    ['En retard', `${summary.lateCount}`],
    ['Météo', `${summary.byWeather.sunny} ensoleillées, ${summary.byWeather.cloudy} nuageuses, ${summary.byWeather.stormy} orageuses, ${summary.byWeather.none} sans météo`],
    ['Projets phares', `${summary.flagshipCount}`],
    ['Budget', `prévu ${frMoney(summary.budget.plannedCents)}, engagé ${frMoney(summary.budget.committedCents)}, réalisé ${frMoney(summary.budget.spentCents)}`],
  ]);
  writer.headedChart('Temps écoulé et avancement', 2, elapsedVsProgressChart(plan.elapsedPercent, summary.progress, 500));

  writer.heading('Avancement par axe');
  writer.table(
    [
      { title: 'Axe', width: 46, value: axisLabel },
      { title: 'Fiches', width: 10, value: (a) => `${a.actionCount}`, align: 'right' },
      { title: 'Avancement', width: 14, value: (a) => frPercent(a.progress), align: 'right' },
      { title: 'Terminées', width: 12, value: (a) => `${a.byCategory.done}`, align: 'right' },
      { title: 'En retard', width: 12, value: (a) => `${a.lateCount}`, align: 'right' },
    ],
    axes,
    'Aucun axe.',
  );
  if (axes.length > 0) {
    writer.chart(progressByAxisChart(axes.map((a) => ({ label: axisLabel(a), progress: a.progress }))));
    writer.headedChart('Fiches par statut', 2, statusByAxisChart(axes.map((a) => ({ label: axisLabel(a), byCategory: a.byCategory }))));
  }

  writer.heading('Projets phares');
  writer.table(actionColumns, data.flagships.items, 'Aucun projet phare.');
  cappedNote(writer, data.flagships.items.length, data.flagships.total, 'fiches');

  writer.heading('Actions en retard');
  writer.table(actionColumns, data.late.items, 'Aucune action en retard.');
  cappedNote(writer, data.late.items.length, data.late.total, 'fiches');

  writer.heading('Actions à météo orageuse');
  writer.table(actionColumns, data.stormy.items, 'Aucune action à météo orageuse.');
  cappedNote(writer, data.stormy.items.length, data.stormy.total, 'fiches');

  writer.heading('Indicateurs clés');
  writer.table(indicatorColumns, data.indicators, 'Aucun indicateur lié au plan.');

  writer.heading('Budget par axe');
  writer.table(
    [
      { title: 'Axe', width: 40, value: axisLabel },
      { title: 'Prévu', width: 20, value: (a) => frMoney(a.budget.plannedCents), align: 'right' },
      { title: 'Engagé', width: 20, value: (a) => frMoney(a.budget.committedCents), align: 'right' },
      { title: 'Réalisé', width: 20, value: (a) => frMoney(a.budget.spentCents), align: 'right' },
    ],
    axes,
    'Aucun axe.',
  );
  if (axes.some((a) => a.budget.plannedCents + a.budget.committedCents + a.budget.spentCents > 0)) {
    writer.chart(budgetByAxisChart(axes.map((a) => ({ label: axisLabel(a), ...a.budget }))));
  }
  return writer.finish();
}
