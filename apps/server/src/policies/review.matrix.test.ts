import type { PlanState } from '@pilotis/shared';
import { describe, expect, it } from 'vitest';
import { ELSEWHERE, HERE, matrixActor, planRoleOf } from '../../test/policy-actors.js';
import { can } from './index.js';

/** Review meetings: read with the plan, managed by the plan's managers and the admins. */
const Y = true;
const N = false;
type Who = 'admin' | 'manager' | 'contributor' | 'reader' | 'member (no role)' | 'other-org admin';
const MATRIX: [who: Who, readActive: boolean, readDraft: boolean, manageActive: boolean, manageDraft: boolean][] = [
  // who                   read active  read draft  manage active  manage draft
  ['admin',                Y,           Y,          Y,             Y],
  ['manager',              Y,           Y,          Y,             Y],
  ['contributor',          Y,           Y,          N,             N],
  ['reader',               Y,           Y,          N,             N],
  ['member (no role)',     Y,           N,          N,             N],
  ['other-org admin',      N,           N,          N,             N],
];

const actorOf = (who: Who) => matrixActor(who, { organizationId: who === 'other-org admin' ? ELSEWHERE : HERE, admin: who === 'admin' || who === 'other-org admin' });
const plan = (who: Who, state: PlanState) => ({ organizationId: HERE, state, actorRole: planRoleOf(who) });

describe('reviews × plan roles', () => {
  it.each(MATRIX)('review.read / review.manage — %s', (who, readActive, readDraft, manageActive, manageDraft) => {
    const actor = actorOf(who);
    expect({
      readActive: can(actor, 'review.read', plan(who, 'active')),
      readDraft: can(actor, 'review.read', plan(who, 'draft')),
      manageActive: can(actor, 'review.manage', plan(who, 'active')),
      manageDraft: can(actor, 'review.manage', plan(who, 'draft')),
    }).toEqual({ readActive, readDraft, manageActive, manageDraft });
  });
});
