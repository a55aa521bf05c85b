// Benchmark dataset: the reference "région" (12 plans, 6,000 fiches over 5 levels, 3,000 users,
// ~50,000 log entries, milestones and budget lines in proportion) in one fresh collectivité.
// Deterministic (seeded random; dates relative to today). Run by bench/dataset.mjs and
// bench/plan-tree.bench.mjs with `tsx`, on DATABASE_URL (PostgreSQL) or DATA_DIR (PGlite).
// Prints, as its last line, a JSON summary the benchmark reads.
import { sql } from 'drizzle-orm';
import { openDatabase } from './db/client.js';
import { systemClock } from './lib/clock.js';
import { newId } from './lib/tokens.js';
import { hashPassword } from './modules/auth/password.js';
import type { DemoNodeSpec, DemoPlanSpec } from './modules/demo/demo-plan-spec.js';
import { generatePlanRows, seededRandom, type PlanRows, type Rng } from './modules/demo/demo-plans.generate.js';
import { insertInChunks, insertPlanRows, statusesByLabel } from './modules/demo/demo-plans.repository.js';
import { orgUnits } from './modules/org-units/org-unit.table.js';
import { addMemberDirectly, createOrganization } from './modules/organizations/organization.service.js';
import { planMembers, plans } from './modules/plans/plan.table.js';
import { memberships, users } from './modules/users/user.table.js';

export const BENCH_ADMIN = { email: 'admin@region.bench', password: 'pilotis-bench' };

const FIRST = ['Camille', 'Nicolas', 'Sophie', 'Julien', 'Isabelle', 'Thomas', 'Nathalie', 'Mathieu', 'Claire', 'Stéphane', 'Hélène', 'Olivier', 'Amandine', 'Karim', 'Lucie', 'Yann'];
const LAST = ['Martin', 'Bernard', 'Dubois', 'Durand', 'Lefèvre', 'Moreau', 'Laurent', 'Garnier', 'Roux', 'Fournier', 'Girard', 'Bonnet', 'Mercier', 'Chevalier', 'Benali', 'Nguyen'];
const THEMES = ['mobilités', 'lycées', 'formation professionnelle', 'transition énergétique', 'biodiversité', 'numérique', 'santé', 'économie', 'tourisme', 'culture', 'sport', 'agriculture'];
const VERBS = ['Développer', 'Renforcer', 'Accompagner', 'Moderniser', 'Soutenir', 'Structurer', 'Déployer', 'Évaluer', 'Créer', 'Rénover', 'Favoriser', 'Organiser'];
const OBJECTS = [
  'l’offre de transport express régional',
  'les lycées à énergie positive',
  'les formations aux métiers en tension',
  'les filières agricoles de proximité',
  'les réseaux de chaleur renouvelable',
  'les tiers-lieux en zone rurale',
  'l’apprentissage dans les PME',
  'les maisons de santé pluriprofessionnelles',
  'les corridors écologiques',
  'le très haut débit dans les territoires',
  'les itinéraires cyclables régionaux',
  'l’accueil des entreprises innovantes',
  'les équipements sportifs des lycées',
  'le patrimoine culturel régional',
  'la commande publique responsable',
  'les aides à la rénovation des logements',
];
const LEVELS = ['Axe', 'Orientation', 'Objectif stratégique', 'Objectif opérationnel', 'Mesure'];

/** Plans' branching per level (5 levels) and fiche counts: the first plan is the largest. */
const PLAN_SHAPES: { branching: number[]; actions: number }[] = [
  { branching: [5, 3, 3, 3, 3], actions: 1500 },
  ...Array.from({ length: 11 }, (_, i) => ({ branching: [3, 2, 2, 2, 3 + (i % 2)], actions: 410 - (i === 10 ? 10 : 0) })),
];

function planSpec(index: number, rng: Rng, unitNames: string[]): DemoPlanSpec {
  const shape = PLAN_SHAPES[index]!;
  let leaves = 0;
  const build = (depth: number, prefix: string): DemoNodeSpec[] =>
    Array.from({ length: shape.branching[depth]! }, (_, i) => {
      const code = prefix ? `${prefix}.${i + 1}` : `${i + 1}`;
      const node: DemoNodeSpec = { title: `${LEVELS[depth]} ${code} — ${rng.pick(VERBS)} ${rng.pick(OBJECTS)}`, unit: rng.pick(unitNames) };
      if (depth < shape.branching.length - 1) node.children = build(depth + 1, code);
      else leaves++;
      return node;
    });
  const nodes = build(0, '');
  // Spread the fiches over the leaves (the deepest level).
  const leafList: DemoNodeSpec[] = [];
  const collect = (list: DemoNodeSpec[]) => list.forEach((n) => (n.children ? collect(n.children) : leafList.push(n)));
  collect(nodes);
  leafList.forEach((leaf, i) => {
    const count = Math.floor(shape.actions / leaves) + (i < shape.actions % leaves ? 1 : 0);
    leaf.actions = Array.from({ length: count }, () => `${rng.chance(0.1) ? '*' : ''}${rng.pick(VERBS)} ${rng.pick(OBJECTS)} (${rng.pick(THEMES)})`);
  });
  const theme = THEMES[index % THEMES.length]!;
  return {
    name: index === 0 ? 'Plan de mandat régional 2028-2034' : `Schéma régional ${theme} ${index}`,
    kind: index === 0 ? 'mandate' : 'roadmap',
    description: `Plan de référence du banc d’essai (${theme}).`,
    startsOn: '2024-01-01',
    endsOn: '2034-12-31',
    levelNames: LEVELS,
    nodes,
  };
}

