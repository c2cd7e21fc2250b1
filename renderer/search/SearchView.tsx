import { useEffect, useMemo, useState } from 'react';
import type { SearchResult, SearchResultKind } from '../../shared/domain';
import { useApi, useAppState } from '../app-context';
import { formatMeetingDate } from '../format/dates';
import { KIND_LABEL, routeOf } from './open-result';
import { ConfidentialBadge } from '../components/Confidential';
import { Snippet } from './Snippet';
import { Timeline } from './Timeline';
import { pageName } from '../../shared/page-names';

const KINDS: SearchResultKind[] = ['paper', 'title', 'note', 'question', 'outcome'];

interface MeetingGroup {
  key: string;
  meetingId: number;
  committee: string;
  meetingDate: string | null;
  results: SearchResult[];
}

/** Every passage on a subject, grouped by meeting, with a timeline across the years. */
export function SearchView({ initialQuery }: { initialQuery: string }) {
  const api = useApi();
  const go = useAppState((s) => s.go);
  const meetings = useAppState((s) => s.meetings);
  const [query, setQuery] = useState(initialQuery);
  const [submitted, setSubmitted] = useState(initialQuery);
  const [committee, setCommittee] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [kinds, setKinds] = useState<SearchResultKind[]>(KINDS);
  const [sort, setSort] = useState<'relevance' | 'newest'>('newest');
  const [results, setResults] = useState<SearchResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const committees = useMemo(() => [...new Set((meetings ?? []).map((m) => m.committee))].sort(), [meetings]);

  useEffect(() => {
    if (submitted.trim() === '') return;
    let stale = false;
    api
      .search({
        query: submitted,
        sort,
        limit: 200,
        kinds,
        ...(committee ? { committee } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
      })
      .then(
        (found) => {
          if (stale) return;
          setResults(found);
          setError(null);
        },
        (e: unknown) => !stale && setError((e as Error).message),
      );
    return () => {
      stale = true;
    };
  }, [api, submitted, committee, from, to, kinds, sort]);

  const groups = useMemo(() => groupByMeeting(results ?? []), [results]);

  return (
    <section className="view search-view" aria-labelledby="search-title">
      <h1 id="search-title">Search</h1>
      <form
        className="search-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(query);
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
            <select value={committee} onChange={(e) => setCommittee(e.target.value)}>
              <option value="">All committees</option>
              {committees.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <label>
            From <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </label>
          <label>
            To <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </label>
          <label>
            Order{' '}
            <select value={sort} onChange={(e) => setSort(e.target.value as 'relevance' | 'newest')}>
              <option value="newest">Newest meeting first</option>
              <option value="relevance">Most relevant first</option>
            </select>
          </label>
          <fieldset>
            <legend>Look in</legend>
            {KINDS.map((kind) => (
              <label key={kind} className="checkbox">
                <input
                  type="checkbox"
                  checked={kinds.includes(kind)}
                  onChange={(e) => setKinds(e.target.checked ? [...kinds, kind] : kinds.filter((k) => k !== kind))}
                />{' '}
                {KIND_LABEL[kind]}
              </label>
            ))}
          </fieldset>
        </div>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {results && (
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
