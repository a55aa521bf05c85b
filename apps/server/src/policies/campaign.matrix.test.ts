import { describe, expect, it } from 'vitest';
import { ELSEWHERE, HERE, matrixActor, planRoleOf } from '../../test/policy-actors.js';
import type { CampaignResource } from './campaign.policy.js';
import { can } from './index.js';

/**
 * Who runs update campaigns: managers of the scope's plan and admins (an org unit's campaign: the
 * admins only); the creator still reads a campaign they no longer manage.
 */
const Y = true;
const N = false;
type Who = 'admin' | 'manager' | 'contributor' | 'reader' | 'creator (no role)' | 'member (no role)' | 'other-org admin';
const MATRIX: [who: Who, planManage: boolean, planRead: boolean, unitManage: boolean, unitRead: boolean][] = [
  // who                    plan: manage  read   org unit: manage  read
  ['admin',                 Y,            Y,     Y,                Y],
  ['manager',               Y,            Y,     N,                N],
  ['contributor',           N,            N,     N,                N],
  ['reader',                N,            N,     N,                N],
  ['creator (no role)',     N,            Y,     N,                Y],
  ['member (no role)',      N,            N,     N,                N],
  ['other-org admin',       N,            N,     N,                N],
];

const actorOf = (who: Who) => matrixActor(who, { organizationId: who === 'other-org admin' ? ELSEWHERE : HERE, admin: who === 'admin' || who === 'other-org admin' });
const campaign = (who: Who, onPlan: boolean): CampaignResource => ({
  organizationId: HERE,
  plan: onPlan ? { organizationId: HERE, state: 'active', actorRole: planRoleOf(who) } : null,
  createdBy: who === 'creator (no role)' ? who : 'someone-else',
});

describe('campaigns × roles', () => {
  it.each(MATRIX)('%s — plan: manage %s read %s; org unit: manage %s read %s', (who, planManage, planRead, unitManage, unitRead) => {
    const actor = actorOf(who);
    const onPlan = campaign(who, true);
    const onUnit = campaign(who, false);
    expect({
      planCreate: can(actor, 'campaign.create', onPlan),
      planManage: can(actor, 'campaign.manage', onPlan),
      planRead: can(actor, 'campaign.read', onPlan),
      unitManage: can(actor, 'campaign.manage', onUnit),
      unitRead: can(actor, 'campaign.read', onUnit),
    }).toEqual({ planCreate: planManage, planManage, planRead, unitManage, unitRead });
  });
});
