import { userCreateInputSchema, type OrgUnit, type UserCreateInput } from '@pilotis/shared';
import { Button, Group, NativeSelect, PasswordInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { issuesToFormErrors } from '../../lib/errors';
import { zodFormValidator } from '../../lib/zod-form';
import { UnitsMultiSelect } from './UnitsMultiSelect';
import { useCreateUser } from './use-users';
import { notifySuccess } from '../../lib/notify';

type Access = 'password' | 'invitation';
type Values = { email: string; name: string; orgRole: 'admin' | 'member'; access: Access; password: string; orgUnitIds: string[] };

/** Without a password the server issues an invitation link instead: `access` only decides which. */
const toInput = ({ access, password, ...rest }: Values): UserCreateInput =>
  access === 'password' ? { ...rest, password } : rest;

interface UserCreateFormProps {
  units: OrgUnit[];
  onDone: () => void;
  onInvitation: (invitation: { name: string; url: string }) => void;
}

export function UserCreateForm({ units, onDone, onInvitation }: UserCreateFormProps) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const form = useForm<Values>({
    initialValues: { email: '', name: '', orgRole: 'member', access: 'password', password: '', orgUnitIds: [] },
    validate: zodFormValidator(userCreateInputSchema, toInput),
  });

  const submit = (values: Values) =>
    create.mutate(toInput(values), {
      onSuccess: ({ data, invitationUrl }) => {
        notifySuccess(t('users.created', { name: data.name }));
        onDone();
        if (invitationUrl) onInvitation({ name: data.name, url: invitationUrl });
      },
      onError: (error) => form.setErrors(issuesToFormErrors(error)),
    });

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        <ErrorAlert error={create.error} />
        <TextInput label={t('users.email')} type="email" autoComplete="off" required data-autofocus {...form.getInputProps('email')} />
        <TextInput label={t('users.name')} autoComplete="off" required {...form.getInputProps('name')} />
        <NativeSelect
          label={t('users.role')}
          data={[
            { value: 'member', label: t('users.roles.member') },
            { value: 'admin', label: t('users.roles.admin') },
          ]}
          {...form.getInputProps('orgRole')}
        />
        <UnitsMultiSelect units={units} {...form.getInputProps('orgUnitIds')} />
        <Radio.Group label={t('users.access')} {...form.getInputProps('access')}>
          <Stack gap="xs" mt="xs">
            <Radio value="password" label={t('users.accessPassword')} />
            <Radio value="invitation" label={t('users.accessInvitation')} />
          </Stack>
        </Radio.Group>
        {form.values.access === 'password' ? (
          <PasswordInput
            label={t('users.temporaryPassword')}
            description={t('users.temporaryPasswordHint')}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('users.invitationHint')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('common.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
