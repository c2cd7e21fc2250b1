import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useApi, useAppState } from '../app-context';
import { ConfidentialBanner } from '../components/Confidential';
import { formatMeetingDate } from '../format/dates';
import { AnnotationPanel } from './AnnotationPanel';
import { outlineOf } from './blocks';
import { FindBar } from './FindBar';
import { GoToPage } from './GoToPage';
import { MarkActions } from './MarkActions';
import { NotesMenu } from './NotesMenu';
import { Outline } from './Outline';
import { PrintMenu } from './PrintMenu';
import { PrintHeading, PrintNotes } from './PrintOnly';
import { ReaderContext, useReader } from './reader-context';
import { forgetOpenPaper, rememberOpenPaper } from './open-paper';
import { createReaderStore } from './reader-store';
import { TextSize } from './TextSize';
import { TextView } from './TextView';
import { useTextSelection } from './use-text-selection';
import { WhatIsNew } from './WhatIsNew';

const OriginalView = lazy(() => import('./OriginalView'));

export function ReaderView({ documentId, at }: { documentId: number; at?: number }) {
  const api = useApi();
  const [store] = useState(() => createReaderStore(api, documentId));
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
  const setView = useReader((s) => s.setView);
  const leave = useReader((s) => s.leave);
  const print = useReader((s) => s.print);
  const go = useAppState((s) => s.go);
  const findInput = useRef<HTMLInputElement>(null);
  const content = useRef<HTMLDivElement>(null);
  useTextSelection(content);
  useKeepPlace(leave);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        findInput.current?.focus();
        findInput.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

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
          {document.version > 1 && `, version ${document.version}`}
        </p>
        {document.warnings.map((w) => (
          <p key={w} className="warning" role="note">
            Warning: {w}
          </p>
        ))}
      </div>
      <div className="reader-toolbar">
        {/* In the sticky toolbar, so it stays in view in the Text and the Original view alike. */}
        {document.confidential && <ConfidentialBanner />}
        <div className="button-row compact" role="group" aria-label="View">
          <button type="button" className="toggle" aria-pressed={view === 'text'} onClick={() => setView('text')}>
            Text
          </button>
          {isPdf && (
            <button
              type="button"
              className="toggle"
              aria-pressed={view === 'original'}
              onClick={() => setView('original')}
            >
              Original
            </button>
          )}
        </div>
        <ItemSteps />
        <GoToPage />
        <PrintMenu />
        <TextSize />
        <WhatIsNew />
        <FindBar ref={findInput} />
        <MarkActions />
        <NotesMenu />
      </div>
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

/** Previous and next agenda item, from where the reader is now. */
function ItemSteps() {
  const document = useReader((s) => s.document);
  const place = useReader((s) => s.place);
  const jumpTo = useReader((s) => s.jumpTo);
  const items = useMemo(
    () => (document ? outlineOf(document.blocks, document.items).filter((e) => e.isItem) : []),
    [document],
  );
  if (items.length === 0) return null;
  const step = (direction: 1 | -1) => {
    const here = place?.textOffset ?? 0;
    const target =
      direction === 1 ? items.find((i) => i.start > here + 1) : [...items].reverse().find((i) => i.start < here - 1);
    if (target) jumpTo(target.start);
  };
  return (
    <div className="button-row compact" role="group" aria-label="Agenda items">
      <button type="button" className="secondary" onClick={() => step(-1)}>
        ‹ Previous item
      </button>
      <button type="button" className="secondary" onClick={() => step(1)}>
        Next item ›
      </button>
    </div>
  );
}
