import { portfolioDecisionInputSchema, type ArbitrationProject } from '@pilotis/shared';
import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { issuesToFormErrors } from '../../../lib/errors';
import { todayIso } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { useRecordDecision } from '../use-portfolios';
import { decisionLists, verdictOf, type Verdict } from './arbitration-view';
import { zodIssuesToErrors } from '../../../lib/zod-form';

const verdicts: Verdict[] = ['none', 'approved', 'rejected', 'postponed'];

interface DecisionFormProps {
  portfolioId: string;
  /** Projects at the `arbitration` stage: the only ones a decision may move. */
  arbitrated: ArbitrationProject[];
  selected: string[];
  onRecorded: () => void;
}

/** « Enregistrer la décision »: the ticked projects are approved unless chosen otherwise, the rest wait. */
export function DecisionForm({ portfolioId, arbitrated, selected, onRecorded }: DecisionFormProps) {
  const { t } = useTranslation();
  const record = useRecordDecision(portfolioId);
  const [decidedOn, setDecidedOn] = useState(todayIso());
  const [body, setBody] = useState('');
  const [note, setNote] = useState('');
  const [choices, setChoices] = useState<Record<string, Verdict>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { decidedOn, body: body.trim(), note: note.trim(), ...decisionLists(arbitrated, selected, choices) };
    const parsed = portfolioDecisionInputSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(zodIssuesToErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    record.mutate(parsed.data, {
      onSuccess: (decision) => {
        notifySuccess(t('portfolios.arbitration.decisionRecorded', { count: decision.approved.length + decision.rejected.length + decision.postponed.length }));
        setChoices({});
        setBody('');
        setNote('');
        onRecorded();
      },
      onError: (error) => setErrors(issuesToFormErrors(error)),
    });
  };

  return (
    <Paper component="section" aria-labelledby="decision-title" withBorder p="md" radius="md">
      <Title order={3} size="h5" id="decision-title" mb="xs">{t('portfolios.arbitration.decisionTitle')}</Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">{t('portfolios.arbitration.decisionHelp')}</Text>
          <ErrorAlert error={record.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="date" label={t('portfolios.arbitration.decidedOn')} required value={decidedOn} onChange={(e) => setDecidedOn(e.currentTarget.value)} error={errors.decidedOn} />
            <TextInput label={t('portfolios.arbitration.body')} placeholder={t('portfolios.arbitration.bodyPlaceholder')} required value={body} onChange={(e) => setBody(e.currentTarget.value)} error={errors.body} />
          </SimpleGrid>
          <Textarea label={t('portfolios.arbitration.note')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
          {arbitrated.length === 0 ? (
            <Text size="sm">{t('portfolios.arbitration.noneInArbitration')}</Text>
          ) : (
            <Stack gap="xs">
              {arbitrated.map((project) => (
                <NativeSelect
                  key={project.id}
                  label={t('portfolios.arbitration.verdictFor', { name: `${project.code} ${project.title}` })}
                  value={verdictOf(project.id, selected, choices)}
                  onChange={(e) => setChoices({ ...choices, [project.id]: e.currentTarget.value as Verdict })}
                  data={verdicts.map((v) => ({ value: v, label: t(`portfolios.arbitration.verdicts.${v}`) }))}
                />
              ))}
            </Stack>
          )}
          {errors.approvedIds && <Text size="sm" c="red.9" role="alert">{errors.approvedIds}</Text>}
          <Group justify="flex-end">
            <Button type="submit" loading={record.isPending} disabled={arbitrated.length === 0}>{t('portfolios.arbitration.recordDecision')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
