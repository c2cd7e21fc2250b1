import { useEffect, useId, useState, type FormEvent } from 'react';
import { pageForInput } from '../../../shared/page-names';
import { useModalDialog } from '../../components/use-modal-dialog';
import { useReader } from '../reader-context';
import type { ReaderTool } from './reader-tool';
import '../print.css';

type What = 'paper' | 'pages' | 'notes';

/**
 * Print… : the whole paper, a range of its printed pages, or only the member's notes on
 * it, through the computer's own print dialog (Electron's, or the browser's). A button in
 * the row when the reader is wide, an item of the Tools menu when it is narrow.
 */
export function usePrintTool(): ReaderTool {
  const hasDocument = useReader((s) => s.document !== null);
  const setPrint = useReader((s) => s.setPrint);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const done = () => setPrint(null);
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, [setPrint]);

  if (!hasDocument) return { id: 'print', inline: null, menu: [] };
  return {
    id: 'print',
    inline: (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        Print…
      </button>
    ),
    menu: [{ label: 'Print…', onSelect: () => setOpen(true), startsGroup: true }],
    always: <PrintDialog open={open} setOpen={setOpen} />,
  };
}

function PrintDialog({ open, setOpen }: { open: boolean; setOpen: (open: boolean) => void }) {
  const document = useReader((s) => s.document);
  const view = useReader((s) => s.view);
  const setView = useReader((s) => s.setView);
  const setPrint = useReader((s) => s.setPrint);
  const [what, setWhat] = useState<What>('paper');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [withNotes, setWithNotes] = useState(true);
  const [problem, setProblem] = useState('');
  const id = useId();
  const dialog = useModalDialog(open, () => setProblem(''));

  if (!document) return null;
  const pageCount = document.pageCount ?? 0;

  const print = (event: FormEvent) => {
    event.preventDefault();
    let pages: { from: number; to: number } | null = null;
    if (what === 'pages') {
      const first = pageForInput(from, document.printedPages, pageCount);
      const last = to.trim() === '' ? first : pageForInput(to, document.printedPages, pageCount);
      if (first === null || last === null) {
        const typed = (first === null ? from : to).trim();
        setProblem(
          typed === ''
            ? 'Type the first page to print, as it is numbered on the page.'
            : `There is no page “${typed}” in this paper. Type a number printed on its pages, or “PDF page 1” to “PDF page ${pageCount}”.`,
        );
        return;
      }
      if (last < first) {
        setProblem('The last page comes before the first. Type the pages in the order they are printed.');
        return;
      }
      pages = { from: first, to: last };
    }
    setOpen(false);
    if (view !== 'text') setView('text');
    setPrint({ what: what === 'notes' ? 'notes' : 'paper', pages, withNotes: what === 'notes' || withNotes });
    // Once the Text view and the print-only parts are drawn.
    requestAnimationFrame(() => requestAnimationFrame(() => window.print()));
  };

  return (
    <dialog
      ref={dialog}
      className="print-dialog app-dialog"
      aria-labelledby={`${id}-title`}
      onClose={() => setOpen(false)}
    >
      <h2 id={`${id}-title`}>Print</h2>
      <form noValidate onSubmit={print}>
        <fieldset>
          <legend>What to print</legend>
          <Choice name={`${id}-what`} value="paper" checked={what === 'paper'} onChange={setWhat}>
            The whole paper
          </Choice>
          {pageCount > 0 && (
            <Choice name={`${id}-what`} value="pages" checked={what === 'pages'} onChange={setWhat}>
              Some pages
            </Choice>
          )}
          <Choice name={`${id}-what`} value="notes" checked={what === 'notes'} onChange={setWhat}>
            Only my notes on it
          </Choice>
        </fieldset>
        {what === 'pages' && (
          <div className="print-pages">
            <label htmlFor={`${id}-from`}>From page</label>
            <input id={`${id}-from`} value={from} size={6} onChange={(e) => setFrom(e.target.value)} />
            <label htmlFor={`${id}-to`}>to page</label>
            <input id={`${id}-to`} value={to} size={6} onChange={(e) => setTo(e.target.value)} />
            <p className="muted">The page numbers printed on the pages, as the chair calls them.</p>
          </div>
        )}
        {what !== 'notes' && (
          <label className="checkbox">
            <input type="checkbox" checked={withNotes} onChange={(e) => setWithNotes(e.target.checked)} />
            Add my notes at the end
          </label>
        )}
        <p role="alert" className="error">
          {problem}
        </p>
        <div className="button-row">
          <button type="submit">Print</button>
          <button type="button" className="secondary" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}

function Choice({
  name,
  value,
  checked,
  onChange,
  children,
}: {
  name: string;
  value: What;
  checked: boolean;
  onChange: (what: What) => void;
  children: React.ReactNode;
}) {
  return (
    <label className="radio">
      <input type="radio" name={name} value={value} checked={checked} onChange={() => onChange(value)} />
      {children}
    </label>
  );
}
