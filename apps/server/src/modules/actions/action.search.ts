import type { DbOrTx } from '../../db/client.js';
import { findSearchSources, setSearchText } from './action-search.repository.js';

/** Lower case without accents: "Équipement numérique" and "equipement numerique" must meet. */
export const foldForSearch = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * Rebuilds the action's search text from its fields and its log. Call it, in the same
 * transaction, after changing the title, texts or log entries.
 */
export async function refreshSearchText(db: DbOrTx, ref: { organizationId: string; actionId: string }) {
  const sources = await findSearchSources(db, ref);
  if (sources) await setSearchText(db, ref, foldForSearch(sources.join('\n')));
}
