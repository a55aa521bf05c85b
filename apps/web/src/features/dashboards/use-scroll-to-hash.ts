import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * A figure's link ends in #actions, #budget…: once the page has its data, bring that section into
 * view and move focus to its heading (the router does not scroll to anchors by itself).
 */
export function useScrollToHash(ready: boolean, key: string) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return;
    const heading = document.getElementById(`${hash.slice(1)}-heading`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }, [ready, hash, key]);
}
