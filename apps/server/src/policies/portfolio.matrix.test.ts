import type { PlanState } from '@pilotis/shared';
import { describe, expect, it } from 'vitest';
import { ELSEWHERE, HERE, matrixActor, planRoleOf } from '../../test/policy-actors.js';
import { can } from './index.js';

/**
 * Project portfolio rights. Read and submit follow plan reading (a published portfolio is read by
 * the whole collectivité, a draft by its members); managing, moving and scoring projects belong
 * to the plan's managers and the admins. A requester keeps reading their own request.
 */
const Y = true;
const N = false;
type Who = 'admin' | 'manager' | 'contributor' | 'reader' | 'member (no role)' | 'requester (no role)' | 'other-org admin';
// who, state: read, submit, manage, score | project: read, update, transition, score
const MATRIX: [who: Who, state: PlanState, portfolio: boolean[], project: boolean[]][] = [
  ['admin',                'active', [Y, Y, Y, Y], [Y, Y, Y, Y]],
  ['manager',              'active', [Y, Y, Y, Y], [Y, Y, Y, Y]],
  ['contributor',          'active', [Y, Y, N, N], [Y, N, N, N]],
  ['reader',               'active', [Y, Y, N, N], [Y, N, N, N]],
  ['member (no role)',     'active', [Y, Y, N, N], [Y, N, N, N]],
  ['member (no role)',     'draft',  [N, N, N, N], [N, N, N, N]],
  ['requester (no role)',  'draft',  [N, N, N, N], [Y, N, N, N]],
  ['reader',               'draft',  [Y, Y, N, N], [Y, N, N, N]],
  ['manager',              'draft',  [Y, Y, Y, Y], [Y, Y, Y, Y]],
  ['other-org admin',      'active', [N, N, N, N], [N, N, N, N]],
];

const actorOf = (who: Who) => matrixActor(who, { organizationId: who === 'other-org admin' ? ELSEWHERE : HERE, admin: who === 'admin' || who === 'other-org admin' });
const plan = (who: Who, state: PlanState) => ({ organizationId: HERE, state, actorRole: planRoleOf(who) });
const project = (who: Who, state: PlanState) => ({ organizationId: HERE, plan: plan(who, state), requestedById: who === 'requester (no role)' ? who : 'someone-else' });

describe('portfolio × plan roles', () => {
  it.each(MATRIX)('%s on a %s portfolio', (who, state, portfolioRights, projectRights) => {
    const actor = actorOf(who);
    expect(['portfolio.read', 'portfolio.submit', 'portfolio.manage', 'portfolio.score'].map((a) => can(actor, a as 'portfolio.read', plan(who, state)))).toEqual(portfolioRights);
    expect(['project.read', 'project.update', 'project.transition', 'project.score'].map((a) => can(actor, a as 'project.read', project(who, state)))).toEqual(projectRights);
  });
});
