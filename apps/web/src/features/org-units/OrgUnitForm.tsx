import { orgUnitCreateInputSchema, orgUnitUpdateInputSchema, type OrgUnit } from '@pilotis/shared';
import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isApiError } from '../../lib/api';
import { describeError, issuesToFormErrors } from '../../lib/errors';
import { zodFormValidator } from '../../lib/zod-form';
import { parentOptions } from './org-unit-options';
import { useCreateOrgUnit, useUpdateOrgUnit } from './use-org-units';
import { notifySuccess } from '../../lib/notify';

interface OrgUnitFormProps {
  onDone: () => void;
  units: OrgUnit[];
  /** The unit to rename or move; absent to create one. Read from the live list so a refetch after a 409 brings the new version. */
  unit?: OrgUnit;
}

type Values = { name: string; parentId: string };
const toParentId = (value: string) => (value === '' ? null : value);

/** Create (no `unit`) or rename/move a unit. Mounted afresh each time its dialog opens. */
export function OrgUnitForm({ onDone, units, unit }: OrgUnitFormProps) {
  const { t } = useTranslation();
  const create = useCreateOrgUnit();
  const update = useUpdateOrgUnit();
  const mutation = unit ? update : create;

  const form = useForm<Values>({
    initialValues: { name: unit?.name ?? '', parentId: unit?.parentId ?? '' },
    validate: unit
      ? zodFormValidator(orgUnitUpdateInputSchema, (v: Values) => ({ version: unit.version, name: v.name, parentId: toParentId(v.parentId) }))
      : zodFormValidator(orgUnitCreateInputSchema, (v: Values) => ({ name: v.name, parentId: toParentId(v.parentId) })),
  });

  const submit = (values: Values) => {
    const input = { name: values.name.trim(), parentId: toParentId(values.parentId) };
    const onError = (error: unknown) => form.setErrors(issuesToFormErrors(error));
    const onSuccess = (saved: OrgUnit) => {
      notifySuccess(t(unit ? 'orgUnits.updated' : 'orgUnits.created', { name: saved.name }));
      onDone();
    };
    if (unit) update.mutate({ id: unit.id, version: unit.version, ...input }, { onSuccess, onError });
    else create.mutate(input, { onSuccess, onError });
  };

  const options = parentOptions(units, { none: t('orgUnits.noParent'), inactive: t('orgUnits.inactiveSuffix') }, unit?.id);

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        {mutation.error && (
          <ErrorAlert
            message={`${describeError(mutation.error, t)}${isApiError(mutation.error, 409) ? ` ${t('errors.conflictRefetched')}` : ''}`}
          />
        )}
        <TextInput label={t('orgUnits.name')} required data-autofocus {...form.getInputProps('name')} />
        <NativeSelect label={t('orgUnits.parent')} data={options} {...form.getInputProps('parentId')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t(unit ? 'common.save' : 'common.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
