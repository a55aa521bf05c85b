import type { ReviewCadence, ReviewDecisionEffect } from '@pilotis/shared';

/** A translation key with its values: the components put it into words with `t`. */
export interface LabelKey {
  key: string;
  values?: Record<string, string | number>;
}

/** « Toutes les 8 semaines », « Chaque trimestre »… */
export function cadenceLabel(cadence: ReviewCadence, everyWeeks: number | null): LabelKey {
  if (cadence === 'weeks') return { key: 'reviews.cadenceLabel.weeks', values: { count: everyWeeks ?? 1 } };
  return { key: `reviews.cadenceLabel.${cadence}` };
}

/** How ids of an effect read to people (names of statuses, people, fiches; dates in the UI language). */
export interface EffectNames {
  status: (id: string) => string | undefined;
  person: (id: string) => string | undefined;
  action: (id: string) => string | undefined;
  date: (iso: string) => string;
  /** Said when an id is not (or no longer) known to the page. */
  unknown: string;
}

/** « Statut → Terminé », « Rattacher à l'action 1.2.3 Créer… », « Clore la fiche ». */
export function effectLabel(effect: ReviewDecisionEffect, names: EffectNames): LabelKey {
  const key = `reviews.decisions.describe.${effect.type}`;
  switch (effect.type) {
    case 'status':
      return { key, values: { status: names.status(effect.statusId) ?? names.unknown } };
    case 'pilot':
      return { key, values: { name: names.person(effect.pilotId) ?? names.unknown } };
    case 'end_date':
      return { key, values: { date: names.date(effect.endsOn) } };
    case 'attach':
    case 'merge':
      return { key, values: { target: names.action(effect.targetActionId) ?? names.unknown } };
    case 'close':
      return { key };
  }
}
