import { useAppState } from '../../app-context';
import { useReader } from '../reader-context';
import type { ReaderTool } from './reader-tool';

/** Selecting text with the keyboard, the list of shortcuts, and the guide. */
export function useKeyboardTool(): ReaderTool {
  const caretMode = useReader((s) => s.caretMode);
  const setCaretMode = useReader((s) => s.setCaretMode);
  const setShortcutsOpen = useReader((s) => s.setShortcutsOpen);
  const view = useReader((s) => s.view);
  const go = useAppState((s) => s.go);
  return {
    id: 'keyboard',
    inline: (
      <button type="button" className="secondary" onClick={() => setShortcutsOpen(true)}>
        Keyboard shortcuts <kbd aria-hidden="true">?</kbd>
      </button>
    ),
    menu: [
      ...(view === 'text'
        ? [
            {
              label: 'Select text with the keyboard',
              checked: caretMode,
              onSelect: () => setCaretMode(!caretMode),
              shortcut: 'F7',
              startsGroup: true,
            },
          ]
        : []),
      {
        label: 'Keyboard shortcuts',
        onSelect: () => setShortcutsOpen(true),
        shortcut: '?',
        startsGroup: view !== 'text',
      },
      { label: 'Help', onSelect: () => go({ name: 'help' }) },
    ],
  };
}
