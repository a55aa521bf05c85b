import { Button, Group, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { describeError } from '../../lib/errors';
import { notifySuccess } from '../../lib/notify';
import { nodeLabel, orderedNodes, subtreeHeight, subtreeIds } from './plan-tree';
import type { PlanTreeNode } from './plan-types';
import { useUpdateNode } from './use-plan-tree';

const ROOT = '__root__';

interface NodeMoveFormProps {
  planId: string;
  node: PlanTreeNode;
  nodes: PlanTreeNode[];
  children: Map<string | null, PlanTreeNode[]>;
  levelCount: number;
  onDone: () => void;
}

/** The keyboard way to move a node under another parent (drag and drop does it with the mouse). */
export function NodeMoveForm({ planId, node, nodes, children, levelCount, onDone }: NodeMoveFormProps) {
  const { t } = useTranslation();
  const update = useUpdateNode(planId);
  const [parent, setParent] = useState<string>(node.parentId ?? ROOT);
  const excluded = subtreeIds(children, node.id);
  const height = subtreeHeight(children, node.id);
  const options = [
    { value: ROOT, label: t('tree.moveRoot') },
    ...orderedNodes(nodes)
      .filter((candidate) => !excluded.has(candidate.id) && candidate.depth + height < levelCount)
      .map((candidate) => ({ value: candidate.id, label: `${'\u00a0\u00a0'.repeat(candidate.depth)}${nodeLabel(candidate)}` })),
  ];

  const submit = () => {
    const parentId = parent === ROOT ? null : parent;
    const position = (children.get(parentId) ?? []).filter((sibling) => sibling.id !== node.id).length;
    update.mutate(
      { id: node.id, version: node.version, parentId, position },
      {
        onSuccess: () => {
          notifySuccess(t('tree.moved', { name: node.title }));
          onDone();
        },
      },
    );
  };

  return (
    <Stack>
      {update.error && <ErrorAlert message={describeError(update.error, t)} />}
      <Select label={t('tree.moveParent')} data={options} value={parent} onChange={(value) => setParent(value ?? ROOT)} allowDeselect={false} searchable data-autofocus />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button onClick={submit} loading={update.isPending}>
          {t('tree.moveSubmit')}
        </Button>
      </Group>
    </Stack>
  );
}
