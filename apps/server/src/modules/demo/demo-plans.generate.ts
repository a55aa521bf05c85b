import type { StatusCategory, Visibility, Weather } from '@pilotis/shared';
import { foldForSearch } from '../actions/action.search.js';
import { actionCopilots, actionUnits, actions } from '../actions/action.table.js';
import { attachments, budgetLines, logEntries, milestones, tasks } from '../actions/action-parts.table.js';
import { planNodes } from '../plan-nodes/plan-node.table.js';
import type { DemoNodeSpec, DemoPlanSpec } from './demo-plan-spec.js';

/**
 * Turns a plan outline (nodes and action titles) into rows for every table of a fiche action:
 * statuses, météo and progress that agree with each other, dates around today (some passed and not
 * done, hence late), pilots, milestones, tasks, log, budget. Pure and deterministic for a given
 * random source and day; used by the demo seed and by the benchmark dataset generator.
 */

/** Small seeded random source (mulberry32): the same seed gives the same data. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
export type Rng = ReturnType<typeof seededRandom>;

const DAY = 86_400_000;
export const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);

type StatusLabel = 'À lancer' | 'Recherche de pilote' | 'À construire' | 'En cours' | 'Suspendu' | 'Terminé' | 'Abandonné';
const STATUS_WEIGHTS: [StatusLabel, number][] = [
  ['À lancer', 14],
  ['Recherche de pilote', 6],
  ['À construire', 10],
  ['En cours', 47],
  ['Suspendu', 5],
  ['Terminé', 15],
  ['Abandonné', 3],
];

const MILESTONE_STEPS = [
  'Note de cadrage validée',
  'Cahier des charges rédigé',
  'Consultation lancée',
  'Marché notifié',
  'Phase pilote terminée',
  'Mise en service',
  'Bilan présenté en comité de pilotage',
];
const TASK_TITLES = [
  'Préparer la note pour le bureau municipal',
  'Relancer le prestataire sur le planning',
  'Mettre à jour le rétroplanning',
  'Transmettre les éléments budgétaires au service finances',
  'Organiser la réunion avec les partenaires',
  'Rédiger le compte rendu du dernier comité',
  'Recueillir l’avis des usagers',
];
const LOG_START = [
  'Réunion de lancement avec les services concernés : périmètre, calendrier et rôles validés.',
  'Note de cadrage présentée à l’élu référent, qui valide les grandes orientations.',
  'Premier atelier avec les partenaires pour partager le diagnostic et les attentes.',
];
const LOG_PROGRESS = [
  'Cahier des charges rédigé, en relecture par le service de la commande publique.',
  'Consultation lancée ; remise des offres attendue dans six semaines.',
  'Analyse des offres terminée : trois candidats, attribution proposée à la commission d’appel d’offres.',
  'Point d’étape en comité de pilotage : avancement conforme, vigilance sur le budget de fonctionnement.',
  'Premiers retours des usagers positifs, quelques ajustements demandés sur l’ergonomie.',
  'Rencontre avec l’intercommunalité pour mutualiser les moyens ; convention en préparation.',
  'Formation des agents référents organisée (douze participants).',
  'Subvention obtenue au titre de la DSIL, à hauteur de 40 % du montant hors taxes.',
  'Présentation en commission municipale : avis favorable.',
  'Délibération adoptée en conseil municipal.',
  'Arbitrage budgétaire attendu lors de la préparation du budget primitif.',
];
const LOG_LATE = [
  'Retard de livraison du prestataire : nouveau planning demandé, la date de fin ne sera pas tenue.',
  'Marché infructueux, relance de la consultation nécessaire : décalage de plusieurs mois.',
  'Absence prolongée du chef de projet : l’action prend du retard, renfort demandé.',
];
const LOG_END: Record<string, string[]> = {
  Terminé: ['Réception prononcée, action terminée ; bilan transmis à l’élu référent.', 'Mise en service effective, retours des usagers très positifs.'],
  Suspendu: ['Action mise en attente faute de ressources : reprise envisagée après le recrutement du chef de projet.'],
  Abandonné: ['Action abandonnée après arbitrage du comité de pilotage : objectif repris dans une autre action.'],
};
const EXTRA_TAGS = ['quartiers', 'jeunesse', 'PPI', 'participation citoyenne', 'mutualisation', 'subvention', 'accessibilité', 'marché public'];
const INVESTMENT = /^(Rénover|Créer|Installer|Équiper|Raccorder|Renouveler|Planter|Ouvrir|Requalifier|Déployer|Construire|Moderniser|Doter|Désimperméabiliser|Réaliser)/;

export interface PlanRowsInput {
  organizationId: string;
  planId: string;
  spec: DemoPlanSpec;
  today: string;
  now: Date;
  rng: Rng;
  statuses: Map<string, { id: string; category: StatusCategory }>;
  /** Org unit ids by name (the spec's `unit`). */
  unitIds: Map<string, string>;
  choosePilot: (rng: Rng, unitName: string) => string;
  chooseCopilot: (rng: Rng, pilotId: string | null) => string | null;
  chooseElu: (rng: Rng) => string | null;
  newId: () => string;
  /** Log entries per started action (min, max); the benchmark asks for more. */
  logCount?: [number, number];
}

