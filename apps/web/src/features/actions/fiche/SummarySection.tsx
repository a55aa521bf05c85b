import type { Action } from '@pilotis/shared';
import { Badge, Button, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { useOrgUnits } from '../../org-units/use-org-units';
import { useOtherPlansNodes } from '../../plans/use-node-labels';
import { usePlanTree } from '../../plans/use-plan-tree';
import { FicheSection } from './FicheSection';
import { SummaryEditForm } from './SummaryEditForm';

interface SummarySectionProps {
  action: Action;
  canUpdate: boolean;
  canUpdateStructure: boolean;
  onReload: () => void;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" fw={700} size="sm">{label}</Text>
      <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-wrap' }}>{children}</Text>
    </div>
  );
}

/** « Résumé »: what the fiche is about, who carries it, when; edited in a dialog. */
export function SummarySection({ action, canUpdate, canUpdateStructure, onReload }: SummarySectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [editing, setEditing] = useState(false);
  const units = useOrgUnits().data ?? [];
  const node = usePlanTree(action.planId).data?.nodes.find((n) => n.id === action.nodeId);
  const { labels } = useOtherPlansNodes(action.planId);
  const unitName = (id: string | null) => units.find((u) => u.id === id)?.name ?? '';
  const empty = t('common.empty');
  const or = (value: string | null | undefined) => value || empty;

  return (
    <FicheSection
      title={t('fiche.summary')}
      actions={canUpdate && (
        <Button size="compact-sm" variant="light" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
          {t('fiche.editSummary')}
        </Button>
      )}
    >
      {/* Two description lists: a <dl> may only hold its dt/dd groups (in divs) directly. */}
      <Stack gap="sm">
        <Stack gap="sm" component="dl" m={0}>
          <Field label={t('fiche.description')}>{or(action.description)}</Field>
          <Field label={t('fiche.objectives')}>{or(action.objectives)}</Field>
          <Field label={t('fiche.expectedResults')}>{or(action.expectedResults)}</Field>
        </Stack>
        <SimpleGrid component="dl" m={0} cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
          <Field label={t('actions.node')}>{node ? `${node.code} ${node.title} (${node.levelName})` : empty}</Field>
          <Field label={t('actions.pilot')}>{or(action.pilot?.name)}</Field>
          <Field label={t('fiche.copilots')}>{or(action.copilots.map((c) => c.name).join(', '))}</Field>
          <Field label={t('fiche.elu')}>{or(action.elu?.name)}</Field>
          <Field label={t('fiche.leadUnit')}>{or(unitName(action.leadOrgUnitId))}</Field>
          <Field label={t('fiche.units')}>{or(action.orgUnitIds.map(unitName).filter(Boolean).join(', '))}</Field>
          <Field label={t('fiche.partners')}>{or(action.partners)}</Field>
          <Field label={t('actions.startsOn')}>{or(format.date(action.startsOn))}</Field>
          <Field label={t('actions.endsOn')}>{or(format.date(action.endsOn))}</Field>
          <Field label={t('fiche.priority')}>{t(`fiche.priorities.${action.priority}`)}</Field>
          <Field label={t('actions.flagship')}>{t(action.flagship ? 'common.yes' : 'common.no')}</Field>
          <Field label={t('fiche.visibility')}>{t(`fiche.visibilities.${action.visibility}`)}</Field>
          <Field label={t('fiche.tags')}>
            {action.tags.length === 0 ? empty : (
              <Group gap={4} component="span">{action.tags.map((tag) => <Badge key={tag} variant="outline" color="gray.8" tt="none">{tag}</Badge>)}</Group>
            )}
          </Field>
        </SimpleGrid>
        <Stack component="dl" m={0}>
          <Field label={t('linked.title')}>
            {action.linkedNodeIds.length === 0 ? empty : action.linkedNodeIds.map((id) => labels.get(id) ?? t('linked.unknownNode')).join('\n')}
          </Field>
        </Stack>
      </Stack>
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('fiche.editSummary')} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
        <SummaryEditForm action={action} canUpdateStructure={canUpdateStructure} onDone={() => setEditing(false)} onReload={onReload} />
      </Modal>
    </FicheSection>
  );
}
