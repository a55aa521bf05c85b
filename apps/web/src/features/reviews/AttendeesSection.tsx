import { attendeePresences, type AttendeePresence, type Review, type ReviewAttendeeInput } from '@pilotis/shared';
import { ActionIcon, NativeSelect, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors';
import { notifyError } from '../../lib/notify';
import { FicheSection } from '../actions/fiche/FicheSection';
import { AddAttendeeForm } from './AddAttendeeForm';
import { withAdded, withPresence, without } from './attendee-values';
import { useUpdateReview } from './use-reviews';

/** Who is invited and who came (présent / excusé / absent); managers change it during the meeting. */
export function AttendeesSection({ review, canUpdate }: { review: Review; canUpdate: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateReview(review.id);
  const save = (attendees: ReviewAttendeeInput[], onSuccess?: () => void) =>
    update.mutate({ version: review.version, attendees }, { onSuccess, onError: (error) => notifyError(describeError(error, t)) });
  const presenceData = attendeePresences.map((p) => ({ value: p, label: t(`reviews.attendees.presences.${p}`) }));

  return (
    <FicheSection title={t('reviews.attendees.title')}>
      <Stack gap="sm">
        {review.attendees.length === 0 ? (
          <Text c="dimmed" size="sm">{t('reviews.attendees.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing={4} aria-label={t('reviews.attendees.caption')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('reviews.attendees.name')}</Table.Th>
                  <Table.Th scope="col">{t('reviews.attendees.email')}</Table.Th>
                  <Table.Th scope="col">{t('reviews.attendees.presence')}</Table.Th>
                  {canUpdate && <Table.Th scope="col"><VisuallyHidden>{t('common.actions')}</VisuallyHidden></Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {review.attendees.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Th scope="row" fw={500}>{a.name}</Table.Th>
                    <Table.Td>{a.email ?? <Text span size="sm" c="dimmed">{t('reviews.attendees.noEmail')}</Text>}</Table.Td>
                    <Table.Td>
                      {canUpdate ? (
                        <NativeSelect size="xs" aria-label={t('reviews.attendees.presenceOf', { name: a.name })} data={presenceData} value={a.presence}
                          disabled={update.isPending} onChange={(event) => save(withPresence(review.attendees, a.id, event.currentTarget.value as AttendeePresence))} />
                      ) : (
                        t(`reviews.attendees.presences.${a.presence}`)
                      )}
                    </Table.Td>
                    {canUpdate && (
                      <Table.Td>
                        <ActionIcon variant="subtle" color="red.9" aria-label={t('reviews.attendees.remove', { name: a.name })} disabled={update.isPending}
                          onClick={() => save(without(review.attendees, a.id))}>
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {canUpdate && <AddAttendeeForm saving={update.isPending} onAdd={(added, done) => save(withAdded(review.attendees, added), done)} />}
      </Stack>
    </FicheSection>
  );
}
