import type { PlanRole, PlanState, Visibility } from '@pilotis/shared';
import { describe, expect, it } from 'vitest';
import type { MemberActor } from '../http/actor.js';
import type { ActionResource } from './action.policy.js';
import { can, rules, type PolicyAction } from './index.js';

/**
 * Who may do what with plans and fiches actions (seed 003): the matrix is the documentation.
 * Actors, all of one collectivité except the last:
 * admin · manager / contributor / reader of the plan · pilot of the action (no plan role) ·
 * member of the action's lead unit · another member · an admin of another collectivité.
 */
const Y = true;
const N = false;

type Who = 'admin' | 'manager' | 'contributor' | 'reader' | 'pilot' | 'unitMember' | 'member' | 'otherOrgAdmin';
const WHO: Who[] = ['admin', 'manager', 'contributor', 'reader', 'pilot', 'unitMember', 'member', 'otherOrgAdmin'];

type On = 'draft plan' | 'active plan' | 'archived plan' | 'action' | 'unit action' | 'action of a draft plan' | "the pilot's log entry" | "a member's log entry";
type Row = [PolicyAction, On, ...boolean[]];

const MATRIX: Row[] = [
  // action                   on                        admin mgr  contr read pilot unit memb other
  ['plan.create',             'active plan',            Y,    N,   N,    N,   N,    N,   N,   N],
  ['plan.read',               'draft plan',             Y,    Y,   Y,    Y,   N,    N,   N,   N],
  ['plan.read',               'active plan',            Y,    Y,   Y,    Y,   Y,    Y,   Y,   N],
  ['plan.read',               'archived plan',          Y,    Y,   Y,    Y,   N,    N,   N,   N],
  ['plan.update',             'active plan',            Y,    Y,   N,    N,   N,    N,   N,   N],
  ['plan.manageMembers',      'active plan',            Y,    Y,   N,    N,   N,    N,   N,   N],
  ['plan.delete',             'active plan',            Y,    N,   N,    N,   N,    N,   N,   N],
  ['plan.createAction',       'active plan',            Y,    Y,   Y,    N,   N,    N,   N,   N],
  ['action.read',             'action',                 Y,    Y,   Y,    Y,   Y,    Y,   Y,   N],
  ['action.read',             'unit action',            Y,    Y,   N,    N,   Y,    Y,   N,   N],
  ['action.read',             'action of a draft plan', Y,    Y,   Y,    Y,   Y,    N,   N,   N],
  ['action.update',           'action',                 Y,    Y,   N,    N,   Y,    N,   N,   N],
  ['action.update',           'unit action',            Y,    Y,   N,    N,   Y,    N,   N,   N],
  ['action.updateStructure',  'action',                 Y,    Y,   N,    N,   N,    N,   N,   N],
  ['action.delete',           'action',                 Y,    Y,   N,    N,   N,    N,   N,   N],
  ['logEntry.update',         "the pilot's log entry",  Y,    Y,   N,    N,   Y,    N,   N,   N],
  ['logEntry.update',         "a member's log entry",   Y,    Y,   N,    N,   N,    N,   N,   N],
];

const HERE = '11111111-1111-4111-8111-111111111111';
const ELSEWHERE = '22222222-2222-4222-8222-222222222222';
const LEAD_UNIT = '33333333-3333-4333-8333-333333333333';

const actorOf = (who: Who): MemberActor => ({
  userId: who,
  name: who,
  email: `${who}@example.fr`,
  sessionId: `session-${who}`,
  csrfToken: 'csrf',
  organizationId: who === 'otherOrgAdmin' ? ELSEWHERE : HERE,
  orgRole: who === 'admin' || who === 'otherOrgAdmin' ? 'admin' : 'member',
  unitIds: who === 'unitMember' ? [LEAD_UNIT] : [],
});

const planRoleOf = (who: Who): PlanRole | null => (who === 'manager' || who === 'contributor' || who === 'reader' ? who : null);

function resourceFor(on: On, who: Who) {
  const state: PlanState = on === 'draft plan' || on === 'action of a draft plan' ? 'draft' : on === 'archived plan' ? 'archived' : 'active';
  const plan = { organizationId: HERE, state, actorRole: planRoleOf(who) };
  if (on.endsWith('plan') && !on.startsWith('action')) return plan;
  const visibility: Visibility = on === 'unit action' ? 'unit' : 'organization';
  const action: ActionResource = { organizationId: HERE, visibility, pilotId: 'pilot', copilotIds: [], leadOrgUnitId: LEAD_UNIT, orgUnitIds: [], plan };
  if (on === "the pilot's log entry") return { ...action, authorId: 'pilot' };
  if (on === "a member's log entry") return { ...action, authorId: 'member' };
  return action;
}

describe('plans and fiches actions: role × action matrix', () => {
  it.each(MATRIX)('%s on %s', (action, on, ...expected) => {
    const actual = WHO.map((who) => can(actorOf(who), action, resourceFor(on, who) as never));
    expect(Object.fromEntries(WHO.map((who, i) => [who, actual[i]]))).toEqual(Object.fromEntries(WHO.map((who, i) => [who, expected[i]])));
  });

  it('covers every plan, action and journal rule', () => {
    const inTable = new Set(MATRIX.map(([action]) => action));
    const mine = Object.keys(rules).filter((action) => /^(plan|action|logEntry)\./.test(action));
    expect(mine.filter((action) => !inTable.has(action as PolicyAction))).toEqual([]);
  });

  it('a co-pilot has the rights of the pilot', () => {
    const copiloted = { ...(resourceFor('unit action', 'member') as ActionResource), pilotId: null, copilotIds: ['member'] };
    expect(can(actorOf('member'), 'action.read', copiloted)).toBe(true);
    expect(can(actorOf('member'), 'action.update', copiloted)).toBe(true);
    expect(can(actorOf('member'), 'action.updateStructure', copiloted)).toBe(false);
  });
});
