import { projectRequestInputSchema, type Portfolio } from '@pilotis/shared';
import { Button, Fieldset, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { projectPath } from '../../../app/paths';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { issuesToFormErrors } from '../../../lib/errors';
import { notifySuccess } from '../../../lib/notify';
import { LinkedNodesField } from '../../actions/fiche/LinkedNodesField';
import { useCurrentMe } from '../../auth/use-me';
import { orderedUnits } from '../../org-units/org-unit-options';
import { useOrgUnits } from '../../org-units/use-org-units';
import { BudgetCapacityGrid } from '../settings/BudgetCapacityGrid';
import { FteCapacityGrid } from '../settings/FteCapacityGrid';
import { yearsOf } from '../settings/settings-values';
import { useSubmitRequest } from '../use-portfolios';
import { emptyRequest, requestInput, type RequestValues } from './request-values';
import { zodIssuesToErrors } from '../../../lib/zod-form';

export function RequestForm({ portfolio }: { portfolio: Portfolio }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentMe();
  const units = useOrgUnits().data ?? [];
  const submitRequest = useSubmitRequest(portfolio.id);
  const [values, setValues] = useState<RequestValues>(() => emptyRequest(me.orgUnitIds[0] ?? ''));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const years = yearsOf(portfolio.settings.startYear, portfolio.settings.endYear);
  const set = (patch: Partial<RequestValues>) => setValues((current) => ({ ...current, ...patch }));
  const text = (field: 'title' | 'description' | 'sponsorName' | 'benefits' | 'risks' | 'startsOn' | 'endsOn') => ({
    value: values[field],
    onChange: (e: { currentTarget: { value: string } }) => set({ [field]: e.currentTarget.value }),
    error: errors[field],
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = projectRequestInputSchema.safeParse(requestInput(values, years));
    if (!parsed.success) {
      setErrors(zodIssuesToErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    submitRequest.mutate(parsed.data, {
      onSuccess: (project) => {
        notifySuccess(t('portfolios.request.submitted', { code: project.code }));
        void navigate(projectPath(project.id));
      },
      onError: (error) => setErrors(issuesToFormErrors(error)),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <ErrorAlert error={submitRequest.error} />
        <Fieldset legend={t('portfolios.request.what')}>
          <Stack>
            <TextInput label={t('portfolios.project.title')} required {...text('title')} />
            <Textarea label={t('portfolios.project.description')} autosize minRows={3} {...text('description')} />
            <Textarea label={t('portfolios.project.benefits')} description={t('portfolios.request.benefitsHelp')} autosize minRows={2} {...text('benefits')} />
            <Textarea label={t('portfolios.project.risks')} autosize minRows={2} {...text('risks')} />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('portfolios.request.who')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('portfolios.project.sponsor')} description={t('portfolios.request.sponsorHelp')} {...text('sponsorName')} />
            <NativeSelect
              label={t('portfolios.project.requestingUnit')}
              value={values.requestingUnitId}
              onChange={(e) => set({ requestingUnitId: e.currentTarget.value })}
              error={errors.requestingUnitId}
              data={[{ value: '', label: t('portfolios.request.noUnit') }, ...orderedUnits(units).filter(({ item }) => item.active).map(({ item, depth }) => ({ value: item.id, label: `${'\u00a0\u00a0'.repeat(depth)}${item.name}` }))]}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('portfolios.request.when')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput label={t('portfolios.project.durationMonths')} min={1} max={240} allowDecimal={false} value={values.durationMonths}
              onChange={(v) => set({ durationMonths: v === '' ? '' : Number(v) })} error={errors.durationMonths} />
            <TextInput type="date" label={t('portfolios.project.startsOn')} {...text('startsOn')} />
            <TextInput type="date" label={t('portfolios.project.endsOn')} {...text('endsOn')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('portfolios.request.means')}>
          <Stack>
            <BudgetCapacityGrid years={years} values={values.costs} onChange={(costs) => set({ costs })} errors={errors}
              title={t('portfolios.request.costsTitle')} errorPath="costs" />
            <FteCapacityGrid years={years} unitIds={values.resourceUnitIds} values={values.resources} errors={errors}
              onChange={(resourceUnitIds, resources) => set({ resourceUnitIds, resources })} title={t('portfolios.request.resourcesTitle')} errorPath="resources" />
          </Stack>
        </Fieldset>
        <LinkedNodesField planId={portfolio.id} value={values.objectiveNodeIds} onChange={(objectiveNodeIds) => set({ objectiveNodeIds })}
          error={errors.objectiveNodeIds} />
        <Group justify="flex-end">
          <Button type="submit" loading={submitRequest.isPending}>{t('portfolios.request.submit')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
