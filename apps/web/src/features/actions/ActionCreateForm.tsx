import { actionCreateInputSchema, type ActionCreateInput } from '@pilotis/shared';
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { actionPath } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { issuesToFormErrors } from '../../lib/errors';
import { notifySuccess } from '../../lib/notify';
import { zodFormValidator } from '../../lib/zod-form';
import { orderedNodes } from '../plans/plan-tree';
import type { PlanTreeNode } from '../plans/plan-types';
import { useUsers } from '../users/use-users';
import { useCreateAction } from './use-action';

type Values = { title: string; nodeId: string; pilotId: string; startsOn: string; endsOn: string };

const toInput = (v: Values): ActionCreateInput => ({
  title: v.title.trim(),
  nodeId: v.nodeId,
  pilotId: v.pilotId || null,
  startsOn: v.startsOn || null,
  endsOn: v.endsOn || null,
});

interface ActionCreateFormProps {
  nodes: PlanTreeNode[];
  defaultNodeId: string | null;
  onDone: () => void;
}

export function ActionCreateForm({ nodes, defaultNodeId, onDone }: ActionCreateFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateAction();
  const users = (useUsers().data ?? []).filter((user) => user.active !== false);
  const form = useForm<Values>({
    initialValues: { title: '', nodeId: defaultNodeId ?? '', pilotId: '', startsOn: '', endsOn: '' },
    validate: zodFormValidator(actionCreateInputSchema, toInput),
  });

  const submit = (values: Values) =>
    create.mutate(toInput(values), {
      onSuccess: ({ data }) => {
        notifySuccess(t('actions.created', { name: data.title }));
        onDone();
        void navigate(actionPath(data.id));
      },
      onError: (error) => form.setErrors(issuesToFormErrors(error)),
    });

  const nodeOptions = orderedNodes(nodes).map((node) => ({
    value: node.id,
    label: `${'\u00a0\u00a0'.repeat(node.depth)}${node.code} ${node.title} (${node.levelName})`,
  }));
  const userOptions = [...users].sort((a, b) => a.name.localeCompare(b.name, 'fr')).map((u) => ({ value: u.id, label: u.name }));

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        <ErrorAlert error={create.error} />
        <TextInput label={t('actions.title')} required data-autofocus {...form.getInputProps('title')} />
        <NativeSelect label={t('actions.node')} required data={[{ value: '', label: t('actions.chooseNode') }, ...nodeOptions]} {...form.getInputProps('nodeId')} />
        <NativeSelect label={t('actions.pilot')} data={[{ value: '', label: t('actions.noPilot') }, ...userOptions]} {...form.getInputProps('pilotId')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput type="date" label={t('actions.startsOn')} {...form.getInputProps('startsOn')} />
          <TextInput type="date" label={t('actions.endsOn')} {...form.getInputProps('endsOn')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" loading={create.isPending}>{t('common.create')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
