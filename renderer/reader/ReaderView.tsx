import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useApi, useAppState } from '../app-context';
import { formatMeetingDate } from '../format/dates';
import { AnnotationPanel } from './AnnotationPanel';
import { Outline } from './Outline';
import { PrintHeading, PrintNotes } from './PrintOnly';
import { ReaderContext, useReader } from './reader-context';
import { forgetOpenPaper, rememberOpenPaper } from './open-paper';
import { createReaderStore } from './reader-store';
import { ShortcutsDialog } from './ShortcutsDialog';
import { TextView } from './TextView';
import { useGoToPageTool } from './toolbar/GoToPage';
import { useItemSteps, useItemStepsTool } from './toolbar/ItemSteps';
import { useKeyboardTool } from './toolbar/KeyboardTool';
import { useMarkTool } from './toolbar/MarkActions';
import { useNotesTool } from './toolbar/NotesMenu';
import { usePrintTool } from './toolbar/PrintMenu';
import { ReaderToolbar } from './toolbar/ReaderToolbar';
import { useTextSizeTool } from './toolbar/TextSize';
import { useWhatIsNewTool } from './toolbar/WhatIsNew';
import { useReaderShortcuts } from './use-reader-shortcuts';
import { VersionsLine } from '../versions/VersionsLine';
import { useTextSelection } from './use-text-selection';

const OriginalView = lazy(() => import('./OriginalView'));

export function ReaderView({ documentId, at, version }: { documentId: number; at?: number; version?: number }) {
  const api = useApi();
  const [store] = useState(() => createReaderStore(api, documentId, version));
  useEffect(() => {
    void store.getState().load(at);
  }, [store, at]);
  useEffect(() => {
    rememberOpenPaper(documentId);
    return () => forgetOpenPaper(documentId);
  }, [documentId]);
  return (
    <ReaderContext.Provider value={store}>
      <Reader />
    </ReaderContext.Provider>
  );
}

function Reader() {
  const document = useReader((s) => s.document);
  const loadError = useReader((s) => s.loadError);
  const view = useReader((s) => s.view);
  const leave = useReader((s) => s.leave);
  const print = useReader((s) => s.print);
  const go = useAppState((s) => s.go);
  const findInput = useRef<HTMLInputElement>(null);
  const content = useRef<HTMLDivElement>(null);
  useTextSelection(content);
  useKeepPlace(leave);
  const itemSteps = useItemSteps();
  useReaderShortcuts(findInput, content, itemSteps.step);
  // In the order they show; a new tool is one more line here.
  const tools = [
    useItemStepsTool(itemSteps),
    useGoToPageTool(),
    usePrintTool(),
    useTextSizeTool(),
    useWhatIsNewTool(),
    useMarkTool(),
    useNotesTool(),
    useKeyboardTool(),
  ];

  if (loadError) {
    return (
      <section className="view">
        <p role="alert" className="error">
          {loadError}
        </p>
        <button type="button" className="link" onClick={() => go({ name: 'library' })}>
          ‹ Back to the library
        </button>
      </section>
    );
  }
  if (!document) return <p aria-live="polite">Opening the paper…</p>;
  const isPdf = document.mediaType === 'application/pdf';

  return (
    <section className="reader" aria-labelledby="reader-title" data-print={print?.what}>
      <div className="reader-head">
        <button
          type="button"
          className="link back"
          onClick={() => {
            leave();
            go({ name: 'meeting', meetingId: document.meetingId });
          }}
        >
          ‹ {document.committee}, {formatMeetingDate(document.meetingDate)}
        </button>
        <h1 id="reader-title">{document.title}</h1>
        <p className="muted">
          {document.fileName}
          {document.pageCount !== null && `, ${document.pageCount} pages`}
        </p>
        <VersionsLine />
        {document.warnings.map((w) => (
          <p key={w} className="warning" role="note">
            Warning: {w}
          </p>
        ))}
      </div>
      <ReaderToolbar tools={tools} findInput={findInput} />
      <PrintHeading />
      <div className="reader-body">
        <Outline />
        <div className="reader-content" ref={content}>
          {view === 'original' && isPdf ? (
            <Suspense fallback={<p>Opening the original…</p>}>
              <OriginalView />
            </Suspense>
          ) : (
            <TextView />
          )}
        </div>
        <AnnotationPanel />
      </div>
      <PrintNotes />
      <ShortcutsDialog />
    </section>
  );
}

/** Saves the place when the paper is left any way at all: another view of the app, or closing the window. */
function useKeepPlace(leave: () => void) {
  useEffect(() => {
    const onHide = () => leave();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      leave();
    };
  }, [leave]);
}
