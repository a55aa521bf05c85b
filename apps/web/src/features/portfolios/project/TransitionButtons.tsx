import type { Project, ProjectStage } from '@pilotis/shared';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { issuesToFormErrors } from '../../../lib/errors';
import { notifySuccess } from '../../../lib/notify';
import { FicheSection } from '../../actions/fiche/FicheSection';
import { useTransitionProject } from '../use-portfolios';

/** The moves the lifecycle allows from here; closing asks for the outcome and the lessons learnt. */
export function TransitionButtons({ project, canTransition }: { project: Project; canTransition: boolean }) {
  const { t } = useTranslation();
  const transition = useTransitionProject(project.id);
  const [closing, setClosing] = useState(false);
  const [outcome, setOutcome] = useState('');
  const [lessons, setLessons] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (!canTransition || project.allowedTransitions.length === 0) return null;

  const move = (to: ProjectStage, extra: { outcome?: string; lessons?: string } = {}) =>
    transition.mutate({ to, version: project.version, ...extra }, {
      onSuccess: () => {
        notifySuccess(t('portfolios.project.moved', { stage: t(`portfolios.stages.${to}`) }));
        setClosing(false);
      },
      onError: (error) => setErrors(issuesToFormErrors(error)),
    });
  const close = (event: FormEvent) => {
    event.preventDefault();
    const missing = { outcome: outcome.trim() ? '' : t('portfolios.project.outcomeRequired'), lessons: lessons.trim() ? '' : t('portfolios.project.lessonsRequired') };
    if (missing.outcome || missing.lessons) return setErrors(missing);
    move('closed', { outcome: outcome.trim(), lessons: lessons.trim() });
  };

  return (
    <FicheSection title={t('portfolios.project.nextSteps')}>
      {!closing && <ErrorAlert error={transition.error} />}
      <Group gap="sm">
        {project.allowedTransitions.map((to) => (
          <Button key={to} variant={to === 'rejected' ? 'default' : 'filled'} loading={transition.isPending && transition.variables?.to === to}
            onClick={() => (to === 'closed' ? setClosing(true) : move(to))}>
            {t(`portfolios.project.moveTo.${to}`)}
          </Button>
        ))}
      </Group>
      <Modal opened={closing} onClose={() => setClosing(false)} title={t('portfolios.project.closeTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
        <form onSubmit={close} noValidate>
          <Stack>
            <Text size="sm">{t('portfolios.project.closeHelp')}</Text>
            <ErrorAlert error={transition.error} />
            <Textarea label={t('portfolios.project.outcome')} required autosize minRows={3} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} error={errors.outcome || undefined} data-autofocus />
            <Textarea label={t('portfolios.project.lessons')} required autosize minRows={3} value={lessons} onChange={(e) => setLessons(e.currentTarget.value)} error={errors.lessons || undefined} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setClosing(false)}>{t('common.cancel')}</Button>
              <Button type="submit" loading={transition.isPending}>{t('portfolios.project.moveTo.closed')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </FicheSection>
  );
}
