import { useState, type DragEvent } from 'react';
import { dropPlacement, type DropZone } from './plan-tree';
import type { PlanTreeNode } from './plan-types';

type Children = Map<string | null, PlanTreeNode[]>;
export type NodeDragProps = {
  draggable: true;
  onDragStart: (event: DragEvent) => void;
  onDragEnd: () => void;
  onDragOver: (event: DragEvent) => void;
  onDragLeave: () => void;
  onDrop: (event: DragEvent) => void;
};

/** The upper quarter of a row drops before it, the lower quarter after, the middle inside. */
function zoneOf(event: DragEvent): DropZone {
  const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
  const ratio = (event.clientY - box.top) / Math.max(1, box.height);
  return ratio < 0.25 ? 'before' : ratio > 0.75 ? 'after' : 'inside';
}

/**
 * Drag and drop of tree nodes with the mouse; « Monter », « Descendre » and « Déplacer sous… »
 * do the same from the keyboard. Drops that the plan's levels forbid show no indicator.
 */
export function useNodeDrag(children: Children, levelCount: number, onMove: (node: PlanTreeNode, placement: { parentId: string | null; position: number }) => void) {
  const [dragged, setDragged] = useState<PlanTreeNode | null>(null);
  const [hover, setHover] = useState<{ id: string; zone: DropZone } | null>(null);

  const propsFor = (node: PlanTreeNode): NodeDragProps => ({
    draggable: true,
    onDragStart: (event) => {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', node.id);
      setDragged(node);
    },
    onDragEnd: () => {
      setDragged(null);
      setHover(null);
    },
    onDragOver: (event) => {
      if (!dragged) return;
      const zone = zoneOf(event);
      if (!dropPlacement(children, dragged, node, zone, levelCount)) return;
      event.preventDefault();
      if (hover?.id !== node.id || hover.zone !== zone) setHover({ id: node.id, zone });
    },
    onDragLeave: () => setHover((current) => (current?.id === node.id ? null : current)),
    onDrop: (event) => {
      event.preventDefault();
      const placement = dragged && dropPlacement(children, dragged, node, zoneOf(event), levelCount);
      if (dragged && placement) onMove(dragged, placement);
      setDragged(null);
      setHover(null);
    },
  });
  const zoneOver = (node: PlanTreeNode) => (hover?.id === node.id ? hover.zone : null);
  return { propsFor, zoneOver };
}
