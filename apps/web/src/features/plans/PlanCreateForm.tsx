import { planCreateInputSchema, planKinds, type PlanCreateInput, type PlanKind } from '@pilotis/shared';
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { planPath } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { issuesToFormErrors } from '../../lib/errors';
import { notifySuccess } from '../../lib/notify';
import { zodFormValidator } from '../../lib/zod-form';
import { LevelNamesFieldset } from './LevelNamesFieldset';
import { useCreatePlan } from './use-plans';

type Values = { name: string; kind: PlanKind; startsOn: string; endsOn: string; levelNames: string[] };

const toInput = (v: Values): PlanCreateInput => ({
  name: v.name.trim(),
  kind: v.kind,
  startsOn: v.startsOn || null,
  endsOn: v.endsOn || null,
  levelNames: v.levelNames.map((name) => name.trim()),
});

export function PlanCreateForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePlan();
  const form = useForm<Values>({
    initialValues: {
      name: '',
      kind: 'mandate',
      startsOn: '',
      endsOn: '',
      levelNames: [t('plans.defaultLevels.0'), t('plans.defaultLevels.1'), t('plans.defaultLevels.2')],
    },
    validate: zodFormValidator(planCreateInputSchema, toInput),
  });

  const submit = (values: Values) =>
    create.mutate(toInput(values), {
      onSuccess: (plan) => {
        notifySuccess(t('plans.created', { name: plan.name }));
        onDone();
        void navigate(planPath(plan.id));
      },
      onError: (error) => form.setErrors(issuesToFormErrors(error)),
    });

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        <ErrorAlert error={create.error} />
        <TextInput label={t('plans.name')} required data-autofocus {...form.getInputProps('name')} />
        <NativeSelect
          label={t('plans.kind')}
          data={planKinds.map((kind) => ({ value: kind, label: t(`plans.kinds.${kind}`) }))}
          {...form.getInputProps('kind')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput type="date" label={t('plans.startsOn')} {...form.getInputProps('startsOn')} />
          <TextInput type="date" label={t('plans.endsOn')} {...form.getInputProps('endsOn')} />
        </SimpleGrid>
        <LevelNamesFieldset
          values={form.values.levelNames}
          errors={form.errors}
          onChange={(levelNames) => form.setFieldValue('levelNames', levelNames)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('common.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
