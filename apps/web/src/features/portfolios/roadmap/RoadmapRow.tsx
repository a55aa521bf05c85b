import type { RoadmapProject } from '@pilotis/shared';
import { Anchor, Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { projectPath } from '../../../app/paths';
import { useFormatters } from '../../../lib/use-formatters';
import { StageBadge, stageColors } from '../StageBadge';
import classes from './Roadmap.module.css';
import { barOf, positionOf, type Column, type Span } from './roadmap-layout';

interface RoadmapRowProps {
  project: RoadmapProject;
  span: Span;
  todayLeft: number | null;
  years: Column[];
}

/** One project: its name and stage, a bar from start to end, milestone diamonds; all said in words too. */
export function RoadmapRow({ project, span, todayLeft, years }: RoadmapRowProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const bar = barOf(project.startsOn, project.endsOn, span);
  const dated = project.milestones.filter((m) => m.dueOn);
  const when = t('portfolios.roadmap.when', { start: format.date(project.startsOn) || t('portfolios.roadmap.noDate'), end: format.date(project.endsOn) || t('portfolios.roadmap.noDate') });
  const milestoneText = (m: RoadmapProject['milestones'][number]) =>
    t(m.doneOn ? 'portfolios.roadmap.milestoneDone' : 'portfolios.roadmap.milestoneDue', { title: m.title, date: format.date(m.dueOn) });

  return (
    <li className={classes.row}>
      <div className={classes.labelCell}>
        <Anchor component={Link} to={projectPath(project.id)} fw={600} size="sm">{`${project.code} ${project.title}`}</Anchor>
        <Group gap={4} mt={2}>
          <StageBadge stage={project.stage} />
          <Text size="xs">{t('portfolios.roadmap.progress', { value: project.progress })}</Text>
          {project.late && <Text size="xs" fw={700} c="red.9">{t('portfolios.roadmap.late')}</Text>}
        </Group>
        <VisuallyHidden>
          {when}
          {dated.length > 0 && ` ${t('portfolios.roadmap.milestones')} ${dated.map(milestoneText).join(' ; ')}.`}
        </VisuallyHidden>
      </div>
      <div className={classes.track} aria-hidden="true">
        {years.slice(1).map((y) => <span key={y.key} className={classes.yearLine} style={{ left: `${y.left}%` }} />)}
        {todayLeft !== null && <span className={classes.today} style={{ left: `${todayLeft}%` }} />}
        {bar ? (
          <span
            className={classes.bar}
            data-cut-start={bar.cutStart || undefined}
            data-cut-end={bar.cutEnd || undefined}
            style={{ left: `${bar.left}%`, width: `${bar.width}%`, background: stageColors[project.stage] }}
            title={when}
          >
            <span className={classes.barFill} style={{ width: `${project.progress}%` }} />
          </span>
        ) : (
          <span className={classes.outside}>{t('portfolios.roadmap.outside')}</span>
        )}
        {dated.map((m) => (
          <span
            key={m.id}
            className={classes.milestone}
            data-done={m.doneOn ? true : undefined}
            style={{ left: `${positionOf(m.dueOn!, span)}%` }}
            title={milestoneText(m)}
          />
        ))}
      </div>
    </li>
  );
}
