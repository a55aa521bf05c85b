import { actionRules, type ActionResource } from './action.policy.js';
import type { Rule } from './types.js';

export type LogEntryResource = ActionResource & { authorId: string | null };

/**
 * A journal entry is its author's words: its author (while still editing the fiche) may change or
 * remove it, and so may those who shape the plan (managers, admins); other pilots of the fiche may not.
 */
export const logEntryRules = {
  'logEntry.update': (actor, entry) =>
    actionRules['action.updateStructure'](actor, entry) || (entry.authorId === actor.userId && actionRules['action.update'](actor, entry)),
} satisfies Record<string, Rule<LogEntryResource>>;
