import { ZIP64_MARKER, zipEntries } from '../../lib/zip-directory.js';

/** The sum of the unpacked sizes the archive declares (see lib/zip-directory.ts), or null when it cannot be read (or uses ZIP64). */
export function declaredUnpackedSize(bytes: Uint8Array): number | null {
  const entries = zipEntries(bytes);
  if (!entries || entries.some((entry) => entry.size === ZIP64_MARKER)) return null;
  return entries.reduce((total, entry) => total + entry.size, 0);
}
