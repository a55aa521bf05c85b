import { periodicityOf, periodLabel, type OrgUnit, type Status, type User } from '@pilotis/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate, formatEuros } from '../../lib/format';
import type { PlanTree } from '../plans/plan-types';
import { ORG_UNITS_KEY } from '../org-units/use-org-units';

const personFields = new Set(['pilotId', 'eluId', 'assigneeId']);
const unitFields = new Set(['parentId', 'leadOrgUnitId', 'ownerOrgUnitId']);
const moneyFields = new Set(['plannedCents', 'committedCents', 'spentCents']);
const dateFields = new Set(['startsOn', 'endsOn', 'dueOn', 'doneOn', 'occurredOn']);
const enumFields: Record<string, string> = {
  orgRole: 'users.roles', locale: 'language', weather: 'actions.weathers', visibility: 'fiche.visibilities',
  priority: 'fiche.priorities', nature: 'fiche.natures', kind: 'plans.kinds', state: 'plans.states', role: 'plans.roles',
  progressMode: 'fiche.progressModes', direction: 'indicators.directions', periodicity: 'indicators.periodicities',
  source: 'indicators.sources', effect: 'reviews.decisions.effects',
};
/** `kind` is a plan's or an indicator's: the first that has a name for the value wins. */
const kindKeys = ['plans.kinds', 'indicators.kinds'];

/**
 * Turns a raw audited value into words: booleans, enums, ids → names (units, people, statuses)
 * from the cached lists when there are some; an unknown id is shown as is rather than hidden.
 */
export function useFormatHistoryValue() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const units = queryClient.getQueryData<OrgUnit[]>(ORG_UNITS_KEY) ?? [];
  const users = queryClient.getQueryData<User[]>(['users']) ?? [];
  const statuses = queryClient.getQueryData<Status[]>(['statuses']) ?? [];
  const nodes = queryClient.getQueriesData<PlanTree>({ queryKey: ['plan-tree'] }).flatMap(([, tree]) => tree?.nodes ?? []);
  const nodeName = (id: unknown) => {
    const node = nodes.find((n) => n.id === id);
    return node ? `${node.code} ${node.title}` : String(id);
  };
  const unitName = (id: unknown) => units.find((unit) => unit.id === id)?.name ?? String(id);
  const userName = (id: unknown) => users.find((user) => user.id === id)?.name ?? String(id);
  const list = (value: unknown[], name: (id: unknown) => string) => (value.length ? value.map(name).join(', ') : t('common.empty'));

  const periodName = (period: string) => {
    const periodicity = periodicityOf(period);
    return periodicity ? periodLabel(period, periodicity) : period;
  };

  const format = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('common.empty');
    if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
    if (field === 'kind') return t(kindKeys.map((key) => `${key}.${String(value)}`), { defaultValue: String(value) });
    if ((field === 'period' || field === 'baselinePeriod') && typeof value === 'string') return periodName(value);
    const enumKey = enumFields[field];
    if (enumKey) return t(`${enumKey}.${String(value)}`, { defaultValue: String(value) });
    if (unitFields.has(field)) return unitName(value);
    if (personFields.has(field)) return userName(value);
    if (field === 'nodeId') return nodeName(value);
    if ((field === 'linkedNodeIds' || field === 'nodeIds') && Array.isArray(value)) return list(value, nodeName);
    if (field === 'pilotIds' && Array.isArray(value)) return list(value, userName);
    // Action titles are not cached here: say how many rather than print ids.
    if (field === 'actionIds' && Array.isArray(value)) return t('history.itemCount', { count: value.length });
    if (dateFields.has(field) && typeof value === 'string') return formatDate(value);
    if (field === 'statusId') return statuses.find((s) => s.id === value)?.label ?? String(value);
    if (field === 'progress' && typeof value === 'number') return `${value} %`;
    if (moneyFields.has(field) && typeof value === 'number') return formatEuros(value);
    if (field === 'orgUnitIds' && Array.isArray(value)) return list(value, unitName);
    if (field === 'copilotIds' && Array.isArray(value)) return list(value, userName);
    if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : t('common.empty');
    if (typeof value === 'object') {
      // A part of a fiche (milestone, budget line…) is recorded as one object: list its fields.
      return Object.entries(value as Record<string, unknown>)
        .map(([key, inner]) => `${t(`history.fields.${key}`, { defaultValue: key })} : ${format(key, inner)}`)
        .join(' · ');
    }
    return String(value);
  };
  return format;
}
