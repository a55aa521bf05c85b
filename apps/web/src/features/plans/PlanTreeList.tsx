import type { DropZone } from './plan-tree';
import type { PlanTreeNode } from './plan-types';
import type { NodeDragProps } from './use-node-drag';
import { PlanTreeItem, type NodeCommands } from './PlanTreeItem';

interface PlanTreeListProps {
  parentId: string | null;
  children: Map<string | null, PlanTreeNode[]>;
  collapsed: Set<string>;
  selectedId: string | null;
  levelCount: number;
  commands?: NodeCommands;
  dragFor?: (node: PlanTreeNode) => NodeDragProps;
  zoneOver?: (node: PlanTreeNode) => DropZone | null;
  onToggle: (id: string) => void;
  onSelect: (id: string) => void;
}

/** The siblings under `parentId`, each with its own subtree. */
export function PlanTreeList(props: PlanTreeListProps) {
  const { parentId, children, collapsed, selectedId, levelCount, commands, dragFor, zoneOver, onToggle, onSelect } = props;
  const siblings = children.get(parentId) ?? [];
  return (
    <>
      {siblings.map((node, index) => {
        const kids = children.get(node.id) ?? [];
        return (
          <PlanTreeItem
            key={node.id}
            node={node}
            hasChildren={kids.length > 0}
            expanded={!collapsed.has(node.id)}
            selected={selectedId === node.id}
            isFirst={index === 0}
            isLast={index === siblings.length - 1}
            canAddChild={node.depth + 1 < levelCount}
            commands={commands}
            drag={dragFor?.(node)}
            dropZone={zoneOver?.(node)}
            onToggle={() => onToggle(node.id)}
            onSelect={() => onSelect(node.id)}
          >
            {kids.length > 0 && <PlanTreeList {...props} parentId={node.id} />}
          </PlanTreeItem>
        );
      })}
    </>
  );
}
