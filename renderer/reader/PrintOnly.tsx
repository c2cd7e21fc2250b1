import { PageName, pageName } from '../../shared/page-names';
import { formatMeetingDate } from '../format/dates';
import { useEffect } from 'react';
import { useReader } from './reader-context';
import type { PrintChoice } from './reader-store';

const KIND = { highlight: 'Highlight', note: 'Note', question: 'Question' } as const;

/**
 * Keeps to the chosen pages in print: everything marked with another page is left out. A
 * constructed style sheet, as the app's content security policy allows no inline styles.
 */
function usePageRangeRule(pages: PrintChoice['pages']) {
  const from = pages?.from;
  const to = pages?.to;
  useEffect(() => {
    if (from === undefined || to === undefined) return;
    const kept = Array.from({ length: to - from + 1 }, (_, i) => `:not([data-page="${from + i}"])`).join('');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`@media print { .reader [data-page]${kept} { display: none !important; } }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [from, to]);
}

/** The paper's title and what is printed, at the top of the first printed page. */
export function PrintHeading() {
  const document = useReader((s) => s.document);
  const print = useReader((s) => s.print);
  usePageRangeRule(print?.pages ?? null);
  if (!document || !print) return null;
  const { from, to } = print.pages ?? { from: 0, to: 0 };
  const range = print.pages
    ? from === to
      ? PageName(from, document.printedPages[from - 1])
      : `${PageName(from, document.printedPages[from - 1])} to ${pageName(to, document.printedPages[to - 1])}`
    : null;
  return (
    <div className="print-only print-heading">
      <p>
        {document.committee}, {formatMeetingDate(document.meetingDate)}
      </p>
      <h1>{document.title}</h1>
      <p>{[print.what === 'notes' ? 'My notes' : null, range].filter(Boolean).join(' – ')}</p>
    </div>
  );
}

/** The member's notes on the paper, with the pages they are on, for print. */
export function PrintNotes() {
  const document = useReader((s) => s.document);
  const annotations = useReader((s) => s.annotations);
  const print = useReader((s) => s.print);
  if (!document || !print?.withNotes) return null;
  return (
    <section className="print-only print-notes">
      <h2>My notes on this paper</h2>
      {annotations.length === 0 && <p>No notes yet.</p>}
      <ol>
        {annotations.map((a) => (
          <li key={a.id} data-page={a.page ?? undefined}>
            <p className="print-note-where">
              <strong>{KIND[a.kind]}</strong>
              {a.anchorStatus === 'orphaned'
                ? ' – could not be placed in the latest version'
                : a.page !== null && ` – ${pageName(a.page, a.printedPage)}`}
            </p>
            <blockquote>“{a.exact}”</blockquote>
            {a.body && <p>{a.body}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