export interface PlanRows {
  nodes: (typeof planNodes.$inferInsert)[];
  actions: (typeof actions.$inferInsert)[];
  copilots: (typeof actionCopilots.$inferInsert)[];
  units: (typeof actionUnits.$inferInsert)[];
  milestones: (typeof milestones.$inferInsert)[];
  tasks: (typeof tasks.$inferInsert)[];
  logEntries: (typeof logEntries.$inferInsert)[];
  attachments: (typeof attachments.$inferInsert)[];
  budgetLines: (typeof budgetLines.$inferInsert)[];
}

/** Rows of several plans as one set: fewer, larger inserts (each statement costs, on PGlite above all). */
export function mergePlanRows(list: PlanRows[]): PlanRows {
  const merged = generateEmptyRows();
  for (const rows of list) for (const key of Object.keys(merged) as (keyof PlanRows)[]) (merged[key] as unknown[]).push(...rows[key]);
  return merged;
}

const generateEmptyRows = (): PlanRows => ({ nodes: [], actions: [], copilots: [], units: [], milestones: [], tasks: [], logEntries: [], attachments: [], budgetLines: [] });

function weightedStatus(rng: Rng): StatusLabel {
  let roll = rng.next() * 100;
  for (const [label, weight] of STATUS_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return label;
  }
  return 'En cours';
}

const unitPhrase = (unit: string) => (unit.startsWith('Direction') ? `la d${unit.slice(1)}` : `le s${unit.slice(1)}`);

