import { planDuplicateInputSchema, type Plan } from '@pilotis/shared';
import { Button, Checkbox, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { planPath } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { issuesToFormErrors } from '../../lib/errors';
import { notifySuccess } from '../../lib/notify';
import { zodFormValidator } from '../../lib/zod-form';
import { useDuplicatePlan, type PlanDuplicateInput } from './use-plans';

type Values = { name: string; startsOn: string; endsOn: string; withActions: boolean };

const toInput = (v: Values): PlanDuplicateInput => ({
  name: v.name.trim(),
  startsOn: v.startsOn || null,
  endsOn: v.endsOn || null,
  withActions: v.withActions,
});

/** « Dupliquer le plan »: the tree (and, when asked, its actions) copied into a new plan, then opened. */
export function PlanDuplicateForm({ plan, onDone }: { plan: Plan; onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const duplicate = useDuplicatePlan(plan.id);
  const form = useForm<Values>({
    initialValues: { name: t('planSettings.copyName', { name: plan.name }), startsOn: '', endsOn: '', withActions: false },
    validate: zodFormValidator(planDuplicateInputSchema, toInput),
  });

  const submit = (values: Values) =>
    duplicate.mutate(toInput(values), {
      onSuccess: (created) => {
        notifySuccess(t('planSettings.duplicated', { name: created.name }));
        onDone();
        void navigate(planPath(created.id));
      },
      onError: (error) => form.setErrors(issuesToFormErrors(error)),
    });

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        <Text size="sm">{t('planSettings.duplicateIntro')}</Text>
        <ErrorAlert error={duplicate.error} />
        <TextInput label={t('planSettings.newName')} required data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput type="date" label={t('plans.startsOn')} {...form.getInputProps('startsOn')} />
          <TextInput type="date" label={t('plans.endsOn')} {...form.getInputProps('endsOn')} />
        </SimpleGrid>
        <Checkbox
          label={t('planSettings.withActions')}
          description={t('planSettings.withActionsHelp')}
          {...form.getInputProps('withActions', { type: 'checkbox' })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={duplicate.isPending}>
            {t('planSettings.duplicate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
