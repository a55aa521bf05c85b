import type { User } from '@pilotis/shared';

export type UserStatus = 'active' | 'inactive' | 'pending';

/** Inactive wins: a deactivated person with a pending invitation cannot use it anyway. */
export function userStatus(user: User): UserStatus {
  if (!user.active) return 'inactive';
  if (user.invitationPending) return 'pending';
  return 'active';
}

export const statusLabelKey: Record<UserStatus, string> = {
  active: 'users.statusActive',
  inactive: 'users.statusInactive',
  pending: 'users.statusPending',
};

export const statusTone = { active: 'positive', inactive: 'neutral', pending: 'warning' } as const;
