import { z } from 'zod';
import { budgetNatures } from './action.schema.js';
import { versionSchema } from './common.schema.js';
import { datesInOrder, datesOrderIssue, isoDateSchema, planStates } from './plan.schema.js';

/**
 * Project portfolio (issue 8): a plan of kind `portfolio` whose fiches are projects. Amounts travel
 * in cents in answers; the request form sends euros (`amount`), turned into cents by the server.
 */
export const projectStages = ['request', 'evaluation', 'arbitration', 'approved', 'rejected', 'postponed', 'in_progress', 'closed'] as const;
export type ProjectStage = (typeof projectStages)[number];
export const weightModes = ['budget', 'custom'] as const;
export type WeightMode = (typeof weightModes)[number];
export const criterionKinds = ['manual', 'alignment'] as const;
export type CriterionKind = (typeof criterionKinds)[number];

const year = z.number().int().min(2000).max(2100);
const fte = z.number().min(0).max(9999.99);
const cents = z.number().int().min(0).max(1e13);
const longText = z.string().max(20_000);

// ---------- Inputs ----------

/** Estimated cost of one year and nature, in euros (two decimals at most). */
export const projectCostInputSchema = z.strictObject({
  year,
  nature: z.enum(budgetNatures),
  amount: z.number().min(0, 'Le montant ne peut pas être négatif.').max(1e11),
});
export const projectResourceInputSchema = z.strictObject({ year, orgUnitId: z.uuid(), fte });

function noDuplicate<T>(key: (item: T) => string, message: string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [index], message });
      seen.add(k);
    });
  };
}
const costsSchema = z
  .array(projectCostInputSchema)
  .max(100)
  .superRefine(noDuplicate((c) => `${c.year}:${c.nature}`, 'Cette année et cette nature figurent déjà.'));
const resourcesSchema = z
  .array(projectResourceInputSchema)
  .max(500)
  .superRefine(noDuplicate((r) => `${r.year}:${r.orgUnitId}`, 'Cette année et ce service figurent déjà.'));
/** Business codes of the finance software's budget lines (e.g. `2051-020-DSI`). */
const financeCodesSchema = z.array(z.string().trim().min(1).max(60)).max(30);
const projectCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._\-/]*$/, 'Code : lettres, chiffres, « - », « _ », « . » ou « / ».');

const requestFields = {
  title: z.string().trim().min(1).max(300),
  description: longText.default(''),
  sponsorName: z.string().trim().max(200).nullable().optional(),
  requestingUnitId: z.uuid().nullable(),
  benefits: longText.default(''),
  risks: longText.default(''),
  durationMonths: z.number().int().min(1).max(240).nullable().optional(),
  startsOn: isoDateSchema.nullable().optional(),
  endsOn: isoDateSchema.nullable().optional(),
  costs: costsSchema.default([]),
  resources: resourcesSchema.default([]),
  objectiveNodeIds: z.array(z.uuid()).max(50).default([]),
  /** Where the fiche goes; the portfolio's first root node if absent. */
  nodeId: z.uuid().optional(),
};
/** `POST /api/portfolios/:id/requests` — any member who may read the portfolio. */
export const projectRequestInputSchema = z.strictObject(requestFields).refine(datesInOrder, datesOrderIssue);
export type ProjectRequestInput = z.input<typeof projectRequestInputSchema>;

/** `PATCH /api/projects/:id` — managers; lists (costs, resources, objectives, finance codes) replace. */
export const projectUpdateInputSchema = z
  .strictObject({
    code: projectCodeSchema,
    title: requestFields.title,
    description: longText,
    sponsorId: z.uuid().nullable(),
    sponsorName: z.string().trim().max(200).nullable(),
    requestingUnitId: z.uuid().nullable(),
    benefits: longText,
    risks: longText,
    durationMonths: z.number().int().min(1).max(240).nullable(),
    startsOn: isoDateSchema.nullable(),
    endsOn: isoDateSchema.nullable(),
    costs: costsSchema,
    resources: resourcesSchema,
    objectiveNodeIds: z.array(z.uuid()).max(50),
    financeCodes: financeCodesSchema,
    customWeight: z.number().min(0).max(1e6).nullable(),
  })
  .partial()
  .extend({ version: versionSchema })
  .refine(datesInOrder, datesOrderIssue);
export type ProjectUpdateInput = z.input<typeof projectUpdateInputSchema>;

/** `POST /api/projects/:id/transition`; closing needs `outcome` and `lessons` (checked by the server). */
export const projectTransitionInputSchema = z.strictObject({
  to: z.enum(projectStages),
  version: versionSchema,
  outcome: z.string().trim().max(20_000).optional(),
  lessons: z.string().trim().max(20_000).optional(),
  note: z.string().trim().max(2000).optional(),
});
export type ProjectTransitionInput = z.input<typeof projectTransitionInputSchema>;

/** `PUT /api/portfolios/:id/settings`; `version` 0 = the portfolio has no settings yet. */
export const portfolioSettingsInputSchema = z
  .strictObject({
    startYear: year,
    endYear: year,
    weightMode: z.enum(weightModes),
    budgetCapacities: z
      .array(z.strictObject({ year, nature: z.enum(budgetNatures), amountCents: cents }))
      .max(200)
      .superRefine(noDuplicate((c) => `${c.year}:${c.nature}`, 'Cette année et cette nature figurent déjà.')),
    fteCapacities: z
      .array(z.strictObject({ year, orgUnitId: z.uuid(), fte }))
      .max(2000)
      .superRefine(noDuplicate((c) => `${c.year}:${c.orgUnitId}`, 'Cette année et ce service figurent déjà.')),
    version: z.number().int().min(0),
  })
  .superRefine((value, ctx) => {
    if (value.endYear < value.startYear) ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'L’année de fin précède l’année de début.' });
    if (value.endYear - value.startYear > 20) ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'La période couvre au plus 20 ans.' });
  });
