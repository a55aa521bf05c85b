import { ActionIcon, Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowMoveRight, IconArrowUp, IconChevronDown, IconChevronRight, IconGripVertical, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgressWithLabel } from '../../components/ProgressWithLabel';
import type { DropZone } from './plan-tree';
import type { PlanTreeNode } from './plan-types';
import type { NodeDragProps } from './use-node-drag';

export interface NodeCommands {
  onAddChild: (node: PlanTreeNode) => void;
  onRename: (node: PlanTreeNode) => void;
  onDelete: (node: PlanTreeNode) => void;
  onMove: (node: PlanTreeNode, offset: -1 | 1) => void;
  onMoveTo: (node: PlanTreeNode) => void;
}

interface PlanTreeItemProps {
  node: PlanTreeNode;
  hasChildren: boolean;
  expanded: boolean;
  selected: boolean;
  isFirst: boolean;
  isLast: boolean;
  canAddChild: boolean;
  commands?: NodeCommands;
  drag?: NodeDragProps;
  dropZone?: DropZone | null;
  onToggle: () => void;
  onSelect: () => void;
  children?: ReactNode;
}

/** One node: disclosure button, selection button (filters the actions), roll-up, manager commands. */
export function PlanTreeItem(props: PlanTreeItemProps) {
  const { node, hasChildren, expanded, selected, isFirst, isLast, canAddChild, commands, drag, dropZone, onToggle, onSelect, children } = props;
  const { t } = useTranslation();
  const titleId = useId();
  const childrenId = useId();
  const icon = (label: string, Icon: typeof IconPlus, onClick: () => void, disabled = false, color?: string) => (
    <ActionIcon variant="subtle" color={color} size="md" aria-label={label} aria-describedby={titleId} disabled={disabled} onClick={onClick}>
      <Icon size={16} aria-hidden />
    </ActionIcon>
  );

  return (
    <li style={{ listStyle: 'none' }}>
      <Group gap={4} wrap="nowrap" align="flex-start" py={4} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)', ...dropStyle(dropZone) }} {...drag}>
        {drag && <IconGripVertical size={16} aria-hidden style={{ cursor: 'grab', marginTop: 6, flexShrink: 0, color: 'var(--mantine-color-gray-7)' }} />}
        {hasChildren ? (
          <ActionIcon variant="subtle" size="md" aria-expanded={expanded} aria-controls={childrenId} aria-label={t(expanded ? 'tree.collapse' : 'tree.expand')} aria-describedby={titleId} onClick={onToggle}>
            {expanded ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
          </ActionIcon>
        ) : (
          <span style={{ width: 28, flexShrink: 0 }} />
        )}
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <UnstyledButton onClick={onSelect} aria-pressed={selected} p={2} style={{ borderRadius: 4, background: selected ? 'var(--mantine-color-blue-0)' : undefined, outline: selected ? '2px solid var(--mantine-color-blue-8)' : undefined }}>
            <Text id={titleId} component="span" fw={selected ? 700 : 600} size="sm">
              {node.code} {node.title}
            </Text>{' '}
            <Text component="span" size="xs" c="dimmed">({node.levelName})</Text>
          </UnstyledButton>
          <Group gap="sm" wrap="wrap">
            <ProgressWithLabel value={node.progress} label={t('tree.progressOf', { name: `${node.code} ${node.title}` })} w={150} />
            <Text size="xs" c="dimmed">{t('tree.actionCount', { count: node.actionCount })}</Text>
            {node.lateCount > 0 && (
              <Badge color="red.9" variant="filled" size="sm" tt="none">{t('tree.lateCount', { count: node.lateCount })}</Badge>
            )}
          </Group>
        </Stack>
        {commands && (
          <Group gap={0} wrap="nowrap">
            {canAddChild && icon(t('tree.addChild'), IconPlus, () => commands.onAddChild(node))}
            {icon(t('tree.rename'), IconPencil, () => commands.onRename(node))}
            {icon(t('tree.moveUp'), IconArrowUp, () => commands.onMove(node, -1), isFirst)}
            {icon(t('tree.moveDown'), IconArrowDown, () => commands.onMove(node, 1), isLast)}
            {icon(t('tree.moveTo'), IconArrowMoveRight, () => commands.onMoveTo(node))}
            {icon(t('tree.delete'), IconTrash, () => commands.onDelete(node), false, 'red.9')}
          </Group>
        )}
      </Group>
      {hasChildren && expanded && (
        <ul id={childrenId} style={{ paddingInlineStart: '1.25rem', margin: 0 }}>
          {children}
        </ul>
      )}
    </li>
  );
}

/** Where the dragged node would land: a line above or below, or a frame around the new parent. */
function dropStyle(zone: DropZone | null | undefined) {
  const line = '3px solid var(--mantine-color-blue-8)';
  if (zone === 'before') return { borderTop: line };
  if (zone === 'after') return { borderBottom: line };
  if (zone === 'inside') return { outline: line, outlineOffset: -3, background: 'var(--mantine-color-blue-0)' };
  return {};
}
