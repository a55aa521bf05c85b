import { randomBytes, randomUUID } from 'node:crypto';
import type { Periodicity, Visibility } from '@pilotis/shared';
import { and, asc, eq } from 'drizzle-orm';
import type { AppContext } from '../src/context.js';
import { indicatorPilots, indicators } from '../src/modules/indicators/indicator.table.js';
import { measures } from '../src/modules/measures/measure.table.js';
import type { Session, TestApp } from './test-app.js';

/**
 * Indicators straight into the table: the import, push and connector tests need a few with given
 * codes, owners and periodicities, not the indicator screens' rules.
 */
export async function insertTestIndicator(
  ctx: Pick<AppContext, 'db'>,
  input: {
    organizationId: string;
    code?: string;
    periodicity?: Periodicity;
    ownerOrgUnitId?: string | null;
    visibility?: Visibility;
    formula?: string | null;
    pilotIds?: string[];
  },
) {
  const id = randomUUID();
  const code = input.code ?? `IND-${randomBytes(3).toString('hex').toUpperCase()}`;
  await ctx.db.insert(indicators).values({
    id,
    organizationId: input.organizationId,
    code,
    name: `Indicateur ${code}`,
    periodicity: input.periodicity ?? 'monthly',
    ownerOrgUnitId: input.ownerOrgUnitId ?? null,
    visibility: input.visibility ?? 'organization',
    formula: input.formula ?? null,
  });
  if (input.pilotIds?.length) {
    await ctx.db.insert(indicatorPilots).values(input.pilotIds.map((userId) => ({ organizationId: input.organizationId, indicatorId: id, userId })));
  }
  return { id, code };
}

/** What is stored for an indicator, period by period. */
export async function storedMeasures(ctx: Pick<AppContext, 'db'>, organizationId: string, indicatorId: string) {
  const rows = await ctx.db
    .select()
    .from(measures)
    .where(and(eq(measures.organizationId, organizationId), eq(measures.indicatorId, indicatorId)))
    .orderBy(asc(measures.period));
  return rows.map((row) => ({ period: row.period, value: row.value, comment: row.comment, source: row.source, tokenId: row.enteredByTokenId, connectorId: row.enteredByConnectorId }));
}

/** An API token created by an admin through the API; `token` is the secret, shown once. */
export async function createApiToken(admin: Session, input: { name?: string; orgUnitIds?: string[]; expiresOn?: string | null } = {}) {
  const response = await admin.request('POST', '/api/api-tokens', { name: 'Logiciel métier', ...input });
  if (response.statusCode !== 201) throw new Error(`createApiToken: ${response.statusCode} ${response.body}`);
  return response.json().data as { id: string; token: string; prefix: string; state: string };
}

/** A business application's call to the push API. */
export function pushMeasures({ app }: Pick<TestApp, 'app'>, token: string, items: unknown, query = '', headers: Record<string, string> = {}) {
  return app.inject({ method: 'POST', url: `/api/v1/measures${query}`, headers: { authorization: `Bearer ${token}`, ...headers }, payload: items as object });
}
