import { useId, useState, type FormEvent } from 'react';
import { PageName, pageForInput } from '../../../shared/page-names';
import { useModalDialog } from '../../components/use-modal-dialog';
import { useReader } from '../reader-context';
import type { ReaderTool } from './reader-tool';

/**
 * Which page the reader is on, and Go to page by the number printed on it ("47", "iv")
 * or its PDF page ("PDF page 5"): in the row when the reader is wide, and from the Tools
 * menu (in a small dialog) when it is narrow.
 */
export function useGoToPageTool(): ReaderTool {
  const pageCount = useReader((s) => s.document?.pageCount ?? 0);
  const [open, setOpen] = useState(false);
  if (!pageCount) return { id: 'go-to-page', inline: null, menu: [] };
  return {
    id: 'go-to-page',
    inline: <GoToPageForm />,
    menu: [{ label: 'Go to page…', onSelect: () => setOpen(true), startsGroup: true }],
    always: <GoToPageDialog open={open} onClose={() => setOpen(false)} />,
  };
}

function GoToPageDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const id = useId();
  const dialog = useModalDialog(open, () => undefined);
  return (
    <dialog ref={dialog} className="print-dialog app-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>Go to a page</h2>
      {open && <GoToPageForm onGone={onClose} />}
      <div className="button-row">
        <button type="button" className="secondary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}

function GoToPageForm({ onGone }: { onGone?: () => void }) {
  const document = useReader((s) => s.document);
  const goToPage = useReader((s) => s.goToPage);
  const current = useReader((s) => s.place?.page ?? 1);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState('');
  const id = useId();
  if (!document?.pageCount) return null;
  const pageCount = document.pageCount;

  const go = (event: FormEvent) => {
    event.preventDefault();
    const page = pageForInput(typed, document.printedPages, pageCount);
    if (page === null) {
      setProblem(
        typed.trim() === ''
          ? 'Type the page number printed on the page.'
          : `There is no page “${typed.trim()}” in this paper. Type a number printed on its pages, or “PDF page 1” to “PDF page ${pageCount}”.`,
      );
      return;
    }
    setProblem('');
    goToPage(page);
    onGone?.();
  };

  return (
    <form className="go-to-page" noValidate onSubmit={go}>
      <label htmlFor={`${id}-page`}>Go to page</label>
      <input
        id={`${id}-page`}
        value={typed}
        size={6}
        autoComplete="off"
        aria-invalid={problem !== ''}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => setTyped(e.target.value)}
      />
      <button type="submit" className="secondary">
        Go
      </button>
      <span className="page-indicator" data-testid="page-indicator">
        <span className="visually-hidden">You are on </span>
        {PageName(current, document.printedPages[current - 1])}
        {document.printedPages[current - 1] ? ` (PDF page ${current} of ${pageCount})` : ` of ${pageCount}`}
      </span>
      {problem && (
        <p id={`${id}-problem`} role="alert" className="error go-to-page-problem">
          {problem}
        </p>
      )}
    </form>
  );
}
