import { z } from 'zod';
import { budgetNatures } from './action.schema.js';
import { criterionKinds, projectStages } from './portfolio.schema.js';

/** Answers about projects of a portfolio: lists, the project, arbitration, decisions, roadmap (issue 8). */
const personRef = z.object({ id: z.uuid(), name: z.string() }).nullable();
const unitRef = z.object({ id: z.uuid(), name: z.string() }).nullable();

export const projectSummarySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  stage: z.enum(projectStages),
  sponsor: personRef,
  sponsorName: z.string().nullable(),
  requestingUnit: unitRef,
  totalPlannedCents: z.number().int(),
  fteTotal: z.number(),
  /** Weighted total 0–100, null while no criterion is scored. */
  score: z.number().nullable(),
  /** 1 = best; ties share a rank (1, 2, 2, 4); null when unscored. */
  rank: z.number().int().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  requestedBy: personRef,
  submittedAt: z.string(),
  version: z.number().int(),
});
export type ProjectSummary = z.infer<typeof projectSummarySchema>;
export const projectListSchema = z.object({ data: z.array(projectSummarySchema) });

export const projectCostSchema = z.object({
  year: z.number().int(),
  nature: z.enum(budgetNatures),
  plannedCents: z.number().int(),
  committedCents: z.number().int(),
  spentCents: z.number().int(),
});
export const projectResourceSchema = z.object({ year: z.number().int(), orgUnitId: z.uuid(), orgUnitName: z.string(), fte: z.number() });
export const projectObjectiveSchema = z.object({ nodeId: z.uuid(), code: z.string(), title: z.string(), planId: z.uuid(), planName: z.string() });
export const projectCriterionScoreSchema = z.object({
  criterionId: z.uuid(),
  name: z.string(),
  weight: z.number().int(),
  scaleMin: z.number().int(),
  scaleMax: z.number().int(),
  kind: z.enum(criterionKinds),
  /** Mean of the evaluators' scores; null while nobody scored it. */
  mean: z.number().nullable(),
  evaluatorCount: z.number().int(),
  mine: z.object({ score: z.number(), comment: z.string() }).nullable(),
  /** For an `alignment` criterion: the score proposed from the linked objectives. */
  proposed: z.number().nullable(),
});
export type ProjectCriterionScore = z.infer<typeof projectCriterionScoreSchema>;

export const projectSchema = projectSummarySchema.extend({
  planId: z.uuid(),
  nodeId: z.uuid(),
  description: z.string(),
  benefits: z.string(),
  risks: z.string(),
  durationMonths: z.number().int().nullable(),
  financeCodes: z.array(z.string()),
  customWeight: z.number().nullable(),
  outcome: z.string().nullable(),
  lessons: z.string().nullable(),
  progress: z.number().int(),
  costs: z.array(projectCostSchema),
  resources: z.array(projectResourceSchema),
  objectives: z.array(projectObjectiveSchema),
  scores: z.array(projectCriterionScoreSchema),
  allowedTransitions: z.array(z.enum(projectStages)),
  /** `GET` this for the project's history (the fiche's). */
  historyUrl: z.string(),
});
export type Project = z.infer<typeof projectSchema>;
export const projectAbilitiesSchema = z.object({ update: z.boolean(), transition: z.boolean(), score: z.boolean() });
export type ProjectAbilities = z.infer<typeof projectAbilitiesSchema>;
export const projectAnswerSchema = z.object({ data: projectSchema, can: projectAbilitiesSchema });
export const projectScoresAnswerSchema = z.object({ data: z.object({ score: z.number().nullable(), scores: z.array(projectCriterionScoreSchema) }) });

export const arbitrationProjectSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  stage: z.enum(projectStages),
  score: z.number().nullable(),
  rank: z.number().int().nullable(),
  /** The total score (x axis of the bubble chart). */
  value: z.number().nullable(),
  /** Mean of the criterion named « risque » / « risk » if the portfolio has one, else null. */
  risk: z.number().nullable(),
  totalCostCents: z.number().int(),
  costByYear: z.array(z.object({ year: z.number().int(), nature: z.enum(budgetNatures), cents: z.number().int() })),
  fteByYear: z.array(z.object({ year: z.number().int(), orgUnitId: z.uuid(), fte: z.number() })),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  /** Counted in « used »: approved, in progress, or in the what-if selection. */
  counted: z.boolean(),
  selected: z.boolean(),
});
export type ArbitrationProject = z.infer<typeof arbitrationProjectSchema>;
export const budgetUseSchema = z.object({ year: z.number().int(), nature: z.enum(budgetNatures), capacityCents: z.number().int(), usedCents: z.number().int(), overload: z.boolean() });
export const fteUseSchema = z.object({ year: z.number().int(), orgUnitId: z.uuid(), orgUnitName: z.string(), capacity: z.number(), used: z.number(), overload: z.boolean() });
export type BudgetUse = z.infer<typeof budgetUseSchema>;
export type FteUse = z.infer<typeof fteUseSchema>;
export const arbitrationSchema = z.object({
  projects: z.array(arbitrationProjectSchema),
  years: z.array(z.number().int()),
  capacity: z.object({ budget: z.array(budgetUseSchema), fte: z.array(fteUseSchema) }),
});
export type Arbitration = z.infer<typeof arbitrationSchema>;
export const arbitrationAnswerSchema = z.object({ data: arbitrationSchema });

const projectRef = z.object({ id: z.uuid(), code: z.string(), title: z.string() });
export const portfolioDecisionSchema = z.object({
  id: z.uuid(),
  decidedOn: z.string(),
  body: z.string(),
  note: z.string(),
  approved: z.array(projectRef),
  rejected: z.array(projectRef),
  postponed: z.array(projectRef),
  createdBy: personRef,
  createdAt: z.string(),
});
export type PortfolioDecision = z.infer<typeof portfolioDecisionSchema>;
export const portfolioDecisionAnswerSchema = z.object({ data: portfolioDecisionSchema });
export const portfolioDecisionListSchema = z.object({ data: z.array(portfolioDecisionSchema) });

export const roadmapProjectSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  stage: z.enum(projectStages),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  progress: z.number().int(),
  late: z.boolean(),
  milestones: z.array(z.object({ id: z.uuid(), title: z.string(), dueOn: z.string().nullable(), doneOn: z.string().nullable() })),
});
export type RoadmapProject = z.infer<typeof roadmapProjectSchema>;
export const roadmapSchema = z.object({ startYear: z.number().int(), endYear: z.number().int(), projects: z.array(roadmapProjectSchema) });
export type Roadmap = z.infer<typeof roadmapSchema>;
export const roadmapAnswerSchema = z.object({ data: roadmapSchema });
