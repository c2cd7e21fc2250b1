import { useEffect, useState, type ReactNode } from 'react';
import { useAppState } from '../app-context';
import { filesFromDrop } from '../import/dropped-files';

/** Files or folders dropped anywhere on the window are imported. */
export function DropZone({ children }: { children: ReactNode }) {
  const importFiles = useAppState((s) => s.importFiles);
  const getReadyToImport = useAppState((s) => s.getReadyToImport);
  const [over, setOver] = useState(false);

  useEffect(() => {
    const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    let ready = false;
    const onDragOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      setOver(true);
      // Once per drag: readers start while the files are carried over the window.
      if (!ready) getReadyToImport();
      ready = true;
    };
    const onDragLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) {
        setOver(false);
        ready = false;
      }
    };
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e) || !e.dataTransfer) return;
      e.preventDefault();
      setOver(false);
      ready = false;
      void filesFromDrop(e.dataTransfer).then((files) => importFiles(files));
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [importFiles, getReadyToImport]);

  return (
    <>
      {children}
      {over && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop meeting papers or folders to import them</p>
        </div>
      )}
    </>
  );
}
