import { planSchema } from './plan.schema.js';
import { statusCategories } from './status.schema.js';
import { z } from 'zod';

/** A node as the API answers it: its place in the tree comes computed (code, depth, level name). */
export const planNodeSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  parentId: z.uuid().nullable(),
  code: z.string(),
  title: z.string(),
  description: z.string(),
  depth: z.number().int(),
  levelName: z.string(),
  position: z.number().int(),
  leadOrgUnitId: z.uuid().nullable(),
  version: z.number().int(),
});
export type PlanNode = z.infer<typeof planNodeSchema>;

/** Roll-up of a node's whole subtree, or of the plan: the same numbers as `rollupTree`. */
export const rollupSchema = z.object({
  progress: z.number().nullable(),
  actionCount: z.number().int(),
  lateCount: z.number().int(),
  byCategory: z.object(Object.fromEntries(statusCategories.map((c) => [c, z.number().int()])) as Record<(typeof statusCategories)[number], z.ZodNumber>),
  budget: z.object({ plannedCents: z.number(), committedCents: z.number(), spentCents: z.number() }),
});

export const planTreeNodeSchema = planNodeSchema.omit({ planId: true }).extend(rollupSchema.shape);
export type PlanTreeNode = z.infer<typeof planTreeNodeSchema>;

export const planTreeSchema = z.object({
  data: z.object({ plan: planSchema.extend({ rollup: rollupSchema }), nodes: z.array(planTreeNodeSchema) }),
  can: z.record(z.string(), z.boolean()),
});
