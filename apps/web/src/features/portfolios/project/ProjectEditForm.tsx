import { projectUpdateInputSchema, type Project, type ProjectUpdateInput } from '@pilotis/shared';
import { Button, Group, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { issuesToFormErrors } from '../../../lib/errors';
import { notifySuccess } from '../../../lib/notify';
import { useNumberSeparators } from '../money-input';
import { useUpdateProject } from '../use-portfolios';
import { splitCodes } from './split-codes';

type Values = {
  code: string; title: string; sponsorName: string; benefits: string; risks: string; durationMonths: number | '';
  startsOn: string; endsOn: string; financeCodes: string; customWeight: number | '';
};

const valuesOf = (p: Project): Values => ({
  code: p.code, title: p.title, sponsorName: p.sponsorName ?? '', benefits: p.benefits, risks: p.risks, durationMonths: p.durationMonths ?? '',
  startsOn: p.startsOn ?? '', endsOn: p.endsOn ?? '', financeCodes: p.financeCodes.join(', '), customWeight: p.customWeight ?? '',
});

const toInput = (v: Values, version: number): ProjectUpdateInput => ({
  version,
  code: v.code.trim(),
  title: v.title.trim(),
  sponsorName: v.sponsorName.trim() || null,
  benefits: v.benefits.trim(),
  risks: v.risks.trim(),
  durationMonths: v.durationMonths === '' ? null : v.durationMonths,
  startsOn: v.startsOn || null,
  endsOn: v.endsOn || null,
  financeCodes: splitCodes(v.financeCodes),
  customWeight: v.customWeight === '' ? null : v.customWeight,
});

/** The project's own fields (managers); costs, objectives and follow-up are edited in the fiche action. */
export function ProjectEditForm({ project, onDone }: { project: Project; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateProject(project.id);
  const { decimalSeparator } = useNumberSeparators();
  const [values, setValues] = useState<Values>(() => valuesOf(project));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const field = (name: keyof Values) => ({
    value: values[name] as string,
    onChange: (e: { currentTarget: { value: string } }) => setValues({ ...values, [name]: e.currentTarget.value }),
    error: errors[name],
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = projectUpdateInputSchema.safeParse(toInput(values, project.version));
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.').replace(/^financeCodes\.\d+$/, 'financeCodes'), issue.message])));
      return;
    }
    update.mutate(parsed.data, {
      onSuccess: () => {
        notifySuccess(t('portfolios.project.saved'));
        onDone();
      },
      onError: (error) => setErrors(issuesToFormErrors(error)),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={update.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('portfolios.project.code')} required {...field('code')} />
          <TextInput label={t('portfolios.project.title')} required {...field('title')} data-autofocus />
        </SimpleGrid>
        <TextInput label={t('portfolios.project.sponsor')} {...field('sponsorName')} />
        <Textarea label={t('portfolios.project.benefits')} autosize minRows={2} {...field('benefits')} />
        <Textarea label={t('portfolios.project.risks')} autosize minRows={2} {...field('risks')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput label={t('portfolios.project.durationMonths')} min={1} max={240} allowDecimal={false} value={values.durationMonths}
            onChange={(v) => setValues({ ...values, durationMonths: v === '' ? '' : Number(v) })} error={errors.durationMonths} />
          <TextInput type="date" label={t('portfolios.project.startsOn')} {...field('startsOn')} />
          <TextInput type="date" label={t('portfolios.project.endsOn')} {...field('endsOn')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('portfolios.project.financeCodes')} description={t('portfolios.project.financeCodesHelp')} {...field('financeCodes')} />
          <NumberInput label={t('portfolios.project.customWeight')} description={t('portfolios.project.customWeightHelp')} min={0} decimalScale={2} decimalSeparator={decimalSeparator}
            value={values.customWeight} onChange={(v) => setValues({ ...values, customWeight: v === '' ? '' : Number(v) })} error={errors.customWeight} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" loading={update.isPending}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
