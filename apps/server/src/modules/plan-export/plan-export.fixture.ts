/**
 * Test fixture (not part of the server): a rich plan built through the API, the way people fill it
 * — a three-level tree, fiches with every field, a sub-action, milestones, tasks, log, budgets,
 * annexes, a custom status, indicators with targets and measures, a link to another plan — and the
 * people who read it. Used by the export and import tests.
 */
import { multipartBody, tinyPdf } from '../../../test/multipart.js';
import { createMember, createOrganizationWithAdmin, createUnit } from '../../../test/factories.js';
import { createIndicator, putMeasures, putTargets } from '../../../test/indicator-factories.js';
import { addPlanMember, createNode, createPlan } from '../../../test/plan-factories.js';
import type { Session, TestApp } from '../../../test/test-app.js';

async function ok(response: { statusCode: number; body: string; json: () => any }, expected = 201) {
  if (response.statusCode !== expected) throw new Error(`fixture: ${response.statusCode} ${response.body}`);
  return response.json().data;
}

export const DANGEROUS_TITLES = ['=HYPERLINK("http://evil.example","Cliquez")', '+33 1 23 45 67 89', '@SUM(A1:A9)'];

/** The org units of the fixture, by path: the import matches them by these names. */
export async function createUnits(admin: Session) {
  const dg = await createUnit(admin, 'Direction générale');
  const education = await createUnit(admin, 'Direction de l’éducation', dg.id);
  const schools = await createUnit(admin, 'Service des écoles', education.id);
  const roads = await createUnit(admin, 'Direction de la voirie', dg.id);
  return { dg, education, schools, roads };
}

