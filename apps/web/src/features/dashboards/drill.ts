import type { StatusCategory, Weather } from '@pilotis/shared';
import { statusCategories, weathers } from '@pilotis/shared';
import type { To } from 'react-router';

/**
 * What the plan dashboard's action list is narrowed to, on top of the node and the filters: a
 * status category, a météo, or the late ones. Kept in the URL like the filters.
 */
export interface Drill {
  category?: StatusCategory;
  weather?: Weather;
  late?: true;
}

export function readDrill(search: URLSearchParams): Drill {
  const category = search.get('category');
  const weather = search.get('weather');
  return {
    ...(statusCategories.includes(category as StatusCategory) ? { category: category as StatusCategory } : {}),
    ...(weathers.includes(weather as Weather) ? { weather: weather as Weather } : {}),
    ...(search.get('late') === 'true' ? { late: true as const } : {}),
  };
}

const drillKeys = ['category', 'weather', 'late'] as const;

/**
 * A link to the same page with some parameters changed (null removes one), keeping filters.
 * Focusing another node or narrowing the list resets the previous narrowing; `#actions` scrolls
 * to the list.
 */
export function linkWith(search: URLSearchParams, patch: Record<string, string | null>, hash?: string): To {
  const params = new URLSearchParams(search);
  for (const key of drillKeys) params.delete(key);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const text = params.toString();
  return { search: text ? `?${text}` : '', hash: hash ? `#${hash}` : '' };
}
