import type { Visibility } from '@pilotis/shared';
import { describe, expect, it } from 'vitest';
import type { MemberActor } from '../http/actor.js';
import type { IndicatorResource } from './indicator.policy.js';
import { can, rules, type PolicyAction } from './index.js';

/**
 * Who may do what with indicators (seed 000: the owning directorate decides what it publishes).
 * The indicator is owned by a service under a direction. Actors, all of one collectivité except
 * the last: admin · member of the direction (above the owner) · member of the owning service ·
 * pilot of the indicator (no unit) · member of another unit · an admin of another collectivité.
 */
const Y = true;
const N = false;

type Who = 'admin' | 'direction' | 'service' | 'pilot' | 'member' | 'otherOrgAdmin';
const WHO: Who[] = ['admin', 'direction', 'service', 'pilot', 'member', 'otherOrgAdmin'];

type On = 'indicator' | 'unit indicator' | 'public indicator' | 'indicator without owner';
type Row = [PolicyAction, On, ...boolean[]];

const MATRIX: Row[] = [
  // action                        on                          admin dir  serv pilot memb other
  ['indicator.create',             'indicator',                Y,    Y,   Y,   N,    N,   N],
  ['indicator.create',             'indicator without owner',  Y,    N,   N,   N,    N,   N],
  ['indicator.read',               'indicator',                Y,    Y,   Y,   Y,    Y,   N],
  ['indicator.read',               'public indicator',         Y,    Y,   Y,   Y,    Y,   N],
  ['indicator.read',               'unit indicator',           Y,    Y,   Y,   Y,    N,   N],
  ['indicator.readDrafts',         'indicator',                Y,    Y,   Y,   Y,    N,   N],
  ['indicator.update',             'indicator',                Y,    Y,   Y,   Y,    N,   N],
  ['indicator.update',             'unit indicator',           Y,    Y,   Y,   Y,    N,   N],
  ['indicator.delete',             'indicator',                Y,    Y,   Y,   N,    N,   N],
  ['indicator.enterMeasures',      'indicator',                Y,    Y,   Y,   Y,    N,   N],
  ['indicator.validateMeasures',   'indicator',                Y,    Y,   Y,   N,    N,   N],
  ['indicator.validateMeasures',   'indicator without owner',  Y,    N,   N,   N,    N,   N],
];

const HERE = '11111111-1111-4111-8111-111111111111';
const ELSEWHERE = '22222222-2222-4222-8222-222222222222';
const DIRECTION = '33333333-3333-4333-8333-333333333333';
const SERVICE = '44444444-4444-4444-8444-444444444444';
const OTHER_UNIT = '55555555-5555-4555-8555-555555555555';

const unitsOf: Record<Who, string[]> = { admin: [], direction: [DIRECTION], service: [SERVICE], pilot: [], member: [OTHER_UNIT], otherOrgAdmin: [] };

const actorOf = (who: Who): MemberActor => ({
  userId: who,
  name: who,
  email: `${who}@example.fr`,
  sessionId: `session-${who}`,
  csrfToken: 'csrf',
  organizationId: who === 'otherOrgAdmin' ? ELSEWHERE : HERE,
  orgRole: who === 'admin' || who === 'otherOrgAdmin' ? 'admin' : 'member',
  unitIds: unitsOf[who],
});

function resourceFor(on: On): IndicatorResource {
  const visibility: Visibility = on === 'unit indicator' ? 'unit' : on === 'public indicator' ? 'public' : 'organization';
  // The path goes from the owner up: the service, then its direction.
  const ownerUnitPath = on === 'indicator without owner' ? [] : [SERVICE, DIRECTION];
  return { organizationId: HERE, visibility, ownerUnitPath, pilotIds: ['pilot'] };
}

describe('indicators: role × action matrix', () => {
  it.each(MATRIX)('%s on %s', (action, on, ...expected) => {
    const actual = WHO.map((who) => can(actorOf(who), action, resourceFor(on) as never));
    expect(Object.fromEntries(WHO.map((who, i) => [who, actual[i]]))).toEqual(Object.fromEntries(WHO.map((who, i) => [who, expected[i]])));
  });

  it('covers every indicator rule', () => {
    const inTable = new Set(MATRIX.map(([action]) => action));
    const mine = Object.keys(rules).filter((action) => action.startsWith('indicator.'));
    expect(mine.filter((action) => !inTable.has(action as PolicyAction))).toEqual([]);
  });

  it('a member of a unit below the owner is not inside: rights flow down the tree, not up', () => {
    const directionOwned: IndicatorResource = { organizationId: HERE, visibility: 'unit', ownerUnitPath: [DIRECTION], pilotIds: [] };
    expect(can(actorOf('direction'), 'indicator.read', directionOwned)).toBe(true);
    expect(can(actorOf('service'), 'indicator.read', directionOwned)).toBe(false);
    expect(can(actorOf('service'), 'indicator.enterMeasures', directionOwned)).toBe(false);
  });
});
