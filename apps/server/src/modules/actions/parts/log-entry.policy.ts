import type { MemberActor } from '../../../http/actor.js';
import type { ActionResource } from '../../../policies/action.policy.js';
import { can } from '../../../policies/index.js';

/** See policies/log-entry.policy.ts: kept as a named helper for the journal's service and presenter. */
export function canEditLogEntry(actor: MemberActor, action: ActionResource, entry: { authorId: string | null }): boolean {
  return can(actor, 'logEntry.update', { ...action, authorId: entry.authorId });
}
