import type { ActionRef, ActionSummary, IndicatorTile } from '@pilotis/shared';
import { budgetByAxisChart, elapsedVsProgressChart, progressByAxisChart, statusByAxisChart } from '../report-charts.js';
import { measureStatusLabels, weatherLabels, type PlanProgressData } from '../report-data.js';
import { frDate, frMoney, frNumber, frPercent } from '../report-format.js';
import { chart, cover, fields, heading, packDocx, paragraph, table, type Block, type DocxColumn } from './docx-writer.js';

const axisLabel = (a: { code: string; title: string }) => `${a.code} ${a.title}`;

const actionColumns: DocxColumn<ActionRef | ActionSummary>[] = [
  { title: 'Code', width: 9, value: (a) => a.code },
  { title: 'Fiche action', width: 34, value: (a) => a.title },
  { title: 'Pilote', width: 17, value: (a) => a.pilot?.name ?? '—' },
  { title: 'Statut', width: 14, value: (a) => a.status.label },
  { title: 'Météo', width: 11, value: (a) => (a.weather ? weatherLabels[a.weather] : '—') },
  { title: 'Avanc.', width: 10, value: (a) => frPercent(a.progress), align: 'right' },
  { title: 'Fin prévue', width: 15, value: (a) => frDate(a.endsOn) },
];

const indicatorColumns: DocxColumn<IndicatorTile>[] = [
  { title: 'Code', width: 12, value: (i) => i.code },
  { title: 'Indicateur', width: 38, value: (i) => i.name },
  { title: 'Période', width: 11, value: (i) => i.latest?.period ?? '—' },
  { title: 'Dernière valeur', width: 16, value: (i) => frNumber(i.latest?.value, i.decimals, i.unit), align: 'right' },
  { title: 'Cible', width: 14, value: (i) => frNumber(i.latest?.target, i.decimals, i.unit), align: 'right' },
  { title: 'État', width: 15, value: (i) => (i.latest ? measureStatusLabels[i.latest.status] : 'Pas de mesure') },
];

const cappedNote = (shown: number, total: number): Block[] => (total > shown ? [paragraph(`${shown} fiches affichées sur ${total}.`, { italic: true, muted: true })] : []);

/** « Rapport d'avancement » of a plan as an editable Word document: same sections as the PDF. */
export async function planProgressDocx(data: PlanProgressData): Promise<Buffer> {
  const { summary, axes, plan } = data;
  const withAxes = axes.length > 0;
  const hasBudget = axes.some((a) => a.budget.plannedCents + a.budget.committedCents + a.budget.spentCents > 0);
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
    ...table(
      [
        { title: 'Axe', width: 46, value: axisLabel },
        { title: 'Fiches', width: 10, value: (a) => `${a.actionCount}`, align: 'right' },
        { title: 'Avancement', width: 14, value: (a) => frPercent(a.progress), align: 'right' },
        { title: 'Terminées', width: 12, value: (a) => `${a.byCategory.done}`, align: 'right' },
        { title: 'En retard', width: 12, value: (a) => `${a.lateCount}`, align: 'right' },
      ],
      axes,
      'Aucun axe.',
    ),
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
    ...table(
      [
        { title: 'Axe', width: 40, value: axisLabel },
        { title: 'Prévu', width: 20, value: (a) => frMoney(a.budget.plannedCents), align: 'right' },
        { title: 'Engagé', width: 20, value: (a) => frMoney(a.budget.committedCents), align: 'right' },
        { title: 'Réalisé', width: 20, value: (a) => frMoney(a.budget.spentCents), align: 'right' },
      ],
      axes,
      'Aucun axe.',
    ),
    ...(hasBudget ? [chart(budgetByAxisChart(axes.map((a) => ({ label: axisLabel(a), ...a.budget }))))] : []),
  ];
  return packDocx(data.header, children);
}
