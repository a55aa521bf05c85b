import type { Db } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import { newId } from '../../lib/tokens.js';
import { recordChange } from '../audit/audit.service.js';
import { insertOrgUnit } from '../org-units/org-unit.repository.js';
import { addMemberDirectly, createOrganization } from '../organizations/organization.service.js';
import { countOrganizations } from '../organizations/organization.repository.js';
import { replaceMembershipUnits } from '../users/user.repository.js';
import { hashPassword } from '../auth/password.js';
import { seedDemoPlans } from './demo-plans.seed.js';
import { seedDemoIndicators } from './demo-indicators.seed.js';
import { seedDemoPortfolio } from './demo-portfolio.seed.js';

export const DEMO_PASSWORD = 'pilotis-demo';
export const DEMO_ORGANIZATION = 'Ville de Démo';

const TREE: [string, string[]][] = [
  ['Direction des ressources et des moyens', ['Service finances', 'Service ressources humaines']],
  ['Direction de l’aménagement et du cadre de vie', ['Service urbanisme', 'Service voirie et espaces verts']],
  ['Direction de la cohésion sociale', ['Service petite enfance', 'Service vie associative et sports']],
];

export const DEMO_ACCOUNTS = [
  { email: 'admin@demo.pilotis.fr', name: 'Claire Administratrice', orgRole: 'admin', unit: 'Direction Générale', label: 'administratrice' },
  { email: 'pilote@demo.pilotis.fr', name: 'Paul Pilote', orgRole: 'member', unit: 'Service urbanisme', label: 'pilote d’actions' },
  { email: 'elu@demo.pilotis.fr', name: 'Élise Élue', orgRole: 'member', unit: null, label: 'élue' },
  { email: 'lecteur@demo.pilotis.fr', name: 'Louis Lecteur', orgRole: 'member', unit: 'Service finances', label: 'lecteur' },
] as const;

/** Creates the demo collectivité, only on an empty database. Returns false when it did nothing. */
export async function seedDemo(db: Db, clock: Clock): Promise<boolean> {
  // One argon2 hash for the four accounts that share the demo password: hashing is deliberately slow.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    if ((await countOrganizations(tx)) > 0) return false;
    const org = await createOrganization(tx, { clock }, DEMO_ORGANIZATION);
    const ctx = { organizationId: org.id, actorUserId: null, clock };
    const unitIds = new Map<string, string>();
    const addUnit = async (name: string, parentId: string | null) => {
      const now = clock.now();
      const row = await insertOrgUnit(tx, { id: newId(), organizationId: org.id, parentId, name, createdAt: now, updatedAt: now });
      await recordChange(tx, ctx, { entityType: 'orgUnit', entityId: row.id, action: 'create', before: null, after: { name, parentId } });
      unitIds.set(name, row.id);
      return row.id;
    };
    const dg = await addUnit('Direction Générale', null);
    for (const [direction, services] of TREE) {
      const directionId = await addUnit(direction, dg);
      for (const service of services) await addUnit(service, directionId);
    }
    const userIds = new Map<string, string>();
    for (const account of DEMO_ACCOUNTS) {
      const user = await addMemberDirectly(tx, { clock }, { organizationId: org.id, ...account, password: DEMO_PASSWORD, passwordHash });
      if (account.unit) await replaceMembershipUnits(tx, { organizationId: org.id, userId: user.id }, [unitIds.get(account.unit)!]);
      userIds.set(account.email, user.id);
    }
    const people = {
      admin: userIds.get('admin@demo.pilotis.fr')!,
      pilot: userIds.get('pilote@demo.pilotis.fr')!,
      elu: userIds.get('elu@demo.pilotis.fr')!,
      reader: userIds.get('lecteur@demo.pilotis.fr')!,
    };
    await seedDemoPlans(tx, { organizationId: org.id, clock }, people, unitIds);
    await seedDemoIndicators(tx, { organizationId: org.id, clock }, people, unitIds);
    await seedDemoPortfolio(tx, { organizationId: org.id, clock }, people, unitIds);
    return true;
  });
}
