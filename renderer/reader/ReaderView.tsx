import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useApi, useAppState } from '../app-context';
import { formatMeetingDate } from '../format/dates';
import { AnnotationPanel } from './AnnotationPanel';
import { blockAt } from './blocks';
import { Outline } from './Outline';
import { ReaderContext, useReader } from './reader-context';
import { createReaderStore } from './reader-store';
import { ShortcutsDialog } from './ShortcutsDialog';
import { TextView } from './TextView';
import { useItemSteps, useItemStepsTool } from './toolbar/ItemSteps';
import { useKeyboardTool } from './toolbar/KeyboardTool';
import { useMarkTool } from './toolbar/MarkActions';
import { useNotesTool } from './toolbar/NotesMenu';
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
  const savePosition = useReader((s) => s.savePosition);
  const go = useAppState((s) => s.go);
  const findInput = useRef<HTMLInputElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const position = useRef({ textOffset: 0, page: 1 });
  useTextSelection(content);
  const itemSteps = useItemSteps(position);
  useReaderShortcuts(findInput, content, itemSteps.step);
  // In the order they show; a new tool is one more line here.
  const tools = [
    useItemStepsTool(itemSteps),
    useTextSizeTool(),
    useWhatIsNewTool(),
    useMarkTool(),
    useNotesTool(),
    useKeyboardTool(),
  ];

  const timer = useRef<number | undefined>(undefined);
  const remember = useCallback(
    (change: Partial<{ textOffset: number; page: number }>) => {
      position.current = { ...position.current, ...change };
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => savePosition({ view, ...position.current }), 400);
    },
    [savePosition, view],
  );
  const onTextPosition = useCallback(
    (textOffset: number) => {
      const page = document ? (blockAt(document.blocks, textOffset)?.page ?? 1) : 1;
      remember({ textOffset, page });
    },
    [document, remember],
  );
  useEffect(() => remember({}), [view, remember]);

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
    <section className="reader" aria-labelledby="reader-title">
      <div className="reader-head">
        <button
          type="button"
          className="link back"
          onClick={() => go({ name: 'meeting', meetingId: document.meetingId })}
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
      <div className="reader-body">
        <Outline />
        <div className="reader-content" ref={content}>
          {view === 'original' && isPdf ? (
            <Suspense fallback={<p>Opening the original…</p>}>
              <OriginalView onPage={(page) => remember({ page })} />
            </Suspense>
          ) : (
            <TextView onScrollPosition={onTextPosition} />
          )}
        </div>
        <AnnotationPanel />
      </div>
      <ShortcutsDialog />
    </section>
  );
}
