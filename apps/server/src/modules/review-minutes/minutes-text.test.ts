import type { ReviewDiffChanges } from '@pilotis/shared';
import { describe, expect, it } from 'vitest';
import { diffSections, effectInWords, MAX_SECTION_LINES, type EffectNames } from './minutes-text.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const names: EffectNames = {
  statusLabel: (x) => (x === id(1) ? 'Terminé' : undefined),
  personName: (x) => (x === id(2) ? 'Paule Pilote' : undefined),
  actionLabel: (x) => (x === id(3) ? '1.2 Rénover les écoles' : undefined),
};
const none: ReviewDiffChanges = { statusChanges: [], progressChanges: [], newActions: [], closedActions: [], mergedActions: [], removedActions: [], indicatorMoves: [] };
const ref = (n: number, code = `1.${n}`) => ({ id: id(n), code, title: `Fiche ${n}` });
const clean = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('effectInWords', () => {
  it('says what each effect does to the fiche, with names rather than ids', () => {
    expect(clean(effectInWords({ type: 'status', statusId: id(1) }, names))).toBe('Statut passé à « Terminé »');
    expect(effectInWords({ type: 'pilot', pilotId: id(2) }, names)).toBe('Pilote confié à Paule Pilote');
    expect(effectInWords({ type: 'end_date', endsOn: '2026-09-30' }, names)).toBe('Échéance fixée au 30 septembre 2026');
    expect(effectInWords({ type: 'attach', targetActionId: id(3) }, names)).toBe('Rattachée comme sous-action à 1.2 Rénover les écoles');
    expect(effectInWords({ type: 'merge', targetActionId: id(3) }, names)).toBe('Fusionnée dans 1.2 Rénover les écoles');
    expect(effectInWords({ type: 'close' }, names)).toBe('Fiche clôturée');
  });

  it('still says something when the target no longer exists', () => {
    expect(effectInWords({ type: 'merge', targetActionId: id(9) }, names)).toBe('Fusionnée dans une fiche supprimée');
    expect(effectInWords({ type: 'pilot', pilotId: id(9) }, names)).toBe('Pilote confié à une personne qui n’est plus membre');
  });
});

describe('diffSections', () => {
  it('writes each change in French, leaving empty sections out', () => {
    const sections = diffSections({
      ...none,
      statusChanges: [{ action: ref(1), from: 'En cours', to: 'Suspendu' }],
      progressChanges: [{ action: ref(2), from: 10, to: 45 }],
      mergedActions: [{ action: ref(3), into: ref(1) }],
      indicatorMoves: [{ indicator: { id: id(7), code: 'KWH', name: 'Consommation' }, from: null, to: { period: '2026', value: 1234.5, status: 'at_risk' } }],
    });
    expect(sections.map((s) => [s.title, s.lines.map(clean)])).toEqual([
      ['Changements de statut', ['1.1 Fiche 1 : En cours → Suspendu']],
      ['Fiches fusionnées', ['1.3 Fiche 3 → fusionnée dans 1.1 Fiche 1']],
      ['Avancement', ['1.2 Fiche 2 : 10 % → 45 %']],
      ['Indicateurs', ['KWH Consommation : aucune mesure → 1 234,50 en 2026 (à surveiller)']],
    ]);
  });

  it('cuts a very long section with the number left out', () => {
    const many = Array.from({ length: MAX_SECTION_LINES + 5 }, (_, i) => ref(i + 1));
    const [section] = diffSections({ ...none, newActions: many });
    expect(section!.lines).toHaveLength(MAX_SECTION_LINES + 1);
    expect(section!.lines.at(-1)).toBe('… et 5 autres');
  });
});
