import { formulaOrder, parseFormula, type Periodicity } from '@pilotis/shared';
import type { DbOrTx } from '../../db/client.js';
import type { MemberActor } from '../../http/actor.js';
import { AppError, type Issue } from '../../http/errors.js';
import { can } from '../../policies/index.js';
import { indicatorResourceOf } from './indicator.access.js';
import { findIndicatorPilotIds, findIndicatorsByCodes, formulaGraph } from './indicator.repository.js';

/** 422: the request is well formed but breaks a rule of indicators (formula, code, periods). */
export const unprocessable = (issues: Issue[], message = issues[0]?.message ?? 'Données invalides') =>
  new AppError(422, 'validation_failed', message, issues);

export const PERIODICITY_LABELS: Record<Periodicity, string> = {
  monthly: 'mensuelle',
  quarterly: 'trimestrielle',
  'half-yearly': 'semestrielle',
  yearly: 'annuelle',
};

const formulaProblem = (message: string) => unprocessable([{ path: 'formula', message }]);

/**
 * Checks a calculated indicator's formula: readable, every code an indicator of the collectivité
 * the actor may read (others are "unknown": nothing is revealed), of the same periodicity, and no
 * loop through other formulas. Answers the ids of the inputs, or throws 422 on `formula`.
 */
export async function checkFormula(
  db: DbOrTx,
  actor: MemberActor,
  indicator: { code: string; previousCode?: string; periodicity: Periodicity; formula: string },
): Promise<string[]> {
  const parsed = parseFormula(indicator.formula);
  if (!parsed.ok) throw formulaProblem(`Formule invalide : ${parsed.error}`);
  if (parsed.refs.length === 0) throw formulaProblem('La formule doit utiliser au moins un indicateur, par exemple [POP]');
  if (parsed.refs.includes(indicator.code)) throw formulaProblem(`La formule ne peut pas utiliser l’indicateur lui-même (${indicator.code})`);

  const found = await readableIndicators(db, actor, parsed.refs);
  const unknown = parsed.refs.filter((code) => !found.has(code));
  if (unknown.length > 0) throw formulaProblem(`Code${unknown.length > 1 ? 's' : ''} inconnu${unknown.length > 1 ? 's' : ''} dans la formule : ${unknown.join(', ')}`);
  const otherPeriodicity = parsed.refs.filter((code) => found.get(code)!.periodicity !== indicator.periodicity);
  if (otherPeriodicity.length > 0) {
    const wanted = PERIODICITY_LABELS[indicator.periodicity];
    const list = otherPeriodicity.map((code) => `${code} (${PERIODICITY_LABELS[found.get(code)!.periodicity]})`).join(', ');
    throw formulaProblem(`La formule doit utiliser des indicateurs de même périodicité (${wanted}) : ${list}`);
  }

  const graph = await formulaGraph(db, { organizationId: actor.organizationId });
  if (indicator.previousCode) delete graph[indicator.previousCode];
  graph[indicator.code] = parsed.refs;
  const { cycle } = formulaOrder(graph);
  if (cycle.length > 0) throw formulaProblem(`La formule crée une boucle entre indicateurs calculés : ${startingAt(cycle, indicator.code).join(' → ')}`);
  return parsed.refs.map((code) => found.get(code)!.id);
}

async function readableIndicators(db: DbOrTx, actor: MemberActor, codes: string[]) {
  const rows = await findIndicatorsByCodes(db, { organizationId: actor.organizationId, codes });
  const readable = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const pilotIds = row.visibility === 'unit' ? await findIndicatorPilotIds(db, { organizationId: row.organizationId, indicatorId: row.id }) : [];
    if (can(actor, 'indicator.read', await indicatorResourceOf(db, row, pilotIds))) readable.set(row.code, row);
  }
  return readable;
}

/** The loop told from the indicator being edited: A → B → A rather than B → A → B. */
function startingAt(cycle: string[], code: string) {
  const open = cycle.slice(0, -1);
  const at = open.indexOf(code);
  if (at <= 0) return cycle;
  const rotated = [...open.slice(at), ...open.slice(0, at)];
  return [...rotated, code];
}