export type PortfolioSettingsInput = z.input<typeof portfolioSettingsInputSchema>;

export const criterionInputSchema = z
  .strictObject({
    /** Absent for a new criterion; an existing one keeps its scores. */
    id: z.uuid().optional(),
    name: z.string().trim().min(1).max(120),
    weight: z.number().int().min(0, 'Le poids ne peut pas être négatif.').max(1000),
    scaleMin: z.number().int().min(-100).max(100).default(0),
    scaleMax: z.number().int().min(-100).max(100).default(5),
    kind: z.enum(criterionKinds).default('manual'),
  })
  .refine((c) => c.scaleMin < c.scaleMax, { message: 'Le minimum de l’échelle doit être inférieur au maximum.', path: ['scaleMax'] });
/** `PUT /api/portfolios/:id/criteria` replaces the list (its order = the positions). */
export const criteriaInputSchema = z.strictObject({ criteria: z.array(criterionInputSchema).max(30) });
export type CriteriaInput = z.input<typeof criteriaInputSchema>;

/** `PUT /api/projects/:id/scores` — my scores; each must lie within its criterion's scale (422 on `scores.N.score`). */
export const projectScoresInputSchema = z.strictObject({
  scores: z
    .array(z.strictObject({ criterionId: z.uuid(), score: z.number().min(-100).max(100), comment: z.string().trim().max(2000).optional() }))
    .max(30)
    .superRefine(noDuplicate((s) => s.criterionId, 'Ce critère est noté deux fois.')),
});
export type ProjectScoresInput = z.input<typeof projectScoresInputSchema>;

/** `POST /api/portfolios/:id/decisions`; every listed project must be in `arbitration`. */
export const portfolioDecisionInputSchema = z
  .strictObject({
    decidedOn: isoDateSchema,
    body: z.string().trim().min(1).max(200),
    note: z.string().trim().max(5000).default(''),
    approvedIds: z.array(z.uuid()).max(1000).default([]),
    rejectedIds: z.array(z.uuid()).max(1000).default([]),
    postponedIds: z.array(z.uuid()).max(1000).default([]),
  })
  .superRefine((value, ctx) => {
    const all = [...value.approvedIds, ...value.rejectedIds, ...value.postponedIds];
    if (all.length === 0) ctx.addIssue({ code: 'custom', path: ['approvedIds'], message: 'Choisissez au moins un projet.' });
    if (new Set(all).size !== all.length) ctx.addIssue({ code: 'custom', path: ['approvedIds'], message: 'Un projet figure dans deux listes.' });
  });
export type PortfolioDecisionInput = z.input<typeof portfolioDecisionInputSchema>;

export const projectListQuerySchema = z.object({ stage: z.enum(projectStages).optional() });
/** `selected` = comma-separated project ids of the what-if selection. */
export const arbitrationQuerySchema = z.object({ selected: z.string().max(40_000).optional() });

// ---------- Answers ----------

export const portfolioAbilitiesSchema = z.object({ read: z.boolean(), submit: z.boolean(), manage: z.boolean(), score: z.boolean() });
export type PortfolioAbilities = z.infer<typeof portfolioAbilitiesSchema>;

export const portfolioSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  state: z.enum(planStates),
  startYear: z.number().int(),
  endYear: z.number().int(),
  projectCount: z.number().int(),
  countsByStage: z.record(z.enum(projectStages), z.number().int()),
  can: portfolioAbilitiesSchema,
});
export type PortfolioSummary = z.infer<typeof portfolioSummarySchema>;
export const portfolioListSchema = z.object({ data: z.array(portfolioSummarySchema) });

export const criterionSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  weight: z.number().int(),
  scaleMin: z.number().int(),
  scaleMax: z.number().int(),
  kind: z.enum(criterionKinds),
  position: z.number().int(),
});
export type Criterion = z.infer<typeof criterionSchema>;
export const criteriaAnswerSchema = z.object({ data: z.array(criterionSchema) });

export const budgetCapacitySchema = z.object({ year: z.number().int(), nature: z.enum(budgetNatures), amountCents: z.number().int() });
export const fteCapacitySchema = z.object({ year: z.number().int(), orgUnitId: z.uuid(), orgUnitName: z.string(), fte: z.number() });

export const portfolioSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  state: z.enum(planStates),
  settings: z.object({ startYear: z.number().int(), endYear: z.number().int(), weightMode: z.enum(weightModes), version: z.number().int() }),
  budgetCapacities: z.array(budgetCapacitySchema),
  fteCapacities: z.array(fteCapacitySchema),
  criteria: z.array(criterionSchema),
  /** Where a request lands by default (the portfolio's first root node). */
  defaultNodeId: z.uuid().nullable(),
  can: portfolioAbilitiesSchema,
});
export type Portfolio = z.infer<typeof portfolioSchema>;
export const portfolioAnswerSchema = z.object({ data: portfolioSchema });
