import { z } from 'zod';
import { weathers } from './action.schema.js';
import { measurePointSchema } from './indicator.schema.js';
import { indicatorDirections } from './indicator-status.js';
import { planKinds, planStates } from './plan.schema.js';
import { rollupSchema } from './plan-tree.schema.js';
import { statusCategories } from './status.schema.js';

/**
 * Dashboards answer what the actor may read, never more: an action or indicator they cannot see
 * counts in no total and appears in no list (an élu never sees what a directorate did not publish).
 * Filters are the same on every dashboard and live in the page URL as these query parameters.
 */
export const dashboardFiltersSchema = z.object({
  orgUnitId: z.uuid().optional(),
  pilotId: z.uuid().optional(),
  statusId: z.uuid().optional(),
  flagship: z.enum(['true', 'false']).optional(),
  tag: z.string().trim().min(1).max(60).optional(),
});
export type DashboardFilters = z.infer<typeof dashboardFiltersSchema>;

const personRef = z.object({ id: z.uuid(), name: z.string() }).nullable();
const count = z.number().int();

export const weatherCountsSchema = z.object({ sunny: count, cloudy: count, stormy: count, none: count });
export type WeatherCounts = z.infer<typeof weatherCountsSchema>;

/** Roll-up of the readable, filtered actions: progress, counts by status category and météo, budget. */
export const dashboardRollupSchema = rollupSchema.extend({ byWeather: weatherCountsSchema, flagshipCount: count });
export type DashboardRollup = z.infer<typeof dashboardRollupSchema>;

/** An action in a dashboard list: enough to read it and to click through to the fiche. */
export const actionRefSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  nodeId: z.uuid(),
  code: z.string(),
  title: z.string(),
  pilot: personRef,
  status: z.object({ id: z.uuid(), label: z.string(), category: z.enum(statusCategories) }),
  weather: z.enum(weathers).nullable(),
  progress: z.number().int(),
  endsOn: z.string().nullable(),
  late: z.boolean(),
  flagship: z.boolean(),
});
export type ActionRef = z.infer<typeof actionRefSchema>;

/** A list that may be cut: `items` (at most `limit`) and how many there are in all. */
export const cappedListSchema = <T extends z.ZodType>(item: T) => z.object({ total: count, items: z.array(item) });

export const milestoneRefSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  dueOn: z.string(),
  action: z.object({ id: z.uuid(), code: z.string(), title: z.string() }),
});
export type MilestoneRef = z.infer<typeof milestoneRefSchema>;

/** A key indicator as a tile: last value against target, status, and the recent values. */
export const indicatorTileSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  decimals: z.number().int(),
  direction: z.enum(indicatorDirections),
  latest: measurePointSchema.nullable(),
  /** Up to the last 12 visible measures, oldest first. */
  sparkline: z.array(z.object({ period: z.string(), value: z.number() })),
});
export type IndicatorTile = z.infer<typeof indicatorTileSchema>;

/** One row of a breakdown: a node (axis, objective…) with its roll-up. */
export const nodeBreakdownSchema = dashboardRollupSchema.extend({
  nodeId: z.uuid(),
  code: z.string(),
  title: z.string(),
  depth: count,
  levelName: z.string(),
  childCount: count,
});
export type NodeBreakdown = z.infer<typeof nodeBreakdownSchema>;

const planHeaderSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(planKinds),
  state: z.enum(planStates),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  levelNames: z.array(z.string()),
  /** Share of the plan period already elapsed today, 0–100 (null without both dates). */
  elapsedPercent: z.number().nullable(),
});

/**
 * GET /api/plans/:id/dashboard?nodeId=&…filters. Without nodeId the breakdown is the axes; with
 * it, the children of that node (drill-down), and every figure covers that node's subtree.
 */
export const planDashboardSchema = z.object({
  plan: planHeaderSchema,
  focus: z.object({ nodeId: z.uuid().nullable(), path: z.array(z.object({ id: z.uuid(), code: z.string(), title: z.string() })) }),
  summary: dashboardRollupSchema,
  breakdown: z.array(nodeBreakdownSchema),
  lateActions: cappedListSchema(actionRefSchema),
  upcomingMilestones: cappedListSchema(milestoneRefSchema),
  flagships: cappedListSchema(actionRefSchema),
  indicators: z.array(indicatorTileSchema),
});
export type PlanDashboard = z.infer<typeof planDashboardSchema>;

