import { budgetByAxisChart, elapsedVsProgressChart, progressByAxisChart, statusByAxisChart } from '../report-charts.js';
import type { PlanProgressData } from '../report-data.js';
import { frMoney, frPercent } from '../report-format.js';
import { actionColumns, axisBudgetColumns, axisLabel, axisProgressColumns, hasBudget, indicatorColumns } from '../plan-progress.columns.js';
import { PdfWriter } from './pdf-writer.js';

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
  writer.table(axisProgressColumns, axes, 'Aucun axe.');
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
  writer.table(axisBudgetColumns, axes, 'Aucun axe.');
  if (hasBudget(axes)) {
    writer.chart(budgetByAxisChart(axes.map((a) => ({ label: axisLabel(a), ...a.budget }))));
  }
  return writer.finish();
}
