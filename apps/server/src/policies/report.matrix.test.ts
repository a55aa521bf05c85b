import { describe, expect, it } from 'vitest';
import { ELSEWHERE, HERE, matrixActor, planRoleOf } from '../../test/policy-actors.js';
import { can } from './index.js';

/**
 * Who reads a generated report: its requester, the managers of its plan, the admins; nobody of
 * another collectivité. A report without a plan (an indicator's) is its requester's and the admins'.
 */
const Y = true;
const N = false;
type Who = 'requester' | 'admin' | 'manager' | 'contributor' | 'reader' | 'member (no role)' | 'other-org admin';
const MATRIX: [who: Who, planReport: boolean, indicatorReport: boolean, readAll: boolean][] = [
  // who                   plan report  indicator report  list all
  ['requester',            Y,           Y,                N],
  ['admin',                Y,           Y,                Y],
  ['manager',              Y,           N,                N],
  ['contributor',          N,           N,                N],
  ['reader',               N,           N,                N],
  ['member (no role)',     N,           N,                N],
  ['other-org admin',      N,           N,                N],
];

const actorOf = (who: Who) => matrixActor(who, { organizationId: who === 'other-org admin' ? ELSEWHERE : HERE, admin: who === 'admin' || who === 'other-org admin' });

describe('reports × roles', () => {
  it.each(MATRIX)('report.read / report.readAll — %s: plan report %s, indicator report %s, all %s', (who, planReport, indicatorReport, readAll) => {
    const actor = actorOf(who);
    const plan = { organizationId: HERE, state: 'active' as const, actorRole: planRoleOf(who) };
    expect({
      planReport: can(actor, 'report.read', { organizationId: HERE, createdBy: 'requester', plan }),
      indicatorReport: can(actor, 'report.read', { organizationId: HERE, createdBy: 'requester', plan: null }),
      readAll: can(actor, 'report.readAll', { organizationId: HERE }),
    }).toEqual({ planReport, indicatorReport, readAll });
  });
});
