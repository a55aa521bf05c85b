import type { ApiToken } from '@pilotis/shared';
import type { ApiTokenRow } from './api-token.table.js';

/** Valid through its expiry day (`today` in the collectivités' time zone); revoked wins. */
export function apiTokenState(row: ApiTokenRow, today: string): ApiToken['state'] {
  if (row.revokedAt) return 'revoked';
  if (row.expiresOn && row.expiresOn < today) return 'expired';
  return 'active';
}

export function presentApiToken({ token, creatorName }: { token: ApiTokenRow; creatorName: string | null }, today: string): ApiToken {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    orgUnitIds: token.orgUnitIds,
    expiresOn: token.expiresOn,
    state: apiTokenState(token, today),
    createdBy: token.createdById ? { id: token.createdById, name: creatorName ?? '' } : null,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}

/** What the history keeps: never the secret nor its hash. */
export const auditedApiToken = (row: ApiTokenRow) => ({
  name: row.name,
  prefix: row.prefix,
  orgUnitIds: row.orgUnitIds,
  expiresOn: row.expiresOn,
  revokedAt: row.revokedAt?.toISOString() ?? null,
});
