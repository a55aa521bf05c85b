import type { AttendeePresence, ReviewDecisionEffect, ReviewDiffChanges, ReviewItemReason, ReviewKind, SnapshotPoint } from '@pilotis/shared';
import { frDate, frNumber, frPercent, frQuote } from '../reports/report-format.js';
import { measureStatusLabels } from '../reports/report-data.js';

/**
 * The French words of the « relevé de conclusions », shared by the PDF and the Word writers (and
 * the e-mail): the writers only lay out the lines built here.
 */
export const reviewKindLabels: Record<ReviewKind, string> = {
  project_review: 'Revue de projet',
  steering_committee: 'Comité de pilotage',
  management_review: 'Revue de direction',
  operational: 'Instance opérationnelle',
  other: 'Instance',
};

export const presenceLabels: Record<AttendeePresence, string> = { present: 'Présents', excused: 'Excusés', absent: 'Absents', invited: 'Invités (présence non renseignée)' };

export const reasonLabels: Record<ReviewItemReason, string> = {
  late: 'en retard',
  stormy: 'météo orageuse',
  blocked: 'bloquée',
  no_pilot: 'sans pilote',
  changed: 'modifiée depuis la dernière revue',
  indicator_off_track: 'indicateur hors trajectoire',
  manual: 'ajout manuel',
};

/** What the minutes need to name the targets of effects. */
export interface EffectNames {
  statusLabel: (id: string) => string | undefined;
  personName: (id: string) => string | undefined;
  /** « 1.2 Titre » of a fiche. */
  actionLabel: (id: string) => string | undefined;
}

/** The effect of a decision on its fiche, in words: « Statut passé à « Terminé » ». */
export function effectInWords(effect: ReviewDecisionEffect, names: EffectNames): string {
  switch (effect.type) {
    case 'status':
      return `Statut passé à ${frQuote(names.statusLabel(effect.statusId) ?? 'statut supprimé')}`;
    case 'pilot':
      return `Pilote confié à ${names.personName(effect.pilotId) ?? 'une personne qui n’est plus membre'}`;
    case 'end_date':
      return `Échéance fixée au ${frDate(effect.endsOn)}`;
    case 'attach':
      return `Rattachée comme sous-action à ${names.actionLabel(effect.targetActionId) ?? 'une fiche supprimée'}`;
    case 'merge':
      return `Fusionnée dans ${names.actionLabel(effect.targetActionId) ?? 'une fiche supprimée'}`;
    case 'close':
      return 'Fiche clôturée';
  }
}

const pointInWords = (point: SnapshotPoint | null) =>
  point ? `${frNumber(point.value, Number.isInteger(point.value) ? 0 : 2)} en ${point.period} (${measureStatusLabels[point.status].toLowerCase()})` : 'aucune mesure';

const code = (ref: { code: string; title: string }) => (ref.code === '?' ? ref.title : `${ref.code} ${ref.title}`);

/** Past this many lines a section ends with « … et N autres » (the web page lists them all). */
export const MAX_SECTION_LINES = 150;

function capped(lines: string[]) {
  if (lines.length <= MAX_SECTION_LINES) return lines;
  return [...lines.slice(0, MAX_SECTION_LINES), `… et ${lines.length - MAX_SECTION_LINES} autres`];
}

/** « What changed since the last review », section by section; empty sections are left out. */
export function diffSections(diff: ReviewDiffChanges): { title: string; lines: string[] }[] {
  const sections = [
    { title: 'Nouvelles fiches', lines: diff.newActions.map(code) },
    { title: 'Changements de statut', lines: diff.statusChanges.map((c) => `${code(c.action)} : ${c.from} → ${c.to}`) },
    { title: 'Fiches clôturées', lines: diff.closedActions.map(code) },
    { title: 'Fiches fusionnées', lines: diff.mergedActions.map((m) => `${code(m.action)} → fusionnée dans ${code(m.into)}`) },
    { title: 'Avancement', lines: diff.progressChanges.map((c) => `${code(c.action)} : ${frPercent(c.from)} → ${frPercent(c.to)}`) },
    { title: 'Fiches supprimées', lines: diff.removedActions.map(code) },
    {
      title: 'Indicateurs',
      lines: diff.indicatorMoves.map((m) => `${m.indicator.code} ${m.indicator.name} : ${pointInWords(m.from)} → ${pointInWords(m.to)}`),
    },
  ];
  return sections.filter((section) => section.lines.length > 0).map((section) => ({ ...section, lines: capped(section.lines) }));
}
