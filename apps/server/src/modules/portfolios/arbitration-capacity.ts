import { budgetNatures, type BudgetNature, type BudgetUse, type FteUse } from '@pilotis/shared';

type Cost = { actionId: string; year: number; nature: BudgetNature; cents: number };
type Resource = { actionId: string; year: number; orgUnitId: string; fte: number };

/**
 * Budget and FTE used per year against the portfolio's capacity, by the counted projects
 * (approved, in progress, and the what-if selection). Every year × nature of the period gets a
 * row (capacity 0 when none was voted); FTE rows are the units with a capacity or a use. Used
 * above capacity = overload. Years outside the period are left out.
 */
export function capacityUse(input: {
  years: number[];
  counted: Set<string>;
  costs: Cost[];
  resources: Resource[];
  budgetCapacities: { year: number; nature: BudgetNature; amountCents: number }[];
  fteCapacities: { year: number; orgUnitId: string; fte: number }[];
  unitNames: Map<string, string>;
}): { budget: BudgetUse[]; fte: FteUse[] } {
  const inPeriod = new Set(input.years);
  const budgetUsed = new Map<string, number>();
  for (const c of input.costs) {
    if (!input.counted.has(c.actionId) || !inPeriod.has(c.year)) continue;
    budgetUsed.set(`${c.year}:${c.nature}`, (budgetUsed.get(`${c.year}:${c.nature}`) ?? 0) + c.cents);
  }
  const budgetCapacity = new Map(input.budgetCapacities.map((c) => [`${c.year}:${c.nature}`, c.amountCents]));
  const budget = input.years.flatMap((year) =>
    budgetNatures.map((nature) => {
      const capacityCents = budgetCapacity.get(`${year}:${nature}`) ?? 0;
      const usedCents = budgetUsed.get(`${year}:${nature}`) ?? 0;
      return { year, nature, capacityCents, usedCents, overload: usedCents > capacityCents };
    }),
  );

  const fteUsed = new Map<string, number>();
  for (const r of input.resources) {
    if (!input.counted.has(r.actionId) || !inPeriod.has(r.year)) continue;
    fteUsed.set(`${r.year}:${r.orgUnitId}`, (fteUsed.get(`${r.year}:${r.orgUnitId}`) ?? 0) + r.fte);
  }
  const fteCapacity = new Map(input.fteCapacities.filter((c) => inPeriod.has(c.year)).map((c) => [`${c.year}:${c.orgUnitId}`, c.fte]));
  const keys = [...new Set([...fteCapacity.keys(), ...fteUsed.keys()])];
  const fte = keys
    .map((key) => {
      const [year, orgUnitId] = key.split(':') as [string, string];
      const capacity = fteCapacity.get(key) ?? 0;
      const used = Math.round((fteUsed.get(key) ?? 0) * 100) / 100;
      return { year: Number(year), orgUnitId, orgUnitName: input.unitNames.get(orgUnitId) ?? '', capacity, used, overload: used > capacity };
    })
    .sort((a, b) => a.year - b.year || a.orgUnitName.localeCompare(b.orgUnitName, 'fr'));
  return { budget, fte };
}