export async function generateDataset(target: { url: string } | { dataDir: string }) {
  const started = performance.now();
  const database = await openDatabase(target);
  await database.migrate();
  const { db } = database;
  const clock = systemClock;
  const now = clock.now();
  const today = now.toISOString().slice(0, 10);
  const rng = seededRandom(20260);
  const passwordHash = await hashPassword(BENCH_ADMIN.password);
  const counts: Record<string, number> = {};
  const count = (rows: PlanRows) => {
    for (const [key, list] of Object.entries(rows)) counts[key] = (counts[key] ?? 0) + (list as unknown[]).length;
  };

  const org = await db.transaction((tx) => createOrganization(tx, { clock }, 'Région de Référence'));
  const organizationId = org.id;
  const admin = await db.transaction((tx) =>
    addMemberDirectly(tx, { clock }, { organizationId, email: BENCH_ADMIN.email, name: 'Administratrice Banc', orgRole: 'admin', password: BENCH_ADMIN.password, passwordHash }),
  );

  // Org tree: DG → 8 DGA → 4 directions each → 2 services each (105 units).
  const units: (typeof orgUnits.$inferInsert)[] = [];
  const unit = (name: string, parentId: string | null) => {
    const id = newId();
    units.push({ id, organizationId, parentId, name, createdAt: now, updatedAt: now });
    return id;
  };
  const dg = unit('Direction générale des services', null);
  for (let a = 1; a <= 8; a++) {
    const dga = unit(`DGA ${THEMES[a]!}`, dg);
    for (let d = 1; d <= 4; d++) {
      const direction = unit(`Direction ${THEMES[(a + d) % THEMES.length]!} ${a}.${d}`, dga);
      for (let s = 1; s <= 2; s++) unit(`Service ${THEMES[(a + d + s) % THEMES.length]!} ${a}.${d}.${s}`, direction);
    }
  }
  await insertInChunks(units, (c) => db.insert(orgUnits).values(c), 1000);
  const unitIds = new Map(units.map((u) => [u.name, u.id!]));
  const unitNames = [...unitIds.keys()];

  // 3,000 people (the administratrice + 2,999 agents and élus without password).
  const userRows = Array.from({ length: 2999 }, (_, i) => ({
    id: newId(),
    email: `agent${String(i + 1).padStart(4, '0')}@region.bench`,
    name: `${rng.pick(FIRST)} ${rng.pick(LAST)}`,
    createdAt: now,
    updatedAt: now,
  }));
  await insertInChunks(userRows, (c) => db.insert(users).values(c), 1000);
  await insertInChunks(userRows, (c) => db.insert(memberships).values(c.map((u) => ({ organizationId, userId: u.id, orgRole: 'member' as const, createdAt: now, updatedAt: now }))), 1000);
  const people = userRows.map((u) => u.id);
  const pilots = people.slice(0, 900);
  const elus = people.slice(2900);

  const statuses = await statusesByLabel(db, organizationId);
  const planIds: string[] = [];
  for (let index = 0; index < PLAN_SHAPES.length; index++) {
    const spec = planSpec(index, rng, unitNames);
    const planId = newId();
    planIds.push(planId);
    const rows = generatePlanRows({
      organizationId,
      planId,
      spec,
      today,
      now,
      rng,
      statuses,
      unitIds,
      choosePilot: (r) => r.pick(pilots),
      chooseCopilot: (r) => (r.chance(0.3) ? r.pick(people) : null),
      chooseElu: (r) => (r.chance(0.5) ? r.pick(elus) : null),
      newId,
      logCount: [4, 19],
    });
    count(rows);
    await db.transaction(async (tx) => {
      await tx.insert(plans).values({ id: planId, organizationId, name: spec.name, kind: spec.kind, description: spec.description, startsOn: spec.startsOn, endsOn: spec.endsOn, state: 'active', levelNames: spec.levelNames, createdAt: now, updatedAt: now });
      const members = [...new Set(Array.from({ length: 30 }, () => rng.pick(people)))];
      await tx.insert(planMembers).values(members.map((userId, i) => ({ organizationId, planId, userId, role: i < 5 ? ('manager' as const) : i < 15 ? ('contributor' as const) : ('reader' as const), createdAt: now })));
      await insertPlanRows(tx, rows, 1000);
    });
  }
  // Fresh statistics, as autovacuum would gather on a live database (PGlite has no autovacuum).
  await db.execute(sql`analyze`);
  await database.close();
  const seconds = (performance.now() - started) / 1000;
  return { organizationId, adminUserId: admin.id, largestPlanId: planIds[0]!, planIds, users: 3000, orgUnits: units.length, counts, seconds };
}

if (process.argv[1]?.endsWith('bench-dataset.ts')) {
  const target = process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { dataDir: process.env.DATA_DIR ?? '' };
  if ('dataDir' in target && !target.dataDir) throw new Error('DATABASE_URL or DATA_DIR is required');
  const summary = await generateDataset(target);
  console.log(JSON.stringify(summary));
}
