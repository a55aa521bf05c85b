import { reportFormatsByKind, reportKinds, reportSubscriptionCreateSchema, statusCategories, type ReportSubscription } from '@pilotis/shared';
import { Button, Checkbox, Fieldset, Group, MultiSelect, NativeSelect, NumberInput, Radio, Select, Stack, TagsInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { issuesToFormErrors } from '../../lib/errors';
import { notifySuccess } from '../../lib/notify';
import { zodFormValidator } from '../../lib/zod-form';
import { SaveError } from '../actions/fiche/ConflictAlert';
import { usePlanTree } from '../plans/use-plan-tree';
import { useActionOptions, useIndicatorOptions } from '../reports/use-reports';
import { useUsers } from '../users/use-users';
import { initialSubscriptionValues, toFormErrors, toSubscriptionInput, type SubscriptionFormValues } from './subscription-form-values';
import { useCreateSubscription, useUpdateSubscription } from './use-report-subscriptions';

interface SubscriptionFormProps {
  subscription?: ReportSubscription;
  /** The plans the actor may subscribe people to (managers, admins). */
  plans: { id: string; name: string }[];
  defaultPlanId: string;
  onDone: () => void;
}

const validate = zodFormValidator<SubscriptionFormValues>(reportSubscriptionCreateSchema, toSubscriptionInput);

/** Create or edit a subscription: which report, how often, to whom. */
export function SubscriptionForm({ subscription, plans, defaultPlanId, onDone }: SubscriptionFormProps) {
  const { t } = useTranslation();
  const create = useCreateSubscription();
  const update = useUpdateSubscription();
  const mutation = subscription ? update : create;
  const form = useForm<SubscriptionFormValues>({
    initialValues: initialSubscriptionValues(subscription, defaultPlanId),
    validate: (values) => toFormErrors(validate(values)),
  });
  const { kind, planId, frequency } = form.values;
  const users = useUsers();
  const tree = usePlanTree(planId || undefined);
  const actions = useActionOptions(planId || null, kind === 'action');
  const indicators = useIndicatorOptions(kind === 'indicator');

  const handlers = {
    onSuccess: () => {
      notifySuccess(t(subscription ? 'subscriptions.saved' : 'subscriptions.created'));
      onDone();
    },
    onError: (error: unknown) => form.setErrors(toFormErrors(issuesToFormErrors(error))),
  };
  const submit = (values: SubscriptionFormValues) => {
    const { planId: _plan, ...input } = toSubscriptionInput(values);
    if (subscription) update.mutate({ id: subscription.id, version: subscription.version, ...input }, handlers);
    else create.mutate(toSubscriptionInput(values), handlers);
  };
  const setKind = (value: string) => {
    const next = value as SubscriptionFormValues['kind'];
    form.setFieldValue('kind', next);
    if (!reportFormatsByKind[next].includes(form.values.format)) form.setFieldValue('format', 'pdf');
  };
  const userData = (users.data ?? []).filter((u) => u.active !== false).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));
  const nodeData = (tree.data?.nodes ?? []).map((n) => ({ value: n.id, label: `${n.code} ${n.title}` }));

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        <SaveError error={mutation.error} onReload={() => { mutation.reset(); onDone(); }} />
        <NativeSelect label={t('subscriptions.plan')} disabled={Boolean(subscription)} data={plans.map((p) => ({ value: p.id, label: p.name }))} {...form.getInputProps('planId')} />
        <Fieldset legend={t('subscriptions.report')}>
          <Stack gap="sm">
            <NativeSelect label={t('subscriptions.kind')} data={reportKinds.map((k) => ({ value: k, label: t(`subscriptions.kinds.${k}`) }))}
              {...form.getInputProps('kind')} onChange={(event) => setKind(event.currentTarget.value)} data-autofocus />
            <Radio.Group label={t('subscriptions.format')} {...form.getInputProps('format')}>
              <Group mt="xs">
                {reportFormatsByKind[kind].map((f) => <Radio key={f} value={f} label={t(`subscriptions.formats.${f}`)} />)}
              </Group>
            </Radio.Group>
            {kind === 'action-book' && (
              <>
                <Select label={t('subscriptions.node')} description={t('subscriptions.nodeHelp')} data={nodeData} searchable clearable {...form.getInputProps('nodeId')} />
                <NativeSelect label={t('subscriptions.statusCategory')}
                  data={[{ value: '', label: t('subscriptions.allStatuses') }, ...statusCategories.map((c) => ({ value: c, label: t(`subscriptions.categories.${c}`) }))]}
                  {...form.getInputProps('statusCategory')} />
                <Checkbox label={t('subscriptions.flagshipOnly')} {...form.getInputProps('flagship', { type: 'checkbox' })} />
              </>
            )}
            {kind === 'action' && (
              <Select label={t('subscriptions.action')} required searchable data={(actions.data ?? []).map((a) => ({ value: a.id, label: `${a.code} ${a.title}` }))}
                nothingFoundMessage={t('subscriptions.nothingFound')} {...form.getInputProps('actionId')} />
            )}
            {kind === 'indicator' && (
              <Select label={t('subscriptions.indicator')} required searchable data={(indicators.data ?? []).map((i) => ({ value: i.id, label: `${i.code} — ${i.name}` }))}
                nothingFoundMessage={t('subscriptions.nothingFound')} {...form.getInputProps('indicatorId')} />
            )}
          </Stack>
        </Fieldset>
        <Fieldset legend={t('subscriptions.when')}>
          <Stack gap="sm">
            <Radio.Group label={t('subscriptions.frequency')} {...form.getInputProps('frequency')}>
              <Group mt="xs">
                {(['weekly', 'monthly', 'before-review'] as const).map((f) => <Radio key={f} value={f} label={t(`subscriptions.frequencies.${f}`)} />)}
              </Group>
            </Radio.Group>
            <Group grow align="flex-start">
              {frequency === 'weekly' && (
                <NativeSelect label={t('subscriptions.weekday')} data={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: t(`subscriptions.weekdays.${d}`) }))} {...form.getInputProps('weekday')} />
              )}
              {frequency === 'monthly' && (
                <NumberInput label={t('subscriptions.day')} description={t('subscriptions.dayHelp')} min={1} max={28} allowDecimal={false} {...form.getInputProps('day')} />
              )}
              {frequency === 'before-review' && (
                <NumberInput label={t('subscriptions.daysBefore')} description={t('subscriptions.daysBeforeHelp')} min={0} max={60} allowDecimal={false} {...form.getInputProps('daysBefore')} />
              )}
              <NumberInput label={t('subscriptions.hour')} description={t('subscriptions.hourHelp')} min={0} max={23} allowDecimal={false} suffix=" h" {...form.getInputProps('hour')} />
            </Group>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('subscriptions.recipients')}>
          <Stack gap="sm">
            <MultiSelect label={t('subscriptions.users')} data={userData} searchable nothingFoundMessage={t('subscriptions.nothingFound')} {...form.getInputProps('userIds')} />
            <TagsInput label={t('subscriptions.emails')} description={t('subscriptions.emailsHelp')} splitChars={[',', ';', ' ']} {...form.getInputProps('emails')} />
          </Stack>
        </Fieldset>
        <Checkbox label={t('subscriptions.active')} description={t('subscriptions.activeHelp')} {...form.getInputProps('active', { type: 'checkbox' })} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" loading={mutation.isPending}>{t(subscription ? 'common.save' : 'common.create')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
