import { planKinds, planUpdateInputSchema, type Plan, type PlanKind, type PlanState, type PlanUpdateInput } from '@pilotis/shared';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { issuesToFormErrors } from '../../lib/errors';
import { notifySuccess } from '../../lib/notify';
import { zodFormValidator } from '../../lib/zod-form';
import { SaveError } from '../actions/fiche/ConflictAlert';
import { LevelNamesFieldset } from './LevelNamesFieldset';
import { PlanStateRadios } from './PlanStateRadios';
import { useUpdatePlan } from './use-plans';

type Values = { name: string; kind: PlanKind; description: string; startsOn: string; endsOn: string; state: PlanState; levelNames: string[] };

const valuesOf = (plan: Plan): Values => ({
  name: plan.name,
  kind: plan.kind,
  description: plan.description,
  startsOn: plan.startsOn ?? '',
  endsOn: plan.endsOn ?? '',
  state: plan.state,
  levelNames: plan.levelNames,
});

const toInput = (v: Values, version: number): PlanUpdateInput => ({
  version,
  name: v.name.trim(),
  kind: v.kind,
  description: v.description,
  startsOn: v.startsOn || null,
  endsOn: v.endsOn || null,
  state: v.state,
  levelNames: v.levelNames.map((name) => name.trim()),
});

interface PlanSettingsFormProps {
  plan: Plan;
  onDone: () => void;
}

/** « Paramètres du plan »: PATCH with the version read; a 409 offers « Recharger ». */
export function PlanSettingsForm({ plan, onDone }: PlanSettingsFormProps) {
  const { t } = useTranslation();
  const update = useUpdatePlan();
  const form = useForm<Values>({
    initialValues: valuesOf(plan),
    validate: zodFormValidator(planUpdateInputSchema, (v: Values) => toInput(v, plan.version)),
  });

  const submit = (values: Values) =>
    update.mutate({ id: plan.id, ...toInput(values, plan.version) }, {
      onSuccess: (saved) => {
        notifySuccess(t('planSettings.saved', { name: saved.name }));
        onDone();
      },
      onError: (error) => form.setErrors(issuesToFormErrors(error)),
    });

  // The plan query is refetched after a 409 (useUpdatePlan): closing lets the dialog reopen on fresh values.
  const reload = () => {
    update.reset();
    onDone();
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        <SaveError error={update.error} onReload={reload} />
        <TextInput label={t('plans.name')} required data-autofocus {...form.getInputProps('name')} />
        <NativeSelect
          label={t('plans.kind')}
          data={planKinds.map((kind) => ({ value: kind, label: t(`plans.kinds.${kind}`) }))}
          {...form.getInputProps('kind')}
        />
        <Textarea label={t('plans.description')} autosize minRows={2} {...form.getInputProps('description')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput type="date" label={t('plans.startsOn')} {...form.getInputProps('startsOn')} />
          <TextInput type="date" label={t('plans.endsOn')} {...form.getInputProps('endsOn')} />
        </SimpleGrid>
        <PlanStateRadios value={form.values.state} onChange={(state) => form.setFieldValue('state', state)} />
        <LevelNamesFieldset
          values={form.values.levelNames}
          errors={form.errors}
          onChange={(levelNames) => form.setFieldValue('levelNames', levelNames)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
