import { expect } from 'vitest';
import { createAction, createActionCast } from '../../../test/action-factories.js';
import { PASSWORD } from '../../../test/factories.js';
import { createIndicator } from '../../../test/indicator-factories.js';
import { signIn, type Session, type TestApp } from '../../../test/test-app.js';

/**
 * The people and fiches of the campaign tests: the actions cast (plan with axes 1 › 1.1, 1.2 and
 * 2) plus four fiches — one piloted in axis 1.1 led by the unit, one in axis 2, one without pilot
 * in 1.2, one finished — and an indicator linked to the first fiche, piloted by the unit member.
 */
export async function createCampaignCast(testApp: TestApp) {
  const cast = await createActionCast(testApp);
  const { admin, plan, pilot, member, copilot, unit, unitMember, statuses } = cast;
  const schools = await createAction(admin, { nodeId: plan.nodeIds['1.1']!, title: 'Rénover les écoles', pilotId: pilot.id, leadOrgUnitId: unit.id });
  const bikes = await createAction(admin, { nodeId: plan.nodeIds['2']!, title: 'Pistes cyclables', pilotId: member.id });
  const orphan = await createAction(admin, { nodeId: plan.nodeIds['1.2']!, title: 'Fiche sans pilote' });
  const finished = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Fiche terminée', pilotId: copilot.id, statusId: statuses['Terminé'] });
  const indicator = await createIndicator(admin, { name: 'Écoles rénovées', pilotIds: [unitMember.id], actionIds: [schools.id] });
  return { ...cast, fiches: { schools, bikes, orphan, finished }, indicator };
}
export type CampaignCast = Awaited<ReturnType<typeof createCampaignCast>>;

export async function openCampaign(session: Session, body: Record<string, unknown>) {
  const response = await session.request('POST', '/api/campaigns', { title: 'Point d’avancement de mars', deadline: '2026-03-10', ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().data as CampaignAnswer;
}

export interface CampaignAnswer {
  id: string;
  round: { number: number; deadline: string; late: boolean };
  recipients: number;
  done: number;
  recipientList: { userId: string; name: string; done: boolean; late: boolean; todoCount: number; items: { kind: string; id: string; title: string; done: boolean }[] }[];
  can: { remind: boolean; close: boolean };
}

export async function readCampaign(session: Session, id: string) {
  const response = await session.request('GET', `/api/campaigns/${id}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().data as CampaignAnswer;
}

/** Each recipient's name with the titles asked of them. */
export const askedOf = (campaign: CampaignAnswer) =>
  Object.fromEntries(campaign.recipientList.map((r) => [r.name, r.items.map((item) => item.title).sort()]));

export const itemDone = (campaign: CampaignAnswer, name: string) => campaign.recipientList.find((r) => r.name === name)!.done;

/** Notifications of one kind a person got, by title. */
export async function notificationTitles(session: Session, kind: string) {
  const page = (await session.request('GET', '/api/notifications?pageSize=100')).json();
  return (page.data as { kind: string; title: string }[]).filter((n) => n.kind === kind).map((n) => n.title);
}

/** Moves the clock; sessions expire after 12 h, so everyone signs in again. */
export async function travel(testApp: TestApp, at: string, people: { session: Session; email: string }[]) {
  testApp.clock.set(at);
  for (const person of people) person.session = await signIn(testApp, person.email, PASSWORD);
}
