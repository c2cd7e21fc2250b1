import { useEffect, useRef, useState } from 'react';
import type { SearchResult } from '../../shared/domain';
import { useApi, useAppState } from '../app-context';
import { formatMeetingDate } from '../format/dates';
import { KIND_LABEL, routeOf } from './open-result';
import { ConfidentialBadge } from '../components/Confidential';
import { Snippet } from './Snippet';

/** Ctrl+K anywhere: type, arrow to a passage, Enter opens the reader there. */
export function SearchPalette() {
  const api = useApi();
  const go = useAppState((s) => s.go);
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[]>([]);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        if (!dialog.current?.open) dialog.current?.showModal();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    let stale = false;
    const timer = setTimeout(() => {
      if (query.trim() === '') {
        setResults([]);
        return;
      }
      api.search({ query, asYouType: true, limit: 12 }).then(
        (found) => {
          if (stale) return;
          setResults(found);
          setActive(0);
          setError(null);
        },
        (e: unknown) => !stale && setError((e as Error).message),
      );
    }, 120);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [api, query]);

  const open = (result: SearchResult | undefined) => {
    if (!result) return;
    dialog.current?.close();
    go(routeOf(result));
  };

  return (
    <dialog ref={dialog} className="palette" aria-labelledby="palette-title" onClose={() => setQuery('')}>
      <h2 id="palette-title" className="visually-hidden">
        Search everything
      </h2>
      <input
        type="search"
        aria-label="Search every paper, note and outcome"
        placeholder="Search every paper, note and outcome…"
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls="palette-results"
        aria-activedescendant={results[active] ? `palette-result-${active}` : undefined}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(results.length - 1, a + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            open(results[active]);
          }
        }}
      />
      {error && <p className="error">{error}</p>}
      <ul id="palette-results" role="listbox" aria-label="Results">
        {results.map((r, i) => (
          <li
            key={`${r.kind}-${r.blockId ?? r.documentId}-${i}`}
            id={`palette-result-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onClick={() => open(r)}
          >
            <span className="result-meta">
              {KIND_LABEL[r.kind]} · {r.committee}, {formatMeetingDate(r.meetingDate)}
              {r.documentTitle && ` · ${r.documentTitle}`}
              {r.confidential && <ConfidentialBadge />}
            </span>
            <span className="result-snippet">
              <Snippet text={r.snippet} />
            </span>
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button
          type="button"
          className="secondary"
          disabled={query.trim() === ''}
          onClick={() => {
            dialog.current?.close();
            go({ name: 'search', query });
          }}
        >
          See all results and the timeline
        </button>
        <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      <p className="muted palette-help">
        Words in quotes find a phrase; OR finds either; a minus sign leaves a word out; word* finds words that start so.
      </p>
    </dialog>
  );
}
