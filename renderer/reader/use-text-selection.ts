import { useEffect, type RefObject } from 'react';
import { selectedRange } from './dom-offsets';
import { useReader } from './reader-context';

/** Keeps the reader's selection in step with the Text view's selected passage. */
export function useTextSelection(container: RefObject<HTMLElement | null>): void {
  const setSelection = useReader((s) => s.setSelection);
  const view = useReader((s) => s.view);
  useEffect(() => {
    if (view !== 'text') return;
    const onChange = () => {
      if (!container.current) return;
      const range = selectedRange(container.current);
      // A selection elsewhere (the toolbar, the notes) leaves the last passage chosen.
      if (range) setSelection(range);
      else if (window.getSelection()?.isCollapsed && container.current.contains(document.activeElement))
        setSelection(null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [container, setSelection, view]);
}
