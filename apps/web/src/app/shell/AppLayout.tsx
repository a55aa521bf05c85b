import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { SkipLink } from '../../components/SkipLink';
import { useCurrentMe } from '../../features/auth/use-me';
import { NotificationBell } from '../../features/notifications/NotificationBell';
import { MainNav } from './MainNav';
import { OrganizationSwitcher } from './OrganizationSwitcher';
import { UserMenu } from './UserMenu';
import { useLocaleFromAccount } from './use-locale-from-account';

const MAIN_ID = 'contenu';

export function AppLayout() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const [navOpened, nav] = useDisclosure(false);
  useLocaleFromAccount(me.user.locale);
  useFocusMainOnNavigation(nav.close);

  return (
    <>
      <SkipLink targetId={MAIN_ID} />
      <AppShell header={{ height: 64 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding="lg">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={navOpened}
                onClick={nav.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={navOpened ? t('nav.close') : t('nav.open')}
                aria-expanded={navOpened}
                aria-controls="navigation-principale"
              />
              <Text fw={700} size="lg" c="blue.9">
                {t('app.name')}
              </Text>
              <OrganizationSwitcher />
            </Group>
            <Group gap="xs" wrap="nowrap">
              <NotificationBell />
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" id="navigation-principale" style={{ overflowY: 'auto' }}>
          <MainNav />
        </AppShell.Navbar>
        <AppShell.Main id={MAIN_ID} tabIndex={-1} style={{ outline: 'none' }}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}

/** After an in-app navigation, focus goes to the new content (as a page load would do). */
function useFocusMainOnNavigation(onNavigate: () => void) {
  const { pathname } = useLocation();
  const first = useRef(true);
  const callback = useRef(onNavigate);
  callback.current = onNavigate;
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    callback.current();
    document.getElementById(MAIN_ID)?.focus();
  }, [pathname]);
}
