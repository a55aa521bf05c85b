import { periodicityOf, periodLabel, type AuditEvent } from '@pilotis/shared';
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { reviewPath } from '../../app/paths';
import { reviewLinkOf, shownChanges } from './review-link';
import { useFormatHistoryValue } from './use-format-value';

/** One change: when, who, what, then each field's before → after. */
export function HistoryEventItem({ event }: { event: AuditEvent }) {
  const { t, i18n } = useTranslation();
  const format = useFormatHistoryValue();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(event.at));
  const fields = shownChanges(event);
  const review = reviewLinkOf(event);
  // Parts of a fiche come as `milestone:Concertation`: the kind of part, then its name.
  const fieldLabel = (field: string) => {
    const [kind, ...name] = field.split(':');
    if (name.length === 0) return t(`history.fields.${field}`, { defaultValue: field });
    const label = name.join(':');
    // A target is recorded per period (« target:2026-Q3 »): name the period as people say it.
    const periodicity = kind === 'target' ? periodicityOf(label) : null;
    return `${t(`history.parts.${kind}`, { defaultValue: kind })} « ${periodicity ? periodLabel(label, periodicity) : label} »`;
  };

  return (
    <Stack gap={6}>
      <Text size="sm">
        <Text component="span" fw={700} inherit>
          {t(`history.actions.${event.action}`, { defaultValue: event.action })}
        </Text>{' '}
        — <time dateTime={event.at}>{date}</time>, {t('history.by', { name: event.actor?.name || t('history.system') })}
      </Text>
      {review && (
        <Anchor component={Link} to={reviewPath(review.reviewId)} size="sm">
          {review.label ? t('history.openReviewNamed', { label: review.label }) : t('history.openReview')}
        </Anchor>
      )}
      {fields.length > 0 && (
        <Table withTableBorder withColumnBorders fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('history.field')}</Table.Th>
              <Table.Th scope="col">{t('history.before')}</Table.Th>
              <Table.Th scope="col">{t('history.after')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.map(([field, change]) => (
              <Table.Tr key={field}>
                <Table.Th scope="row">{fieldLabel(field)}</Table.Th>
                <Table.Td>{format(field, change.before)}</Table.Td>
                <Table.Td>{format(field, change.after)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
