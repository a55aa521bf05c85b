import { actionPriorities, visibilities, type Action, type ActionUpdateInput } from '@pilotis/shared';
import { Button, Checkbox, Group, MultiSelect, NativeSelect, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { issuesToFormErrors } from '../../../lib/errors';
import { notifySuccess } from '../../../lib/notify';
import { orderedUnits } from '../../org-units/org-unit-options';
import { useOrgUnits } from '../../org-units/use-org-units';
import { orderedNodes } from '../../plans/plan-tree';
import { usePlanTree } from '../../plans/use-plan-tree';
import { useUsers } from '../../users/use-users';
import { useUpdateAction } from '../use-action';
import { SaveError } from './ConflictAlert';
import { LinkedNodesField } from './LinkedNodesField';

type Values = Required<Pick<ActionUpdateInput, 'title' | 'description' | 'objectives' | 'expectedResults' | 'partners' | 'priority' | 'flagship' | 'tags' | 'orgUnitIds' | 'copilotIds' | 'visibility' | 'linkedNodeIds'>> & {
  startsOn: string; endsOn: string; eluId: string; leadOrgUnitId: string; pilotId: string; nodeId: string;
};

const valuesOf = (a: Action): Values => ({
  title: a.title, description: a.description, objectives: a.objectives, expectedResults: a.expectedResults, partners: a.partners,
  priority: a.priority, flagship: a.flagship, tags: a.tags, orgUnitIds: a.orgUnitIds, copilotIds: a.copilots.map((c) => c.id),
  visibility: a.visibility, linkedNodeIds: a.linkedNodeIds, startsOn: a.startsOn ?? '', endsOn: a.endsOn ?? '', eluId: a.elu?.id ?? '', leadOrgUnitId: a.leadOrgUnitId ?? '',
  pilotId: a.pilot?.id ?? '', nodeId: a.nodeId,
});

interface SummaryEditFormProps { action: Action; canUpdateStructure: boolean; onDone: () => void; onReload: () => void }

/** Content fields for pilots; place, pilots and visibility only for the central team (`can.updateStructure`). */
export function SummaryEditForm({ action, canUpdateStructure, onDone, onReload }: SummaryEditFormProps) {
  const { t } = useTranslation();
  const update = useUpdateAction(action.id);
  const users = [...(useUsers().data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'fr')).map((u) => ({ value: u.id, label: u.name }));
  const units = orderedUnits(useOrgUnits().data ?? []).map(({ item, depth }) => ({ value: item.id, label: `${'\u00a0\u00a0'.repeat(depth)}${item.name}` }));
  const nodes = orderedNodes(usePlanTree(action.planId).data?.nodes ?? []).map((n) => ({ value: n.id, label: `${'\u00a0\u00a0'.repeat(n.depth)}${n.code} ${n.title}` }));
  const form = useForm<Values>({ initialValues: valuesOf(action) });
  const none = { value: '', label: t('common.empty') };

  const submit = ({ startsOn, endsOn, eluId, leadOrgUnitId, pilotId, nodeId, copilotIds, visibility, ...rest }: Values) => {
    const input: ActionUpdateInput = {
      ...rest, version: action.version, title: rest.title.trim(), startsOn: startsOn || null, endsOn: endsOn || null,
      eluId: eluId || null, leadOrgUnitId: leadOrgUnitId || null,
      ...(canUpdateStructure ? { pilotId: pilotId || null, nodeId, copilotIds, visibility } : {}),
    };
    update.mutate(input, {
      onSuccess: () => { notifySuccess(t('fiche.saved')); onDone(); },
      onError: (error) => form.setErrors(issuesToFormErrors(error)),
    });
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        <SaveError error={update.error} onReload={() => { update.reset(); onDone(); onReload(); }} />
        <TextInput label={t('actions.title')} required data-autofocus {...form.getInputProps('title')} />
        <Textarea label={t('fiche.description')} autosize minRows={3} {...form.getInputProps('description')} />
        <Textarea label={t('fiche.objectives')} autosize minRows={2} {...form.getInputProps('objectives')} />
        <Textarea label={t('fiche.expectedResults')} autosize minRows={2} {...form.getInputProps('expectedResults')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {canUpdateStructure && <NativeSelect label={t('actions.node')} data={nodes} {...form.getInputProps('nodeId')} />}
          {canUpdateStructure && <NativeSelect label={t('actions.pilot')} data={[none, ...users]} {...form.getInputProps('pilotId')} />}
          {canUpdateStructure && <MultiSelect label={t('fiche.copilots')} data={users} searchable {...form.getInputProps('copilotIds')} />}
          {canUpdateStructure && <NativeSelect label={t('fiche.visibility')} data={visibilities.map((v) => ({ value: v, label: t(`fiche.visibilities.${v}`) }))} {...form.getInputProps('visibility')} />}
          <NativeSelect label={t('fiche.elu')} data={[none, ...users]} {...form.getInputProps('eluId')} />
          <NativeSelect label={t('fiche.leadUnit')} data={[none, ...units]} {...form.getInputProps('leadOrgUnitId')} />
          <MultiSelect label={t('fiche.units')} data={units} searchable {...form.getInputProps('orgUnitIds')} />
          <TextInput label={t('fiche.partners')} {...form.getInputProps('partners')} />
          <TextInput type="date" label={t('actions.startsOn')} {...form.getInputProps('startsOn')} />
          <TextInput type="date" label={t('actions.endsOn')} {...form.getInputProps('endsOn')} />
          <NativeSelect label={t('fiche.priority')} data={actionPriorities.map((p) => ({ value: p, label: t(`fiche.priorities.${p}`) }))} {...form.getInputProps('priority')} />
          <TagsInput label={t('fiche.tags')} {...form.getInputProps('tags')} />
        </SimpleGrid>
        <Checkbox label={t('actions.flagship')} {...form.getInputProps('flagship', { type: 'checkbox' })} />
        <LinkedNodesField planId={action.planId} value={form.values.linkedNodeIds} error={form.errors.linkedNodeIds as string | undefined}
          onChange={(ids) => form.setFieldValue('linkedNodeIds', ids)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" loading={update.isPending}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
