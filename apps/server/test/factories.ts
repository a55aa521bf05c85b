import { randomBytes } from 'node:crypto';
import type { AppContext } from '../src/context.js';
import { addMemberDirectly, createOrganization } from '../src/modules/organizations/organization.service.js';
import { signIn, type Session, type TestApp } from './test-app.js';

export const PASSWORD = 'correct-horse-battery';

const unique = () => randomBytes(4).toString('hex');

/** A collectivité of its own for each test, with a signed-in admin. */
export async function createOrganizationWithAdmin(testApp: Pick<TestApp, 'app' | 'ctx'>, name = `Commune ${unique()}`) {
  const { ctx } = testApp;
  const adminEmail = `admin-${unique()}@example.fr`;
  const organization = await ctx.db.transaction(async (tx) => {
    const org = await createOrganization(tx, ctx, name);
    await addMemberDirectly(tx, ctx, { organizationId: org.id, email: adminEmail, name: 'Admin Test', orgRole: 'admin', password: PASSWORD });
    return org;
  });
  const admin = await signIn(testApp, adminEmail, PASSWORD);
  return { organization, admin, adminEmail };
}

/** Adds a member through the API (as the given admin) and signs them in. */
export async function createMember(
  testApp: Pick<TestApp, 'app'>,
  admin: Session,
  input: { orgRole?: 'admin' | 'member'; orgUnitIds?: string[]; name?: string } = {},
): Promise<{ session: Session; email: string; id: string }> {
  const email = `agent-${unique()}@example.fr`;
  const response = await admin.request('POST', '/api/users', {
    email,
    name: input.name ?? 'Agent Test',
    orgRole: input.orgRole ?? 'member',
    password: PASSWORD,
    orgUnitIds: input.orgUnitIds ?? [],
  });
  if (response.statusCode !== 201) throw new Error(`createMember: ${response.statusCode} ${response.body}`);
  const session = await signIn(testApp, email, PASSWORD);
  return { session, email, id: response.json().data.id };
}

export async function createUnit(admin: Session, name: string, parentId: string | null = null) {
  const response = await admin.request('POST', '/api/org-units', { name, parentId });
  if (response.statusCode !== 201) throw new Error(`createUnit: ${response.statusCode} ${response.body}`);
  return response.json().data as { id: string; version: number; name: string; parentId: string | null };
}

export type { AppContext };
