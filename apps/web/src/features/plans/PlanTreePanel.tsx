import { Button, Group, Modal, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import { describeError } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { NodeMoveForm } from './NodeMoveForm';
import { NodeTitleForm } from './NodeTitleForm';
import { childrenByParent } from './plan-tree';
import type { PlanTree, PlanTreeNode } from './plan-types';
import { PlanTreeList } from './PlanTreeList';
import { useNodeDrag } from './use-node-drag';
import { useDeleteNode, useUpdateNode } from './use-plan-tree';

type Dialog = { kind: 'add'; parent: PlanTreeNode | null } | { kind: 'rename' | 'delete' | 'move'; node: PlanTreeNode };

interface PlanTreePanelProps {
  tree: PlanTree;
  canManage: boolean;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}

export function PlanTreePanel({ tree, canManage, selectedId, onSelect }: PlanTreePanelProps) {
  const { t } = useTranslation();
  const planId = tree.plan.id;
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const update = useUpdateNode(planId);
  const remove = useDeleteNode(planId);
  const children = childrenByParent(tree.nodes);
  const levels = tree.plan.levelNames;

  const toggle = (id: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const move = (node: PlanTreeNode, offset: -1 | 1) =>
    update.mutate(
      { id: node.id, version: node.version, position: Math.max(0, (children.get(node.parentId)?.indexOf(node) ?? 0) + offset) },
      { onSuccess: () => notifySuccess(t('tree.moved', { name: node.title })), onError: (error) => notifyError(describeError(error, t)) },
    );
  const drag = useNodeDrag(children, levels.length, (node, placement) =>
    update.mutate(
      { id: node.id, version: node.version, ...placement },
      { onSuccess: () => notifySuccess(t('tree.moved', { name: node.title })), onError: (error) => notifyError(describeError(error, t)) },
    ),
  );
  const confirmDelete = (node: PlanTreeNode) =>
    remove.mutate(node.id, {
      onSuccess: () => {
        notifySuccess(t('tree.deleted', { name: node.title }));
        if (selectedId === node.id) onSelect(null);
        setDialog(null);
      },
      onError: (error) => notifyError(describeError(error, t)),
    });

  const commands = canManage
    ? {
        onAddChild: (node: PlanTreeNode) => setDialog({ kind: 'add', parent: node }),
        onRename: (node: PlanTreeNode) => setDialog({ kind: 'rename', node }),
        onDelete: (node: PlanTreeNode) => setDialog({ kind: 'delete', node }),
        onMove: move,
        onMoveTo: (node: PlanTreeNode) => setDialog({ kind: 'move', node }),
      }
    : undefined;
  const addLevelName = dialog?.kind === 'add' ? (levels[dialog.parent ? dialog.parent.depth + 1 : 0] ?? '') : '';

  return (
    <section aria-labelledby="plan-tree-heading">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="plan-tree-heading">
          {t('tree.heading')}
        </Title>
        {canManage && (
          <Button size="compact-sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog({ kind: 'add', parent: null })}>
            {t('tree.addRoot')}
          </Button>
        )}
      </Group>
      <Button variant={selectedId === null ? 'light' : 'subtle'} size="compact-sm" aria-pressed={selectedId === null} onClick={() => onSelect(null)} mb="xs">
        {t('tree.allActions')}
      </Button>
      {tree.nodes.length === 0 && <Text c="dimmed">{t('tree.empty')}</Text>}
      {canManage && tree.nodes.length > 1 && (
        <Text size="xs" c="dimmed" mb="xs">
          {t('tree.dragHint')}
        </Text>
      )}
      {/* Long plans scroll inside the panel so the actions table stays near; its buttons keep it keyboard-reachable. */}
      <div style={{ maxHeight: '60vh', overflowY: 'auto' }}>
        <ul style={{ padding: 0, margin: 0 }} aria-label={t('tree.heading')}>
          <PlanTreeList parentId={null} children={children} collapsed={collapsed} selectedId={selectedId} levelCount={levels.length} commands={commands} dragFor={canManage ? drag.propsFor : undefined} zoneOver={drag.zoneOver} onToggle={toggle} onSelect={onSelect} />
        </ul>
      </div>
      <Modal
        opened={dialog?.kind === 'add' || dialog?.kind === 'rename'}
        onClose={() => setDialog(null)}
        title={dialog?.kind === 'rename' ? t('tree.renameTitle') : t('tree.addTitle', { level: addLevelName })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {dialog?.kind === 'add' && <NodeTitleForm planId={planId} parentId={dialog.parent?.id ?? null} onDone={() => setDialog(null)} />}
        {dialog?.kind === 'rename' && <NodeTitleForm planId={planId} node={dialog.node} onDone={() => setDialog(null)} />}
      </Modal>
      <Modal opened={dialog?.kind === 'move'} onClose={() => setDialog(null)} title={t('tree.moveTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {dialog?.kind === 'move' && (
          <NodeMoveForm planId={planId} node={dialog.node} nodes={tree.nodes} children={children} levelCount={levels.length} onDone={() => setDialog(null)} />
        )}
      </Modal>
      <ConfirmModal
        opened={dialog?.kind === 'delete'}
        title={t('tree.deleteTitle')}
        message={dialog?.kind === 'delete' ? t('tree.deleteConfirm', { name: `${dialog.node.code} ${dialog.node.title}` }) : ''}
        confirmLabel={t('tree.delete')}
        loading={remove.isPending}
        onConfirm={() => dialog?.kind === 'delete' && confirmDelete(dialog.node)}
        onClose={() => setDialog(null)}
      />
    </section>
  );
}
