/**
 * Status texts of other tools (Territoires en Transitions above all) → the collectivité's own
 * statuses: the same label first (case and accents ignored), then a synonym's preferred labels,
 * then the first active status of the synonym's category.
 */
import type { StatusCategory } from '@pilotis/shared';
import { fold } from './plan-import.values.js';

interface Synonym {
  category: StatusCategory;
  /** Labels to prefer within the category, when the collectivité has them. */
  prefer: string[];
}

const S = (category: StatusCategory, ...prefer: string[]): Synonym => ({ category, prefer });

/** Folded text → meaning. TeT spellings: À venir, En cours, Réalisé, En pause, Abandonné, Bloqué, En retard, À discuter, Non prioritaire. */
const SYNONYMS: Record<string, Synonym> = {
  'a venir': S('not_started', 'a lancer'),
  'a lancer': S('not_started', 'a lancer'),
  'a demarrer': S('not_started', 'a lancer'),
  'a programmer': S('not_started', 'a lancer'),
  'pas commence': S('not_started', 'a lancer'),
  'non commence': S('not_started', 'a lancer'),
  'non demarre': S('not_started', 'a lancer'),
  'non engage': S('not_started', 'a lancer'),
  prevu: S('not_started', 'a lancer'),
  'en projet': S('not_started', 'a construire', 'a lancer'),
  'a l etude': S('not_started', 'a construire', 'a lancer'),
  'a construire': S('not_started', 'a construire'),
  'a discuter': S('not_started', 'a construire', 'a lancer'),
  'non prioritaire': S('not_started', 'a lancer'),
  'recherche de pilote': S('not_started', 'recherche de pilote'),
  'en cours': S('in_progress', 'en cours'),
  'en retard': S('in_progress', 'en cours'),
  'en cours de realisation': S('in_progress', 'en cours'),
  'en realisation': S('in_progress', 'en cours'),
  demarre: S('in_progress', 'en cours'),
  commence: S('in_progress', 'en cours'),
  lance: S('in_progress', 'en cours'),
  engage: S('in_progress', 'en cours'),
  'in progress': S('in_progress', 'en cours'),
  realise: S('done', 'termine'),
  realisee: S('done', 'termine'),
  termine: S('done', 'termine'),
  terminee: S('done', 'termine'),
  fait: S('done', 'termine'),
  acheve: S('done', 'termine'),
  fini: S('done', 'termine'),
  clos: S('done', 'termine'),
  cloture: S('done', 'termine'),
  done: S('done', 'termine'),
  'en pause': S('stopped', 'suspendu'),
  suspendu: S('stopped', 'suspendu'),
  bloque: S('stopped', 'bloque', 'suspendu'),
  reporte: S('stopped', 'suspendu'),
  'en attente': S('stopped', 'suspendu'),
  abandonne: S('stopped', 'abandonne'),
  abandonnee: S('stopped', 'abandonne'),
  annule: S('stopped', 'abandonne'),
  arrete: S('stopped', 'abandonne'),
};

export function statusBySynonym(text: string, statuses: { id: string; label: string; category: string; active: boolean }[]): string | null {
  const folded = fold(text);
  const ordered = [...statuses].sort((a, b) => Number(b.active) - Number(a.active));
  const same = ordered.find((s) => fold(s.label) === folded);
  if (same) return same.id;
  const synonym = SYNONYMS[folded];
  if (!synonym) return null;
  for (const label of synonym.prefer) {
    const preferred = ordered.find((s) => fold(s.label) === label && s.category === synonym.category);
    if (preferred) return preferred.id;
  }
  return ordered.find((s) => s.category === synonym.category)?.id ?? null;
}
