import { describe, expect, it } from 'vitest';
import { projectStages, type ProjectStage } from './portfolio.schema.js';
import { allowedProjectTransitions, canTransitionProject, transitionRequirements } from './project-lifecycle.js';

describe('project lifecycle', () => {
  const allowed: [ProjectStage, ProjectStage][] = [
    ['request', 'evaluation'],
    ['evaluation', 'arbitration'],
    ['arbitration', 'approved'],
    ['arbitration', 'rejected'],
    ['arbitration', 'postponed'],
    ['postponed', 'evaluation'],
    ['postponed', 'arbitration'],
    ['approved', 'in_progress'],
    ['in_progress', 'closed'],
  ];

  it('allows exactly the transitions of the lifecycle, and nothing else', () => {
    for (const from of projectStages) {
      for (const to of projectStages) {
        const expected = allowed.some(([f, t]) => f === from && t === to);
        expect(canTransitionProject(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
  });

  it('rejected and closed projects are final', () => {
    expect(allowedProjectTransitions.rejected).toEqual([]);
    expect(allowedProjectTransitions.closed).toEqual([]);
  });

  it('closing asks for the outcome and the lessons learnt, nothing else does', () => {
    expect(transitionRequirements('closed', {}).map((i) => i.path)).toEqual(['outcome', 'lessons']);
    expect(transitionRequirements('closed', { outcome: 'Livré', lessons: '  ' }).map((i) => i.path)).toEqual(['lessons']);
    expect(transitionRequirements('closed', { outcome: 'Livré', lessons: 'Associer les agents plus tôt' })).toEqual([]);
    expect(transitionRequirements('approved', {})).toEqual([]);
  });
});
