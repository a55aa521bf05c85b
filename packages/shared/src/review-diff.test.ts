import { describe, expect, it } from 'vitest';
import { diffReviewSnapshots } from './review-diff.js';
import { isEmptyDiff, type ReviewSnapshotData, type SnapshotAction, type SnapshotIndicator } from './review-diff.schema.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const STARTED = { statusId: id(901), statusLabel: 'En cours', statusCategory: 'in_progress' } as const;
const DONE = { statusId: id(902), statusLabel: 'Terminée', statusCategory: 'done' } as const;
const STOPPED = { statusId: id(903), statusLabel: 'Abandonnée', statusCategory: 'stopped' } as const;
const LATE = { statusId: id(904), statusLabel: 'En retard', statusCategory: 'in_progress' } as const;

const action = (n: number, code: string, over: Partial<SnapshotAction> = {}): SnapshotAction => ({
  id: id(n),
  code,
  title: `Fiche ${code}`,
  ...STARTED,
  progress: 10,
  endsOn: null,
  pilotId: null,
  parentActionId: null,
  mergedIntoId: null,
  late: false,
  ...over,
});
const indicator = (n: number, code: string, last: SnapshotIndicator['last']): SnapshotIndicator => ({ id: id(n), code, name: `Indicateur ${code}`, last });
const plan = (actions: SnapshotAction[], indicators: SnapshotIndicator[] = []): ReviewSnapshotData => ({ actions, indicators });
const ref = (a: SnapshotAction) => ({ id: a.id, code: a.code, title: a.title });

describe('diffReviewSnapshots', () => {
  const a = action(1, '1.1');
  const b = action(2, '1.2');
  const c = action(3, '1.10');

  it('reports nothing when the plan did not move', () => {
    const same = plan([a, b], [indicator(10, 'IND', { period: '2026', value: 3, status: 'on_track' })]);
    expect(isEmptyDiff(diffReviewSnapshots(same, same))).toBe(true);
  });

  it('lists a status change with both labels, and a progress change with both values', () => {
    const diff = diffReviewSnapshots(plan([a, b]), plan([{ ...a, ...LATE }, { ...b, progress: 45 }]));
    expect(diff.statusChanges).toEqual([{ action: ref(a), from: 'En cours', to: 'En retard' }]);
    expect(diff.progressChanges).toEqual([{ action: ref(b), from: 10, to: 45 }]);
    expect(diff.newActions).toEqual([]);
  });

  it('lists new fiches in code order (1.2 before 1.10) and fiches deleted since', () => {
    const diff = diffReviewSnapshots(plan([a]), plan([c, b]));
    expect(diff.newActions.map((x) => x.code)).toEqual(['1.2', '1.10']);
    expect(diff.removedActions).toEqual([ref(a)]);
  });

  it('lists a fiche moved to a done or stopped status as closed, not as a status change', () => {
    const diff = diffReviewSnapshots(plan([a, b]), plan([{ ...a, ...DONE, progress: 100 }, { ...b, ...STOPPED }]));
    expect(diff.closedActions).toEqual([ref(a), ref(b)]);
    expect(diff.statusChanges).toEqual([]);
    expect(diff.progressChanges).toEqual([{ action: ref(a), from: 10, to: 100 }]);
  });

  it('lists a merged fiche with the fiche it went into, only once', () => {
    const diff = diffReviewSnapshots(plan([a, b]), plan([{ ...a, ...STOPPED, mergedIntoId: b.id }, b]));
    expect(diff.mergedActions).toEqual([{ action: ref(a), into: ref(b) }]);
    expect(diff.closedActions).toEqual([]);
    expect(diff.statusChanges).toEqual([]);
  });

  it('does not list again a fiche already closed or merged at the previous review', () => {
    const merged = { ...a, ...STOPPED, mergedIntoId: b.id };
    const done = { ...c, ...DONE };
    expect(isEmptyDiff(diffReviewSnapshots(plan([merged, b, done]), plan([merged, b, done])))).toBe(true);
  });

  it('lists an indicator whose latest measure moved, with the point before and after', () => {
    const before = { period: '2025', value: 12, status: 'at_risk' } as const;
    const after = { period: '2026', value: 15, status: 'on_track' } as const;
    const still = indicator(11, 'STILL', before);
    const diff = diffReviewSnapshots(plan([], [indicator(10, 'ENERGIE', before), still]), plan([], [indicator(10, 'ENERGIE', after), still, indicator(12, 'NEW', null)]));
    expect(diff.indicatorMoves).toEqual([{ indicator: { id: id(10), code: 'ENERGIE', name: 'Indicateur ENERGIE' }, from: before, to: after }]);
  });

  it('without a previous review lists every fiche as new and every measured indicator from nothing', () => {
    const point = { period: '2026-Q1', value: 4, status: 'off_track' } as const;
    const diff = diffReviewSnapshots(null, plan([b, a], [indicator(10, 'IND', point), indicator(11, 'EMPTY', null)]));
    expect(diff.newActions).toEqual([ref(a), ref(b)]);
    expect(diff.indicatorMoves).toEqual([{ indicator: { id: id(10), code: 'IND', name: 'Indicateur IND' }, from: null, to: point }]);
    expect(diff.statusChanges).toEqual([]);
  });
});
