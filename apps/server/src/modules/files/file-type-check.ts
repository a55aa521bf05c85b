import { createReadStream } from 'node:fs';
import { fileTypeFromFile } from 'file-type';

/**
 * What an annex may be, decided on its CONTENT (the name and the browser's type are the
 * uploader's word, an .exe renamed .pdf included): office documents, images, PDF, ZIP archives
 * (sets of documents; never unpacked on the server), and plain text / CSV. file-type recognises
 * the binary formats by their signature; it cannot recognise text, so a file it does not know is
 * accepted only when it is valid UTF-8 without NUL bytes. Legacy .doc/.xls (CFB containers) are
 * refused: the container cannot be told apart from an .msi installer.
 */
const allowed = new Map<string, string>([
  ['application/pdf', 'PDF'],
  ['image/png', 'PNG'],
  ['image/jpeg', 'JPEG'],
  ['image/gif', 'GIF'],
  ['image/webp', 'WebP'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'DOCX'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'XLSX'],
  ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'PPTX'],
  ['application/vnd.oasis.opendocument.text', 'ODT'],
  ['application/vnd.oasis.opendocument.spreadsheet', 'ODS'],
  ['application/vnd.oasis.opendocument.presentation', 'ODP'],
  ['application/zip', 'ZIP'],
]);

export const allowedTypesLabel = [...allowed.values(), 'texte', 'CSV'].join(', ');

/** The content type to store and serve, or null when the content is not an allowed kind. */
export async function detectAllowedType(filePath: string, fileName: string): Promise<string | null> {
  const detected = await fileTypeFromFile(filePath);
  if (detected) return allowed.has(detected.mime) ? detected.mime : null;
  if (!(await isUtf8Text(filePath))) return null;
  return /\.csv$/i.test(fileName) ? 'text/csv; charset=utf-8' : 'text/plain; charset=utf-8';
}

/** Valid UTF-8 from end to end, with no NUL byte (binary formats file-type does not know have some). */
async function isUtf8Text(filePath: string): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of createReadStream(filePath)) {
      const bytes = chunk as Buffer;
      if (bytes.includes(0)) return false;
      decoder.decode(bytes, { stream: true });
    }
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}