export async function buildRichPlan(testApp: Pick<TestApp, 'app' | 'ctx'>) {
  const { organization, admin, adminEmail } = await createOrganizationWithAdmin(testApp, 'Ville de Départ');
  const units = await createUnits(admin);
  const person = (name: string, orgUnitIds: string[] = []) => createMember(testApp, admin, { name, orgUnitIds });
  const pilot = await person('Paule Pilote', [units.roads.id]);
  const copilot = await person('Cédric Copilote');
  const elu = await person('Élise Élue');
  const schoolAgent = await person('Ursule Écoles', [units.schools.id]);
  const outsider = await person('Oscar Dehors', [units.roads.id]);

  const climate = await createPlan(admin, { name: 'Plan climat', state: 'active', levelNames: ['Axe'] });
  const climateAxis = await createNode(admin, climate.id, 'Sobriété énergétique');
  const plan = await createPlan(admin, {
    name: 'Plan de mandat 2026-2032',
    description: 'Nos engagements pour la commune.',
    startsOn: '2026-01-01',
    endsOn: '2032-12-31',
    state: 'active',
    levelNames: ['Axe', 'Objectif stratégique', 'Objectif opérationnel'],
  });
  const axis1 = await createNode(admin, plan.id, 'Une ville qui apprend', null, { description: 'L’éducation d’abord', leadOrgUnitId: units.education.id });
  const goal11 = await createNode(admin, plan.id, 'Des écoles rénovées', axis1.id);
  const op111 = await createNode(admin, plan.id, 'Rénover les bâtiments scolaires', goal11.id, { leadOrgUnitId: units.schools.id });
  const axis2 = await createNode(admin, plan.id, 'Une ville qui respire');
  const goal21 = await createNode(admin, plan.id, 'Moins de voitures', axis2.id);
  await addPlanMember(admin, plan.id, pilot.id, 'contributor');

  const postponed = await ok(await admin.request('POST', '/api/statuses', { label: 'Reporté sine die', category: 'not_started' }));
  const statuses = (await admin.request('GET', '/api/statuses')).json().data as { id: string; label: string; category: string }[];
  const inProgress = statuses.find((s) => s.category === 'in_progress')!;
  const done = statuses.find((s) => s.category === 'done')!;

  const action = (body: Record<string, unknown>) => admin.request('POST', '/api/actions', body).then((r) => ok(r));
  const main = await action({
    nodeId: op111.id,
    title: 'Rénover l’école Jules-Ferry',
    description: 'Isolation, chauffage, accessibilité.\nDeux tranches.',
    objectives: 'Diviser par deux la consommation',
    expectedResults: 'Une école confortable',
    pilotId: pilot.id,
    copilotIds: [copilot.id, schoolAgent.id],
    eluId: elu.id,
    leadOrgUnitId: units.schools.id,
    orgUnitIds: [units.roads.id, units.education.id],
    linkedNodeIds: [climateAxis.id],
    partners: 'ADEME; Région',
    startsOn: '2026-01-15',
    endsOn: '2026-02-28',
    priority: 'high',
    flagship: true,
    tags: ['écoles', 'énergie'],
    visibility: 'organization',
    weight: 2.5,
    statusId: inProgress.id,
    weather: 'cloudy',
    progress: 40,
  });
  const sub = await action({ nodeId: op111.id, parentActionId: main.id, title: 'Tranche 1 : chauffage', statusId: done.id, progress: 100, weather: 'sunny' });
  const unitOnly = await action({
    nodeId: op111.id,
    title: 'Audit confidentiel des écoles',
    visibility: 'unit',
    leadOrgUnitId: units.schools.id,
    statusId: postponed.id,
    priority: 'low',
  });
  const dangerous = [];
  for (const title of DANGEROUS_TITLES) dangerous.push(await action({ nodeId: goal21.id, title, description: '-1 place de parking', partners: '=1+1' }));

  const part = (url: string, body: unknown, as: Session = admin) => as.request('POST', url, body).then((r) => ok(r));
  await part(`/api/actions/${main.id}/milestones`, { title: 'Choix du maître d’œuvre', dueOn: '2026-01-31', doneOn: '2026-01-29' });
  await part(`/api/actions/${main.id}/milestones`, { title: 'Fin du chantier', dueOn: '2026-02-15' });
  await part(`/api/actions/${main.id}/tasks`, { title: 'Rédiger le cahier des charges', assigneeId: copilot.id, dueOn: '2026-01-10', done: true });
  await part(`/api/actions/${main.id}/tasks`, { title: 'Réunir les parents', assigneeId: pilot.id });
  await part(`/api/actions/${main.id}/log`, { occurredOn: '2026-01-20', body: 'Marché **attribué**.' }, pilot.session);
  await part(`/api/actions/${main.id}/log`, { occurredOn: '2026-02-01', body: '=cmd|"/c calc"!A1 tentative' }, copilot.session);
  await part(`/api/actions/${sub.id}/log`, { occurredOn: '2026-01-25', body: 'Chaudière posée.' });
  await part(`/api/actions/${main.id}/budget-lines`, { year: 2026, nature: 'investment', plannedCents: 123_456_78, committedCents: 100_000_00, spentCents: 45_000_50 });
  await part(`/api/actions/${main.id}/budget-lines`, { year: 2026, nature: 'operating', plannedCents: 5_000_00, committedCents: 0, spentCents: 0 });
  await part(`/api/actions/${sub.id}/budget-lines`, { year: 2027, nature: 'investment', plannedCents: 20_000_00, committedCents: 20_000_00, spentCents: 19_999_99 });
  await part(`/api/actions/${main.id}/links`, { name: 'Dossier de presse', url: 'https://ville.example/ecoles' });
  const upload = multipartBody({ name: 'plan.pdf', type: 'application/pdf', content: tinyPdf() });
  await ok(await testApp.app.inject({
    method: 'POST',
    url: `/api/actions/${main.id}/attachments`,
    headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, ...upload.headers },
    payload: upload.payload,
  }));

  const energy = await createIndicator(admin, {
    code: 'EXP-ENERGIE',
    name: 'Consommation des écoles',
    unit: 'MWh',
    decimals: 1,
    direction: 'lower',
    ownerOrgUnitId: units.education.id,
    pilotIds: [pilot.id],
    source: 'Relevés',
    baselinePeriod: '2025',
    baselineValue: 1200,
    nodeIds: [goal11.id],
    actionIds: [main.id],
  });
  await putTargets(admin, energy.id, [{ period: '2026', value: 1000 }, { period: '2027', value: 800 }]);
  await putMeasures(admin, energy.id, [{ period: '2025', value: 1200.5, comment: '+5 % vs 2024' }]);
  const trips = await createIndicator(admin, { code: 'EXP-TRAJETS', name: 'Trajets à vélo', periodicity: 'quarterly', direction: 'band', nodeIds: [goal21.id] });
  await putTargets(admin, trips.id, [{ period: '2025-Q4', value: 10, valueMax: 20 }]);
  await putMeasures(admin, trips.id, [{ period: '2025-Q4', value: -3 }]);

  return {
    organization,
    admin,
    adminEmail,
    units,
    people: { pilot, copilot, elu, schoolAgent, outsider },
    emails: [adminEmail, pilot.email, copilot.email, elu.email, schoolAgent.email, outsider.email],
    plan,
    climate,
    nodes: { axis1, goal11, op111, axis2, goal21, climateAxis },
    actions: { main, sub, unitOnly, dangerous },
    indicators: { energy, trips },
  };
}
export type RichPlan = Awaited<ReturnType<typeof buildRichPlan>>;
