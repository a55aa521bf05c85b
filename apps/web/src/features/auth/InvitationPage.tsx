import { PASSWORD_MIN_LENGTH } from '@pilotis/shared';
import { Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePageTitle } from '../../components/use-page-title';
import { apiPost } from '../../lib/api';
import { issuesToFormErrors } from '../../lib/errors';
import { usePasswordRules } from './use-password-rules';

/** Reached from the link an administrator hands out: `${publicUrl}/invitation/<token>`. */
export function InvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('invitation.title'));
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const rules = usePasswordRules();

  const form = useForm({
    initialValues: { password: '', confirmation: '' },
    validate: {
      password: rules.newPassword,
      confirmation: (value, values) => rules.confirmation(value, values.password),
    },
  });

  const accept = useMutation({
    mutationFn: (password: string) => apiPost<{ data: { email: string } }>('/api/auth/invitation', { token, password }),
    onSuccess: ({ data }) => {
      const query = new URLSearchParams({ email: data.email, activated: '1' });
      navigate(`${paths.signIn}?${query.toString()}`, { replace: true });
    },
    onError: (error) => form.setErrors(issuesToFormErrors(error)),
  });

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('invitation.title')}
      </Title>
      <Text c="dimmed">{t('invitation.intro')}</Text>
      <ErrorAlert error={accept.error} />
      <form onSubmit={form.onSubmit((values) => accept.mutate(values.password))} noValidate>
        <Stack>
          <PasswordInput
            label={t('invitation.password')}
            description={t('password.hint', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={t('invitation.confirm')}
            autoComplete="new-password"
            required
            {...form.getInputProps('confirmation')}
          />
          <Button type="submit" loading={accept.isPending}>
            {t('invitation.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
