import { createMember, createOrganizationWithAdmin, createUnit } from './factories.js';
import type { Session, TestApp } from './test-app.js';

export interface IndicatorBody {
  id: string;
  code: string;
  name: string;
  periodicity: string;
  visibility: string;
  calculated: boolean;
  formula: string | null;
  inputCodes: string[];
  pilots: { id: string; name: string }[];
  nodeIds: string[];
  actionIds: string[];
  latest: { period: string; value: number; state: string; target: number | null; status: string; trend: string | null } | null;
  due: boolean;
  duePeriod: string;
  version: number;
  [key: string]: unknown;
}

let counter = 0;
/** A code no other test of the file uses. */
export const nextCode = (prefix = 'IND') => `${prefix}-${++counter}`;

/** Creates an indicator through the API; throws unless 201. Yearly and visible to all unless told. */
export async function createIndicator(session: Session, body: Record<string, unknown> = {}): Promise<IndicatorBody> {
  const response = await session.request('POST', '/api/indicators', { code: nextCode(), name: 'Indicateur de test', periodicity: 'yearly', ...body });
  if (response.statusCode !== 201) throw new Error(`createIndicator: ${response.statusCode} ${response.body}`);
  return response.json().data;
}

/** Enters measures through the API; throws unless 200. */
export async function putMeasures(session: Session, indicatorId: string, measures: Record<string, unknown>[]) {
  const response = await session.request('PUT', `/api/indicators/${indicatorId}/measures`, { measures });
  if (response.statusCode !== 200) throw new Error(`putMeasures: ${response.statusCode} ${response.body}`);
  return response.json() as { data: { period: string; value: number | null; state: string | null; status: string; trend: string | null }[] };
}

export async function putTargets(session: Session, indicatorId: string, targets: { period: string; value: number; valueMax?: number | null }[]) {
  const response = await session.request('PUT', `/api/indicators/${indicatorId}/targets`, { targets });
  if (response.statusCode !== 200) throw new Error(`putTargets: ${response.statusCode} ${response.body}`);
  return response.json().data as { period: string; value: number; valueMax: number | null }[];
}

export interface MeasuresAnswer {
  measures: { period: string; value: number | null; state: string | null; source: string | null; target: number | null; status: string; trend: string | null; comment: string }[];
  revisions: { period: string; value: number; comment: string; source: string }[];
}

export async function readMeasures(session: Session, indicatorId: string): Promise<MeasuresAnswer> {
  const response = await session.request('GET', `/api/indicators/${indicatorId}/measures`);
  if (response.statusCode !== 200) throw new Error(`readMeasures: ${response.statusCode} ${response.body}`);
  return response.json().data;
}

export async function listIndicators(session: Session, query = ''): Promise<IndicatorBody[]> {
  const response = await session.request('GET', `/api/indicators${query}`);
  if (response.statusCode !== 200) throw new Error(`listIndicators: ${response.statusCode} ${response.body}`);
  return response.json().data;
}

/**
 * The people of the indicator rules, in a collectivité of their own: an admin; a direction with a
 * service under it; a member of each; a future pilot (no unit); a member of another direction;
 * another collectivité's admin.
 */
export async function createIndicatorCast(testApp: Pick<TestApp, 'app' | 'ctx'>) {
  const { organization, admin } = await createOrganizationWithAdmin(testApp);
  const direction = await createUnit(admin, 'Direction de l’environnement');
  const service = await createUnit(admin, 'Service propreté', direction.id);
  const otherDirection = await createUnit(admin, 'Direction des finances');
  const person = (name: string, orgUnitIds: string[] = []) => createMember(testApp, admin, { name, orgUnitIds });
  const directionMember = await person('Diane Direction', [direction.id]);
  const serviceMember = await person('Serge Service', [service.id]);
  const pilot = await person('Paula Pilote');
  const outsider = await person('Oscar Ailleurs', [otherDirection.id]);
  const other = await createOrganizationWithAdmin(testApp);
  return { organization, admin, direction, service, otherDirection, directionMember, serviceMember, pilot, outsider, other };
}
