import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import type { MemberActor } from '../../http/actor.js';
import { can } from '../../policies/index.js';
import { loadActionResource } from '../actions/action.access.js';
import { selectMembersWithUnits } from './notification.repository.js';
import { notify, notifyAll } from './notify.js';

type Ctx = Pick<AppContext, 'clock' | 'config'>;
type Assignees = { pilotId: string | null; copilotIds: string[] };
type ActionRef = { id: string; organizationId: string; title: string };

const actionLink = (actionId: string) => `/actions/${actionId}`;

/**
 * Tells the people newly named pilot or co-pilot of a fiche (not those already named, not the
 * actor who named themselves). `before` is null for a new fiche.
 */
export async function notifyActionAssignees(tx: DbOrTx, ctx: Ctx, actor: MemberActor, action: ActionRef, before: Assignees | null, after: Assignees) {
  const had = new Set([before?.pilotId, ...(before?.copilotIds ?? [])].filter(Boolean));
  const fresh = (id: string | null | undefined): id is string => Boolean(id) && !had.has(id!) && id !== actor.userId;
  const base = { organizationId: action.organizationId, kind: 'action.assigned' as const, entityType: 'action', entityId: action.id, link: actionLink(action.id) };
  const pilots = fresh(after.pilotId) ? [after.pilotId] : [];
  const copilots = after.copilotIds.filter((id) => fresh(id) && id !== after.pilotId);
  // Both in one notifyAll: one savepoint, the recipients and their settings read once.
  await notifyAll(tx, ctx, action.organizationId, [
    {
      ...base,
      userIds: pilots,
      title: `Vous êtes pilote de « ${action.title} »`,
      body: `${actor.name} vous a nommé(e) pilote de la fiche action « ${action.title} ».`,
    },
    {
      ...base,
      userIds: copilots,
      title: `Vous êtes co-pilote de « ${action.title} »`,
      body: `${actor.name} vous a nommé(e) co-pilote de la fiche action « ${action.title} ».`,
    },
  ]);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** « @Prénom Nom » or « @adresse », not followed by a letter or digit (so @Anne does not match @Annette). */
const mentions = (text: string, token: string) => new RegExp(`@${escapeRegExp(token)}(?![\\p{L}\\p{N}])`, 'iu').test(text);

const mentionsMember = (text: string, member: { name: string; email: string }) => mentions(text, member.name) || mentions(text, member.email);

/**
 * Tells the members mentioned in a log entry (@Prénom Nom or @e-mail) who may read the fiche;
 * the author is never told about their own entry. On an edit, `previousBody` is the text before:
 * only those it did not mention yet are told (nobody hears twice about the same entry).
 */
export async function notifyLogMentions(tx: DbOrTx, ctx: Ctx, actor: MemberActor, action: ActionRef, body: string, previousBody = '') {
  if (!body.includes('@')) return;
  const members = await selectMembersWithUnits(tx, { organizationId: action.organizationId });
  const mentioned = members.filter((m) => m.id !== actor.userId && mentionsMember(body, m) && !mentionsMember(previousBody, m));
  const readers: string[] = [];
  for (const member of mentioned) {
    const asMember: MemberActor = { ...actor, userId: member.id, name: member.name, email: member.email, orgRole: member.orgRole, unitIds: member.unitIds };
    const loaded = await loadActionResource(tx, asMember, action.id);
    if (loaded && can(asMember, 'action.read', loaded.resource)) readers.push(member.id);
  }
  if (readers.length === 0) return;
  await notify(tx, ctx, {
    organizationId: action.organizationId,
    userIds: readers,
    kind: 'log.mention',
    entityType: 'action',
    entityId: action.id,
    title: `${actor.name} vous a mentionné(e) dans « ${action.title} »`,
    body: plainExcerpt(body),
    link: actionLink(action.id),
  });
}

/** The entry as plain text, cut to a readable length for the centre and the e-mail. */
function plainExcerpt(body: string) {
  const text = body.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
  return text.length > 280 ? `${text.slice(0, 279)}…` : text;
}
