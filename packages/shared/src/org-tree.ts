/** Pure rules on the organisation tree, shared by the API (validation) and the web (display). */
export interface TreeItem {
  id: string;
  parentId: string | null;
}

/** True when making `parentId` the parent of `id` would put `id` inside its own subtree. */
export function wouldCreateCycle(items: TreeItem[], id: string, parentId: string | null): boolean {
  const parentOf = new Map(items.map((item) => [item.id, item.parentId]));
  let current = parentId;
  const seen = new Set<string>();
  while (current) {
    if (current === id) return true;
    if (seen.has(current)) return true;
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return false;
}

export interface TreeNode<T extends TreeItem> {
  item: T;
  depth: number;
  children: TreeNode<T>[];
}

/** Builds the forest; orphans (parent unknown) become roots so nothing is hidden. */
export function buildTree<T extends TreeItem>(items: T[], compare?: (a: T, b: T) => number): TreeNode<T>[] {
  const nodes = new Map(items.map((item) => [item.id, { item, depth: 0, children: [] as TreeNode<T>[] }]));
  const roots: TreeNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.item.parentId ? nodes.get(node.item.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  // Units in a cycle (bad data, e.g. two concurrent moves) are reachable from no root: detach
  // one of each cycle and show it as a root too, so that nothing is hidden.
  const reached = new Set<TreeNode<T>>();
  const visit = (list: TreeNode<T>[]) => {
    for (const node of list) {
      reached.add(node);
      visit(node.children);
    }
  };
  visit(roots);
  for (const node of nodes.values()) {
    if (reached.has(node)) continue;
    const parent = nodes.get(node.item.parentId!)!;
    parent.children = parent.children.filter((child) => child !== node);
    roots.push(node);
    visit([node]);
  }
  const sortAndDepth = (list: TreeNode<T>[], depth: number) => {
    if (compare) list.sort((a, b) => compare(a.item, b.item));
    for (const node of list) {
      node.depth = depth;
      sortAndDepth(node.children, depth + 1);
    }
  };
  sortAndDepth(roots, 0);
  return roots;
}

/** Depth-first flattening, handy for selects and indented lists. */
export function flattenTree<T extends TreeItem>(roots: TreeNode<T>[]): TreeNode<T>[] {
  return roots.flatMap((node) => [node, ...flattenTree(node.children)]);
}
