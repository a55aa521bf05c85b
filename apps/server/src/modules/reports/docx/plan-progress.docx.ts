import { budgetByAxisChart, elapsedVsProgressChart, progressByAxisChart, statusByAxisChart } from '../report-charts.js';
import type { PlanProgressData } from '../report-data.js';
import { frMoney, frPercent } from '../report-format.js';
import { actionColumns, axisBudgetColumns, axisLabel, axisProgressColumns, hasBudget, indicatorColumns } from '../plan-progress.columns.js';
import { chart, cover, fields, heading, packDocx, paragraph, table, type Block } from './docx-writer.js';

const cappedNote = (shown: number, total: number): Block[] => (total > shown ? [paragraph(`${shown} fiches affichées sur ${total}.`, { italic: true, muted: true })] : []);

/** « Rapport d'avancement » of a plan as an editable Word document: same sections as the PDF. */
export async function planProgressDocx(data: PlanProgressData): Promise<Buffer> {
  const { summary, axes, plan } = data;
  const withAxes = axes.length > 0;
  const children: Block[] = [
    ...cover(data.header),
    heading('Synthèse'),
    ...fields([
      ['Avancement', frPercent(summary.progress)],
      ['Temps écoulé', frPercent(plan.elapsedPercent)],
      ['Fiches actions', `${summary.actionCount} dont ${summary.byCategory.done} terminées, ${summary.byCategory.in_progress} en cours, ${summary.byCategory.not_started} à lancer, ${summary.byCategory.stopped} arrêtées`],
      ['En retard', `${summary.lateCount}`],
      ['Météo', `${summary.byWeather.sunny} ensoleillées, ${summary.byWeather.cloudy} nuageuses, ${summary.byWeather.stormy} orageuses, ${summary.byWeather.none} sans météo`],
      ['Projets phares', `${summary.flagshipCount}`],
      ['Budget', `prévu ${frMoney(summary.budget.plannedCents)}, engagé ${frMoney(summary.budget.committedCents)}, réalisé ${frMoney(summary.budget.spentCents)}`],
    ]),
    heading('Temps écoulé et avancement', 2),
    chart(elapsedVsProgressChart(plan.elapsedPercent, summary.progress, 500)),
    heading('Avancement par axe'),
    ...table(axisProgressColumns, axes, 'Aucun axe.'),
    ...(withAxes
      ? [
          chart(progressByAxisChart(axes.map((a) => ({ label: axisLabel(a), progress: a.progress })))),
          heading('Fiches par statut', 2),
          chart(statusByAxisChart(axes.map((a) => ({ label: axisLabel(a), byCategory: a.byCategory })))),
        ]
      : []),
    heading('Projets phares'),
    ...table(actionColumns, data.flagships.items, 'Aucun projet phare.'),
    ...cappedNote(data.flagships.items.length, data.flagships.total),
    heading('Actions en retard'),
    ...table(actionColumns, data.late.items, 'Aucune action en retard.'),
    ...cappedNote(data.late.items.length, data.late.total),
    heading('Actions à météo orageuse'),
    ...table(actionColumns, data.stormy.items, 'Aucune action à météo orageuse.'),
    ...cappedNote(data.stormy.items.length, data.stormy.total),
    heading('Indicateurs clés'),
    ...table(indicatorColumns, data.indicators, 'Aucun indicateur lié au plan.'),
    heading('Budget par axe'),
    ...table(axisBudgetColumns, axes, 'Aucun axe.'),
    ...(hasBudget(axes) ? [chart(budgetByAxisChart(axes.map((a) => ({ label: axisLabel(a), ...a.budget }))))] : []),
  ];
  return packDocx(data.header, children);
}
