import { describe, expect, it } from 'vitest';
import type { MemberActor } from '../http/actor.js';
import { abilities, authorize, can, rules, type PolicyAction } from './index.js';

/**
 * Who may do what in Pilotis — the role × action matrix. This table is the documentation of the
 * rules in this folder: change a rule and this test fails until the table says the same.
 *
 * Actors: an admin and a member of one collectivité (“here”), and an admin of another one.
 * Resources all belong to “here”; “their own account” is the actor's own user.
 */
const Y = true;
const N = false;

type On = 'the collectivité' | 'a unit' | 'another person' | 'their own account' | 'their own job' | "someone else's job";
type Row = [action: PolicyAction, on: On, admin: boolean, member: boolean, otherOrgAdmin: boolean];

const MATRIX: Row[] = [
  // action                         on                     admin  member  other-org admin
  ['organization.read',             'the collectivité',    Y,     Y,      N],
  ['organization.update',           'the collectivité',    Y,     N,      N],
  ['organization.manageMembers',    'the collectivité',    Y,     N,      N],
  ['organization.manageUnits',      'the collectivité',    Y,     N,      N],
  ['orgUnit.read',                  'a unit',              Y,     Y,      N],
  ['orgUnit.update',                'a unit',              Y,     N,      N],
  ['user.read',                     'another person',      Y,     Y,      N],
  ['user.read',                     'their own account',   Y,     Y,      N],
  ['user.update',                   'another person',      Y,     N,      N],
  ['user.update',                   'their own account',   Y,     N,      N],
  ['user.changeRole',               'another person',      Y,     N,      N],
  ['user.changeRole',               'their own account',   N,     N,      N],
  ['user.deactivate',               'another person',      Y,     N,      N],
  ['user.deactivate',               'their own account',   N,     N,      N],
  ['user.readHistory',              'another person',      Y,     N,      N],
  ['user.readHistory',              'their own account',   Y,     Y,      N],
  ['apiToken.manage',               'the collectivité',    Y,     N,      N],
  ['connector.manage',              'the collectivité',    Y,     N,      N],
  ['outbox.read',                   'the collectivité',    Y,     N,      N],
  ['outbox.retry',                  'the collectivité',    Y,     N,      N],
  ['job.read',                      'their own job',       Y,     Y,      N],
  ['job.read',                      "someone else's job",  Y,     N,      N],
];

const HERE = '11111111-1111-4111-8111-111111111111';
const ELSEWHERE = '22222222-2222-4222-8222-222222222222';

const actor = (userId: string, organizationId: string, orgRole: MemberActor['orgRole'] & string): MemberActor => ({
  userId,
  name: userId,
  email: `${userId}@example.fr`,
  sessionId: `session-${userId}`,
  csrfToken: 'csrf',
  organizationId,
  orgRole,
  unitIds: [],
});

const ACTORS = {
  admin: actor('admin-here', HERE, 'admin'),
  member: actor('member-here', HERE, 'member'),
  otherOrgAdmin: actor('admin-elsewhere', ELSEWHERE, 'admin'),
};

function resource(on: On, who: MemberActor) {
  switch (on) {
    case 'the collectivité':
      return { organizationId: HERE };
    case 'a unit':
      return { id: 'unit-1', organizationId: HERE, name: 'DSI', parentId: null };
    case 'another person':
      return { id: 'someone-else', organizationId: HERE };
    case 'their own account':
      return { id: who.userId, organizationId: HERE };
    case 'their own job':
      return { organizationId: HERE, createdBy: who.userId };
    case "someone else's job":
      return { organizationId: HERE, createdBy: 'someone-else' };
  }
}

describe('role × action matrix', () => {
  it.each(MATRIX)('%s on %s — admin %s, member %s, other-org admin %s', (action, on, admin, member, otherOrgAdmin) => {
    const check = (who: MemberActor) => can(who, action, resource(on, who) as never);
    expect({ admin: check(ACTORS.admin), member: check(ACTORS.member), otherOrgAdmin: check(ACTORS.otherOrgAdmin) }).toEqual({
      admin,
      member,
      otherOrgAdmin,
    });
  });

  it('covers every rule', () => {
    // plan.* and action.* rules have their own table, with plan roles: plan-action.matrix.test.ts
    // (reportSubscription.*: report-subscription.matrix.test.ts; report.*: report.matrix.test.ts;
    // notification.*: notification.matrix.test.ts; review.*, campaign.*, portfolio.* and project.*,
    // finance.*: their own matrix files).
    const inTable = new Set(MATRIX.map(([action]) => action));
    const mine = Object.keys(rules).filter((action) => !/^(plan|action|logEntry|indicator|reportSubscription|report|notification|review|campaign|portfolio|project|finance)\./.test(action));
    expect(mine.filter((action) => !inTable.has(action as PolicyAction))).toEqual([]);
  });

  it('never lets an actor act on another collectivité, whatever the rule', () => {
    for (const action of Object.keys(rules) as PolicyAction[]) {
      const foreign = { id: ACTORS.admin.userId, organizationId: ELSEWHERE, name: 'x', parentId: null };
      expect(can(ACTORS.admin, action, foreign as never), action).toBe(false);
    }
  });
});

describe('authorize and abilities', () => {
  it('authorize throws a 403 forbidden error when can() says no', () => {
    expect(() => authorize(ACTORS.member, 'orgUnit.update', { organizationId: HERE })).toThrow(
      expect.objectContaining({ status: 403, code: 'forbidden' }),
    );
    expect(() => authorize(ACTORS.admin, 'orgUnit.update', { organizationId: HERE })).not.toThrow();
  });

  it('abilities names each action without its resource prefix', () => {
    const person = { id: 'someone-else', organizationId: HERE };
    expect(abilities(ACTORS.member, ['user.update', 'user.readHistory'], person)).toEqual({ update: false, readHistory: false });
    expect(abilities(ACTORS.admin, ['user.update', 'user.changeRole'], person)).toEqual({ update: true, changeRole: true });
  });
});
