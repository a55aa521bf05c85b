import { REVIEW_DECISION_HISTORY_ACTION, type AuditEvent } from '@pilotis/shared';

/**
 * A decision applied in a review leaves on the fiche an event whose changes carry the review's
 * label (`review`) and id (`reviewId`): the history shows a link rather than the raw id.
 */
export function reviewLinkOf(event: AuditEvent): { reviewId: string; label: string } | null {
  if (event.action !== REVIEW_DECISION_HISTORY_ACTION) return null;
  const reviewId = event.changes.reviewId?.after;
  if (typeof reviewId !== 'string' || reviewId === '') return null;
  const label = event.changes.review?.after;
  return { reviewId, label: typeof label === 'string' ? label : '' };
}

/** The fields shown in the before/after table: the review's id is the link, not a row. */
export function shownChanges(event: AuditEvent) {
  const entries = Object.entries(event.changes);
  return reviewLinkOf(event) ? entries.filter(([field]) => field !== 'reviewId') : entries;
}
