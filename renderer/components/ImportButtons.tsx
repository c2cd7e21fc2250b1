import { useRef } from 'react';
import { useAppState } from '../app-context';

const ACCEPT = '.pdf,.docx,.htm,.html,.txt,.md,application/pdf,text/html,text/plain';

/** "Import pack…" and "Import a folder…": the system's own file chooser. */
export function ImportButtons({ meetingId, label = 'Import pack…' }: { meetingId?: number; label?: string }) {
  const importFiles = useAppState((s) => s.importFiles);
  const busy = useAppState((s) => s.importJob?.state === 'running');
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  const chosen = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])].filter((f) => !f.name.startsWith('.'));
    input.value = '';
    void importFiles(files, meetingId);
  };

  return (
    <div className="button-row">
      <button type="button" disabled={busy} onClick={() => filesInput.current?.click()}>
        {label}
      </button>
      <button type="button" className="secondary" disabled={busy} onClick={() => folderInput.current?.click()}>
        Import a folder…
      </button>
      <input
        ref={filesInput}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="import-files-input"
        onChange={(e) => chosen(e.currentTarget)}
      />
      <input
        ref={(el) => {
          folderInput.current = el;
          el?.setAttribute('webkitdirectory', '');
        }}
        type="file"
        multiple
        hidden
        data-testid="import-folder-input"
        onChange={(e) => chosen(e.currentTarget)}
      />
    </div>
  );
}
