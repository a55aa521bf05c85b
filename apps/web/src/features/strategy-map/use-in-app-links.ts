import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';

/**
 * One click handler for the thousands of links of a large map: they are plain <a href> (a router
 * Link each would cost hooks and handlers by the thousand); a plain left click on a link of the app
 * navigates in the app, any other click (new tab, download…) is the browser's.
 */
export function useInAppLinks() {
  const navigate = useNavigate();
  return (event: MouseEvent<HTMLElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link || link.target || link.hasAttribute('download') || link.origin !== window.location.origin) return;
    event.preventDefault();
    void navigate(link.pathname + link.search + link.hash);
  };
}
