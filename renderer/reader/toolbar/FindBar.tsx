import { forwardRef } from 'react';
import { useReader } from '../reader-context';

/** Find in the paper (Ctrl+F): match count, Enter for next, Shift+Enter for previous. */
export const FindBar = forwardRef<HTMLInputElement>(function FindBar(_props, ref) {
  const query = useReader((s) => s.findQuery);
  const matches = useReader((s) => s.findMatches);
  const index = useReader((s) => s.findIndex);
  const setFind = useReader((s) => s.setFind);
  const stepFind = useReader((s) => s.stepFind);

  return (
    <div className="find-bar" role="search">
      <label htmlFor="find-input">
        Find <span className="hide-when-narrow">in paper</span>
      </label>
      <input
        id="find-input"
        ref={ref}
        type="search"
        value={query}
        onChange={(e) => setFind(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            stepFind(e.shiftKey ? -1 : 1);
          }
        }}
      />
      <span className="find-count" aria-live="polite">
        {query.trim() === '' ? '' : matches.length === 0 ? 'No matches' : `${index + 1} of ${matches.length}`}
      </span>
      <button type="button" className="secondary" disabled={matches.length === 0} onClick={() => stepFind(-1)}>
        <span aria-hidden="true" className="narrow-only">
          ‹
        </span>
        <span className="hide-when-narrow">Previous</span>
        <span className="visually-hidden"> match</span>
      </button>
      <button type="button" className="secondary" disabled={matches.length === 0} onClick={() => stepFind(1)}>
        <span aria-hidden="true" className="narrow-only">
          ›
        </span>
        <span className="hide-when-narrow">Next</span>
        <span className="visually-hidden"> match</span>
      </button>
    </div>
  );
});
