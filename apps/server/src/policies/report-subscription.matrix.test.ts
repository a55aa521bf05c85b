import type { PlanRole, PlanState } from '@pilotis/shared';
import { describe, expect, it } from 'vitest';
import type { MemberActor } from '../http/actor.js';
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

const HERE = '11111111-1111-4111-8111-111111111111';
const ELSEWHERE = '22222222-2222-4222-8222-222222222222';
const actorOf = (who: Who): MemberActor => ({
  userId: who,
  name: who,
  email: 'x@example.fr',
  sessionId: 's',
  csrfToken: 'c',
  organizationId: who === 'other-org admin' ? ELSEWHERE : HERE,
  orgRole: who === 'admin' || who === 'other-org admin' ? 'admin' : 'member',
  unitIds: [],
});
const roleOf = (who: Who): PlanRole | null => (['manager', 'contributor', 'reader'].includes(who) ? (who as PlanRole) : null);
const plan = (who: Who, state: PlanState) => ({ organizationId: HERE, state, actorRole: roleOf(who) });

describe('report subscriptions × plan roles', () => {
  it.each(MATRIX)('reportSubscription.manage — %s: active %s, draft %s', (who, active, draft) => {
    const actor = actorOf(who);
    expect({ active: can(actor, 'reportSubscription.manage', plan(who, 'active')), draft: can(actor, 'reportSubscription.manage', plan(who, 'draft')) }).toEqual({ active, draft });
  });
});
