import { apiTokenCreateInputSchema } from '@pilotis/shared';
import { Button, Group, Radio, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { issuesToFormErrors } from '../../lib/errors';
import { zodFormValidator } from '../../lib/zod-form';
import { useOrgUnits } from '../org-units/use-org-units';
import { UnitsMultiSelect } from '../users/UnitsMultiSelect';
import { useCreateApiToken, type CreatedApiToken } from './use-api-tokens';

type Values = { name: string; scope: 'organization' | 'units'; orgUnitIds: string[]; expiresOn: string };

const toInput = (values: Values) => ({
  name: values.name,
  orgUnitIds: values.scope === 'units' ? values.orgUnitIds : [],
  expiresOn: values.expiresOn || null,
});

/** Name, scope (the whole collectivité or some units and their sub-units), optional expiry. */
export function ApiTokenCreateForm({ onCreated, onCancel }: { onCreated: (token: CreatedApiToken) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const units = useOrgUnits();
  const create = useCreateApiToken();
  const form = useForm<Values>({
    initialValues: { name: '', scope: 'organization', orgUnitIds: [], expiresOn: '' },
    validate: (values) => {
      const errors = zodFormValidator<Values>(apiTokenCreateInputSchema, toInput)(values);
      if (values.scope === 'units' && values.orgUnitIds.length === 0) errors.orgUnitIds = t('integrations.tokens.unitsRequired');
      return errors;
    },
  });
  const submit = (values: Values) =>
    create.mutate(toInput(values), { onSuccess: onCreated, onError: (error) => form.setErrors(issuesToFormErrors(error)) });

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        <ErrorAlert error={create.error} />
        <TextInput label={t('integrations.tokens.name')} description={t('integrations.tokens.nameHelp')} required data-autofocus {...form.getInputProps('name')} />
        <Radio.Group label={t('integrations.tokens.scope')} description={t('integrations.tokens.scopeHelp')} {...form.getInputProps('scope')}>
          <Stack gap="xs" mt="xs">
            <Radio value="organization" label={t('integrations.tokens.wholeOrganization')} />
            <Radio value="units" label={t('integrations.tokens.someUnits')} />
          </Stack>
        </Radio.Group>
        {form.values.scope === 'units' && (
          <UnitsMultiSelect
            units={units.data ?? []}
            label={t('integrations.tokens.units')}
            required
            {...form.getInputProps('orgUnitIds')}
          />
        )}
        <TextInput type="date" label={t('integrations.tokens.expiresOn')} description={t('integrations.tokens.expiresOnHelp')} {...form.getInputProps('expiresOn')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" loading={create.isPending}>{t('integrations.tokens.create')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
