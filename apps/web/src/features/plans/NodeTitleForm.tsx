import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isApiError } from '../../lib/api';
import { describeError, issuesToFormErrors } from '../../lib/errors';
import { notifySuccess } from '../../lib/notify';
import type { PlanTreeNode } from './plan-types';
import { useCreateNode, useUpdateNode } from './use-plan-tree';

interface NodeTitleFormProps {
  planId: string;
  /** Create under this parent (null = top level)… */
  parentId?: string | null;
  /** …or rename this node. */
  node?: PlanTreeNode;
  onDone: () => void;
}

export function NodeTitleForm({ planId, parentId = null, node, onDone }: NodeTitleFormProps) {
  const { t } = useTranslation();
  const create = useCreateNode(planId);
  const update = useUpdateNode(planId);
  const mutation = node ? update : create;
  const form = useForm({
    initialValues: { title: node?.title ?? '' },
    validate: { title: (value) => (value.trim() ? null : t('common.required')) },
  });

  const submit = ({ title }: { title: string }) => {
    const onError = (error: unknown) => form.setErrors(issuesToFormErrors(error));
    const onSuccess = () => {
      notifySuccess(t(node ? 'tree.renamed' : 'tree.created', { name: title.trim() }));
      onDone();
    };
    if (node) update.mutate({ id: node.id, version: node.version, title: title.trim() }, { onSuccess, onError });
    else create.mutate({ parentId, title: title.trim() }, { onSuccess, onError });
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        {mutation.error && (
          <ErrorAlert message={`${describeError(mutation.error, t)}${isApiError(mutation.error, 409) ? ` ${t('errors.conflictRefetched')}` : ''}`} />
        )}
        <TextInput label={t('tree.title')} required data-autofocus {...form.getInputProps('title')} />
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
