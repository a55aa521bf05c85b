import type { ActionRef, ActionSummary, IndicatorTile } from '@pilotis/shared';
import { measureStatusLabels, weatherLabels, type PlanProgressData, type ReportColumn } from './report-data.js';
import { frDate, frMoney, frNumber, frPercent } from './report-format.js';

type Axis = PlanProgressData['axes'][number];

/** The tables of the « Rapport d'avancement », written once for its PDF and its Word document. */
export const axisLabel = (a: { code: string; title: string }) => `${a.code} ${a.title}`;

export const actionColumns: ReportColumn<ActionRef | ActionSummary>[] = [
  { title: 'Code', width: 9, value: (a) => a.code },
  { title: 'Fiche action', width: 34, value: (a) => a.title },
  { title: 'Pilote', width: 17, value: (a) => a.pilot?.name ?? '—' },
  { title: 'Statut', width: 14, value: (a) => a.status.label },
  { title: 'Météo', width: 11, value: (a) => (a.weather ? weatherLabels[a.weather] : '—') },
  { title: 'Avanc.', width: 10, value: (a) => frPercent(a.progress), align: 'right' },
  { title: 'Fin prévue', width: 15, value: (a) => frDate(a.endsOn) },
];

export const indicatorColumns: ReportColumn<IndicatorTile>[] = [
  { title: 'Code', width: 12, value: (i) => i.code },
  { title: 'Indicateur', width: 38, value: (i) => i.name },
  { title: 'Période', width: 11, value: (i) => i.latest?.period ?? '—' },
  { title: 'Dernière valeur', width: 16, value: (i) => frNumber(i.latest?.value, i.decimals, i.unit), align: 'right' },
  { title: 'Cible', width: 14, value: (i) => frNumber(i.latest?.target, i.decimals, i.unit), align: 'right' },
  { title: 'État', width: 15, value: (i) => (i.latest ? measureStatusLabels[i.latest.status] : 'Pas de mesure') },
];

export const axisProgressColumns: ReportColumn<Axis>[] = [
  { title: 'Axe', width: 46, value: axisLabel },
  { title: 'Fiches', width: 10, value: (a) => `${a.actionCount}`, align: 'right' },
  { title: 'Avancement', width: 14, value: (a) => frPercent(a.progress), align: 'right' },
  { title: 'Terminées', width: 12, value: (a) => `${a.byCategory.done}`, align: 'right' },
  { title: 'En retard', width: 12, value: (a) => `${a.lateCount}`, align: 'right' },
];

export const axisBudgetColumns: ReportColumn<Axis>[] = [
  { title: 'Axe', width: 40, value: axisLabel },
  { title: 'Prévu', width: 20, value: (a) => frMoney(a.budget.plannedCents), align: 'right' },
  { title: 'Engagé', width: 20, value: (a) => frMoney(a.budget.committedCents), align: 'right' },
  { title: 'Réalisé', width: 20, value: (a) => frMoney(a.budget.spentCents), align: 'right' },
];

/** Whether the plan has any budget figure worth a chart. */
export const hasBudget = (axes: Axis[]) => axes.some((a) => a.budget.plannedCents + a.budget.committedCents + a.budget.spentCents > 0);
