import { describe, expect, it } from 'vitest';
import type { MemberActor } from '../http/actor.js';
import { can } from './index.js';

/** A notification is read (and marked read) by its recipient alone: not by an admin, not across collectivités. */
const Y = true;
const N = false;
type Who = 'recipient' | 'admin' | 'other member' | 'recipient in another org';
const MATRIX: [who: Who, read: boolean][] = [
  ['recipient',                Y],
  ['admin',                    N],
  ['other member',             N],
  ['recipient in another org', N],
];

const HERE = '11111111-1111-4111-8111-111111111111';
const ELSEWHERE = '22222222-2222-4222-8222-222222222222';
const actorOf = (who: Who): MemberActor => ({
  userId: who.startsWith('recipient') ? 'recipient' : who,
  name: who,
  email: 'x@example.fr',
  sessionId: 's',
  csrfToken: 'c',
  organizationId: who === 'recipient in another org' ? ELSEWHERE : HERE,
  orgRole: who === 'admin' ? 'admin' : 'member',
  unitIds: [],
});

describe('notifications × people', () => {
  it.each(MATRIX)('notification.read — %s: %s', (who, read) => {
    expect(can(actorOf(who), 'notification.read', { organizationId: HERE, userId: 'recipient' })).toBe(read);
  });
});
