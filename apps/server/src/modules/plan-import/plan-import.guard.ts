/**
 * Checks on the bytes before any parser sees them: the sizes the archive declares (see
 * lib/zip-directory.ts), one by one and in total, before exceljs unpacks anything.
 */
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../../http/errors.js';
import { ZIP64_MARKER, zipEntries } from '../../lib/zip-directory.js';

export const MAX_PLAN_IMPORT_BYTES = 20 * 1024 * 1024;
/** A 20,000-row sheet with every column filled unpacks to ~40 Mo: far below these. */
export const MAX_ENTRY_BYTES = 150 * 1024 * 1024;
export const MAX_UNPACKED_BYTES = 300 * 1024 * 1024;
const MAX_ENTRIES = 5_000;

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type PlanFileKind = 'xlsx' | 'csv';

const unprocessable = (message: string) => new AppError(422, 'validation_failed', message);

/** Throws 422 when the archive is unreadable or would unpack past the limits; ZIP64 is refused too (no workbook needs it). */
export function checkUnpackedSizes(bytes: Uint8Array) {
  const entries = zipEntries(bytes);
  if (!entries || entries.length === 0) throw unprocessable('Classeur XLSX illisible ou endommagé : ouvrez-le dans Excel et enregistrez-le à nouveau');
  if (entries.length > MAX_ENTRIES) throw unprocessable('Classeur refusé : il contient un nombre anormal de parties');
  let total = 0;
  for (const entry of entries) {
    if (entry.size === ZIP64_MARKER || entry.size > MAX_ENTRY_BYTES) {
      throw unprocessable(`Classeur refusé : la partie « ${entry.name} » dépasserait ${MAX_ENTRY_BYTES / 1024 / 1024} Mo une fois décompressée`);
    }
    total += entry.size;
  }
  if (total > MAX_UNPACKED_BYTES) throw unprocessable(`Classeur refusé : il dépasserait ${MAX_UNPACKED_BYTES / 1024 / 1024} Mo une fois décompressé`);
}

/**
 * What the file is, from its content (a PDF renamed .xlsx is a PDF). An OLE/CFB container is an
 * Excel 97 .xls or, far more often today, an .xlsx protected by a password (Office encrypts it
 * inside such a container): the user is told how to fix either.
 */
export async function detectPlanFileKind(bytes: Uint8Array): Promise<PlanFileKind> {
  if (CFB_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    throw unprocessable(
      'Classeur protégé par un mot de passe ou au format Excel 97-2003 (.xls) : retirez la protection et enregistrez-le au format .xlsx',
    );
  }
  const detected = await fileTypeFromBuffer(bytes);
  if (detected?.mime === XLSX_MIME) return 'xlsx';
  // A ZIP that is not recognised as a workbook may still be one written by an unusual tool.
  if (detected?.ext === 'zip' && zipEntries(bytes)?.some((entry) => entry.name === 'xl/workbook.xml')) return 'xlsx';
  if (!detected && !bytes.includes(0)) return 'csv';
  throw new AppError(
    415,
    'validation_failed',
    'Type de fichier non accepté (d’après son contenu, quel que soit son nom) : envoyez un classeur XLSX ou un CSV',
  );
}
