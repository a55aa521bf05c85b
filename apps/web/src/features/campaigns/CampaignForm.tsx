import { campaignCreateSchema } from '@pilotis/shared';
import { Alert, Button, Checkbox, Group, NativeSelect, NumberInput, Radio, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { issuesToFormErrors } from '../../lib/errors';
import { todayIso } from '../../lib/format';
import { notifySuccess } from '../../lib/notify';
import { zodFormValidator } from '../../lib/zod-form';
import { useOrgUnits } from '../org-units/use-org-units';
import { usePlanTree } from '../plans/use-plan-tree';
import { initialCampaignValues, toCampaignInput, toFormErrors, type CampaignFormValues } from './campaign-form-values';
import { useCreateCampaign } from './use-campaigns';

interface CampaignFormProps {
  /** The plans the actor manages (all for an admin). */
  plans: { id: string; name: string }[];
  isAdmin: boolean;
  onDone: (campaignId: string | null) => void;
}

const validate = zodFormValidator<CampaignFormValues>(campaignCreateSchema, toCampaignInput);

/** « Nouvelle campagne »: whom (a plan, an axis, an org unit), by when, once or every N weeks. */
export function CampaignForm({ plans, isAdmin, onDone }: CampaignFormProps) {
  const { t } = useTranslation();
  const create = useCreateCampaign();
  const form = useForm<CampaignFormValues>({
    initialValues: initialCampaignValues(plans[0]?.id ?? '', todayIso()),
    validate: (values) => toFormErrors(validate(values)),
  });
  const { scopeKind, planId, recurring } = form.values;
  const tree = usePlanTree(scopeKind === 'plan' && planId ? planId : undefined);
  const units = useOrgUnits();
  const nodeData = (tree.data?.nodes ?? []).map((n) => ({ value: n.id, label: `${n.code} ${n.title}` }));
  const unitData = (units.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }));

  const submit = (values: CampaignFormValues) =>
    create.mutate(toCampaignInput(values), {
      onSuccess: (campaign) => {
        notifySuccess(t('campaigns.form.created', { count: campaign.recipients }));
        onDone(campaign.id);
      },
      onError: (error) => form.setErrors(toFormErrors(issuesToFormErrors(error))),
    });
  const generalError = create.error && Object.keys(issuesToFormErrors(create.error)).length === 0 ? create.error.message : null;

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        {generalError && <Alert color="red" role="alert">{generalError}</Alert>}
        <TextInput label={t('campaigns.form.title')} placeholder={t('campaigns.form.titlePlaceholder')} required data-autofocus {...form.getInputProps('title')} />
        <Textarea label={t('campaigns.form.message')} description={t('campaigns.form.messageHelp')} autosize minRows={2} {...form.getInputProps('message')} />
        <Radio.Group label={t('campaigns.form.scopeKind')} {...form.getInputProps('scopeKind')}>
          <Group mt="xs">
            <Radio value="plan" label={t('campaigns.form.kinds.plan')} />
            <Radio value="orgUnit" label={t('campaigns.form.kinds.orgUnit')} disabled={!isAdmin} description={isAdmin ? undefined : t('campaigns.form.orgUnitAdmins')} />
          </Group>
        </Radio.Group>
        {scopeKind === 'plan' ? (
          <>
            <NativeSelect label={t('campaigns.form.plan')} data={plans.map((p) => ({ value: p.id, label: p.name }))} {...form.getInputProps('planId')}
              onChange={(event) => { form.setFieldValue('planId', event.currentTarget.value); form.setFieldValue('nodeId', null); }} />
            <Select label={t('campaigns.form.node')} description={t('campaigns.form.nodeHelp')} data={nodeData} searchable clearable {...form.getInputProps('nodeId')} />
          </>
        ) : (
          <Select label={t('campaigns.form.orgUnit')} description={t('campaigns.form.orgUnitHelp')} data={unitData} searchable required {...form.getInputProps('orgUnitId')} />
        )}
        <Checkbox label={t('campaigns.form.includeIndicators')} {...form.getInputProps('includeIndicators', { type: 'checkbox' })} />
        <Group grow align="flex-start">
          <TextInput type="date" label={t('campaigns.form.deadline')} required {...form.getInputProps('deadline')} />
          <NumberInput label={t('campaigns.form.remindDaysBefore')} min={0} max={30} allowDecimal={false} {...form.getInputProps('remindDaysBefore')} />
        </Group>
        <Checkbox label={t('campaigns.form.recurring')} description={t('campaigns.form.recurrenceHelp')} {...form.getInputProps('recurring', { type: 'checkbox' })} />
        {recurring && (
          <NumberInput label={t('campaigns.form.recurrenceWeeks')} min={1} max={52} allowDecimal={false} maw={240} {...form.getInputProps('recurrenceWeeks')} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone(null)}>{t('common.cancel')}</Button>
          <Button type="submit" loading={create.isPending}>{t('campaigns.form.submit')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
