import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isApiError } from '../../lib/api';
import { describeError, issuesToFormErrors } from '../../lib/errors';
import { notifySuccess } from '../../lib/notify';
import { orderedUnits } from '../org-units/org-unit-options';
import { useOrgUnits } from '../org-units/use-org-units';
import type { PlanTreeNode } from './plan-types';
import { useCreateNode, useUpdateNode } from './use-plan-tree';

interface NodeTitleFormProps {
  planId: string;
  /** Create under this parent (null = top level)… */
  parentId?: string | null;
  /** …or edit this node (title, lead unit). */
  node?: PlanTreeNode;
  onDone: () => void;
}

export function NodeTitleForm({ planId, parentId = null, node, onDone }: NodeTitleFormProps) {
  const { t } = useTranslation();
  const create = useCreateNode(planId);
  const update = useUpdateNode(planId);
  const mutation = node ? update : create;
  // Inactive units stay out of the choices, except the one the node already has.
  const units = orderedUnits(useOrgUnits().data ?? [])
    .filter(({ item }) => item.active || item.id === node?.leadOrgUnitId)
    .map(({ item, depth }) => ({ value: item.id, label: `${'\u00a0\u00a0'.repeat(depth)}${item.name}` }));
  const form = useForm({
    initialValues: { title: node?.title ?? '', leadOrgUnitId: node?.leadOrgUnitId ?? '' },
    validate: { title: (value) => (value.trim() ? null : t('common.required')) },
  });

  const submit = ({ title, leadOrgUnitId }: { title: string; leadOrgUnitId: string }) => {
    const onError = (error: unknown) => form.setErrors(issuesToFormErrors(error));
    const onSuccess = () => {
      notifySuccess(t(node ? 'tree.renamed' : 'tree.created', { name: title.trim() }));
      onDone();
    };
    const fields = { title: title.trim(), leadOrgUnitId: leadOrgUnitId || null };
    if (node) update.mutate({ id: node.id, version: node.version, ...fields }, { onSuccess, onError });
    else create.mutate({ parentId, ...fields }, { onSuccess, onError });
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        {mutation.error && (
          <ErrorAlert message={`${describeError(mutation.error, t)}${isApiError(mutation.error, 409) ? ` ${t('errors.conflictRefetched')}` : ''}`} />
        )}
        <TextInput label={t('tree.title')} required data-autofocus {...form.getInputProps('title')} />
        <NativeSelect label={t('tree.leadUnit')} data={[{ value: '', label: t('common.empty') }, ...units]} {...form.getInputProps('leadOrgUnitId')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t(node ? 'common.save' : 'common.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
