import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { users } from '../../users/user.table.js';
import { attachments, type AttachmentRow } from '../action-parts.table.js';

type Scope = { organizationId: string };
export type AttachmentWithUploader = { attachment: AttachmentRow; uploaderName: string | null };

const withUploader = { attachment: attachments, uploaderName: users.name };

/** An owner's annexes, newest first. */
export async function listAttachments(db: DbOrTx, { organizationId, ownerType, ownerId }: Scope & { ownerType: string; ownerId: string }): Promise<AttachmentWithUploader[]> {
  return db
    .select(withUploader)
    .from(attachments)
    .leftJoin(users, eq(users.id, attachments.uploadedById))
    .where(and(eq(attachments.organizationId, organizationId), eq(attachments.ownerType, ownerType), eq(attachments.ownerId, ownerId)))
    .orderBy(desc(attachments.createdAt), desc(attachments.id));
}

export async function findAttachment(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db.select().from(attachments).where(and(eq(attachments.organizationId, organizationId), eq(attachments.id, id)));
  return row;
}

export async function insertAttachment(db: DbOrTx, values: typeof attachments.$inferInsert) {
  const [row] = await db.insert(attachments).values(values).returning();
  return row as AttachmentRow;
}

export async function deleteAttachment(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const rows = await db.delete(attachments).where(and(eq(attachments.organizationId, organizationId), eq(attachments.id, id))).returning({ id: attachments.id });
  return rows.length > 0;
}
