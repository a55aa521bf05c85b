import { projectStages, type Portfolio, type ProjectStage } from '@pilotis/shared';
import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { ProjectsTable } from './ProjectsTable';
import { usePortfolioProjects } from './use-portfolios';

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The portfolio's projects in lifecycle order, filtered by stage (on the server) and by words (here). */
export function ProjectsPanel({ portfolio }: { portfolio: Portfolio }) {
  const { t } = useTranslation();
  const [stage, setStage] = useState<ProjectStage | ''>('');
  const [words, setWords] = useState('');
  const projects = usePortfolioProjects(portfolio.id, stage || undefined);
  const needle = fold(words.trim());
  const shown = (projects.data ?? [])
    .filter((p) => !needle || fold(`${p.code} ${p.title} ${p.sponsor?.name ?? p.sponsorName ?? ''} ${p.requestingUnit?.name ?? ''}`).includes(needle))
    .sort((a, b) => projectStages.indexOf(a.stage) - projectStages.indexOf(b.stage) || (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code));

  return (
    <section aria-label={t('portfolios.portfolio.tabs.projets')}>
      <Group align="flex-end" mb="md" wrap="wrap">
        <NativeSelect
          label={t('portfolios.portfolio.filters.stage')}
          value={stage}
          onChange={(event) => setStage(event.currentTarget.value as ProjectStage | '')}
          data={[{ value: '', label: t('portfolios.portfolio.filters.allStages') }, ...projectStages.map((s) => ({ value: s, label: t(`portfolios.stages.${s}`) }))]}
        />
        <TextInput label={t('portfolios.portfolio.filters.words')} value={words} onChange={(event) => setWords(event.currentTarget.value)} type="search" />
      </Group>
      {projects.isPending && <LoadingState />}
      <ErrorAlert error={projects.error} />
      {projects.data && <ProjectsTable projects={shown} caption={t('portfolios.portfolio.projectsCaption', { count: shown.length })} />}
    </section>
  );
}
