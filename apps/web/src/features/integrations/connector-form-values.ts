import type { Connector, ConnectorCreateInput, ConnectorSchedule } from '@pilotis/shared';

/** The form holds '' where the API expects null (optional mapping fields). */
export type ConnectorFormValues = {
  name: string;
  url: string;
  format: 'csv' | 'json';
  schedule: ConnectorSchedule;
  indicatorIds: string[];
  enabled: boolean;
  mapping: { itemsPath: string; indicatorField: string; periodField: string; valueField: string; commentField: string };
};

export function initialConnectorValues(connector?: Connector): ConnectorFormValues {
  const mapping = connector?.mapping;
  return {
    name: connector?.name ?? '',
    url: connector?.url ?? '',
    format: connector?.format ?? 'csv',
    schedule: connector?.schedule ?? 'daily',
    indicatorIds: connector?.indicatorIds ?? [],
    enabled: connector?.enabled ?? true,
    mapping: {
      itemsPath: mapping?.itemsPath ?? '',
      indicatorField: mapping?.indicatorField ?? '',
      periodField: mapping?.periodField ?? 'periode',
      valueField: mapping?.valueField ?? 'valeur',
      commentField: mapping?.commentField ?? '',
    },
  };
}

const orNull = (text: string) => (text.trim() ? text.trim() : null);

export function toConnectorInput(values: ConnectorFormValues): ConnectorCreateInput {
  return {
    name: values.name,
    url: values.url.trim(),
    format: values.format,
    schedule: values.schedule,
    indicatorIds: values.indicatorIds,
    enabled: values.enabled,
    mapping: {
      // A CSV has no items path: the rows are the items.
      itemsPath: values.format === 'json' ? values.mapping.itemsPath.trim() : '',
      indicatorField: orNull(values.mapping.indicatorField),
      periodField: values.mapping.periodField,
      valueField: values.mapping.valueField,
      commentField: orNull(values.mapping.commentField),
    },
  };
}
