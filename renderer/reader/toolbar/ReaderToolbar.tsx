import './reader-toolbar.css';
import { Fragment, type RefObject } from 'react';
import { ConfidentialBanner } from '../../components/Confidential';
import { MenuButton } from '../../components/MenuButton';
import { useReader } from '../reader-context';
import { FindBar } from './FindBar';
import type { ReaderTool } from './reader-tool';

/**
 * The reader's sticky toolbar: the view switch and Find always in the row; the other
 * tools in the row when the reader is wide, and in a Tools menu when it is narrow
 * (a small window, or zoomed to 200%), so that the toolbar stays one row high.
 */
export function ReaderToolbar({
  tools,
  findInput,
}: {
  tools: ReaderTool[];
  findInput: RefObject<HTMLInputElement | null>;
}) {
  const document = useReader((s) => s.document);
  const view = useReader((s) => s.view);
  const setView = useReader((s) => s.setView);
  const notice = useReader((s) => s.notice);
  if (!document) return null;
  const isPdf = document.mediaType === 'application/pdf';
  return (
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
      <FindBar ref={findInput} />
      <MenuButton className="tools-menu" label="Tools" entries={tools.flatMap((t) => t.menu)} />
      <div className="tools-inline">
        {tools.map((t) => (
          <Fragment key={t.id}>{t.inline}</Fragment>
        ))}
      </div>
      {tools.map((t) => (
        <Fragment key={t.id}>{t.always}</Fragment>
      ))}
      <p className="reader-notice" role="status">
        {notice}
      </p>
    </div>
  );
}
