import { reportFormatsByKind, reportKinds, statusCategories, type ReportKind } from '@pilotis/shared';
import { Button, Checkbox, Fieldset, Group, NativeSelect, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useOrgUnits } from '../org-units/use-org-units';
import { usePlans } from '../plans/use-plans';
import { usePlanTree } from '../plans/use-plan-tree';
import { withKind, type ReportRequestValues } from './report-request';
import { useActionOptions, useIndicatorOptions } from './use-reports';

interface ReportRequestFormProps {
  values: ReportRequestValues;
  onChange: (values: ReportRequestValues) => void;
  errors: Partial<Record<keyof ReportRequestValues, string>>;
  error: unknown;
  pending: boolean;
  onSubmit: () => void;
  onCancel: () => void;
}

/** Which report, about what, filtered how: the fields depend on the kind. */
export function ReportRequestForm({ values, onChange, errors, error, pending, onSubmit, onCancel }: ReportRequestFormProps) {
  const { t } = useTranslation();
  const { kind } = values;
  const aboutPlan = kind === 'plan-progress' || kind === 'action-book' || kind === 'action';
  const plans = usePlans();
  const tree = usePlanTree(aboutPlan && values.planId ? values.planId : undefined);
  const actions = useActionOptions(values.planId || null, kind === 'action');
  const indicators = useIndicatorOptions(kind === 'indicator');
  const units = useOrgUnits();
  const set = <K extends keyof ReportRequestValues>(key: K, value: ReportRequestValues[K]) => onChange({ ...values, [key]: value });

  const planData = [{ value: '', label: t('reports.form.choosePlan') }, ...(plans.data ?? []).map((p) => ({ value: p.id, label: p.name }))];
  const nodeData = (tree.data?.nodes ?? []).map((n) => ({ value: n.id, label: `${n.code} ${n.title}` }));
  const unitData = [{ value: '', label: t('reports.form.allUnits') }, ...(units.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))];

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Stack>
        <ErrorAlert error={Object.keys(errors).length === 0 ? error : undefined} />
        <Radio.Group label={t('reports.form.kind')} value={kind} onChange={(value) => onChange(withKind(values, value as ReportKind))}>
          <Stack gap="xs" mt="xs">
            {reportKinds.map((k) => (
              <Radio key={k} value={k} label={t(`reports.kinds.${k}`)} description={t(`reports.kindHelp.${k}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Radio.Group label={t('reports.form.format')} value={values.format} onChange={(value) => set('format', value as ReportRequestValues['format'])} error={errors.format}>
          <Group mt="xs">
            {reportFormatsByKind[kind].map((f) => <Radio key={f} value={f} label={t(`reports.formats.${f}`)} />)}
          </Group>
        </Radio.Group>
        {aboutPlan && (
          <NativeSelect label={t('reports.form.plan')} data={planData} value={values.planId} error={errors.planId}
            onChange={(event) => onChange({ ...values, planId: event.currentTarget.value, nodeId: '', actionId: '' })} />
        )}
        {(kind === 'plan-progress' || kind === 'action-book') && (
          <Select label={t('reports.form.node')} description={t('reports.form.nodeHelp')} data={nodeData} searchable clearable disabled={!values.planId}
            nothingFoundMessage={t('reports.form.nothingFound')} value={values.nodeId || null} error={errors.nodeId} onChange={(value) => set('nodeId', value ?? '')} />
        )}
        {kind === 'action' && (
          <Select label={t('reports.form.action')} required searchable disabled={!values.planId} data={(actions.data ?? []).map((a) => ({ value: a.id, label: `${a.code} ${a.title}` }))}
            nothingFoundMessage={t('reports.form.nothingFound')} value={values.actionId || null} error={errors.actionId} onChange={(value) => set('actionId', value ?? '')} />
        )}
        {kind === 'indicator' && (
          <Select label={t('reports.form.indicator')} required searchable data={(indicators.data ?? []).map((i) => ({ value: i.id, label: `${i.code} — ${i.name}` }))}
            nothingFoundMessage={t('reports.form.nothingFound')} value={values.indicatorId || null} error={errors.indicatorId} onChange={(value) => set('indicatorId', value ?? '')} />
        )}
        {(kind === 'plan-progress' || kind === 'action-book') && (
          <Fieldset legend={t('reports.form.filters')}>
            <Stack gap="sm">
              <NativeSelect label={t('reports.form.orgUnit')} data={unitData} value={values.orgUnitId} onChange={(event) => set('orgUnitId', event.currentTarget.value)} />
              {kind === 'action-book' && (
                <NativeSelect label={t('reports.form.statusCategory')} value={values.statusCategory}
                  data={[{ value: '', label: t('reports.form.allStatuses') }, ...statusCategories.map((c) => ({ value: c, label: t(`reports.categories.${c}`) }))]}
                  onChange={(event) => set('statusCategory', event.currentTarget.value as ReportRequestValues['statusCategory'])} />
              )}
              <TextInput label={t('reports.form.tag')} value={values.tag} error={errors.tag} onChange={(event) => set('tag', event.currentTarget.value)} />
              <Checkbox label={t('reports.form.flagship')} checked={values.flagship} onChange={(event) => set('flagship', event.currentTarget.checked)} />
            </Stack>
          </Fieldset>
        )}
        {errors.kind && <Text c="red.9" size="sm">{errors.kind}</Text>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>{t('reports.form.cancel')}</Button>
          <Button type="submit" loading={pending}>{t('reports.form.submit')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
