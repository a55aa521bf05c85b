import { Anchor, Badge, Button, Group, Pagination, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { describeError } from '../../lib/errors';
import { notifyError } from '../../lib/notify';
import { useFormatters } from '../../lib/use-formatters';
import { NOTIFICATIONS_PAGE_SIZE, useMarkAllRead, useMarkRead, useNotifications } from './use-notifications';

/** The notification centre: newest first, unread ones marked, each with a link to what it is about. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const list = useNotifications(unreadOnly, page);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const onError = (error: unknown) => notifyError(describeError(error, t));
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.page.total / NOTIFICATIONS_PAGE_SIZE)) : 1;

  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        description={data ? t('notifications.unreadCount', { count: data.unreadCount }) : undefined}
        actions={
          <Button variant="light" disabled={!data || data.unreadCount === 0} loading={markAll.isPending} onClick={() => markAll.mutate(undefined, { onError })}>
            {t('notifications.markAllRead')}
          </Button>
        }
      />
      <Stack maw={760}>
        <SegmentedControl
          aria-label={t('notifications.filter')}
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(value) => { setUnreadOnly(value === 'unread'); setPage(1); }}
          data={[{ value: 'all', label: t('notifications.all') }, { value: 'unread', label: t('notifications.unreadOnly') }]}
          style={{ alignSelf: 'flex-start' }}
        />
        {list.isPending && <LoadingState />}
        <ErrorAlert error={list.error} />
        {data && data.data.length === 0 && <Text c="dimmed">{t('notifications.empty')}</Text>}
        {data && data.data.length > 0 && (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {data.data.map((item) => (
              <Paper component="li" key={item.id} withBorder p="md" radius="md" bg={item.readAt ? undefined : 'blue.0'}>
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Stack gap={4}>
                    <Group gap="xs">
                      {!item.readAt && <Badge color="blue.9" variant="filled" size="sm">{t('notifications.new')}</Badge>}
                      <Title order={2} size="h5">
                        {item.link ? (
                          <Anchor component={Link} to={item.link} onClick={() => !item.readAt && markRead.mutate(item.id)}>{item.title}</Anchor>
                        ) : (
                          item.title
                        )}
                      </Title>
                    </Group>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{item.body}</Text>
                    <Text size="xs" c="dimmed">{format.dateTime(item.createdAt)}</Text>
                  </Stack>
                  {!item.readAt && (
                    <Button size="compact-sm" variant="subtle" onClick={() => markRead.mutate(item.id, { onError })} aria-label={t('notifications.markReadOf', { title: item.title })}>
                      {t('notifications.markRead')}
                    </Button>
                  )}
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
        {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} getControlProps={(control) => ({ 'aria-label': t(`actions.pagination.${control}`) })} getItemProps={(n) => ({ 'aria-label': t('actions.pagination.page', { page: n }), 'aria-current': n === page ? 'page' : undefined })} />}
      </Stack>
    </>
  );
}