export function generatePlanRows(input: PlanRowsInput): PlanRows {
  const { organizationId, planId, spec, today, now, rng } = input;
  const rows = generateEmptyRows();
  const unitNames = [...input.unitIds.keys()];
  const stamp = { organizationId, createdAt: now, updatedAt: now };

  const addNode = (node: DemoNodeSpec, parentId: string | null, position: number, axis: DemoNodeSpec, tags: string[]) => {
    const id = input.newId();
    const leadOrgUnitId = input.unitIds.get(node.unit) ?? null;
    rows.nodes.push({ id, ...stamp, planId, parentId, title: node.title, position, leadOrgUnitId });
    const nodeTags = [...tags, ...(node.tags ?? [])];
    node.children?.forEach((child, index) => addNode(child, id, index, axis, nodeTags));
    node.actions?.forEach((title, index) => addAction(title, index, id, node, axis, nodeTags));
  };

  const addAction = (rawTitle: string, position: number, nodeId: string, node: DemoNodeSpec, axis: DemoNodeSpec, tags: string[]) => {
    const id = input.newId();
    const flagship = rawTitle.startsWith('*');
    const title = flagship ? rawTitle.slice(1) : rawTitle;
    const label = weightedStatus(rng);
    const status = input.statuses.get(label)!;
    const started = ['En cours', 'Suspendu', 'Terminé', 'Abandonné'].includes(label);
    let late = false;
    let startsOn: string;
    let endsOn: string;
    if (label === 'Terminé') {
      endsOn = addDays(today, -rng.int(10, 200));
      startsOn = addDays(endsOn, -rng.int(90, 400));
    } else if (started) {
      startsOn = addDays(today, -rng.int(30, 300));
      late = label === 'En cours' && rng.chance(0.3);
      endsOn = late ? addDays(today, -rng.int(5, 150)) : addDays(today, rng.int(60, 1500));
    } else if (label === 'À construire' && rng.chance(0.25)) {
      late = true;
      startsOn = addDays(today, -rng.int(60, 240));
      endsOn = addDays(today, -rng.int(5, 50));
    } else {
      startsOn = addDays(today, rng.int(15, 700));
      endsOn = addDays(startsOn, rng.int(180, 900));
    }
    if (spec.endsOn) endsOn = minDate(endsOn, spec.endsOn);
    startsOn = minDate(startsOn, endsOn);

    const progress =
      label === 'Terminé'
        ? 100
        : label === 'En cours'
          ? 5 * rng.int(late ? 4 : 2, 18)
          : label === 'Suspendu'
            ? 5 * rng.int(3, 12)
            : label === 'Abandonné'
              ? 5 * rng.int(0, 6)
              : label === 'À construire'
                ? 5 * rng.int(0, 2)
                : 0;
    let weather: Weather | null = null;
    if (label === 'Terminé') weather = 'sunny';
    else if (label === 'Suspendu') weather = 'stormy';
    else if (label === 'En cours') weather = late ? rng.pick(['cloudy', 'stormy'] as const) : rng.chance(0.62) ? 'sunny' : rng.chance(0.8) ? 'cloudy' : 'stormy';
    else if (label !== 'Abandonné' && rng.chance(0.3)) weather = 'sunny';

    const pilotId = label === 'Recherche de pilote' ? null : input.choosePilot(rng, node.unit);
    const visibility: Visibility = rng.chance(0.06) ? 'unit' : 'organization';
    const actionTags = [...new Set([...tags, ...(rng.chance(0.25) ? [rng.pick(EXTRA_TAGS)] : [])])];
    const unitName = unitNames.length === 0 || rng.chance(0.8) ? node.unit : rng.pick(unitNames);
    const description =
      spec.kind === 'mandate'
        ? `Engagement du programme municipal, rattaché à l’objectif « ${node.title} ». Porté par ${unitPhrase(unitName)} avec l’appui des services concernés.`
        : `Action de l’axe « ${axis.title} » de la feuille de route. Pilotage assuré par ${unitPhrase(unitName)}, en lien avec les services utilisateurs.`;
    const objectives = flagship ? `Projet phare du ${spec.name.toLowerCase().startsWith('plan') ? 'mandat' : 'numérique'} : ${title.charAt(0).toLowerCase()}${title.slice(1)}.` : '';

    // Milestones spread between start and end; passed ones are done, except now and then (overdue).
    const actionMilestones: (typeof milestones.$inferInsert)[] = [];
    if (label !== 'Recherche de pilote' && rng.chance(0.65)) {
      const count = rng.int(2, 4);
      const first = rng.int(0, MILESTONE_STEPS.length - count);
      const span = Math.max(1, (Date.parse(endsOn) - Date.parse(startsOn)) / DAY);
      for (let i = 0; i < count; i++) {
        const dueOn = addDays(startsOn, Math.round((span * (i + 1)) / count));
        const passed = dueOn < today;
        const overdue = passed && label !== 'Terminé' && (late || rng.chance(0.12)) && i === count - 1 - Number(!late);
        const done = label === 'Terminé' || (passed && !overdue && (started || rng.chance(0.5)));
        actionMilestones.push({
          id: input.newId(),
          ...stamp,
          actionId: id,
          title: MILESTONE_STEPS[first + i]!,
          dueOn,
          doneOn: done ? minDate(addDays(dueOn, rng.int(-5, 10)), today) : null,
          position: i,
        });
      }
    }
    rows.milestones.push(...actionMilestones);

    if (label === 'En cours' && rng.chance(0.15)) {
      for (let i = 0, n = rng.int(1, 3); i < n; i++) {
        rows.tasks.push({
          id: input.newId(),
          ...stamp,
          actionId: id,
          title: TASK_TITLES[(i + rng.int(0, TASK_TITLES.length - 1)) % TASK_TITLES.length]!,
          assigneeId: pilotId,
          dueOn: addDays(today, rng.int(-20, 60)),
          done: rng.chance(0.3),
        });
      }
    }

    // Log: dated between the start and today, in order; the last note explains the state.
    const bodies: string[] = [];
    if (started || late) {
      const [min, max] = input.logCount ?? [1, 4];
      const count = rng.int(min, max);
      const from = minDate(startsOn, today);
      const span = Math.max(1, (Date.parse(today) - Date.parse(from)) / DAY);
      for (let i = 0; i < count; i++) {
        const isLast = i === count - 1;
        const body =
          i === 0
            ? rng.pick(LOG_START)
            : isLast && LOG_END[label]
              ? rng.pick(LOG_END[label]!)
              : isLast && late
                ? rng.pick(LOG_LATE)
                : rng.pick(LOG_PROGRESS);
        const occurredOn = addDays(from, Math.round((span * i) / Math.max(1, count - 1 + Number(count === 1))));
        bodies.push(body);
        rows.logEntries.push({ id: input.newId(), ...stamp, actionId: id, authorId: pilotId, occurredOn: minDate(occurredOn, today), body });
      }
    }

    // Budget: planned ≥ committed ≥ spent; committed and spent only for years already begun.
    if (label !== 'Recherche de pilote' && rng.chance(0.6)) {
      const natures: ('investment' | 'operating')[] = INVESTMENT.test(title) ? ['investment'] : ['operating'];
      if (rng.chance(0.3)) natures.push(natures[0] === 'investment' ? 'operating' : 'investment');
      const firstYear = Number(startsOn.slice(0, 4));
      const lastYear = Math.min(Number(endsOn.slice(0, 4)), firstYear + 2);
      const thisYear = Number(today.slice(0, 4));
      for (const nature of natures) {
        const yearly = (nature === 'investment' ? rng.int(200, 8000) : rng.int(50, 800)) * 10_000; // 2 000 € … 80 000 €, in cents
        for (let year = firstYear; year <= lastYear; year++) {
          const planned = yearly;
          const begun = year <= thisYear && (started || late);
          const committed = begun ? Math.round((planned * (year < thisYear ? rng.int(70, 100) : rng.int(20, 90))) / 100) : 0;
          const spent = Math.round((committed * (label === 'Terminé' || year < thisYear ? rng.int(85, 100) : rng.int(10, 70))) / 100);
          rows.budgetLines.push({ id: input.newId(), ...stamp, actionId: id, year, nature, plannedCents: planned, committedCents: committed, spentCents: spent });
        }
      }
    }

    if (started && rng.chance(0.08)) {
      rows.attachments.push({
        id: input.newId(),
        organizationId,
        ownerType: 'action',
        ownerId: id,
        kind: 'link',
        name: rng.pick(['Délibération du conseil municipal', 'Compte rendu du comité de pilotage', 'Note de cadrage']),
        url: `https://intranet.ville-de-demo.fr/documents/${id.slice(0, 8)}`,
        uploadedById: pilotId,
        createdAt: now,
      });
    }

    const copilot = pilotId ? input.chooseCopilot(rng, pilotId) : null;
    if (copilot) rows.copilots.push({ organizationId, actionId: id, userId: copilot });
    const leadOrgUnitId = input.unitIds.get(unitName) ?? null;
    if (unitNames.length > 0 && rng.chance(0.15)) {
      const other = input.unitIds.get(rng.pick(unitNames));
      if (other && other !== leadOrgUnitId) rows.units.push({ organizationId, actionId: id, orgUnitId: other });
    }

    rows.actions.push({
      id,
      ...stamp,
      planId,
      nodeId,
      position,
      title,
      description,
      objectives,
      pilotId,
      eluId: input.chooseElu(rng),
      leadOrgUnitId,
      startsOn,
      endsOn: maxDate(endsOn, startsOn),
      priority: flagship || rng.chance(0.15) ? 'high' : rng.chance(0.1) ? 'low' : 'normal',
      flagship,
      tags: actionTags,
      visibility,
      statusId: status.id,
      weather,
      progress,
      searchText: foldForSearch([title, description, objectives, '', ...bodies].join('\n')),
    });
  };

  spec.nodes.forEach((axis, index) => addNode(axis, null, index, axis, []));
  return rows;
}
