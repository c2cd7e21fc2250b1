import type { AnnotationKind } from '../../shared/domain';
import { useEffect, useEffectEvent, type RefObject } from 'react';
import { selectedRange } from './dom-offsets';
import { useReader } from './reader-context';

/** Where a key press is typing, not a command. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('.text-view')) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The reader's keys: Ctrl+F find, H highlight, N note, Q question, [ and ] agenda items,
 * F7 keyboard selection, ? or F1 the list of shortcuts.
 */
export function useReaderShortcuts(
  findInput: RefObject<HTMLInputElement | null>,
  content: RefObject<HTMLElement | null>,
  step: (direction: 1 | -1) => void,
) {
  const markSelection = useReader((s) => s.markSelection);
  const setSelection = useReader((s) => s.setSelection);
  const setCaretMode = useReader((s) => s.setCaretMode);
  const setShortcutsOpen = useReader((s) => s.setShortcutsOpen);
  const caretMode = useReader((s) => s.caretMode);
  const view = useReader((s) => s.view);

  const mark = (kind: AnnotationKind) => {
    // The selection as it is now: the browser tells of a change a moment after the key that made it.
    const range = view === 'text' && content.current ? selectedRange(content.current) : null;
    if (range) setSelection(range);
    markSelection(kind);
  };

  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
      e.preventDefault();
      findInput.current?.focus();
      findInput.current?.select();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    // Keys in a menu or a dialog (this list, for one) are theirs.
    if ((e.target as Element | null)?.closest?.('[role=menu], dialog')) return;
    const commands: Record<string, () => void> = {
      h: () => mark('highlight'),
      n: () => mark('note'),
      q: () => mark('question'),
      '[': () => step(-1),
      ']': () => step(1),
      '?': () => setShortcutsOpen(true),
      F1: () => setShortcutsOpen(true),
      F7: () => {
        if (view === 'text') setCaretMode(!caretMode);
      },
    };
    const command = commands[e.key.length === 1 ? e.key.toLowerCase() : e.key];
    if (!command) return;
    e.preventDefault();
    command();
  });

  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
