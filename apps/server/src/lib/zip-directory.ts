/**
 * The entries a ZIP archive declares in its central directory, read without unpacking anything.
 * An XLSX is a ZIP that exceljs unpacks in memory: a 20 Mo file could unpack to gigabytes (a
 * « zip bomb ») and take the server down for every collectivité, so imports check the declared
 * sizes first. Deflate cannot expand beyond what the directory says without the unpacker noticing
 * (jszip checks sizes and CRCs).
 */
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** A size of 0xffffffff means « see the ZIP64 record »: no workbook needs it, imports refuse it. */
export const ZIP64_MARKER = 0xffffffff;

/** Name and unpacked size of each entry, or null when the directory cannot be read. */
export function zipEntries(bytes: Uint8Array): { name: string; size: number }[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 bytes + up to 65,535 of comment.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries: { name: string; size: number }[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== DIRECTORY_ENTRY) return null;
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const name = Buffer.from(bytes.subarray(offset + 46, offset + 46 + nameLength)).toString('utf8');
    entries.push({ name, size });
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return entries;
}
