import type { ReviewListItem, ReviewSeries } from '@pilotis/shared';
import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { reviewPath } from '../../app/paths';
import { useFormatters } from '../../lib/use-formatters';
import { ReviewStatusBadge } from './ReviewStatusBadge';
import { cadenceLabel } from './review-labels';

interface SeriesSectionProps {
  series: ReviewSeries;
  reviews: ReviewListItem[];
  preparing: boolean;
  onPrepare: () => void;
}

/** One series: its kind and rhythm, the date it proposes next, and its reviews, newest first. */
export function SeriesSection({ series, reviews, preparing, onPrepare }: SeriesSectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const cadence = cadenceLabel(series.cadence, series.everyWeeks);
  const sorted = [...reviews].sort((a, b) => b.date.localeCompare(a.date));

  return (
    <Card withBorder component="section" aria-labelledby={headingId} padding="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={4}>
            <Title order={2} size="h3" id={headingId}>{series.title}</Title>
            <Group gap="xs">
              <Badge variant="outline" color="gray.8" tt="none">{t(`reviews.kinds.${series.kind}`)}</Badge>
              <Text size="sm">{t(cadence.key, cadence.values)}</Text>
              <Text size="sm" c="dimmed">· {t('reviews.series.reviewCount', { count: series.reviewCount })}</Text>
            </Group>
            <Text size="sm">{t('reviews.series.nextDate', { date: format.date(series.nextDate) })}</Text>
          </Stack>
          {series.can.createReview && (
            <Button variant="light" leftSection={<IconCalendarPlus size={18} aria-hidden />} loading={preparing} onClick={onPrepare} aria-describedby={headingId}>
              {t('reviews.series.prepare')}
            </Button>
          )}
        </Group>
        {sorted.length === 0 ? (
          <Text size="sm" c="dimmed">{t('reviews.series.noReviews')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped verticalSpacing="xs" aria-label={t('reviews.list.caption', { title: series.title })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('reviews.list.date')}</Table.Th>
                  <Table.Th scope="col">{t('reviews.list.title')}</Table.Th>
                  <Table.Th scope="col">{t('reviews.list.status')}</Table.Th>
                  <Table.Th scope="col">{t('reviews.list.items')}</Table.Th>
                  <Table.Th scope="col">{t('reviews.list.decisions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{format.date(r.date)}</Table.Td>
                    <Table.Th scope="row" fw={500}>
                      <Anchor component={Link} to={reviewPath(r.id)}>{r.title}</Anchor>
                    </Table.Th>
                    <Table.Td><ReviewStatusBadge status={r.status} /></Table.Td>
                    <Table.Td>{r.itemCount}</Table.Td>
                    <Table.Td>{r.decisionCount}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
