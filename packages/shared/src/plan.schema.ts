import { z } from 'zod';
import { versionSchema } from './common.schema.js';

export const planKinds = ['mandate', 'roadmap', 'master_plan', 'improvement', 'service_plan', 'portfolio'] as const;
export type PlanKind = (typeof planKinds)[number];
export const planStates = ['draft', 'active', 'closed', 'archived'] as const;
export type PlanState = (typeof planStates)[number];
export const planRoles = ['manager', 'contributor', 'reader'] as const;
export type PlanRole = (typeof planRoles)[number];

export const isoDateSchema = z.iso.date();
const title = z.string().trim().min(1).max(300);
const levelNamesSchema = z.array(z.string().trim().min(1).max(80)).min(1).max(8);

/** End must not come before start, whenever both are given. */
export function datesInOrder(value: { startsOn?: string | null; endsOn?: string | null }) {
  return !value.startsOn || !value.endsOn || value.startsOn <= value.endsOn;
}
export const datesOrderIssue = { message: 'La date de fin précède la date de début', path: ['endsOn'] };

const planFields = {
  name: title,
  kind: z.enum(planKinds),
  description: z.string().max(20_000).optional(),
  startsOn: isoDateSchema.nullable().optional(),
  endsOn: isoDateSchema.nullable().optional(),
  state: z.enum(planStates).optional(),
  levelNames: levelNamesSchema,
};

export const planCreateInputSchema = z.strictObject(planFields).refine(datesInOrder, datesOrderIssue);
export type PlanCreateInput = z.input<typeof planCreateInputSchema>;

export const planUpdateInputSchema = z
  .strictObject(planFields)
  .partial()
  .extend({ version: versionSchema })
  .refine(datesInOrder, datesOrderIssue);
export type PlanUpdateInput = z.input<typeof planUpdateInputSchema>;

export const planSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(planKinds),
  description: z.string(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  state: z.enum(planStates),
  levelNames: z.array(z.string()),
  myRole: z.enum(planRoles).nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Plan = z.infer<typeof planSchema>;

export const planMemberInputSchema = z.strictObject({ userId: z.uuid(), role: z.enum(planRoles) });
export const planMemberSchema = z.object({ userId: z.uuid(), name: z.string(), email: z.string(), role: z.enum(planRoles) });
export type PlanMember = z.infer<typeof planMemberSchema>;

export const planDuplicateInputSchema = z
  .strictObject({ name: title, startsOn: isoDateSchema.nullable().optional(), endsOn: isoDateSchema.nullable().optional(), withActions: z.boolean().default(false) })
  .refine(datesInOrder, datesOrderIssue);

export const nodeCreateInputSchema = z.strictObject({
  parentId: z.uuid().nullable().default(null),
  title,
  description: z.string().max(20_000).optional(),
  leadOrgUnitId: z.uuid().nullable().optional(),
  /** 0-based place among its siblings; at the end when omitted. */
  position: z.number().int().min(0).optional(),
});
export type NodeCreateInput = z.input<typeof nodeCreateInputSchema>;

export const nodeUpdateInputSchema = z.strictObject({
  version: versionSchema,
  parentId: z.uuid().nullable().optional(),
  title: title.optional(),
  description: z.string().max(20_000).optional(),
  leadOrgUnitId: z.uuid().nullable().optional(),
  position: z.number().int().min(0).optional(),
});
export type NodeUpdateInput = z.input<typeof nodeUpdateInputSchema>;
