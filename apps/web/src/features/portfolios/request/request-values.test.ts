import { projectRequestInputSchema } from '@pilotis/shared';
import { describe, expect, it } from 'vitest';
import { emptyRequest, requestInput } from './request-values';

const unit = '00000000-0000-4000-8000-000000000001';

describe('project request form', () => {
  it('sends the filled cells of the portfolio years, in euros, and nothing for blanks', () => {
    const values = {
      ...emptyRequest(unit),
      title: '  Nouveau portail usagers ',
      costs: { '2026:investment': 120_000.5, '2026:operating': '' as const, '2027:operating': 0, '2031:investment': 5 },
      resourceUnitIds: [unit],
      resources: { [`2026:${unit}`]: 1.5 },
    };
    const input = requestInput(values, [2026, 2027]);
    expect(input.title).toBe('Nouveau portail usagers');
    expect(input.costs).toEqual([{ year: 2026, nature: 'investment', amount: 120_000.5 }]);
    expect(input.resources).toEqual([{ year: 2026, orgUnitId: unit, fte: 1.5 }]);
    expect(input.sponsorName).toBeNull();
    expect(projectRequestInputSchema.safeParse(input).success).toBe(true);
  });

  it('is refused by the shared schema without a title or with an end before the start', () => {
    const result = projectRequestInputSchema.safeParse(requestInput({ ...emptyRequest(), startsOn: '2026-06-01', endsOn: '2026-01-01' }, []));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['title', 'endsOn']));
  });
});
