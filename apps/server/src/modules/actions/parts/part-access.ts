import type { AppContext } from '../../../context.js';
import type { DbOrTx } from '../../../db/client.js';
import type { MemberActor } from '../../../http/actor.js';
import { authorize, can } from '../../../policies/index.js';
import { auditContextOf, recordChange, recordChanges } from '../../audit/audit.service.js';
import { loadActionForActor } from '../action.access.js';

/**
 * Every part of a fiche (milestones, tasks, log, budget, annexes) is read with `action.read` and
 * written with `action.update` on its action: the part has no rights of its own. A part of an
 * action the actor may not read is a 404 (the loader throws it), a readable one a 403 on write.
 */
export async function loadActionToRead(db: DbOrTx, actor: MemberActor, actionId: string) {
  return loadActionForActor(db, actor, actionId);
}

export async function loadActionToEdit(db: DbOrTx, actor: MemberActor, actionId: string) {
  const loaded = await loadActionForActor(db, actor, actionId);
  authorize(actor, 'action.update', loaded.resource);
  return loaded;
}

export type LoadedAction = Awaited<ReturnType<typeof loadActionForActor>>;

/** What the UI may show on a part list: add / edit / delete buttons follow `action.update`. */
export const partAbilities = (actor: MemberActor, loaded: LoadedAction) => ({ update: can(actor, 'action.update', loaded.resource) });

export type PartName = 'milestone' | 'task' | 'log' | 'budgetLine' | 'attachment';

/**
 * History convention for parts: the event belongs to the fiche (entityType 'action', entityId =
 * the action id) so the fiche's history shows it; `action` is `<part>.<verb>` (e.g.
 * 'milestone.create' → "jalon ajouté", 'budgetLine.update' → "ligne budgétaire modifiée"), and
 * `changes` holds one field `<part>:<label>` (e.g. 'milestone:Réunion publique',
 * 'budgetLine:2026 investment') whose before/after are the part's audited fields (null when it
 * did not exist / no longer exists).
 */
export async function recordPartChange(
  tx: DbOrTx,
  ctx: Pick<AppContext, 'clock'>,
  actor: MemberActor,
  change: { actionId: string; part: PartName; verb: 'create' | 'update' | 'delete'; label: string; before: object | null; after: object | null },
) {
  const field = `${change.part}:${change.label}`;
  // recordChange only skips empty *updates*; a part update that changed nothing writes nothing either.
  if (change.verb === 'update' && JSON.stringify(change.before) === JSON.stringify(change.after)) return;
  await recordChange(tx, auditContextOf(ctx, actor), {
    entityType: 'action',
    entityId: change.actionId,
    action: `${change.part}.${change.verb}`,
    before: change.before === null ? null : { [field]: change.before },
    after: change.after === null ? null : { [field]: change.after },
  });
}

type PartChange = { actionId: string; part: PartName; verb: 'create' | 'update' | 'delete'; label: string; before: object | null; after: object | null };

/** recordPartChange for many parts at once (one insert per thousand events): an import touching hundreds of fiches. */
export async function recordPartChanges(tx: DbOrTx, ctx: Pick<AppContext, 'clock'>, actor: MemberActor, changes: PartChange[]) {
  await recordChanges(
    tx,
    auditContextOf(ctx, actor),
    changes
      .filter((change) => !(change.verb === 'update' && JSON.stringify(change.before) === JSON.stringify(change.after)))
      .map((change) => {
        const field = `${change.part}:${change.label}`;
        return {
          entityType: 'action',
          entityId: change.actionId,
          action: `${change.part}.${change.verb}`,
          before: change.before === null ? null : { [field]: change.before },
          after: change.after === null ? null : { [field]: change.after },
        };
      }),
  );
}
