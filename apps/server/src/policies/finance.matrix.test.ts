import type { PlanState } from '@pilotis/shared';
import { describe, expect, it } from 'vitest';
import { ELSEWHERE, HERE, matrixActor, planRoleOf } from '../../test/policy-actors.js';
import { can, rules, type PolicyAction } from './index.js';

/**
 * Who may read a portfolio's costs, import the finance software's files and assign lines (issue 8).
 * Actors: admin · manager / contributor / reader of the portfolio · another member · an admin elsewhere.
 */
const Y = true;
const N = false;
const WHO = ['admin', 'manager', 'contributor', 'reader', 'member', 'otherOrgAdmin'] as const;
type Row = [PolicyAction, PlanState, ...boolean[]];

const MATRIX: Row[] = [
  // action            portfolio   admin mgr  contr read memb other
  ['finance.read',     'active',   Y,    Y,   Y,    Y,   Y,   N],
  ['finance.read',     'draft',    Y,    Y,   Y,    Y,   N,   N],
  ['finance.import',   'active',   Y,    Y,   N,    N,   N,   N],
  ['finance.assign',   'active',   Y,    Y,   N,    N,   N,   N],
];

const actorOf = (who: (typeof WHO)[number]) =>
  matrixActor(who, { organizationId: who === 'otherOrgAdmin' ? ELSEWHERE : HERE, admin: who === 'admin' || who === 'otherOrgAdmin' });

describe('finance: role × action matrix', () => {
  it.each(MATRIX)('%s on a %s portfolio', (action, state, ...expected) => {
    const actual = WHO.map((who) => can(actorOf(who), action, { organizationId: HERE, state, actorRole: planRoleOf(who) } as never));
    expect(Object.fromEntries(WHO.map((who, i) => [who, actual[i]]))).toEqual(Object.fromEntries(WHO.map((who, i) => [who, expected[i]])));
  });

  it('covers every finance rule', () => {
    const inTable = new Set(MATRIX.map(([action]) => action));
    expect(Object.keys(rules).filter((action) => action.startsWith('finance.') && !inTable.has(action as PolicyAction))).toEqual([]);
  });
});
