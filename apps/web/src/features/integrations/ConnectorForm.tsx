import { connectorCreateInputSchema, connectorSchedules, type Connector } from '@pilotis/shared';
import { Button, Checkbox, Fieldset, Group, MultiSelect, NativeSelect, Radio, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { issuesToFormErrors } from '../../lib/errors';
import { notifySuccess } from '../../lib/notify';
import { zodFormValidator } from '../../lib/zod-form';
import { SaveError } from '../actions/fiche/ConflictAlert';
import { initialConnectorValues, toConnectorInput, type ConnectorFormValues } from './connector-form-values';
import { useCreateConnector, useIndicatorOptions, useUpdateConnector } from './use-connectors';

/** Create (no `connector`) or edit a connector: where to fetch, when, which indicators, and how to read the answer. */
export function ConnectorForm({ connector, onDone }: { connector?: Connector; onDone: () => void }) {
  const { t } = useTranslation();
  const indicators = useIndicatorOptions();
  const create = useCreateConnector();
  const update = useUpdateConnector();
  const mutation = connector ? update : create;
  const form = useForm<ConnectorFormValues>({
    initialValues: initialConnectorValues(connector),
    validate: (values) => {
      const errors = zodFormValidator<ConnectorFormValues>(connectorCreateInputSchema, toConnectorInput)(values);
      // zod's generic « too small » reads badly here: say what to do.
      if (values.indicatorIds.length === 0) errors.indicatorIds = t('integrations.connectors.indicatorsRequired');
      return errors;
    },
  });
  const handlers = {
    onSuccess: () => {
      notifySuccess(t(connector ? 'integrations.connectors.saved' : 'integrations.connectors.created', { name: form.values.name.trim() }));
      onDone();
    },
    onError: (error: unknown) => form.setErrors(issuesToFormErrors(error)),
  };
  const submit = (values: ConnectorFormValues) => {
    const input = toConnectorInput(values);
    if (connector) update.mutate({ id: connector.id, version: connector.version, ...input }, handlers);
    else create.mutate(input, handlers);
  };
  const indicatorData = (indicators.data ?? []).map((i) => ({ value: i.id, label: `${i.code} — ${i.name}` }));
  const field = (name: keyof ConnectorFormValues['mapping']) => form.getInputProps(`mapping.${name}`);

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        <SaveError error={mutation.error} onReload={() => { mutation.reset(); onDone(); }} />
        <TextInput label={t('integrations.connectors.name')} required data-autofocus {...form.getInputProps('name')} />
        <TextInput type="url" label={t('integrations.connectors.url')} description={t('integrations.connectors.urlHelp')} required {...form.getInputProps('url')} />
        <Radio.Group label={t('integrations.connectors.format')} {...form.getInputProps('format')}>
          <Group mt="xs">
            <Radio value="csv" label="CSV" />
            <Radio value="json" label="JSON" />
          </Group>
        </Radio.Group>
        <NativeSelect
          label={t('integrations.connectors.schedule')}
          data={connectorSchedules.map((s) => ({ value: s, label: t(`integrations.connectors.schedules.${s}`) }))}
          {...form.getInputProps('schedule')}
        />
        <MultiSelect
          label={t('integrations.connectors.indicators')}
          description={t('integrations.connectors.indicatorsHelp')}
          data={indicatorData}
          searchable
          required
          nothingFoundMessage={t('integrations.connectors.noIndicator')}
          {...form.getInputProps('indicatorIds')}
        />
        <Fieldset legend={t('integrations.connectors.mapping')}>
          <Stack gap="sm">
            {form.values.format === 'json' && (
              <TextInput label={t('integrations.connectors.itemsPath')} description={t('integrations.connectors.itemsPathHelp')} {...field('itemsPath')} />
            )}
            <TextInput label={t('integrations.connectors.indicatorField')} description={t('integrations.connectors.indicatorFieldHelp')} {...field('indicatorField')} />
            <TextInput label={t('integrations.connectors.periodField')} required {...field('periodField')} />
            <TextInput label={t('integrations.connectors.valueField')} required {...field('valueField')} />
            <TextInput label={t('integrations.connectors.commentField')} {...field('commentField')} />
          </Stack>
        </Fieldset>
        <Checkbox label={t('integrations.connectors.enabled')} description={t('integrations.connectors.enabledHelp')} {...form.getInputProps('enabled', { type: 'checkbox' })} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" loading={mutation.isPending}>{t(connector ? 'common.save' : 'common.create')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
