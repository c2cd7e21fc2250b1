import { useEffect, useMemo, useState } from 'react';
import type { SearchResult } from '../../shared/domain';
import { useAppState, useSearch } from '../app-context';
import { formatMeetingDate } from '../format/dates';
import { KIND_LABEL, routeOf } from './open-result';
import { ConfidentialBadge } from '../components/Confidential';
import { ErrorMessage } from '../components/ErrorMessage';
import { UkDateField } from '../components/UkDateField';
import { SEARCH_KINDS } from '../stores/search-store';
import { Snippet } from './Snippet';
import { Timeline } from './Timeline';
import { pageName } from '../../shared/page-names';

interface MeetingGroup {
  key: string;
  meetingId: number;
  committee: string;
  meetingDate: string | null;
  results: SearchResult[];
}

/** Every passage on a subject, grouped by meeting, with a timeline across the years. */
export function SearchView({ initialQuery }: { initialQuery: string }) {
  const go = useAppState((s) => s.go);
  const meetings = useAppState((s) => s.meetings);
  const submitted = useSearch((s) => s.query);
  const committee = useSearch((s) => s.committee);
  const from = useSearch((s) => s.from);
  const to = useSearch((s) => s.to);
  const kinds = useSearch((s) => s.kinds);
  const sort = useSearch((s) => s.sort);
  const results = useSearch((s) => s.results);
  const error = useSearch((s) => s.error);
  const change = useSearch((s) => s.set);
  const [query, setQuery] = useState(initialQuery || submitted);
  const committees = useMemo(() => [...new Set((meetings ?? []).map((m) => m.committee))].sort(), [meetings]);

  // Opened with a query (from the palette or a link): search for it; opened plainly: keep the last search.
  useEffect(() => {
    if (initialQuery) void change({ query: initialQuery });
  }, [initialQuery, change]);

  const groups = useMemo(() => groupByMeeting(results ?? []), [results]);

  return (
    <section className="view search-view" aria-labelledby="search-title">
      <h1 id="search-title">Search</h1>
      <form
        className="search-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void change({ query });
        }}
      >
        <label htmlFor="search-query">Search every paper, note and outcome</label>
        <div className="button-row compact">
          <input id="search-query" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          <button type="submit">Search</button>
        </div>
        <p className="muted">
          Words in quotes find a phrase; OR finds either; a minus sign leaves a word out; word* finds words that start
          so.
        </p>
        <div className="filters">
          <label>
            Committee{' '}
            <select value={committee} onChange={(e) => void change({ committee: e.target.value })}>
              <option value="">All committees</option>
              {committees.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <UkDateField label="From" value={from} onChange={(iso) => void change({ from: iso })} />
          <UkDateField label="To" value={to} onChange={(iso) => void change({ to: iso })} />
          <label>
            Order{' '}
            <select value={sort} onChange={(e) => void change({ sort: e.target.value as 'relevance' | 'newest' })}>
              <option value="newest">Newest meeting first</option>
              <option value="relevance">Most relevant first</option>
            </select>
          </label>
          <fieldset>
            <legend>Look in</legend>
            {SEARCH_KINDS.map((kind) => (
              <label key={kind} className="checkbox">
                <input
                  type="checkbox"
                  checked={kinds.includes(kind)}
                  onChange={(e) =>
                    void change({ kinds: e.target.checked ? [...kinds, kind] : kinds.filter((k) => k !== kind) })
                  }
                />{' '}
                {KIND_LABEL[kind]}
              </label>
            ))}
          </fieldset>
        </div>
      </form>
      <ErrorMessage error={error} onRetry={() => void change({})} />
      {results && submitted.trim() !== '' && (
        <p role="status">
          {results.length === 0
            ? 'Nothing found. Try fewer words, or another form of the word.'
            : `${results.length} passage${results.length === 1 ? '' : 's'} in ${groups.length} meeting${groups.length === 1 ? '' : 's'}.`}
        </p>
      )}
      {groups.length > 0 && <Timeline groups={groups} />}
      {groups.map((group) => (
        <section
          key={group.key}
          id={`meeting-${group.key}`}
          className="result-group"
          aria-label={`${group.committee}, ${formatMeetingDate(group.meetingDate)}`}
        >
          <h2>
            {formatMeetingDate(group.meetingDate)} <span className="muted">· {group.committee}</span>
          </h2>
          <ul className="results">
            {group.results.map((r, i) => (
              <li key={`${r.kind}-${r.blockId ?? r.documentId}-${i}`}>
                <button type="button" className="result" onClick={() => go(routeOf(r))}>
                  <span className="result-meta">
                    {KIND_LABEL[r.kind]}
                    {r.documentTitle && ` · ${r.documentTitle}`}
                    {r.page !== null && r.kind !== 'title' && ` · ${pageName(r.page, r.printedPage)}`}
                    {r.confidential && <ConfidentialBadge />}
                  </span>
                  <span className="result-snippet">
                    <Snippet text={r.snippet} />
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function groupByMeeting(results: SearchResult[]): MeetingGroup[] {
  const groups = new Map<string, MeetingGroup>();
  for (const r of results) {
    const key = String(r.meetingId);
    const group = groups.get(key) ?? {
      key,
      meetingId: r.meetingId,
      committee: r.committee,
      meetingDate: r.meetingDate,
      results: [],
    };
    group.results.push(r);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export type { MeetingGroup };
