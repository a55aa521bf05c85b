import type { LogEntry } from '@pilotis/shared';
import type { AppContext } from '../../../context.js';
import type { DbOrTx } from '../../../db/client.js';
import type { MemberActor } from '../../../http/actor.js';
import { conflict, forbidden, invalid, notFound } from '../../../http/errors.js';
import { newId } from '../../../lib/tokens.js';
import type { ActionResource } from '../../../policies/action.policy.js';
import type { LogEntryRow } from '../action-parts.table.js';
import { refreshSearchText } from '../action.search.js';
import { sanitizeLogText } from './log-text.js';
import { canEditLogEntry } from './log-entry.policy.js';
import { deleteLogEntry, findLogEntry, insertLogEntry, listLogEntries, updateLogEntry, type LogEntryWithAuthor } from './log-entry.repository.js';
import { loadActionToEdit, loadActionToRead, partAbilities, recordPartChange } from './part-access.js';
import { notifyLogMentions } from '../../notifications/action-notifications.js';
import { todayOf } from '../../../lib/clock.js';

export type PresentedLogEntry = LogEntry & { can: Record<string, boolean> };

export function presentLogEntry(actor: MemberActor, resource: ActionResource, { entry, authorName }: LogEntryWithAuthor): PresentedLogEntry {
  const editable = canEditLogEntry(actor, resource, entry);
  return {
    id: entry.id,
    occurredOn: entry.occurredOn,
    body: entry.body,
    author: entry.authorId ? { id: entry.authorId, name: authorName ?? '' } : null,
    createdAt: entry.createdAt.toISOString(),
    version: entry.version,
    can: { update: editable, delete: editable },
  };
}

const audited = (row: LogEntryRow) => ({ occurredOn: row.occurredOn, body: row.body });

/** The sanitised body (see log-text.ts); a body that was nothing but markup is refused. */
function cleanBody(body: string): string {
  const clean = sanitizeLogText(body);
  if (!clean) throw invalid([{ path: 'body', message: 'Le texte est vide une fois le balisage retiré' }]);
  return clean;
}

export async function listActionLog(ctx: AppContext, actor: MemberActor, actionId: string) {
  const loaded = await loadActionToRead(ctx.db, actor, actionId);
  const rows = await listLogEntries(ctx.db, { organizationId: actor.organizationId, actionId });
  return { data: rows.map((row) => presentLogEntry(actor, loaded.resource, row)), can: partAbilities(actor, loaded) };
}

export async function createLogEntry(ctx: AppContext, actor: MemberActor, actionId: string, input: { occurredOn?: string; body: string }) {
  const body = cleanBody(input.body);
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadActionToEdit(tx, actor, actionId);
    const scope = { organizationId: actor.organizationId, actionId };
    const now = ctx.clock.now();
    const row = await insertLogEntry(tx, {
      id: newId(),
      ...scope,
      authorId: actor.userId,
      occurredOn: input.occurredOn ?? todayOf(ctx.clock),
      body,
      createdAt: now,
      updatedAt: now,
    });
    await recordPartChange(tx, ctx, actor, { actionId, part: 'log', verb: 'create', label: row.occurredOn, before: null, after: audited(row) });
    await refreshSearchText(tx, scope);
    await notifyLogMentions(tx, ctx, actor, loaded.action, body);
    return { data: presentLogEntry(actor, loaded.resource, { entry: row, authorName: actor.name }), can: partAbilities(actor, loaded) };
  });
}

/** The entry and its fiche, once the actor is known to be allowed to change it. */
async function loadEntryToEdit(tx: DbOrTx, actor: MemberActor, id: string) {
  const found = await findLogEntry(tx, { organizationId: actor.organizationId, id });
  if (!found) throw notFound('Entrée du journal');
  const loaded = await loadActionToRead(tx, actor, found.entry.actionId);
  if (!canEditLogEntry(actor, loaded.resource, found.entry)) throw forbidden();
  return { found, loaded };
}

export async function updateActionLogEntry(ctx: AppContext, actor: MemberActor, id: string, input: { occurredOn?: string; body?: string; version: number }) {
  const body = input.body === undefined ? undefined : cleanBody(input.body);
  return ctx.db.transaction(async (tx) => {
    const { found, loaded } = await loadEntryToEdit(tx, actor, id);
    if (found.entry.version !== input.version) throw conflict();
    const row = await updateLogEntry(tx, { organizationId: actor.organizationId, id, version: input.version }, { occurredOn: input.occurredOn, body, updatedAt: ctx.clock.now() });
    if (!row) throw conflict();
    const ref = { organizationId: actor.organizationId, actionId: row.actionId };
    await recordPartChange(tx, ctx, actor, { ...ref, part: 'log', verb: 'update', label: row.occurredOn, before: audited(found.entry), after: audited(row) });
    await refreshSearchText(tx, ref);
    if (body !== undefined) await notifyLogMentions(tx, ctx, actor, loaded.action, body, found.entry.body);
    return { data: presentLogEntry(actor, loaded.resource, { entry: row, authorName: found.authorName }), can: partAbilities(actor, loaded) };
  });
}

export async function deleteActionLogEntry(ctx: AppContext, actor: MemberActor, id: string, version?: number) {
  await ctx.db.transaction(async (tx) => {
    const { found } = await loadEntryToEdit(tx, actor, id);
    if (!(await deleteLogEntry(tx, { organizationId: actor.organizationId, id, version }))) throw conflict();
    const ref = { organizationId: actor.organizationId, actionId: found.entry.actionId };
    await recordPartChange(tx, ctx, actor, { ...ref, part: 'log', verb: 'delete', label: found.entry.occurredOn, before: audited(found.entry), after: null });
    await refreshSearchText(tx, ref);
  });
}
