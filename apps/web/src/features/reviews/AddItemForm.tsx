import type { Review, ReviewItemCreateInput, ReviewProposedItem } from '@pilotis/shared';
import { Button, Group, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { issuesToFormErrors } from '../../lib/errors';
import { notifySuccess } from '../../lib/notify';
import { ActionTargetPicker } from '../actions/fiche/ActionTargetPicker';
import { ReasonBadges } from './ReasonBadges';
import { useAddItem } from './use-review-items';
import { useAgendaProposal } from './use-reviews';

/** « Ajouter un point »: a proposed item not yet on the agenda, any fiche of the plan, or a free topic. */
export function AddItemForm({ review, onDone }: { review: Review; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddItem(review.id);
  const proposal = useAgendaProposal(review.id, true);
  const [actionId, setActionId] = useState('');
  const [title, setTitle] = useState('');
  const onAgenda = new Set(review.items.flatMap((i) => (i.actionId ? [i.actionId] : [])));
  const submit = (input: ReviewItemCreateInput) =>
    add.mutate(input, {
      onSuccess: () => {
        notifySuccess(t('reviews.agenda.added'));
        onDone();
      },
    });
  const fieldErrors = issuesToFormErrors(add.error);
  const labelOf = (p: ReviewProposedItem) => (p.action ? `${p.action.code} ${p.action.title}` : p.indicator ? `${p.indicator.code} — ${p.indicator.name}` : p.title);

  return (
    <Stack>
      {Object.keys(fieldErrors).length === 0 && <ErrorAlert error={add.error} />}
      <Tabs defaultValue="proposal" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="proposal">{t('reviews.agenda.fromProposal')}</Tabs.Tab>
          <Tabs.Tab value="action">{t('reviews.agenda.fromSearch')}</Tabs.Tab>
          <Tabs.Tab value="free">{t('reviews.agenda.free')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="proposal" pt="md">
          {proposal.isPending && <LoadingState />}
          <ErrorAlert error={proposal.error} />
          {proposal.data?.length === 0 && <Text size="sm" c="dimmed">{t('reviews.agenda.proposalEmpty')}</Text>}
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {proposal.data?.map((p) => (
              <Group key={p.actionId ?? p.indicatorId ?? p.title} component="li" justify="space-between" wrap="nowrap" gap="sm">
                <Stack gap={2}>
                  <Text size="sm" fw={500}>{labelOf(p)}</Text>
                  <ReasonBadges reasons={p.reasons} />
                </Stack>
                <Button size="compact-sm" variant="light" aria-label={t('reviews.agenda.addThisNamed', { title: labelOf(p) })} loading={add.isPending && add.variables?.actionId === (p.actionId ?? undefined)}
                  onClick={() => submit({ kind: p.kind, ...(p.actionId ? { actionId: p.actionId } : {}), ...(p.indicatorId ? { indicatorId: p.indicatorId } : {}), reasons: p.reasons })}>
                  {t('reviews.agenda.addThis')}
                </Button>
              </Group>
            ))}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="action" pt="md">
          <form noValidate onSubmit={(event) => { event.preventDefault(); if (actionId) submit({ kind: 'action', actionId, reasons: ['manual'] }); }}>
            <Stack>
              <ActionTargetPicker planId={review.planId} excludeId="" value={actionId} error={fieldErrors.actionId} onChange={(id) => setActionId(id)} />
              <Group justify="flex-end">
                <Button type="submit" disabled={!actionId || onAgenda.has(actionId)} loading={add.isPending}>{t('reviews.agenda.addThis')}</Button>
              </Group>
            </Stack>
          </form>
        </Tabs.Panel>
        <Tabs.Panel value="free" pt="md">
          <form noValidate onSubmit={(event) => { event.preventDefault(); submit({ kind: 'free', title: title.trim(), reasons: ['manual'] }); }}>
            <Stack>
              <TextInput label={t('reviews.agenda.freeTitle')} required value={title} error={fieldErrors.title} onChange={(event) => setTitle(event.currentTarget.value)} />
              <Group justify="flex-end">
                <Button type="submit" loading={add.isPending}>{t('reviews.agenda.addThis')}</Button>
              </Group>
            </Stack>
          </form>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
