import type { Project } from '@pilotis/shared';
import { Button, Group, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { issuesToFormErrors } from '../../../lib/errors';
import { notifySuccess } from '../../../lib/notify';
import { FicheSection } from '../../actions/fiche/FicheSection';
import { useNumberSeparators } from '../money-input';
import { useSaveScores } from '../use-portfolios';
import { useFormatters } from '../../../lib/use-formatters';

type Mine = Record<string, { score: number | ''; comment: string }>;

/**
 * Scores per criterion: the evaluators' mean for everyone; my own score and comment for those who
 * score. The scale is shown beside each input and checked by the server (422 on `scores.N.score`).
 */
export function ScoresSection({ project, canScore }: { project: Project; canScore: boolean }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const save = useSaveScores(project.id);
  const { decimalSeparator } = useNumberSeparators();
  const [mine, setMine] = useState<Mine>(() =>
    Object.fromEntries(project.scores.map((s) => [s.criterionId, { score: s.mine?.score ?? '', comment: s.mine?.comment ?? '' }])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (id: string, patch: Partial<Mine[string]>) => setMine((current) => ({ ...current, [id]: { ...current[id]!, ...patch } }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const scored = project.scores.filter((s) => mine[s.criterionId]?.score !== '');
    const scores = scored.map((s) => ({ criterionId: s.criterionId, score: Number(mine[s.criterionId]!.score), comment: mine[s.criterionId]!.comment.trim() }));
    save.mutate({ scores }, {
      onSuccess: () => {
        setErrors({});
        notifySuccess(t('portfolios.scores.saved'));
      },
      // The server names the item by its place in what we sent: bring it back to its criterion.
      onError: (error) => {
        const byPath = issuesToFormErrors(error);
        const mapped: Record<string, string> = {};
        for (const [path, message] of Object.entries(byPath)) {
          const index = Number(/^scores\.(\d+)/.exec(path)?.[1]);
          const criterion = scored[index];
          if (criterion) mapped[criterion.criterionId] = message;
        }
        setErrors(mapped);
      },
    });
  };

  if (project.scores.length === 0) {
    return <FicheSection title={t('portfolios.scores.title')}><Text size="sm" c="dimmed">{t('portfolios.scores.noCriteria')}</Text></FicheSection>;
  }

  return (
    <FicheSection title={t('portfolios.scores.title')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {save.error && Object.keys(errors).length === 0 && <ErrorAlert error={save.error} />}
          <Table.ScrollContainer minWidth={canScore ? 860 : 520}>
            <Table verticalSpacing="xs">
              <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
                <Text component="span" c="dimmed" size="sm">{t('portfolios.scores.caption')}</Text>
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('portfolios.scores.criterion')}</Table.Th>
                  <Table.Th scope="col">{t('portfolios.scores.scale')}</Table.Th>
                  <Table.Th scope="col">{t('portfolios.scores.mean')}</Table.Th>
                  {canScore && <Table.Th scope="col">{t('portfolios.scores.mine')}</Table.Th>}
                  {canScore && <Table.Th scope="col">{t('portfolios.scores.comment')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {project.scores.map((s) => (
                  <Table.Tr key={s.criterionId}>
                    <Table.Th scope="row" fw={400}>
                      <Text size="sm" fw={600}>{s.name}</Text>
                      <Text size="xs">{t('portfolios.scores.weight', { weight: s.weight })}{s.kind === 'alignment' ? ` · ${t('portfolios.criteria.kinds.alignment')}` : ''}</Text>
                    </Table.Th>
                    <Table.Td>{t('portfolios.scores.scaleText', { min: s.scaleMin, max: s.scaleMax })}</Table.Td>
                    <Table.Td>{s.mean === null ? t('portfolios.scores.none') : t('portfolios.scores.meanText', { mean: number(s.mean), count: s.evaluatorCount })}</Table.Td>
                    {canScore && (
                      <Table.Td>
                        <NumberInput
                          aria-label={t('portfolios.scores.myScoreFor', { name: s.name, min: s.scaleMin, max: s.scaleMax })}
                          description={s.proposed !== null ? t('portfolios.scores.proposed', { value: number(s.proposed) }) : undefined}
                          w={140} decimalScale={1} decimalSeparator={decimalSeparator} clampBehavior="none"
                          value={mine[s.criterionId]?.score ?? ''}
                          onChange={(v) => set(s.criterionId, { score: v === '' ? '' : Number(v) })}
                          error={errors[s.criterionId]}
                        />
                      </Table.Td>
                    )}
                    {canScore && (
                      <Table.Td>
                        <TextInput aria-label={t('portfolios.scores.commentFor', { name: s.name })} value={mine[s.criterionId]?.comment ?? ''}
                          onChange={(e) => set(s.criterionId, { comment: e.currentTarget.value })} />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {canScore && (
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending}>{t('portfolios.scores.save')}</Button>
            </Group>
          )}
        </Stack>
      </form>
    </FicheSection>
  );
}
