import { useEffect, useEffectEvent, useRef } from 'react';

/**
 * A <dialog> shown as a modal while `open` is true, and closed when it turns false.
 * `onOpen` runs each time it opens (to load what the dialog shows).
 */
export function useModalDialog(open: boolean, onOpen: () => void) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opened = useEffectEvent(onOpen);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!open) {
      if (element.open) element.close();
      return;
    }
    if (!element.open) element.showModal();
    opened();
  }, [open]);
  return dialog;
}
