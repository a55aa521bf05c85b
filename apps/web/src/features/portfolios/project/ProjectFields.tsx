import type { Project } from '@pilotis/shared';
import { Button, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { FicheSection } from '../../actions/fiche/FicheSection';
import { ProjectEditForm } from './ProjectEditForm';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" fw={700} size="sm">{label}</Text>
      <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-wrap' }}>{children}</Text>
    </div>
  );
}

/** What was asked: the request's own words, who carries it, when; the closing review once closed. */
export function ProjectFields({ project, canUpdate }: { project: Project; canUpdate: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const format = useFormatters();
  const or = (value: ReactNode) => (value === null || value === undefined || value === '' ? t('common.empty') : value);

  return (
    <FicheSection
      title={t('portfolios.project.fieldsTitle')}
      actions={canUpdate && (
        <Button size="compact-sm" variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
          {t('portfolios.project.edit')}
        </Button>
      )}
    >
      <Stack gap="sm">
        <Stack component="dl" m={0} gap="sm">
          <Field label={t('portfolios.project.description')}>{or(project.description)}</Field>
          <Field label={t('portfolios.project.benefits')}>{or(project.benefits)}</Field>
          <Field label={t('portfolios.project.risks')}>{or(project.risks)}</Field>
        </Stack>
        <SimpleGrid component="dl" m={0} cols={{ base: 1, sm: 2, lg: 3 }}>
          <Field label={t('portfolios.project.sponsor')}>{or(project.sponsor?.name ?? project.sponsorName)}</Field>
          <Field label={t('portfolios.project.requestingUnit')}>{or(project.requestingUnit?.name)}</Field>
          <Field label={t('portfolios.project.requestedBy')}>{or(project.requestedBy ? `${project.requestedBy.name}, ${format.date(project.submittedAt)}` : null)}</Field>
          <Field label={t('portfolios.project.durationMonths')}>{or(project.durationMonths === null ? null : t('portfolios.project.months', { count: project.durationMonths }))}</Field>
          <Field label={t('portfolios.project.startsOn')}>{or(format.date(project.startsOn))}</Field>
          <Field label={t('portfolios.project.endsOn')}>{or(format.date(project.endsOn))}</Field>
          <Field label={t('portfolios.project.financeCodes')}>{or(project.financeCodes.join(', '))}</Field>
          {project.customWeight !== null && <Field label={t('portfolios.project.customWeight')}>{project.customWeight}</Field>}
        </SimpleGrid>
        {(project.outcome || project.lessons) && (
          <Stack component="dl" m={0} gap="sm">
            <Field label={t('portfolios.project.outcome')}>{or(project.outcome)}</Field>
            <Field label={t('portfolios.project.lessons')}>{or(project.lessons)}</Field>
          </Stack>
        )}
      </Stack>
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('portfolios.project.edit')} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
        <ProjectEditForm project={project} onDone={() => setEditing(false)} />
      </Modal>
    </FicheSection>
  );
}
