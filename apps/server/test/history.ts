import type { Session } from './test-app.js';

export interface HistoryEvent {
  id: string;
  at: string;
  actor: { id: string; name: string } | null;
  entityType: string;
  entityId: string;
  action: string;
  changes: Record<string, { before: unknown; after: unknown }>;
}

/** The history of one entity as the given session reads it through the API (throws unless 200). */
export async function readHistory(session: Session, entityType: string, id: string): Promise<HistoryEvent[]> {
  const response = await session.request('GET', `/api/history/${entityType}/${id}`);
  if (response.statusCode !== 200) throw new Error(`history ${entityType}/${id}: ${response.statusCode} ${response.body}`);
  return response.json().data;
}

/** The paths named by a 400 validation_failed answer, e.g. ['parentId']. */
export function issuePaths(body: { error?: { issues?: { path: string }[] } }): string[] {
  return (body.error?.issues ?? []).map((issue) => issue.path);
}
