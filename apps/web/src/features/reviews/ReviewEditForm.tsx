import { reviewUpdateSchema, type Review, type ReviewUpdateInput } from '@pilotis/shared';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { issuesToFormErrors } from '../../lib/errors';
import { notifySuccess } from '../../lib/notify';
import { zodFormValidator } from '../../lib/zod-form';
import { SaveError } from '../actions/fiche/ConflictAlert';
import { useUpdateReview } from './use-reviews';

interface EditValues {
  title: string;
  date: string;
  startTime: string;
  location: string;
}

/** Empty time or place = not set yet (null for the API). */
const toInput = (version: number) => (values: EditValues): ReviewUpdateInput => ({
  version,
  title: values.title,
  date: values.date,
  startTime: values.startTime || null,
  location: values.location.trim() || null,
});

/** Title, date, time and place of a review (moving the date also moves the « before each review » reports). */
export function ReviewEditForm({ review, onDone }: { review: Review; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateReview(review.id);
  const build = toInput(review.version);
  const form = useForm<EditValues>({
    initialValues: { title: review.title, date: review.date, startTime: review.startTime ?? '', location: review.location ?? '' },
    validate: zodFormValidator<EditValues>(reviewUpdateSchema, build),
  });
  const submit = (values: EditValues) =>
    update.mutate(build(values), {
      onSuccess: () => {
        notifySuccess(t('reviews.review.saved'));
        onDone();
      },
      onError: (error) => form.setErrors(issuesToFormErrors(error)),
    });

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        <SaveError error={update.error} onReload={() => { update.reset(); onDone(); }} />
        <TextInput label={t('reviews.review.title')} required data-autofocus {...form.getInputProps('title')} />
        <Group grow align="flex-start">
          <TextInput type="date" label={t('reviews.review.date')} required {...form.getInputProps('date')} />
          <TextInput type="time" label={t('reviews.review.time')} {...form.getInputProps('startTime')} />
        </Group>
        <TextInput label={t('reviews.review.location')} {...form.getInputProps('location')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" loading={update.isPending}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
