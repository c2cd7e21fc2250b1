import { useId, useState, type FormEvent } from 'react';
import { PageName, pageForInput } from '../../shared/page-names';
import { useReader } from './reader-context';

/** Which page the reader is on, and Go to page by the number printed on it ("47", "iv") or its PDF page ("PDF page 5"). */
export function GoToPage() {
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
