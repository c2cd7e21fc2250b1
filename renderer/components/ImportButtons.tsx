import { useCallback, useEffect, useRef } from 'react';
import { useAppState } from '../app-context';

const ACCEPT = '.pdf,.docx,.htm,.html,.txt,.md,application/pdf,text/html,text/plain';

/** The file inputs that already take their chosen files. */
const listening = new WeakSet<HTMLInputElement>();

/** "Import pack…" and "Import a folder…": the system's own file chooser. */
export function ImportButtons({ meetingId, label = 'Import pack…' }: { meetingId?: number; label?: string }) {
  const importFiles = useAppState((s) => s.importFiles);
  const getReadyToImport = useAppState((s) => s.getReadyToImport);
  const busy = useAppState((s) => s.importJob?.state === 'running');
  const filesInput = useRef<HTMLInputElement | null>(null);
  const folderInput = useRef<HTMLInputElement | null>(null);
  const latest = useRef({ importFiles, meetingId });
  useEffect(() => {
    latest.current = { importFiles, meetingId };
  });

  /**
   * The chooser can outlive these buttons: the library may finish loading, or a sync add the
   * first meeting, while it is open, and the buttons move. React's onChange would then never
   * hear of the files chosen, so they are taken by a listener on the input itself, which
   * still hears once the input has left the page.
   */
  const takeChosenFiles = useCallback((input: HTMLInputElement) => {
    // React may hand the same input to its ref twice (development's strict mode): listen once.
    if (listening.has(input)) return;
    listening.add(input);
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])].filter((f) => !f.name.startsWith('.'));
      input.value = '';
      void latest.current.importFiles(files, latest.current.meetingId);
    });
  }, []);
  const filesRef = useCallback(
    (el: HTMLInputElement | null) => {
      if (el) takeChosenFiles(el);
      filesInput.current = el;
    },
    [takeChosenFiles],
  );
  const folderRef = useCallback(
    (el: HTMLInputElement | null) => {
      el?.setAttribute('webkitdirectory', '');
      if (el) takeChosenFiles(el);
      folderInput.current = el;
    },
    [takeChosenFiles],
  );

  return (
    <div className="button-row">
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          getReadyToImport();
          filesInput.current?.click();
        }}
      >
        {label}
      </button>
      <button
        type="button"
        className="secondary"
        disabled={busy}
        onClick={() => {
          getReadyToImport();
          folderInput.current?.click();
        }}
      >
        Import a folder…
      </button>
      <input ref={filesRef} type="file" multiple accept={ACCEPT} hidden data-testid="import-files-input" />
      <input ref={folderRef} type="file" multiple hidden data-testid="import-folder-input" />
    </div>
  );
}
