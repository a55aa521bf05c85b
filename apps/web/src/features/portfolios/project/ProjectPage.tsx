import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconClipboardList } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { actionPath, portfolioPath } from '../../../app/paths';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { FicheSection } from '../../actions/fiche/FicheSection';
import { usePlan } from '../../plans/use-plans';
import { StageBadge } from '../StageBadge';
import { useProject } from '../use-portfolios';
import { ProjectFields } from './ProjectFields';
import { ProjectMeans } from './ProjectMeans';
import { ProjectObjectives } from './ProjectObjectives';
import { ScoresSection } from './ScoresSection';
import { TransitionButtons } from './TransitionButtons';
import { useFormatters } from '../../../lib/use-formatters';

/** A project of a portfolio: its stage and next steps, what was asked, its scores; the fiche action holds its follow-up. */
export function ProjectPage() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const project = useProject(id);
  const portfolio = usePlan(project.data?.data.planId);
  const { number } = useFormatters();

  if (project.isPending) return <LoadingState />;
  if (!project.data) return <ErrorAlert error={project.error} />;
  const { data: current, can } = project.data;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={portfolioPath(current.planId)} size="sm">
        <Group gap={4} component="span"><IconArrowLeft size={16} aria-hidden />{t('portfolios.project.back', { name: portfolio.data?.data.name ?? t('portfolios.title') })}</Group>
      </Anchor>
      <div>
        <PageHeader
          title={`${current.code} ${current.title}`}
          actions={
            <Button component={Link} to={actionPath(current.id)} variant="default" leftSection={<IconClipboardList size={18} aria-hidden />}>
              {t('portfolios.project.ficheLink')}
            </Button>
          }
        />
        <Group gap="sm" mt={-8}>
          <StageBadge stage={current.stage} />
          <Text size="sm">
            {current.score === null ? t('portfolios.project.noScore') : t('portfolios.project.scoreText', { score: number(current.score), rank: current.rank ?? '—' })}
          </Text>
        </Group>
      </div>
      <TransitionButtons project={current} canTransition={can.transition} />
      <ProjectFields project={current} canUpdate={can.update} />
      <ProjectObjectives objectives={current.objectives} />
      <ProjectMeans costs={current.costs} resources={current.resources} />
      <ScoresSection key={`${current.id}-${current.version}-${current.scores.map((s) => s.mine?.score ?? '').join()}`} project={current} canScore={can.score} />
      <FicheSection title={t('portfolios.project.followUp')}>
        <Text size="sm">
          {t('portfolios.project.followUpText', { progress: current.progress })}{' '}
          <Anchor component={Link} to={actionPath(current.id)}>{t('portfolios.project.ficheLink')}</Anchor>
        </Text>
      </FicheSection>
    </Stack>
  );
}
