import type { Me } from '@pilotis/shared';
import { Alert, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { isNotEmpty, useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePageTitle } from '../../components/use-page-title';
import { apiPost, isApiError } from '../../lib/api';
import { storeMe, useMe } from './use-me';

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const from = (location.state as { from?: string } | null)?.from;

  const form = useForm({
    initialValues: { email: params.get('email') ?? '', password: '' },
    validate: { email: isNotEmpty(t('common.required')), password: isNotEmpty(t('common.required')) },
  });

  const login = useMutation({
    mutationFn: (values: typeof form.values) => apiPost<{ data: Me }>('/api/auth/login', values),
    onSuccess: ({ data }) => {
      storeMe(queryClient, data);
      navigate(data.user.mustChangePassword ? paths.account : (from ?? paths.home), { replace: true });
    },
  });

  if (me.data && !login.isPending) return <Navigate to={paths.home} replace />;

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('signIn.title')}
      </Title>
      <Text c="dimmed">{t('signIn.intro')}</Text>
      {params.get('activated') && (
        <Alert color="green" variant="outline" c="green.9">
          {t('signIn.activated')}
        </Alert>
      )}
      <SignInError error={login.error} />
      <form onSubmit={form.onSubmit((values) => login.mutate(values))} noValidate>
        <Stack>
          <TextInput
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('signIn.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={login.isPending}>
            {t('signIn.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}

/** Wrong credentials and throttling get their own words; anything else the usual message. */
function SignInError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isApiError(error, 401)) return <ErrorAlert message={t('signIn.invalid')} />;
  if (isApiError(error, 429)) return <ErrorAlert message={t('signIn.tooMany')} />;
  return <ErrorAlert error={error} />;
}
