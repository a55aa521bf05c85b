import { reviewDecisionCreateSchema, type ReviewItem } from '@pilotis/shared';
import { Button, Fieldset, Group, NativeSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { issuesToFormErrors } from '../../lib/errors';
import { notifySuccess } from '../../lib/notify';
import { zodFormValidator } from '../../lib/zod-form';
import { ActionTargetPicker } from '../actions/fiche/ActionTargetPicker';
import { SaveError } from '../actions/fiche/ConflictAlert';
import { useStatuses } from '../actions/use-statuses';
import { useUsers } from '../users/use-users';
import { decisionEffectTypes, initialDecisionValues, toDecisionFormErrors, toDecisionInput, type DecisionFormValues } from './decision-form-values';
import { useAddDecision } from './use-review-items';

interface DecisionFormProps {
  reviewId: string;
  planId: string;
  item: ReviewItem;
  heading: string;
  onDone: () => void;
}

/** No target chosen yet: say so plainly (the schema's message is about a malformed id). */
const targetError = (error: unknown, value: string, required: string) => (error ? (value ? String(error) : required) : undefined);

const validate = zodFormValidator<DecisionFormValues>(reviewDecisionCreateSchema, toDecisionInput);

/** A decision: its text for the minutes, and on a fiche an optional effect applied later. */
export function DecisionForm({ reviewId, planId, item, heading, onDone }: DecisionFormProps) {
  const { t } = useTranslation();
  const create = useAddDecision(reviewId);
  const statuses = useStatuses();
  const users = useUsers();
  const form = useForm<DecisionFormValues>({ initialValues: initialDecisionValues(), validate: (values) => toDecisionFormErrors(validate(values)) });
  const { effectType } = form.values;
  // Effects change a fiche: an item about an indicator or a free topic only records text.
  const onFiche = item.kind === 'action' && item.actionId !== null;

  const submit = (values: DecisionFormValues) =>
    create.mutate({ itemId: item.id, ...toDecisionInput(values) }, {
      onSuccess: () => {
        notifySuccess(t('reviews.decisions.saved'));
        onDone();
      },
      onError: (error) => form.setErrors(toDecisionFormErrors(issuesToFormErrors(error))),
    });

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Fieldset legend={t('reviews.decisions.addOn', { title: heading })}>
        <Stack gap="sm">
          <SaveError error={create.error} onReload={() => create.reset()} />
          <Textarea label={t('reviews.decisions.text')} description={t('reviews.decisions.textHelp')} required autosize minRows={2} data-autofocus autoFocus {...form.getInputProps('text')} />
          {onFiche && (
            <NativeSelect label={t('reviews.decisions.effect')} description={t('reviews.decisions.effectHelp')}
              data={(['none', ...decisionEffectTypes] as const).map((type) => ({ value: type, label: t(`reviews.decisions.effects.${type}`) }))}
              {...form.getInputProps('effectType')} />
          )}
          {onFiche && effectType === 'status' && (
            <NativeSelect label={t('reviews.decisions.status')} required
              data={[{ value: '', label: '—' }, ...(statuses.data ?? []).filter((s) => s.active !== false).map((s) => ({ value: s.id, label: s.label }))]}
              {...form.getInputProps('statusId')} />
          )}
          {onFiche && effectType === 'pilot' && (
            <Select label={t('reviews.decisions.pilot')} required searchable nothingFoundMessage={t('reviews.series.nothingFound')}
              data={(users.data ?? []).filter((u) => u.active !== false).map((u) => ({ value: u.id, label: u.name }))}
              {...form.getInputProps('pilotId')} onChange={(value) => form.setFieldValue('pilotId', value ?? '')} />
          )}
          {onFiche && effectType === 'end_date' && (
            <TextInput type="date" label={t('reviews.decisions.endsOn')} required maw={220} {...form.getInputProps('endsOn')} />
          )}
          {onFiche && (effectType === 'attach' || effectType === 'merge') && (
            <ActionTargetPicker planId={planId} excludeId={item.actionId!} value={form.values.targetActionId}
              error={targetError(form.errors.targetActionId, form.values.targetActionId, t('reviews.decisions.targetRequired'))}
              onChange={(id) => form.setFieldValue('targetActionId', id)} />
          )}
          <Group gap="xs">
            <Button type="submit" loading={create.isPending}>{t('reviews.decisions.save')}</Button>
            <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
