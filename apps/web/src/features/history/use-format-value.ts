import type { OrgUnit } from '@pilotis/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ORG_UNITS_KEY } from '../org-units/use-org-units';

/**
 * Turns a raw audited value into words: booleans, roles, unit ids → unit names. Unit names come
 * from the cached list when there is one; an unknown id is shown as is rather than hidden.
 */
export function useFormatHistoryValue() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const units = queryClient.getQueryData<OrgUnit[]>(ORG_UNITS_KEY) ?? [];
  const unitName = (id: unknown) => units.find((unit) => unit.id === id)?.name ?? String(id);

  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('common.empty');
    if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
    if (field === 'orgRole') return t(`users.roles.${String(value)}`, { defaultValue: String(value) });
    if (field === 'locale') return t(`language.${String(value)}`, { defaultValue: String(value) });
    if (field === 'parentId') return unitName(value);
    if (field === 'orgUnitIds' && Array.isArray(value)) return value.length ? value.map(unitName).join(', ') : t('common.empty');
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  };
}
