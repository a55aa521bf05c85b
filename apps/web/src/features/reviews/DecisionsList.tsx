import type { Review, ReviewAbilities, ReviewItem } from '@pilotis/shared';
import { Button, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DecisionForm } from './DecisionForm';
import { DecisionItem } from './DecisionItem';
import { useEffectLabel } from './use-effect-label';

interface DecisionsListProps {
  review: Review;
  item: ReviewItem;
  heading: string;
  headingId: string;
  can: ReviewAbilities;
}

/** The decisions taken on one item; managers add one, then apply its effect to the fiche. */
export function DecisionsList({ review, item, heading, headingId, can }: DecisionsListProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const describe = useEffectLabel(item.decisions);
  return (
    <Stack gap="xs">
      <Title order={4} size="h6">{t('reviews.decisions.title')}</Title>
      {item.decisions.length === 0 && !adding && <Text size="sm" c="dimmed">{t('reviews.decisions.empty')}</Text>}
      {item.decisions.length > 0 && (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {item.decisions.map((decision) => (
            <li key={decision.id}>
              <DecisionItem reviewId={review.id} item={item} decision={decision} effectLabel={describe(decision)} can={can} />
            </li>
          ))}
        </Stack>
      )}
      {adding ? (
        <DecisionForm reviewId={review.id} planId={review.planId} item={item} heading={heading} onDone={() => setAdding(false)} />
      ) : (
        can.update && (
          <div>
            <Button size="compact-sm" variant="light" leftSection={<IconPlus size={14} aria-hidden />} aria-describedby={headingId} onClick={() => setAdding(true)}>
              {t('reviews.decisions.add')}
            </Button>
          </div>
        )
      )}
    </Stack>
  );
}
