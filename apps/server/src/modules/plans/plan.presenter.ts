import type { Plan, PlanRole } from '@pilotis/shared';
import type { MemberActor } from '../../http/actor.js';
import { abilities } from '../../policies/index.js';
import type { PlanResource } from '../../policies/plan.policy.js';
import type { PlanRow } from './plan.table.js';

export function presentPlan(row: PlanRow, myRole: PlanRole | null): Plan {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    description: row.description,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    state: row.state,
    levelNames: row.levelNames,
    myRole,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const planAbilities = (actor: MemberActor, resource: PlanResource) =>
  abilities(actor, ['plan.update', 'plan.manageMembers', 'plan.delete', 'plan.createAction'], resource);

/** Fields worth a line in the history. */
export const auditedPlan = (row: PlanRow) => ({
  name: row.name,
  kind: row.kind,
  description: row.description,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  state: row.state,
  levelNames: row.levelNames,
});
