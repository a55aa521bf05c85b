import { z } from 'zod';

/** Outgoing e-mails (« Boîte d'envoi »): queued until an SMTP server takes them, then sent or failed. */
export const outboundEmailStatuses = ['queued', 'sent', 'failed'] as const;
export type OutboundEmailStatus = (typeof outboundEmailStatuses)[number];

/** An e-mail address as people type it: trimmed, lower-cased, one address (no « Nom <…> »). */
export const emailAddressSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: 'Adresse e-mail invalide' }));

export const outboxQuerySchema = z.object({
  status: z.enum(outboundEmailStatuses).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type OutboxQuery = z.input<typeof outboxQuerySchema>;

export const outboxItemSchema = z.object({
  id: z.uuid(),
  to: z.array(z.string()),
  subject: z.string(),
  origin: z.string().nullable(),
  status: z.enum(outboundEmailStatuses),
  attempts: z.number().int(),
  attachmentCount: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type OutboxItem = z.infer<typeof outboxItemSchema>;

export const outboxPageSchema = z.object({
  data: z.array(outboxItemSchema),
  page: z.object({ page: z.number().int(), pageSize: z.number().int(), total: z.number().int() }),
  /** False in embedded mode (no SMTP_URL): e-mails wait here until the server has one. */
  smtpConfigured: z.boolean(),
});
export type OutboxPage = z.infer<typeof outboxPageSchema>;

export const outboxEmailSchema = outboxItemSchema.extend({
  text: z.string(),
  html: z.string().nullable(),
  attachments: z.array(z.object({ fileName: z.string(), contentType: z.string(), byteSize: z.number().int().nullable() })),
  messageId: z.string().nullable(),
  updatedAt: z.string(),
});
export type OutboxEmail = z.infer<typeof outboxEmailSchema>;
export const outboxEmailAnswerSchema = z.object({ data: outboxEmailSchema, can: z.object({ retry: z.boolean() }) });
