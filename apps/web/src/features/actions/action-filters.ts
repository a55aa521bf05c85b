/** What the actions table is filtered and sorted by; every key maps to a query parameter of the API. */
export interface ActionFilters {
  status?: string;
  pilotId?: string;
  orgUnitId?: string;
  weather?: string;
  late?: boolean;
  flagship?: boolean;
  tag?: string;
  q?: string;
  /** A column key, `-` first for descending: `code`, `-progress`, `endsOn`… */
  sort: string;
  page: number;
}

export const emptyFilters: ActionFilters = { sort: 'code', page: 1 };
export const PAGE_SIZE = 25;
