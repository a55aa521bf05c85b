import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReportFormat } from '@pilotis/shared';
import type { Config } from '../../config.js';
import { newId } from '../../lib/tokens.js';
import { removeFile } from '../files/file-storage.js';

/**
 * Report files live under `DATA_DIR/files/<organizationId>/reports/<reportId>.<pdf|docx>`, beside
 * the annexes. The key is made of ids we generate and is checked again before it reaches the file
 * system, as file-storage.ts does for annexes.
 */
const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const keyPattern = new RegExp(`^(${uuid})/reports/(${uuid})\\.(pdf|docx)$`, 'i');

export const reportContentTypes: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export const reportStorageKey = (organizationId: string, reportId: string, format: ReportFormat) => `${organizationId}/reports/${reportId}.${format}`;

export function reportFilePath(config: Pick<Config, 'dataDir'>, storageKey: string): string {
  const match = keyPattern.exec(storageKey);
  if (!match) throw new Error(`Clé de stockage de rapport invalide : ${storageKey}`);
  return path.join(config.dataDir, 'files', match[1]!, 'reports', `${match[2]}.${match[3]}`);
}

/** Writes the bytes under a temporary name, then renames: a half-written report is never served. */
export async function storeReportFile(config: Pick<Config, 'dataDir'>, storageKey: string, bytes: Buffer) {
  const finalPath = reportFilePath(config, storageKey);
  await mkdir(path.dirname(finalPath), { recursive: true });
  const tempPath = path.join(path.dirname(finalPath), `.tmp-${newId()}`);
  try {
    await writeFile(tempPath, bytes, { flag: 'wx' });
    await rename(tempPath, finalPath);
  } catch (error) {
    await removeFile(tempPath);
    throw error;
  }
  return finalPath;
}
