import { z } from 'zod';
import { emailSchema, passwordSchema } from './auth.schema.js';
import { versionSchema } from './common.schema.js';

export const orgRoles = ['admin', 'member'] as const;
export const orgRoleSchema = z.enum(orgRoles);
export type OrgRole = z.infer<typeof orgRoleSchema>;

export const locales = ['fr', 'en'] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;

const nameSchema = z.string().trim().min(1).max(200);

/** A person as seen inside one collectivité (user + membership). */
export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  orgRole: orgRoleSchema,
  active: z.boolean(),
  orgUnitIds: z.array(z.uuid()),
  mustChangePassword: z.boolean(),
  invitationPending: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const userCreateInputSchema = z.strictObject({
  email: emailSchema,
  name: nameSchema,
  orgRole: orgRoleSchema.default('member'),
  /** A temporary password the person must change; without it, an invitation link is issued. */
  password: passwordSchema.optional(),
  orgUnitIds: z.array(z.uuid()).max(50).default([]),
});
export type UserCreateInput = z.input<typeof userCreateInputSchema>;

export const userUpdateInputSchema = z.strictObject({
  version: versionSchema,
  name: nameSchema.optional(),
  orgRole: orgRoleSchema.optional(),
  active: z.boolean().optional(),
  orgUnitIds: z.array(z.uuid()).max(50).optional(),
});
export type UserUpdateInput = z.input<typeof userUpdateInputSchema>;

export const userCreatedSchema = z.object({
  data: userSchema,
  can: z.record(z.string(), z.boolean()),
  /** Present when no password was given: the link to hand to the person. */
  invitationUrl: z.string().optional(),
});
