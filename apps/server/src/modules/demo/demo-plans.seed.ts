import type { PlanRole } from '@pilotis/shared';
import type { DbOrTx } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import { newId } from '../../lib/tokens.js';
import { recordChange } from '../audit/audit.service.js';
import type { DemoPlanSpec } from './demo-plan-spec.js';
import { MANDATE_PLAN } from './demo-mandate-plan.data.js';
import { ROADMAP_PLAN } from './demo-roadmap-plan.data.js';
import { insertDemoPlan, insertPlanRows, statusesByLabel } from './demo-plans.repository.js';
import { generatePlanRows, mergePlanRows, seededRandom, type PlanRows, type Rng } from './demo-plans.generate.js';

export interface DemoPeople {
  admin: string;
  pilot: string;
  elu: string;
  reader: string;
}


/**
 * The demo collectivité's plan de mandat and feuille de route numérique, with their fiches
 * actions. Called inside the demo seed's transaction; batched inserts, one history event per plan.
 */
export async function seedDemoPlans(
  tx: DbOrTx,
  ctx: { organizationId: string; clock: Clock },
  people: DemoPeople,
  unitIds: Map<string, string>,
) {
  const { organizationId, clock } = ctx;
  const now = clock.now();
  const today = now.toISOString().slice(0, 10);
  const statusMap = await statusesByLabel(tx, organizationId);
  // The pilot carries a good share of the actions of the services he works with, the administratrice the rest.
  const nearPilot = new Set(['Service urbanisme', 'Service voirie et espaces verts', 'Direction de l’aménagement et du cadre de vie']);
  const choosePilot = (rng: Rng, unit: string) => (rng.chance(nearPilot.has(unit) ? 0.7 : 0.25) ? people.pilot : people.admin);
  const chooseCopilot = (rng: Rng, pilotId: string | null) => (rng.chance(0.22) ? (pilotId === people.pilot ? people.admin : people.pilot) : null);

  const specs: [DemoPlanSpec, number, { userId: string; role: PlanRole }[], number][] = [
    [
      MANDATE_PLAN,
      2026,
      [
        { userId: people.admin, role: 'manager' },
        { userId: people.pilot, role: 'contributor' },
        { userId: people.elu, role: 'reader' },
        { userId: people.reader, role: 'reader' },
      ],
      1,
    ],
    [
      ROADMAP_PLAN,
      2030,
      [
        { userId: people.admin, role: 'manager' },
        { userId: people.pilot, role: 'contributor' },
      ],
      0.3,
    ],
  ];
  const generated: PlanRows[] = [];
  const created: { planId: string; plan: object }[] = [];
  for (const [spec, seed, members, eluShare] of specs) {
    const planId = newId();
    const plan = { name: spec.name, kind: spec.kind, description: spec.description, startsOn: spec.startsOn, endsOn: spec.endsOn, state: 'active' as const, levelNames: spec.levelNames };
    await insertDemoPlan(tx, { id: planId, organizationId, ...plan, createdAt: now, updatedAt: now }, members);
    const rows = generatePlanRows({
      organizationId,
      planId,
      spec,
      today,
      now,
      rng: seededRandom(seed),
      statuses: statusMap,
      unitIds,
      choosePilot,
      chooseCopilot,
      chooseElu: (rng) => (rng.chance(eluShare) ? people.elu : null),
      newId,
    });
    generated.push(rows);
    created.push({ planId, plan });
  }
  // Both plans in one insert per table (~230 fiches, ~2,000 rows in all): the seed runs at first start.
  await insertPlanRows(tx, mergePlanRows(generated), 2000);
  for (const { planId, plan } of created) {
    await recordChange(tx, { organizationId, actorUserId: null, clock }, { entityType: 'plan', entityId: planId, action: 'create', before: null, after: plan });
  }
}
