import type { MultipartFile } from '@fastify/multipart';
import { stat } from 'node:fs/promises';
import { fileTypeFromFile } from 'file-type';
import { organizationLogoMaxBytes, organizationLogoTypes } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { AppError, invalid, notFound } from '../../http/errors.js';
import { newId } from '../../lib/tokens.js';
import { authorize } from '../../policies/index.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { moveIntoPlace, receiveToTemp, removeFile, storageKeyOf, storedFilePath } from '../files/file-storage.js';
import { findOrganizationLogo, setOrganizationLogo } from './organization-logo.repository.js';

/**
 * The collectivité's logo, shown on report covers. PNG or JPEG only, decided on the content
 * (file-type): an SVG can carry scripts and a renamed file is not an image, so both get 415.
 */
export const tooLarge = () => new AppError(413, 'payload_too_large', `Le logo dépasse la taille maximale de ${organizationLogoMaxBytes / 1024 / 1024} Mo`);
const notAnImage = () => new AppError(415, 'validation_failed', 'Le logo doit être une image PNG ou JPEG (d’après son contenu, quel que soit son nom ; SVG refusé)');

/** PUT /api/organization/logo (admins): replaces the logo; the old file is removed after the commit. */
export async function putOrganizationLogo(ctx: AppContext, actor: MemberActor, receive: () => Promise<MultipartFile | undefined>) {
  authorize(actor, 'organization.update', scopeOf(actor));
  const part = await receive();
  if (!part || part.fieldname !== 'file') throw invalid([{ path: 'file', message: 'Joignez une image dans le champ « file »' }]);
  const { tempPath, size } = await receiveToTemp(ctx.config, actor.organizationId, part.file);
  const storageKey = storageKeyOf(actor.organizationId, newId());
  const finalPath = storedFilePath(ctx.config, storageKey);
  try {
    if (part.file.truncated) throw tooLarge();
    if (size === 0) throw invalid([{ path: 'file', message: 'Le fichier est vide' }]);
    const detected = await fileTypeFromFile(tempPath);
    const contentType = detected && (organizationLogoTypes as readonly string[]).includes(detected.mime) ? detected.mime : null;
    if (!contentType) throw notAnImage();
    const previous = await ctx.db.transaction(async (tx) => {
      const before = await setOrganizationLogo(tx, { ...scopeOf(actor), storageKey, contentType, now: ctx.clock.now() });
      await recordChange(tx, auditContextOf(ctx, actor), {
        entityType: 'organization',
        entityId: actor.organizationId,
        action: 'logo.update',
        before: { logo: before ? 'oui' : 'non' },
        after: { logo: `${contentType}, ${size} octets` },
      });
      await moveIntoPlace(tempPath, finalPath);
      return before;
    });
    if (previous) await removeFile(storedFilePath(ctx.config, previous));
    return { contentType, byteSize: size };
  } catch (error) {
    await removeFile(tempPath);
    await removeFile(finalPath);
    throw error;
  }
}

/** GET /api/organization/logo: every member may see it (it is on their reports). */
export async function openOrganizationLogo(ctx: AppContext, actor: MemberActor) {
  authorize(actor, 'organization.read', scopeOf(actor));
  const logo = await findOrganizationLogo(ctx.db, scopeOf(actor));
  if (!logo?.storageKey || !logo.contentType) throw notFound('Logo');
  const filePath = storedFilePath(ctx.config, logo.storageKey);
  const file = await stat(filePath).catch(() => null);
  if (!file) throw notFound('Logo');
  return { filePath, size: file.size, contentType: logo.contentType };
}

/** DELETE /api/organization/logo (admins). */
export async function deleteOrganizationLogo(ctx: AppContext, actor: MemberActor) {
  authorize(actor, 'organization.update', scopeOf(actor));
  const previous = await ctx.db.transaction(async (tx) => {
    const before = await setOrganizationLogo(tx, { ...scopeOf(actor), storageKey: null, contentType: null, now: ctx.clock.now() });
    if (before) {
      await recordChange(tx, auditContextOf(ctx, actor), { entityType: 'organization', entityId: actor.organizationId, action: 'logo.delete', before: { logo: 'oui' }, after: { logo: 'non' } });
    }
    return before;
  });
  if (previous) await removeFile(storedFilePath(ctx.config, previous));
}
