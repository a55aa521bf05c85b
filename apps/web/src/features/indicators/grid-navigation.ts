import { useRef, type KeyboardEvent } from 'react';

/**
 * Spreadsheet keys over a matrix of inputs: Enter / ArrowDown go to the cell below, Shift+Enter /
 * ArrowUp above (skipping rows where the cell is not editable); Tab keeps its native left-to-right order.
 */
export function useGridNavigation() {
  const cells = useRef(new Map<string, HTMLInputElement>());
  const key = (row: number, column: number) => `${row}:${column}`;

  const register = (row: number, column: number) => (element: HTMLInputElement | null) => {
    if (element) cells.current.set(key(row, column), element);
    else cells.current.delete(key(row, column));
  };

  const move = (row: number, column: number, step: 1 | -1) => {
    const rows = Math.max(0, ...[...cells.current.keys()].map((k) => Number(k.split(':')[0]))) + 1;
    for (let next = row + step; next >= 0 && next < rows; next += step) {
      const target = cells.current.get(key(next, column));
      if (target && !target.disabled) {
        target.focus();
        target.select();
        return;
      }
    }
  };

  const onKeyDown = (row: number, column: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    const down = (event.key === 'Enter' && !event.shiftKey) || event.key === 'ArrowDown';
    const up = (event.key === 'Enter' && event.shiftKey) || event.key === 'ArrowUp';
    if (!down && !up) return;
    event.preventDefault();
    move(row, column, down ? 1 : -1);
  };

  return { register, onKeyDown };
}
