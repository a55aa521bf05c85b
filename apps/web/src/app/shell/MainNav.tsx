import { NavLink, Stack, Text } from '@mantine/core';
import { IconBuildingCommunity, IconChecklist, IconHome, IconListCheck, IconSitemap, IconUsers } from '@tabler/icons-react';
import { IconFileImport, IconKey, IconPlugConnected } from '@tabler/icons-react';
import { IconChartLine, IconTable } from '@tabler/icons-react';
import { IconGauge, IconLayoutDashboard } from '@tabler/icons-react';
import { IconMail, IconMailForward } from '@tabler/icons-react';
import { IconFileText } from '@tabler/icons-react';
import { IconBriefcase } from '@tabler/icons-react';
import { IconCalendarEvent } from '@tabler/icons-react';
import { IconSpeakerphone } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useMatch } from 'react-router';
import { useCurrentMe } from '../../features/auth/use-me';
import { paths } from '../paths';

export function MainNav() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const showAdmin = me.can.manageUnits || me.can.manageMembers;
  return (
    <nav aria-label={t('nav.label')}>
      <Stack gap={4}>
        <NavItem to={paths.home} label={t('nav.home')} icon={<IconHome size={18} aria-hidden />} />
        <NavItem to={paths.leadership} label={t('dashboards.nav.leadership')} icon={<IconGauge size={18} aria-hidden />} />
        <NavItem to={paths.orgUnitDashboards} label={t('dashboards.nav.orgUnits')} icon={<IconLayoutDashboard size={18} aria-hidden />} end={false} />
        <NavItem to={paths.plans} label={t('nav.plans')} icon={<IconSitemap size={18} aria-hidden />} end={false} />
        <NavItem to={paths.myActions} label={t('nav.myActions')} icon={<IconChecklist size={18} aria-hidden />} />
        <NavItem to={paths.portfolios} label={t('nav.portfolios')} icon={<IconBriefcase size={18} aria-hidden />} end={false} />
        <NavItem to={paths.reviews} label={t('nav.reviews')} icon={<IconCalendarEvent size={18} aria-hidden />} end={false} />
        <NavItem to={paths.campaigns} label={t('nav.campaigns')} icon={<IconSpeakerphone size={18} aria-hidden />} end={false} />
        <NavItem to={paths.indicators} label={t('indicators.nav.library')} icon={<IconChartLine size={18} aria-hidden />} />
        <NavItem to={paths.indicatorEntry} label={t('indicators.nav.entry')} icon={<IconTable size={18} aria-hidden />} />
        <NavItem to={paths.indicatorImport} label={t('integrations.nav.import')} icon={<IconFileImport size={18} aria-hidden />} />
        <NavItem to={paths.reports} label={t('reports.nav')} icon={<IconFileText size={18} aria-hidden />} />
        <NavItem to={paths.reportSubscriptions} label={t('subscriptions.nav')} icon={<IconMailForward size={18} aria-hidden />} />
        {showAdmin && (
          <>
            <Text component="h2" size="xs" fw={700} tt="uppercase" c="dimmed" mt="md" mb={4} px="sm">
              {t('nav.admin')}
            </Text>
            <Stack gap={4}>
              {me.can.manageUnits && (
                <NavItem to={paths.orgUnits} label={t('nav.orgUnits')} icon={<IconBuildingCommunity size={18} aria-hidden />} />
              )}
              {me.can.manageMembers && (
                <NavItem to={paths.people} label={t('nav.people')} icon={<IconUsers size={18} aria-hidden />} />
              )}
              {me.can.manageMembers && (
                <NavItem to={paths.statuses} label={t('nav.statuses')} icon={<IconListCheck size={18} aria-hidden />} />
              )}
              {me.can.manageMembers && (
                <NavItem to={paths.apiTokens} label={t('integrations.nav.tokens')} icon={<IconKey size={18} aria-hidden />} />
              )}
              {me.can.manageMembers && (
                <NavItem to={paths.connectors} label={t('integrations.nav.connectors')} icon={<IconPlugConnected size={18} aria-hidden />} />
              )}
              {me.can.manageMembers && <NavItem to={paths.outbox} label={t('outbox.nav')} icon={<IconMail size={18} aria-hidden />} />}
            </Stack>
          </>
        )}
      </Stack>
    </nav>
  );
}

function NavItem({ to, label, icon, end = true }: { to: string; label: string; icon: ReactNode; end?: boolean }) {
  const active = useMatch({ path: to, end }) !== null;
  return (
    <NavLink
      component={Link}
      to={to}
      label={label}
      leftSection={icon}
      active={active}
      aria-current={active ? 'page' : undefined}
      variant="filled"
    />
  );
}
