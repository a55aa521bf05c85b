import { Table, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';

interface SortableHeaderProps {
  column: string;
  label: string;
  /** Current sort: `code`, `-progress`…; undefined when the table is not sortable. */
  sort?: string;
  onSort?: (sort: string) => void;
}

/** A column header that sorts on click; `aria-sort` tells which column and which direction. */
export function SortableHeader({ column, label, sort, onSort }: SortableHeaderProps) {
  if (!onSort || sort === undefined) return <Table.Th scope="col">{label}</Table.Th>;
  const active = sort === column || sort === `-${column}`;
  const descending = sort === `-${column}`;
  const Icon = !active ? IconArrowsSort : descending ? IconSortDescending : IconSortAscending;
  return (
    <Table.Th scope="col" aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}>
      <UnstyledButton fw={700} fz="sm" onClick={() => onSort(active && !descending ? `-${column}` : column)} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
        {label}
        <Icon size={14} aria-hidden />
      </UnstyledButton>
    </Table.Th>
  );
}
