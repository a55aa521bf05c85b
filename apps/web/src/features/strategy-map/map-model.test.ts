import { describe, expect, it } from 'vitest';
import { actionClass, buildBranches, fitZoom, levelCount, progressBucket, type MapAction, type MapNode } from './map-model';
import { readView } from './use-strategy-map';

const rollup = { progress: 50, actionCount: 1, lateCount: 0, byCategory: { not_started: 0, in_progress: 1, done: 0, stopped: 0 }, budget: { plannedCents: 0, committedCents: 0, spentCents: 0 }, byWeather: { sunny: 0, cloudy: 0, stormy: 0, none: 1 }, flagshipCount: 0 };
const node = (id: string, parentId: string | null, depth: number, collapsed = false): MapNode => ({ ...rollup, id, parentId, code: id, title: id, depth, levelName: 'Niveau', collapsed });
const action = (id: string, nodeId: string, extra: Partial<MapAction> = {}): MapAction => ({
  id,
  nodeId,
  code: `${nodeId}.1`,
  title: id,
  status: { id: 's', label: 'En cours', category: 'in_progress' },
  weather: null,
  progress: 30,
  late: false,
  flagship: false,
  ...extra,
});

describe('strategy map model', () => {
  it('builds the shown tree, folds collapsed nodes into their shown ancestor and places indicators there once', () => {
    const nodes = [node('1', null, 0), node('1.1', '1', 1), node('1.1.1', '1.1', 2, true), node('1.1.1.1', '1.1.1', 3, true), node('2', null, 1 - 1)];
    const branches = buildBranches({
      nodes,
      actions: [action('a', '1.1'), action('b', '2')],
      indicators: [{ id: 'i', code: 'I', name: 'I', nodeIds: ['1.1.1', '1.1.1.1'], status: 'on_track' }],
    });
    expect(branches.map((b) => b.node.id)).toEqual(['1', '2']);
    const objective = branches[0]!.children[0]!;
    expect(objective.node.id).toBe('1.1');
    expect(objective.children).toEqual([]);
    expect(objective.foldedNodes).toBe(2);
    expect(objective.actions.map((a) => a.id)).toEqual(['a']);
    expect(objective.indicators.map((i) => i.id)).toEqual(['i']);
    expect(branches[1]!.actions.map((a) => a.id)).toEqual(['b']);
    expect(levelCount(nodes)).toBe(4);
  });

  it('classes a fiche by status, météo or progress (a done fiche is 100 %)', () => {
    expect(actionClass(action('a', 'n'), 'status')).toBe('in_progress');
    expect(actionClass(action('a', 'n'), 'weather')).toBe('none');
    expect(actionClass(action('a', 'n', { weather: 'stormy' }), 'weather')).toBe('stormy');
    expect(actionClass(action('a', 'n'), 'progress')).toBe('low');
    expect(actionClass(action('a', 'n', { progress: 10, status: { id: 's', label: 'Fait', category: 'done' } }), 'progress')).toBe('full');
    expect([null, 0, 1, 49, 50, 79, 80, 99, 100].map(progressBucket)).toEqual(['none', 'none', 'low', 'low', 'mid', 'mid', 'high', 'high', 'full']);
  });

  it('fits the width without growing a small map nor shrinking below the minimum', () => {
    expect(fitZoom(3000, 1500)).toBe(0.5);
    expect(fitZoom(800, 1500)).toBe(1);
    expect(fitZoom(30000, 1500)).toBe(0.3);
  });

  it('reads the view from the URL, ignoring what it does not know', () => {
    expect(readView(new URLSearchParams('couleur=meteo&niveaux=2&indicateurs=1&format=a4&orgUnitId=not-a-uuid&flagship=true&x=y'))).toEqual({
      colour: 'weather',
      depth: 2,
      indicators: true,
      paper: 'a4',
      filters: { flagship: 'true' },
    });
    expect(readView(new URLSearchParams('couleur=rose&niveaux=0'))).toMatchObject({ colour: 'status', depth: undefined, indicators: false, paper: 'a3' });
  });
});
