import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Config } from '../../config.js';
import { newId } from '../../lib/tokens.js';

/**
 * Annex files live under `${DATA_DIR}/files/<organizationId>/<attachmentId>`, their metadata in
 * the database. Both parts of the key are UUIDs we generate, checked again here, so no name sent
 * by a client ever reaches the file system. A file is first written to a temporary name in the
 * same folder and renamed once accepted: a half-received upload never looks like an annex.
 */
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const storageKeyOf = (organizationId: string, fileId: string) => `${organizationId}/${fileId}`;

export function storedFilePath(config: Pick<Config, 'dataDir'>, storageKey: string): string {
  const [organizationId, fileId, ...rest] = storageKey.split('/');
  if (!organizationId || !fileId || rest.length > 0 || !uuid.test(organizationId) || !uuid.test(fileId)) {
    throw new Error(`Clé de stockage invalide : ${storageKey}`);
  }
  return path.join(config.dataDir, 'files', organizationId, fileId);
}

/** Streams an upload to a temporary file of the collectivité's folder; returns its path and size. */
export async function receiveToTemp(config: Pick<Config, 'dataDir'>, organizationId: string, source: Readable) {
  if (!uuid.test(organizationId)) throw new Error('organizationId invalide');
  const dir = path.join(config.dataDir, 'files', organizationId);
  await mkdir(dir, { recursive: true });
  const tempPath = path.join(dir, `.upload-${newId()}`);
  try {
    await pipeline(source, createWriteStream(tempPath, { flags: 'wx' }));
  } catch (error) {
    await removeFile(tempPath);
    throw error;
  }
  return { tempPath, size: (await stat(tempPath)).size };
}

export async function moveIntoPlace(tempPath: string, finalPath: string) {
  await rename(tempPath, finalPath);
}

/** Removes a file if it is there; a missing file is not an error (already gone). */
export async function removeFile(filePath: string) {
  await rm(filePath, { force: true });
}

export const openStoredFile = (filePath: string) => createReadStream(filePath);
