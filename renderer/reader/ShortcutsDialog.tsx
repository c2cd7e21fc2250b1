import { useAppState } from '../app-context';
import { useModalDialog } from '../components/use-modal-dialog';
import { useReader } from './reader-context';

export const READER_SHORTCUTS: { keys: string[]; does: string }[] = [
  { keys: ['F7'], does: 'Turn keyboard selection on or off in the Text view (a caret you move with the arrow keys)' },
  { keys: ['Shift', 'Arrow keys'], does: 'Select text, with keyboard selection on' },
  { keys: ['H'], does: 'Highlight the selected text in yellow' },
  { keys: ['N'], does: 'Add a note to the selected text' },
  { keys: ['Q'], does: 'Add a question on the selected text' },
  { keys: ['['], does: 'Go to the previous agenda item' },
  { keys: [']'], does: 'Go to the next agenda item' },
  { keys: ['Ctrl', 'F'], does: 'Find in the paper (Enter for the next match, Shift+Enter for the previous)' },
  { keys: ['Ctrl', 'K'], does: 'Search the whole library' },
  { keys: ['?'], does: 'Show this list (F1 too)' },
  { keys: ['Esc'], does: 'Close this list, or a menu' },
];

/** The reader's keyboard shortcuts, as a modal dialog (? or F1). */
export function ShortcutsDialog() {
  const open = useReader((s) => s.shortcutsOpen);
  const setOpen = useReader((s) => s.setShortcutsOpen);
  const go = useAppState((s) => s.go);
  const dialog = useModalDialog(open, () => undefined);
  return (
    <dialog
      ref={dialog}
      className="shortcuts-dialog app-dialog"
      aria-labelledby="shortcuts-title"
      onClose={() => setOpen(false)}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <ShortcutTable />
      <div className="button-row">
        <button type="button" onClick={() => setOpen(false)}>
          Close
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setOpen(false);
            go({ name: 'help' });
          }}
        >
          Open the guide
        </button>
      </div>
    </dialog>
  );
}

/** The reader's keys, in the dialog and in the guide. */
export function ShortcutTable() {
  return (
    <table className="shortcut-table">
      <thead>
        <tr>
          <th scope="col">Keys</th>
          <th scope="col">What they do</th>
        </tr>
      </thead>
      <tbody>
        {READER_SHORTCUTS.map((s) => (
          <tr key={s.does}>
            <td>
              {s.keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && ' + '}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </td>
            <td>{s.does}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
