import type { MemberActor } from '../../../http/actor.js';
import type { ActionResource } from '../../../policies/action.policy.js';
import { can } from '../../../policies/index.js';

/**
 * A journal entry is its author's words: its author (while still editing the fiche) may change
 * or remove it, and so may those who shape the plan (plan managers, admins: `action.updateStructure`);
 * other pilots of the same fiche may not. Pure, like every rule in src/policies/ (to move there
 * with the next change of the policy index).
 */
export function canEditLogEntry(actor: MemberActor, action: ActionResource, entry: { authorId: string | null }): boolean {
  if (can(actor, 'action.updateStructure', action)) return true;
  return entry.authorId === actor.userId && can(actor, 'action.update', action);
}
