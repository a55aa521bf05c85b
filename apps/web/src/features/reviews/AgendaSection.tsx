import type { Review, ReviewAbilities } from '@pilotis/shared';
import { Button, Modal, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FicheSection } from '../actions/fiche/FicheSection';
import { AddItemForm } from './AddItemForm';
import { AgendaItemCard } from './AgendaItemCard';

/** « Ordre du jour »: the items in order, each with its fiche, notes and decisions. */
export function AgendaSection({ review, can }: { review: Review; can: ReviewAbilities }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const items = [...review.items].sort((a, b) => a.position - b.position);
  return (
    <FicheSection
      title={t('reviews.agenda.title')}
      actions={can.update && (
        <Button size="compact-md" variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>{t('reviews.agenda.add')}</Button>
      )}
    >
      {items.length === 0 && <Text c="dimmed" size="sm">{t('reviews.agenda.empty')}</Text>}
      <Stack gap="md" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((item, index) => (
          <li key={item.id}>
            <AgendaItemCard review={review} item={item} number={index + 1} can={can} />
          </li>
        ))}
      </Stack>
      <Modal opened={adding} onClose={() => setAdding(false)} size="lg" title={t('reviews.agenda.addTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {adding && <AddItemForm review={review} onDone={() => setAdding(false)} />}
      </Modal>
    </FicheSection>
  );
}
