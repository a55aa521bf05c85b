import type { PlanState } from '@pilotis/shared';
import { describe, expect, it } from 'vitest';
import { ELSEWHERE, HERE, matrixActor, planRoleOf } from '../../test/policy-actors.js';
import { can } from './index.js';

/** Who may set up e-mailed reports of a plan: its managers and the admins, whatever its state. */
const Y = true;
const N = false;
type Who = 'admin' | 'manager' | 'contributor' | 'reader' | 'member (no role)' | 'other-org admin';
const MATRIX: [who: Who, active: boolean, draft: boolean][] = [
  // who                   active plan  draft plan
  ['admin',                Y,           Y],
  ['manager',              Y,           Y],
  ['contributor',          N,           N],
  ['reader',               N,           N],
  ['member (no role)',     N,           N],
  ['other-org admin',      N,           N],
];

const actorOf = (who: Who) => matrixActor(who, { organizationId: who === 'other-org admin' ? ELSEWHERE : HERE, admin: who === 'admin' || who === 'other-org admin' });
const plan = (who: Who, state: PlanState) => ({ organizationId: HERE, state, actorRole: planRoleOf(who) });

describe('report subscriptions × plan roles', () => {
  it.each(MATRIX)('reportSubscription.manage — %s: active %s, draft %s', (who, active, draft) => {
    const actor = actorOf(who);
    expect({ active: can(actor, 'reportSubscription.manage', plan(who, 'active')), draft: can(actor, 'reportSubscription.manage', plan(who, 'draft')) }).toEqual({ active, draft });
  });
});
