import type { ReviewItem } from '@pilotis/shared';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LightMarkdown } from '../actions/fiche/LightMarkdown';
import { SaveError } from '../actions/fiche/ConflictAlert';
import { notifySuccess } from '../../lib/notify';
import { useUpdateItem } from './use-review-items';

interface ItemNotesProps {
  reviewId: string;
  item: ReviewItem;
  heading: string;
  /** The item's heading: describes the edit button (« Modifier les notes » of which item). */
  headingId: string;
  canUpdate: boolean;
}

/** What was said on the item, in the journal's light Markdown; edited in place by managers. */
export function ItemNotes({ reviewId, item, heading, headingId, canUpdate }: ItemNotesProps) {
  const { t } = useTranslation();
  const update = useUpdateItem(reviewId);
  const [draft, setDraft] = useState<string | null>(null);

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    if (draft === null) return;
    update.mutate({ itemId: item.id, version: item.version, notes: draft }, {
      onSuccess: () => {
        notifySuccess(t('reviews.agenda.notesSaved'));
        setDraft(null);
      },
    });
  };

  if (draft !== null) {
    return (
      <form onSubmit={save} noValidate>
        <Stack gap="xs">
          <SaveError error={update.error} onReload={() => { update.reset(); setDraft(null); }} />
          <Textarea label={t('reviews.agenda.notesOf', { title: heading })} description={t('reviews.agenda.notesHelp')} autosize minRows={3}
            value={draft} onChange={(event) => setDraft(event.currentTarget.value)} data-autofocus autoFocus />
          <Group gap="xs">
            <Button type="submit" size="compact-md" loading={update.isPending}>{t('reviews.agenda.saveNotes')}</Button>
            <Button variant="default" size="compact-md" onClick={() => { update.reset(); setDraft(null); }}>{t('common.cancel')}</Button>
          </Group>
        </Stack>
      </form>
    );
  }
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text size="sm" fw={700}>{t('reviews.agenda.notes')}</Text>
        {canUpdate && (
          <Button size="compact-xs" variant="subtle" leftSection={<IconPencil size={12} aria-hidden />}
            aria-describedby={headingId} onClick={() => setDraft(item.notes)}>
            {t('reviews.agenda.editNotes')}
          </Button>
        )}
      </Group>
      {item.notes.trim() ? <LightMarkdown source={item.notes} /> : <Text size="sm" c="dimmed">{t('reviews.agenda.noNotes')}</Text>}
    </Stack>
  );
}
