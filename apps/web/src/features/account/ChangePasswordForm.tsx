import type { Me } from '@pilotis/shared';
import { Button, PasswordInput, Stack } from '@mantine/core';
import { isNotEmpty, useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiPost } from '../../lib/api';
import { issuesToFormErrors } from '../../lib/errors';
import { storeMe, useCurrentMe } from '../auth/use-me';
import { usePasswordRules } from '../auth/use-password-rules';
import { notifySuccess } from '../../lib/notify';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const rules = usePasswordRules();

  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirmation: '' },
    validate: {
      currentPassword: isNotEmpty(t('common.required')),
      newPassword: rules.newPassword,
      confirmation: (value, values) => rules.confirmation(value, values.newPassword),
    },
  });

  const change = useMutation({
    mutationFn: ({ currentPassword, newPassword }: typeof form.values) =>
      apiPost<{ data: Me }>('/api/auth/password', { currentPassword, newPassword }),
    onSuccess: ({ data }) => {
      // The server rotates the session (and its CSRF token) on password change.
      storeMe(queryClient, data);
      form.reset();
      notifySuccess(t('account.changed'));
      if (me.user.mustChangePassword) navigate(paths.home, { replace: true });
    },
    onError: (error) => form.setErrors(issuesToFormErrors(error)),
  });

  return (
    <form onSubmit={form.onSubmit((values) => change.mutate(values))} noValidate>
      <Stack>
        <ErrorAlert error={change.error} />
        <PasswordInput label={t('account.current')} autoComplete="current-password" required {...form.getInputProps('currentPassword')} />
        <PasswordInput
          label={t('account.new')}
          description={t('password.hint')}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput label={t('account.confirm')} autoComplete="new-password" required {...form.getInputProps('confirmation')} />
        <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('account.submit')}
        </Button>
      </Stack>
    </form>
  );
}
