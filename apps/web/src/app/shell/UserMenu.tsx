import type { Locale, Me } from '@pilotis/shared';
import { Button, Divider, Popover, SegmentedControl, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconLogout, IconUser, IconUserCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { storeMe, useCurrentMe } from '../../features/auth/use-me';
import { apiPatch, apiPost } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { currentLocale, setLocale } from '../../lib/i18n';
import { paths } from '../paths';
import { notifyError } from '../../lib/notify';

/**
 * A disclosure (button + panel of ordinary buttons and links) rather than an ARIA menu: simpler
 * for screen readers, and "Se déconnecter" stays a plain button.
 */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [opened, panel] = useDisclosure(false);

  const changeLocale = useMutation({
    mutationFn: (locale: Locale) => apiPatch<{ data: Me }>('/api/me', { locale }),
    onMutate: (locale) => setLocale(locale),
    onSuccess: ({ data }) => storeMe(queryClient, data),
    onError: (error) => notifyError(describeError(error, t)),
  });

  const signOut = useMutation({
    mutationFn: () => apiPost<void>('/api/auth/logout'),
    onSettled: () => {
      storeMe(queryClient, null);
      queryClient.clear();
      navigate(paths.signIn, { replace: true });
    },
  });

  return (
    <Popover opened={opened} onChange={panel.set} position="bottom-end" trapFocus returnFocus shadow="md" width={260}>
      <Popover.Target>
        <Button
          variant="subtle"
          color="dark"
          onClick={panel.toggle}
          leftSection={<IconUserCircle size={20} aria-hidden />}
          rightSection={<IconChevronDown size={16} aria-hidden />}
          aria-expanded={opened}
        >
          {me.user.name}
          <VisuallyHidden> — {t('userMenu.label')}</VisuallyHidden>
        </Button>
      </Popover.Target>
      <Popover.Dropdown aria-label={t('userMenu.label')}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {me.user.email}
          </Text>
          <Button component={Link} to={paths.account} variant="default" justify="flex-start" leftSection={<IconUser size={16} aria-hidden />} onClick={panel.close}>
            {t('userMenu.account')}
          </Button>
          <Divider />
          <Text size="sm" fw={600} id="user-menu-language">
            {t('userMenu.language')}
          </Text>
          <SegmentedControl
            aria-labelledby="user-menu-language"
            value={currentLocale()}
            onChange={(value) => changeLocale.mutate(value as Locale)}
            data={[
              { value: 'fr', label: <span lang="fr">{t('language.fr')}</span> },
              { value: 'en', label: <span lang="en">{t('language.en')}</span> },
            ]}
            fullWidth
          />
          <Divider />
          <Button variant="outline" color="red.9" leftSection={<IconLogout size={16} aria-hidden />} loading={signOut.isPending} onClick={() => signOut.mutate()}>
            {t('userMenu.signOut')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
