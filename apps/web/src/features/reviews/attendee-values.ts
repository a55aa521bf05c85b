import type { AttendeePresence, ReviewAttendee, ReviewAttendeeInput } from '@pilotis/shared';

/**
 * The attendee list is replaced whole on each change (PATCH `attendees`): members are sent by id
 * (the server takes their current name and address), people from outside by name and address.
 */
export function toAttendeeInputs(attendees: ReviewAttendee[]): ReviewAttendeeInput[] {
  return attendees.map((a) => (a.userId ? { userId: a.userId, presence: a.presence } : { name: a.name, email: a.email, presence: a.presence }));
}

export function withPresence(attendees: ReviewAttendee[], id: string, presence: AttendeePresence): ReviewAttendeeInput[] {
  return toAttendeeInputs(attendees.map((a) => (a.id === id ? { ...a, presence } : a)));
}

export function without(attendees: ReviewAttendee[], id: string): ReviewAttendeeInput[] {
  return toAttendeeInputs(attendees.filter((a) => a.id !== id));
}

/** A new attendee goes last, invited; a member already in the list is not added twice. */
export function withAdded(attendees: ReviewAttendee[], added: { userId: string } | { name: string; email: string | null }): ReviewAttendeeInput[] {
  const current = toAttendeeInputs(attendees);
  if ('userId' in added && attendees.some((a) => a.userId === added.userId)) return current;
  return [...current, { ...added, presence: 'invited' }];
}
