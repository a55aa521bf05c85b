import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useCurrentMe } from '../auth/use-me';

/**
 * Where people usually go next, in words of their own (not the navigation's, so a link name is
 * never there twice); the admin hint stays for a collectivité being set up.
 */
export function QuickLinks() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const links = [
    { to: paths.leadership, label: t('homeDashboard.links.leadership') },
    { to: paths.plans, label: t('homeDashboard.links.plans') },
    { to: paths.myActions, label: t('homeDashboard.links.myActions') },
    { to: paths.indicators, label: t('homeDashboard.links.indicators') },
  ];
  return (
    <Stack component="section" aria-labelledby="home-links" gap="sm">
      <Title order={2} size="h3" id="home-links">{t('homeDashboard.links.title')}</Title>
      <List spacing={4}>
        {links.map((link) => (
          <List.Item key={link.to}>
            <Anchor component={Link} to={link.to}>{link.label}</Anchor>
          </List.Item>
        ))}
      </List>
      {(me.can.manageUnits || me.can.manageMembers) && <Text size="sm">{t('home.adminHint')}</Text>}
    </Stack>
  );
}
