import { z } from 'zod';
import { versionSchema } from './common.schema.js';

export const statusCategories = ['not_started', 'in_progress', 'done', 'stopped'] as const;
export type StatusCategory = (typeof statusCategories)[number];

/** The list every new collectivité starts with (seed 003's vocabulary). */
export const defaultStatuses: { label: string; category: StatusCategory }[] = [
  { label: 'À lancer', category: 'not_started' },
  { label: 'Recherche de pilote', category: 'not_started' },
  { label: 'À construire', category: 'not_started' },
  { label: 'En cours', category: 'in_progress' },
  { label: 'Suspendu', category: 'stopped' },
  { label: 'Terminé', category: 'done' },
  { label: 'Abandonné', category: 'stopped' },
];

export const statusSchema = z.object({
  id: z.uuid(),
  label: z.string(),
  category: z.enum(statusCategories),
  position: z.number().int(),
  active: z.boolean(),
  version: z.number().int(),
});
export type Status = z.infer<typeof statusSchema>;

export const statusCreateInputSchema = z.strictObject({
  label: z.string().trim().min(1).max(80),
  category: z.enum(statusCategories),
  position: z.number().int().min(0).optional(),
});
export const statusUpdateInputSchema = z.strictObject({
  version: versionSchema,
  label: z.string().trim().min(1).max(80).optional(),
  category: z.enum(statusCategories).optional(),
  position: z.number().int().min(0).optional(),
  active: z.boolean().optional(),
});
