import type { MultipartFile } from '@fastify/multipart';
import { stat } from 'node:fs/promises';
import type { AppContext } from '../../../context.js';
import type { MemberActor } from '../../../http/actor.js';
import { AppError, invalid, notFound } from '../../../http/errors.js';
import { newId } from '../../../lib/tokens.js';
import { allowedTypesLabel, detectAllowedType } from '../../files/file-type-check.js';
import { moveIntoPlace, receiveToTemp, removeFile, storageKeyOf, storedFilePath } from '../../files/file-storage.js';
import type { AttachmentRow } from '../action-parts.table.js';
import { ACTION_OWNER, auditedAttachment, cleanFileName, presentAttachment } from './attachment.presenter.js';
import { deleteAttachment, findAttachment, insertAttachment, listAttachments } from './attachment.repository.js';
import { loadActionToEdit, loadActionToRead, partAbilities, recordPartChange } from './part-access.js';

/** 25 Mo, the limit; the multipart parser is registered with the same number. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

const tooLarge = () => new AppError(413, 'payload_too_large', 'Le fichier dépasse la taille maximale de 25 Mo');
const forbiddenType = () =>
  new AppError(415, 'validation_failed', `Type de fichier non accepté (d’après son contenu, quel que soit son nom). Types acceptés : ${allowedTypesLabel}`);

export async function listActionAttachments(ctx: AppContext, actor: MemberActor, actionId: string) {
  const loaded = await loadActionToRead(ctx.db, actor, actionId);
  const rows = await listAttachments(ctx.db, { organizationId: actor.organizationId, ownerType: ACTION_OWNER, ownerId: actionId });
  return { data: rows.map(presentAttachment), can: partAbilities(actor, loaded) };
}

/** Rights first, so a refused upload is never written; the file itself comes from `receive`. */
export async function uploadAttachment(ctx: AppContext, actor: MemberActor, actionId: string, receive: () => Promise<MultipartFile | undefined>) {
  await loadActionToEdit(ctx.db, actor, actionId);
  const part = await receive();
  if (!part || part.fieldname !== 'file') throw invalid([{ path: 'file', message: 'Joignez un fichier dans le champ « file »' }]);
  const { tempPath, size } = await receiveToTemp(ctx.config, actor.organizationId, part.file);
  const id = newId();
  const storageKey = storageKeyOf(actor.organizationId, id);
  const finalPath = storedFilePath(ctx.config, storageKey);
  try {
    if (part.file.truncated) throw tooLarge();
    if (size === 0) throw invalid([{ path: 'file', message: 'Le fichier est vide' }]);
    const name = cleanFileName(part.filename);
    const mimeType = await detectAllowedType(tempPath, name);
    if (!mimeType) throw forbiddenType();
    return await ctx.db.transaction(async (tx) => {
      const loaded = await loadActionToEdit(tx, actor, actionId);
      const row = await insertAttachment(tx, {
        id,
        organizationId: actor.organizationId,
        ownerType: ACTION_OWNER,
        ownerId: actionId,
        kind: 'file',
        name,
        mimeType,
        sizeBytes: size,
        storageKey,
        uploadedById: actor.userId,
        createdAt: ctx.clock.now(),
      });
      await recordPartChange(tx, ctx, actor, { actionId, part: 'attachment', verb: 'create', label: name, before: null, after: auditedAttachment(row) });
      // Last step of the transaction: if the commit still fails, the catch below removes the file.
      await moveIntoPlace(tempPath, finalPath);
      return { data: presentAttachment({ attachment: row, uploaderName: actor.name }), can: partAbilities(actor, loaded) };
    });
  } catch (error) {
    await removeFile(tempPath);
    await removeFile(finalPath);
    throw error;
  }
}

export async function addLink(ctx: AppContext, actor: MemberActor, actionId: string, input: { name: string; url: string }) {
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadActionToEdit(tx, actor, actionId);
    const row = await insertAttachment(tx, {
      id: newId(),
      organizationId: actor.organizationId,
      ownerType: ACTION_OWNER,
      ownerId: actionId,
      kind: 'link',
      name: input.name,
      url: input.url,
      uploadedById: actor.userId,
      createdAt: ctx.clock.now(),
    });
    await recordPartChange(tx, ctx, actor, { actionId, part: 'attachment', verb: 'create', label: row.name, before: null, after: auditedAttachment(row) });
    return { data: presentAttachment({ attachment: row, uploaderName: actor.name }), can: partAbilities(actor, loaded) };
  });
}

/** An annex of a fiche the actor may read; 404 otherwise (another collectivité's included). */
async function findActionAttachment(ctx: AppContext, actor: MemberActor, id: string): Promise<AttachmentRow> {
  const row = await findAttachment(ctx.db, { organizationId: actor.organizationId, id });
  if (!row || row.ownerType !== ACTION_OWNER) throw notFound('Annexe');
  return row;
}

/** The stored file to stream; readers of the fiche may download. */
export async function openAttachmentFile(ctx: AppContext, actor: MemberActor, id: string) {
  const row = await findActionAttachment(ctx, actor, id);
  await loadActionToRead(ctx.db, actor, row.ownerId);
  if (row.kind !== 'file' || !row.storageKey) throw notFound('Fichier');
  const filePath = storedFilePath(ctx.config, row.storageKey);
  const found = await stat(filePath).catch(() => null);
  if (!found) throw notFound('Fichier');
  return { row, filePath, size: found.size };
}

export async function removeAttachment(ctx: AppContext, actor: MemberActor, id: string) {
  const row = await findActionAttachment(ctx, actor, id);
  await ctx.db.transaction(async (tx) => {
    await loadActionToEdit(tx, actor, row.ownerId);
    if (!(await deleteAttachment(tx, { organizationId: actor.organizationId, id }))) throw notFound('Annexe');
    await recordPartChange(tx, ctx, actor, { actionId: row.ownerId, part: 'attachment', verb: 'delete', label: row.name, before: auditedAttachment(row), after: null });
  });
  // After the commit: a file left behind by a crash here is an orphan nobody can reach, never a
  // row without its file.
  if (row.storageKey) await removeFile(storedFilePath(ctx.config, row.storageKey));
}
