import { buildTree, flattenTree, wouldCreateCycle, type OrgUnit } from '@pilotis/shared';

export const byName = (a: OrgUnit, b: OrgUnit) => a.name.localeCompare(b.name, 'fr');

/** Units in tree order, each with its depth: the order of the table and of every select. */
export function orderedUnits(units: OrgUnit[]) {
  return flattenTree(buildTree(units, byName));
}

/**
 * Options of the "Unité parente" select, indented to show the tree. When moving a unit, itself
 * and its descendants are left out: the server would refuse the cycle anyway.
 */
export function parentOptions(units: OrgUnit[], labels: { none: string; inactive: string }, movingId?: string) {
  const candidates = orderedUnits(units).filter(
    ({ item }) => !movingId || !wouldCreateCycle(units, movingId, item.id),
  );
  return [
    { value: '', label: labels.none },
    ...candidates.map(({ item, depth }) => ({
      value: item.id,
      label: `${'\u00a0\u00a0'.repeat(depth)}${depth > 0 ? '└ ' : ''}${item.name}${item.active ? '' : ` ${labels.inactive}`}`,
    })),
  ];
}
