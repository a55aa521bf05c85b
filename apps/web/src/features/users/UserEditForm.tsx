import { userUpdateInputSchema, type Abilities, type OrgUnit, type User } from '@pilotis/shared';
import { Button, Group, NativeSelect, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isApiError } from '../../lib/api';
import { describeError, issuesToFormErrors } from '../../lib/errors';
import { zodFormValidator } from '../../lib/zod-form';
import { UnitsMultiSelect } from './UnitsMultiSelect';
import { useUpdateUser } from './use-users';
import { notifySuccess } from '../../lib/notify';

type Values = { name: string; orgRole: 'admin' | 'member'; orgUnitIds: string[]; active: boolean };

interface UserEditFormProps {
  user: User;
  can: Abilities;
  units: OrgUnit[];
  onDone: () => void;
}

/** Name, role, units, active. Role and active are locked where `can` says so (e.g. on oneself). */
export function UserEditForm({ user, can, units, onDone }: UserEditFormProps) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const form = useForm<Values>({
    initialValues: { name: user.name, orgRole: user.orgRole, orgUnitIds: user.orgUnitIds, active: user.active },
    validate: zodFormValidator(userUpdateInputSchema, (values: Values) => ({ version: user.version, ...values })),
  });

  const submit = (values: Values) =>
    // `user` is read from the live query, so after a 409 and its refetch the next try carries the new version.
    update.mutate(
      { id: user.id, version: user.version, ...values, name: values.name.trim() },
      {
        onSuccess: (saved) => {
          notifySuccess(t('users.updated', { name: saved.name }));
          onDone();
        },
        onError: (error) => form.setErrors(issuesToFormErrors(error)),
      },
    );

  const conflictNote = isApiError(update.error, 409) ? ` ${t('errors.conflictRefetched')}` : '';

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        {update.error && <ErrorAlert message={`${describeError(update.error, t)}${conflictNote}`} />}
        <TextInput label={t('users.name')} required data-autofocus {...form.getInputProps('name')} />
        <NativeSelect
          label={t('users.role')}
          description={can.changeRole ? undefined : t('users.roleLocked')}
          disabled={!can.changeRole}
          data={[
            { value: 'member', label: t('users.roles.member') },
            { value: 'admin', label: t('users.roles.admin') },
          ]}
          {...form.getInputProps('orgRole')}
        />
        <UnitsMultiSelect units={units} {...form.getInputProps('orgUnitIds')} />
        <Switch
          label={t('users.activeLabel')}
          description={can.deactivate ? undefined : t('users.activeLocked')}
          disabled={!can.deactivate}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
