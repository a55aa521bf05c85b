import type { AuditEvent } from '@pilotis/shared';
import { describe, expect, it } from 'vitest';
import { reviewLinkOf, shownChanges } from './review-link';

const REVIEW = '55555555-5555-4555-8555-555555555555';
const event = (action: string, changes: AuditEvent['changes']): AuditEvent => ({
  id: '66666666-6666-4666-8666-666666666666', at: '2026-11-20T10:00:00Z', actor: null, entityType: 'action', entityId: 'a', action, changes,
});

describe('review link of a history event', () => {
  const decision = event('review.decision', {
    review: { before: null, after: 'Revue de projet du 20/11/2026' },
    reviewId: { before: null, after: REVIEW },
    decision: { before: null, after: 'Rattacher à la 1.1.2' },
  });

  it('links an applied review decision to its review, without the raw id row', () => {
    expect(reviewLinkOf(decision)).toEqual({ reviewId: REVIEW, label: 'Revue de projet du 20/11/2026' });
    expect(shownChanges(decision).map(([field]) => field)).toEqual(['review', 'decision']);
  });

  it('leaves other events as they are', () => {
    const update = event('update', { reviewId: { before: null, after: REVIEW } });
    expect(reviewLinkOf(update)).toBeNull();
    expect(shownChanges(update)).toHaveLength(1);
    expect(reviewLinkOf(event('review.decision', {}))).toBeNull();
  });
});
