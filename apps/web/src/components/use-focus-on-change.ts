import { useEffect, useRef } from 'react';

/**
 * A wizard's step heading: focus moves to it each time `key` changes (not on the first render),
 * so that the new step is announced.
 */
export function useFocusOnChange<T extends HTMLElement>(key: unknown) {
  const target = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    target.current?.focus();
  }, [key]);
  return target;
}
