import { Box, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { todayIso } from '../../../lib/format';
import { useRoadmap } from '../use-portfolios';
import classes from './Roadmap.module.css';
import { RoadmapRow } from './RoadmapRow';
import { monthColumns, periodSpan, positionOf, yearColumns } from './roadmap-layout';

/**
 * The roadmap: one row per approved, running or closed project over the portfolio's years, with
 * its milestones. Built of positioned boxes in a list: each row says in words what the bar draws.
 */
export function RoadmapPanel({ portfolioId }: { portfolioId: string }) {
  const { t, i18n } = useTranslation();
  const roadmap = useRoadmap(portfolioId);
  if (roadmap.isPending) return <LoadingState />;
  if (!roadmap.data) return <ErrorAlert error={roadmap.error} />;

  const { startYear, endYear, projects } = roadmap.data;
  const span = periodSpan(startYear, endYear);
  const monthName = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { month: 'narrow', timeZone: 'UTC' });
  const months = monthColumns(startYear, endYear, span, (m) => monthName.format(new Date(Date.UTC(2001, m, 1))));
  const years = yearColumns(startYear, endYear, span);
  const today = todayIso();
  const todayLeft = today >= `${startYear}-01-01` && today <= `${endYear}-12-31` ? positionOf(today, span) : null;
  // Room for each month's initial: the timeline scrolls sideways on a narrow tablet rather than squeezing.
  const trackWidth = Math.max(640, months.length * 16);

  return (
    <Paper component="section" aria-labelledby="roadmap-title" withBorder p="md" radius="md">
      <Title order={2} size="h4" id="roadmap-title" mb="xs">{t('portfolios.roadmap.title', { start: startYear, end: endYear })}</Title>
      <Text size="sm" c="dimmed" mb="md">{t('portfolios.roadmap.intro')}</Text>
      {projects.length === 0 ? <Text c="dimmed">{t('portfolios.roadmap.empty')}</Text> : (
        <Box className={classes.scroller}>
          <div className={classes.grid} style={{ minWidth: trackWidth + 280 }}>
            <div className={classes.header} aria-hidden="true">
              <div className={classes.labelCell} />
              <div className={classes.track}>
                {years.map((y) => <span key={y.key} className={classes.year} style={{ left: `${y.left}%`, width: `${y.width}%` }}>{y.label}</span>)}
                {months.map((m) => <span key={m.key} className={classes.month} style={{ left: `${m.left}%`, width: `${m.width}%`, top: 22 }}>{m.label}</span>)}
              </div>
            </div>
            <ul className={classes.rows} aria-label={t('portfolios.roadmap.listLabel')}>
              {projects.map((project) => <RoadmapRow key={project.id} project={project} span={span} todayLeft={todayLeft} years={years} />)}
            </ul>
          </div>
        </Box>
      )}
      <Text size="xs" c="dimmed" mt="sm" aria-hidden="true">{t('portfolios.roadmap.legend')}</Text>
    </Paper>
  );
}
