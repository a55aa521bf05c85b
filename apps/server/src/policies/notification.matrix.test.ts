import { describe, expect, it } from 'vitest';
import { ELSEWHERE, HERE, matrixActor } from '../../test/policy-actors.js';
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

const actorOf = (who: Who) =>
  matrixActor(who.startsWith('recipient') ? 'recipient' : who, { organizationId: who === 'recipient in another org' ? ELSEWHERE : HERE, admin: who === 'admin' });

describe('notifications × people', () => {
  it.each(MATRIX)('notification.read — %s: %s', (who, read) => {
    expect(can(actorOf(who), 'notification.read', { organizationId: HERE, userId: 'recipient' })).toBe(read);
  });
});
