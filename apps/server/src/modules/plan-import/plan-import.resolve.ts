/**
 * The file's texts matched against the collectivité: people by e-mail or name, statuses by label
 * or synonym, units by name, indicators by code or name. The user's mapping comes first.
 * Decisions: an unknown person is a warning (the fiche is imported without them); an unknown
 * status is an error until mapped (a « Réalisé » silently turned into « À lancer » would lie).
 */
import type { PlanImportMapping, PlanImportPreview, PlanImportProblem } from '@pilotis/shared';
import type { Located, ParsedPlan } from './plan-import.model.js';
import type { ImportReferences } from './plan-import.repository.js';
import { statusBySynonym } from './plan-import.statuses.js';
import { fold } from './plan-import.values.js';

type Person = ImportReferences['people'][number];
type Mapping = { people: Record<string, string | null>; statuses: Record<string, string> };

export interface Resolution {
  person: (located: Located) => string | null;
  status: (located: Located | null) => string | null;
  unit: (located: Located) => string | null;
  indicator: (located: Located) => string | null;
  problems: PlanImportProblem[];
  people: PlanImportPreview['people'];
  statuses: PlanImportPreview['statuses'];
}

const personOf = (p: Person) => ({ id: p.id, name: p.name, email: p.email });

export function resolveTexts(plan: ParsedPlan, refs: ImportReferences, mapping: PlanImportMapping): Resolution {
  const map: Mapping = { people: mapping.people ?? {}, statuses: mapping.statuses ?? {} };
  const problems: PlanImportProblem[] = [];
  const problem = (at: Located, message: string, severity: 'error' | 'warning') =>
    problems.push({ severity, sheet: plan.sheet, line: at.line, column: at.column, message });

  const people = peopleMatcher(refs.people);
  const peopleSeen = new Map<string, { userId: string | null; mapped: boolean; lines: number[] }>();
  const person = (at: Located) => {
    let seen = peopleSeen.get(at.text);
    if (!seen) {
      const mapped = Object.hasOwn(map.people, at.text);
      const userId = mapped ? map.people[at.text]! : people.match(at.text);
      seen = { userId, mapped, lines: [] };
      peopleSeen.set(at.text, seen);
    }
    seen.lines.push(at.line);
    if (seen.userId && !people.byId.has(seen.userId)) {
      problem(at, `La personne choisie pour « ${at.text} » n’est pas membre de la collectivité`, 'error');
      return null;
    }
    if (!seen.userId && !seen.mapped) problem(at, `Personne « ${at.text} » introuvable : la fiche sera importée sans elle (choisissez-la dans la table de correspondance)`, 'warning');
    return seen.userId;
  };

  const statusIds = new Map(refs.statuses.map((s) => [s.id, s]));
  const defaultStatus = refs.statuses.find((s) => s.active && s.category === 'not_started') ?? refs.statuses.find((s) => s.category === 'not_started');
  const statusSeen = new Map<string, { statusId: string | null; mapped: boolean; lines: number[] }>();
  const status = (at: Located | null) => {
    if (!at) {
      if (!defaultStatus) problems.push({ severity: 'error', sheet: plan.sheet, line: 0, message: 'Aucun statut « non commencé » dans la collectivité pour les fiches sans statut' });
      return defaultStatus?.id ?? null;
    }
    let seen = statusSeen.get(at.text);
    if (!seen) {
      const mapped = Object.hasOwn(map.statuses, at.text);
      seen = { statusId: mapped ? map.statuses[at.text]! : statusBySynonym(at.text, refs.statuses), mapped, lines: [] };
      statusSeen.set(at.text, seen);
    }
    seen.lines.push(at.line);
    if (seen.statusId && !statusIds.has(seen.statusId)) {
      problem(at, `Le statut choisi pour « ${at.text} » n’existe pas dans la collectivité`, 'error');
      return null;
    }
    if (!seen.statusId) problem(at, `Statut « ${at.text} » inconnu : choisissez le statut correspondant dans la table de correspondance`, 'error');
    return seen.statusId;
  };

  const units = new Map<string, string>();
  for (const unit of [...refs.units].sort((a, b) => Number(b.active) - Number(a.active))) if (!units.has(fold(unit.name))) units.set(fold(unit.name), unit.id);
  const unit = (at: Located) => {
    const id = units.get(fold(at.text)) ?? null;
    if (!id) problem(at, `Direction ou service « ${at.text} » introuvable : le texte est gardé dans la description`, 'warning');
    return id;
  };

  const indicatorIds = new Map<string, string>();
  for (const ind of refs.indicators) {
    indicatorIds.set(`code:${ind.code.toUpperCase()}`, ind.id);
    indicatorIds.set(`name:${fold(ind.name)}`, ind.id);
  }
  const indicator = (at: Located) => {
    const id = indicatorIds.get(`code:${at.text.trim().toUpperCase()}`) ?? indicatorIds.get(`name:${fold(at.text)}`) ?? null;
    if (!id) problem(at, `Indicateur « ${at.text} » introuvable (ni par son code ni par son nom) : non relié`, 'warning');
    return id;
  };

  return {
    person,
    status,
    unit,
    indicator,
    problems,
    get people() {
      return peopleSummary(peopleSeen, people);
    },
    get statuses() {
      return statusSummary(statusSeen, statusIds);
    },
  };
}

