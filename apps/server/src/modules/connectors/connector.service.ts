import type { connectorCreateInputSchema, connectorUpdateInputSchema } from '@pilotis/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { conflict, invalid, notFound } from '../../http/errors.js';
import { newId } from '../../lib/tokens.js';
import { authorize } from '../../policies/index.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { selectIndicatorsForMeasures } from '../measures/measure-write.repository.js';
import { runConnector } from './connector-run.service.js';
import { nextRunOf, queueScheduledRun } from './connector-schedule.js';
import { auditedConnector, presentConnector, presentConnectorRun } from './connector.presenter.js';
import {
  deleteConnectorWithRuns,
  findConnector,
  insertConnector,
  latestConnectorRuns,
  listConnectorRuns,
  listConnectors,
  updateConnector,
} from './connector.repository.js';
import type { ConnectorRow } from './connector.table.js';

type CreateInput = z.output<typeof connectorCreateInputSchema>;
type UpdateInput = z.output<typeof connectorUpdateInputSchema>;
const RUNS_SHOWN = 50;

export async function listOrganizationConnectors(ctx: AppContext, actor: MemberActor) {
  authorize(actor, 'connector.manage', scopeOf(actor));
  const rows = await listConnectors(ctx.db, scopeOf(actor));
  const lastRuns = await latestConnectorRuns(ctx.db, { ...scopeOf(actor), connectorIds: rows.map((row) => row.id) });
  return rows.map((row) => presentConnector(row, lastRuns.get(row.id), ctx.clock.now()));
}

export async function createConnector(ctx: AppContext, actor: MemberActor, input: CreateInput) {
  authorize(actor, 'connector.manage', scopeOf(actor));
  const indicatorIds = await checkIndicators(ctx.db, actor, input.indicatorIds);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const values = { ...input, indicatorIds, format: input.format ?? 'csv', schedule: input.schedule ?? 'daily', enabled: input.enabled ?? true };
    const row = await insertConnector(tx, { id: newId(), organizationId: actor.organizationId, ...values, nextRunAt: nextRunOf(values, now), createdAt: now, updatedAt: now });
    await queueScheduledRun(tx, ctx.clock, row);
    await recordChange(tx, auditContextOf(ctx, actor), { entityType: 'connector', entityId: row.id, action: 'create', before: null, after: auditedConnector(row) });
    return presentConnector(row, undefined, now);
  });
}

/** A change of schedule (or enabling it) reschedules from now; the jobs queued before go stale. */
export async function changeConnector(ctx: AppContext, actor: MemberActor, id: string, input: UpdateInput) {
  authorize(actor, 'connector.manage', scopeOf(actor));
  const current = await loadConnector(ctx.db, actor, id);
  const { version, ...changes } = input;
  if (current.version !== version) throw conflict();
  const merged = { ...current, ...changes };
  if (merged.mapping.indicatorField === null && merged.indicatorIds.length !== 1) {
    throw invalid([{ path: 'indicatorIds', message: 'Sans colonne « indicateur », un connecteur alimente un seul indicateur' }]);
  }
  if (changes.indicatorIds) changes.indicatorIds = await checkIndicators(ctx.db, actor, changes.indicatorIds);
  const rescheduled = changes.schedule !== undefined || changes.enabled !== undefined;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const values = { ...changes, updatedAt: now, ...(rescheduled ? { nextRunAt: nextRunOf(merged, now) } : {}) };
    const updated = await updateConnector(tx, { ...scopeOf(actor), id, version }, values);
    if (!updated) throw conflict();
    if (rescheduled) await queueScheduledRun(tx, ctx.clock, updated);
    await recordChange(tx, auditContextOf(ctx, actor), { entityType: 'connector', entityId: id, action: 'update', before: auditedConnector(current), after: auditedConnector(updated) });
    const lastRuns = await latestConnectorRuns(tx, { ...scopeOf(actor), connectorIds: [id] });
    return presentConnector(updated, lastRuns.get(id), now);
  });
}

/** Its runs go with it; the measures it wrote stay (they name it by id only). */
export async function removeConnector(ctx: AppContext, actor: MemberActor, id: string) {
  authorize(actor, 'connector.manage', scopeOf(actor));
  await ctx.db.transaction(async (tx) => {
    const current = await loadConnector(tx, actor, id);
    await deleteConnectorWithRuns(tx, { ...scopeOf(actor), id });
    await recordChange(tx, auditContextOf(ctx, actor), { entityType: 'connector', entityId: id, action: 'delete', before: auditedConnector(current), after: null });
  });
}

export async function listRuns(ctx: AppContext, actor: MemberActor, id: string) {
  authorize(actor, 'connector.manage', scopeOf(actor));
  await loadConnector(ctx.db, actor, id);
  return (await listConnectorRuns(ctx.db, { ...scopeOf(actor), connectorId: id, limit: RUNS_SHOWN })).map((run) => presentConnectorRun(run, ctx.clock.now()));
}

/** « Lancer maintenant »: runs in the request and answers the finished run (its schedule is untouched). */
export async function runConnectorNow(ctx: AppContext, actor: MemberActor, id: string) {
  authorize(actor, 'connector.manage', scopeOf(actor));
  const connector = await loadConnector(ctx.db, actor, id);
  return presentConnectorRun(await runConnector(ctx, connector, 'manual'), ctx.clock.now());
}

async function loadConnector(db: DbOrTx, actor: MemberActor, id: string): Promise<ConnectorRow> {
  const row = await findConnector(db, { ...scopeOf(actor), id });
  if (!row) throw notFound('Connecteur');
  return row;
}

/** Indicators of the collectivité, entered (not calculated): a connector cannot feed a formula. */
async function checkIndicators(db: DbOrTx, actor: MemberActor, ids: string[]) {
  const unique = [...new Set(ids)];
  const found = await selectIndicatorsForMeasures(db, { ...scopeOf(actor), ids: unique, codes: [] });
  const byId = new Map(found.map((row) => [row.id, row]));
  if (unique.some((id) => !byId.has(id))) throw invalid([{ path: 'indicatorIds', message: 'Indicateur introuvable dans la collectivité' }]);
  const calculated = found.filter((row) => row.formula !== null).map((row) => row.code);
  if (calculated.length > 0) throw invalid([{ path: 'indicatorIds', message: `Indicateur calculé (ses valeurs viennent de sa formule) : ${calculated.join(', ')}` }]);
  return unique;
}
