import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { newSortableId } from '../../lib/tokens.js';
import { resolveMeasureItems, writeMeasures } from '../measures/measure-write.service.js';
import { ConnectorFetchError, fetchConnectorBody, fetchLimitsOf } from './connector-fetch.js';
import { parseConnectorBody } from './connector-parse.js';
import { finishConnectorRun, insertConnectorRun } from './connector.repository.js';
import type { ConnectorRow, ConnectorRunRow } from './connector.table.js';

const MAX_LOGGED_ERRORS = 50;

/**
 * One run: fetch, parse, check every row, then write them all in one transaction, or nothing.
 * The run is logged first as `running` (so a hung fetch is visible), then finished with what came
 * back, what was written and every error. Never throws for the connector's own failures: the
 * answer says `failed`.
 */
export async function runConnector(ctx: AppContext, connector: ConnectorRow, trigger: 'schedule' | 'manual'): Promise<ConnectorRunRow> {
  const scope = { organizationId: connector.organizationId };
  const run = await insertConnectorRun(ctx.db, {
    id: newSortableId(),
    ...scope,
    connectorId: connector.id,
    trigger,
    status: 'running',
    startedAt: ctx.clock.now(),
  });
  const finish = (tx: DbOrTx, values: { status: 'success' | 'failed'; fetchedRows: number; writtenRows: number; errors: string[] }) =>
    finishConnectorRun(tx, { ...scope, id: run.id }, { ...values, errors: capped(values.errors), finishedAt: ctx.clock.now() });

  let fetchedRows = 0;
  try {
    const body = await fetchConnectorBody(connector.url, fetchLimitsOf(ctx.config));
    const parsed = await parseConnectorBody(body, connector);
    fetchedRows = parsed.items.length;
    if (parsed.problems.length > 0) return await finish(ctx.db, { status: 'failed', fetchedRows, writtenRows: 0, errors: parsed.problems });
    if (fetchedRows === 0) return await finish(ctx.db, { status: 'failed', fetchedRows, writtenRows: 0, errors: ['La réponse ne contient aucune mesure'] });

    const { resolved, problems } = await resolveMeasureItems(ctx.db, {
      ...scope,
      items: parsed.items,
      scope: { indicatorIds: new Set(connector.indicatorIds) },
    });
    if (problems.length > 0) {
      const errors = problems.map((p) => `${parsed.places[p.index] ?? `élément ${p.index + 1}`} : ${p.message}`);
      return await finish(ctx.db, { status: 'failed', fetchedRows, writtenRows: 0, errors });
    }
    return await ctx.db.transaction(async (tx) => {
      const written = await writeMeasures(tx, ctx, { ...scope, measures: resolved, source: 'connector', writer: { userId: null, connectorId: connector.id } });
      return finish(tx, { status: 'success', fetchedRows, writtenRows: written.created + written.updated, errors: [] });
    });
  } catch (error) {
    const message = error instanceof ConnectorFetchError ? error.message : `Erreur inattendue : ${error instanceof Error ? error.message : String(error)}`;
    return finish(ctx.db, { status: 'failed', fetchedRows, writtenRows: 0, errors: [message] });
  }
}

function capped(errors: string[]) {
  if (errors.length <= MAX_LOGGED_ERRORS) return errors;
  return [...errors.slice(0, MAX_LOGGED_ERRORS), `… et ${errors.length - MAX_LOGGED_ERRORS} autre(s) erreur(s)`];
}