/** GET /api/dashboards/leadership: every active plan the actor reads, what was published to them. */
export const leadershipDashboardSchema = z.object({
  plans: z.array(z.object({ plan: planHeaderSchema, summary: dashboardRollupSchema, axes: z.array(nodeBreakdownSchema) })),
  flagships: cappedListSchema(actionRefSchema),
  lateActions: cappedListSchema(actionRefSchema),
  indicators: z.array(indicatorTileSchema),
});
export type LeadershipDashboard = z.infer<typeof leadershipDashboardSchema>;

/** GET /api/org-units/:id/dashboard: a directorate and the units below it. */
export const orgUnitDashboardSchema = z.object({
  orgUnit: z.object({ id: z.uuid(), name: z.string() }),
  summary: dashboardRollupSchema,
  actions: cappedListSchema(actionRefSchema),
  lateActions: cappedListSchema(actionRefSchema),
  upcomingMilestones: cappedListSchema(milestoneRefSchema),
  indicatorsDue: z.array(indicatorTileSchema.extend({ duePeriod: z.string() })),
  indicators: z.array(indicatorTileSchema),
});
export type OrgUnitDashboard = z.infer<typeof orgUnitDashboardSchema>;

/** GET /api/me/dashboard?staleDays=30: the signed-in person's home page. */
export const meDashboardSchema = z.object({
  staleDays: count,
  myActions: cappedListSchema(actionRefSchema.extend({ lastUpdateAt: z.string().nullable(), needsUpdate: z.boolean() })),
  needsUpdateCount: count,
  upcomingMilestones: cappedListSchema(milestoneRefSchema),
  indicatorsToFill: z.array(indicatorTileSchema.extend({ duePeriod: z.string() })),
});
export type MeDashboard = z.infer<typeof meDashboardSchema>;

export const qualityCheckKeys = ['actionWithoutPilot', 'actionWithoutEndDate', 'actionStale', 'indicatorWithoutTarget', 'indicatorWithoutLastMeasure'] as const;
export type QualityCheckKey = (typeof qualityCheckKeys)[number];

/** GET /api/plans/:id/quality?staleDays=30: what the central team must chase. */
export const qualitySchema = z.object({
  plan: planHeaderSchema,
  staleDays: count,
  /** 0–100: share of checks passed over all checked items. */
  score: z.number(),
  checks: z.array(
    z.object({
      key: z.enum(qualityCheckKeys),
      failing: count,
      checked: count,
      items: z.array(z.object({ kind: z.enum(['action', 'indicator']), id: z.uuid(), code: z.string(), title: z.string() })),
    }),
  ),
  byOrgUnit: z.array(z.object({ orgUnitId: z.uuid().nullable(), name: z.string(), actionCount: count, score: z.number() })),
});
export type QualityReport = z.infer<typeof qualitySchema>;

/**
 * GET /api/plans/:id/strategy-map?depth=&indicators=true: the whole strategy on one page. Nodes
 * deeper than `depth` are folded into their ancestor (`collapsed`); actions are listed only under
 * nodes that are shown and not collapsed, up to `actionLimit`, else summarised by the roll-ups.
 */
export const strategyMapSchema = z.object({
  plan: planHeaderSchema,
  depth: count,
  actionLimit: count,
  actionsTruncated: z.boolean(),
  nodes: z.array(
    dashboardRollupSchema.extend({
      id: z.uuid(),
      parentId: z.uuid().nullable(),
      code: z.string(),
      title: z.string(),
      depth: count,
      levelName: z.string(),
      collapsed: z.boolean(),
    }),
  ),
  actions: z.array(actionRefSchema.pick({ id: true, nodeId: true, code: true, title: true, status: true, weather: true, progress: true, late: true, flagship: true })),
  indicators: z.array(z.object({ id: z.uuid(), code: z.string(), name: z.string(), nodeIds: z.array(z.uuid()), status: measurePointSchema.shape.status.nullable() })),
});
export type StrategyMap = z.infer<typeof strategyMapSchema>;
