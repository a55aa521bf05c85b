import { measureStatuses, periodicities, type IndicatorListQuery } from '@pilotis/shared';

/** The library's filters, kept in the URL so a filtered list can be bookmarked and shared. */
export type IndicatorFilters = Pick<IndicatorListQuery, 'orgUnitId' | 'planId' | 'status' | 'periodicity' | 'due' | 'q'>;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.includes(value as T) ? (value as T) : undefined;

export function filtersFromSearch(search: URLSearchParams): IndicatorFilters {
  return {
    orgUnitId: search.get('unite') || undefined,
    planId: search.get('plan') || undefined,
    status: oneOf(measureStatuses, search.get('statut')),
    periodicity: oneOf(periodicities, search.get('periodicite')),
    due: search.get('a-renseigner') === 'oui' ? 'true' : undefined,
    q: search.get('q') || undefined,
  };
}

export function searchFromFilters(filters: IndicatorFilters): URLSearchParams {
  const entries: [string, string | undefined][] = [
    ['q', filters.q],
    ['unite', filters.orgUnitId],
    ['plan', filters.planId],
    ['statut', filters.status],
    ['periodicite', filters.periodicity],
    ['a-renseigner', filters.due === 'true' ? 'oui' : undefined],
  ];
  return new URLSearchParams(entries.filter((entry): entry is [string, string] => Boolean(entry[1])));
}