function peopleMatcher(list: Person[]) {
  const byId = new Map(list.map((p) => [p.id, p]));
  const byEmail = new Map(list.map((p) => [p.email.toLowerCase(), p.id]));
  const byName = new Map<string, string | null>();
  const addName = (key: string, id: string) => byName.set(key, byName.has(key) && byName.get(key) !== id ? null : id);
  for (const p of list) {
    const words = fold(p.name).split(' ');
    addName(words.join(' '), p.id);
    // « Curie Marie » as well as « Marie Curie »: French lists often put the surname first.
    if (words.length === 2) addName(`${words[1]} ${words[0]}`, p.id);
  }
  return {
    byId,
    /** A unique match or null (homonyms are never guessed). */
    match: (text: string) => (text.includes('@') ? (byEmail.get(text.trim().toLowerCase()) ?? null) : (byName.get(fold(text)) ?? null)),
    /** People sharing a word of 3 letters or more with the text, best first. */
    candidates: (text: string) => {
      const words = new Set(fold(text.split('@')[0]!).split(' ').filter((w) => w.length >= 3));
      return list
        .map((p) => ({ p, score: [...new Set(fold(`${p.name} ${p.email.split('@')[0]}`).split(' '))].filter((w) => words.has(w)).length }))
        .filter(({ score }) => score > 0)
        .sort((a, b) => b.score - a.score)
        .slice(0, 5)
        .map(({ p }) => personOf(p));
    },
  };
}

function peopleSummary(seen: Map<string, { userId: string | null; mapped: boolean; lines: number[] }>, people: ReturnType<typeof peopleMatcher>): PlanImportPreview['people'] {
  const matched: PlanImportPreview['people']['matched'] = [];
  const unmatched: PlanImportPreview['people']['unmatched'] = [];
  for (const [text, { userId, mapped, lines }] of seen) {
    const user = userId ? people.byId.get(userId) : undefined;
    if (user) matched.push({ text, user: personOf(user), mapped });
    else if (!mapped) unmatched.push({ text, lines: lines.slice(0, 20), candidates: people.candidates(text) });
  }
  return { matched, unmatched };
}

function statusSummary(seen: Map<string, { statusId: string | null; mapped: boolean; lines: number[] }>, statusIds: Map<string, { label: string }>): PlanImportPreview['statuses'] {
  const matched: PlanImportPreview['statuses']['matched'] = [];
  const unmatched: PlanImportPreview['statuses']['unmatched'] = [];
  for (const [text, { statusId, mapped, lines }] of seen) {
    const status = statusId ? statusIds.get(statusId) : undefined;
    if (status) matched.push({ text, statusId: statusId!, label: status.label, mapped });
    else unmatched.push({ text, lines: lines.slice(0, 20) });
  }
  return { matched, unmatched };
}
