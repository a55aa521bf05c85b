import { describe, expect, it } from 'vitest';
import { measureStatus, measureTrend } from './indicator-status.js';

describe('measure status', () => {
  it('higher is better: ≥ 95 % of target on track, under 80 % off track', () => {
    expect(measureStatus(96, { value: 100 }, 'higher')).toBe('on_track');
    expect(measureStatus(90, { value: 100 }, 'higher')).toBe('at_risk');
    expect(measureStatus(79, { value: 100 }, 'higher')).toBe('off_track');
  });

  it('lower is better: above the target is behind', () => {
    expect(measureStatus(40, { value: 50 }, 'lower')).toBe('on_track');
    expect(measureStatus(55, { value: 50 }, 'lower')).toBe('at_risk');
    expect(measureStatus(70, { value: 50 }, 'lower')).toBe('off_track');
    expect(measureStatus(0, { value: 50 }, 'lower')).toBe('on_track');
  });

  it('a band target is met inside and measured against the missed bound outside', () => {
    expect(measureStatus(20, { value: 18, valueMax: 22 }, 'band')).toBe('on_track');
    expect(measureStatus(16, { value: 18, valueMax: 22 }, 'band')).toBe('at_risk');
    expect(measureStatus(30, { value: 18, valueMax: 22 }, 'band')).toBe('off_track');
  });

  it('uses the indicator thresholds and says when there is nothing to compare', () => {
    expect(measureStatus(90, { value: 100 }, 'higher', { onTrack: 90, offTrack: 70 })).toBe('on_track');
    expect(measureStatus(90, null, 'higher')).toBe('no_target');
    expect(measureStatus(null, { value: 1 }, 'higher')).toBe('no_target');
    expect(measureStatus(0, { value: 0 }, 'higher')).toBe('on_track');
  });

  it('trend follows the direction', () => {
    expect(measureTrend(12, 10, 'higher')).toBe('better');
    expect(measureTrend(12, 10, 'lower')).toBe('worse');
    expect(measureTrend(10, 10, 'lower')).toBe('stable');
    expect(measureTrend(21, 25, 'band', { value: 18, valueMax: 22 })).toBe('better');
    expect(measureTrend(12, null, 'higher')).toBeNull();
  });
});
