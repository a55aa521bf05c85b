import type { CampaignItem } from '@pilotis/shared';
import { Anchor, Group, List, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { actionPath, indicatorPath } from '../../app/paths';

/** The fiches and indicators asked of one person, each a link, done or still to do (said in words, not only by the icon). */
export function CampaignItemsList({ items }: { items: CampaignItem[] }) {
  const { t } = useTranslation();
  return (
    <List spacing={4} size="sm" listStyleType="none" withPadding={false}>
      {items.map((item) => (
        <List.Item key={`${item.kind}-${item.id}`}>
          <Group gap={6} wrap="nowrap">
            <ThemeIcon size="sm" radius="xl" variant="light" color={item.done ? 'green' : 'orange'} aria-hidden>
              {item.done ? <IconCheck size={12} /> : <IconClock size={12} />}
            </ThemeIcon>
            <Text size="sm" c="dimmed">{t(item.kind === 'action' ? 'campaigns.detail.fiche' : 'campaigns.detail.indicator')}</Text>
            <Anchor component={Link} to={item.kind === 'action' ? actionPath(item.id) : indicatorPath(item.id)} size="sm">{item.title}</Anchor>
            <Text size="sm">({t(item.done ? 'campaigns.detail.done' : 'campaigns.detail.pending')})</Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
