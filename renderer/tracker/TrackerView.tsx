import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { OutcomeKind, OutcomeStatus, TrackerFilters, TrackerRow } from '../../shared/domain';
import { useApi, useAppState } from '../app-context';
import { ConfidentialBadge, IncludeConfidential, savedMessage } from '../components/Confidential';
import { downloadBytes } from '../components/download';
import { formatMeetingDate } from '../format/dates';
import { Dashboard } from './Dashboard';
import { KIND_LABEL, KINDS, STATUS_LABEL, STATUSES } from './labels';
import { OutcomePanel } from './OutcomePanel';

/** Every resolution and request, filtered and sorted, with the chosen one's history beside it. */
export function TrackerView() {
  const api = useApi();
  const meetings = useAppState((s) => s.meetings);
  const committees = useMemo(() => [...new Set((meetings ?? []).map((m) => m.committee))].sort(), [meetings]);
  const [filters, setFilters] = useState<TrackerFilters>({
    statuses: ['open', 'in-progress'],
    sort: 'meeting',
    descending: true,
  });
  const [rows, setRows] = useState<TrackerRow[] | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [refresh, setRefresh] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [includeConfidential, setIncludeConfidential] = useState(false);
  const [reportMessage, setReportMessage] = useState('');

  useEffect(() => {
    let stale = false;
    const timer = setTimeout(() => {
      api.listTracker(filters).then(
        (found) => !stale && setRows(found),
        (e: unknown) => !stale && setError((e as Error).message),
      );
    }, 80);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [api, filters, refresh]);

  const set = (change: Partial<TrackerFilters>) => setFilters((f) => ({ ...f, ...change }));
  const report = async (format: 'pdf' | 'docx' | 'csv') => {
    const file = await api.outstandingReport({
      format,
      ...(filters.committee ? { committee: filters.committee } : {}),
      includeConfidential,
    });
    downloadBytes(file.fileName, file.mediaType, file.data);
    setReportMessage(savedMessage(file.fileName, file.leftOut, ['item', 'items']));
  };

  return (
    <section className="view tracker" aria-labelledby="tracker-title">
      <div className="view-heading">
        <h1 id="tracker-title">Tracker</h1>
        <div className="button-row" role="group" aria-label="Outstanding resolutions and actions report">
          <button type="button" className="secondary" onClick={() => void report('pdf')}>
            Report (PDF)
          </button>
          <button type="button" className="secondary" onClick={() => void report('docx')}>
            Report (Word)
          </button>
          <button type="button" className="secondary" onClick={() => void report('csv')}>
            Export for Excel (CSV)
          </button>
          <IncludeConfidential checked={includeConfidential} onChange={setIncludeConfidential} />
          <span role="status" className="muted">
            {reportMessage}
          </span>
        </div>
      </div>
      <Dashboard refresh={refresh} />
      <div className="filters" role="group" aria-label="Filters">
        <label>
          Committee{' '}
          <select value={filters.committee ?? ''} onChange={(e) => set({ committee: e.target.value || undefined })}>
            <option value="">All committees</option>
            {committees.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>Status</legend>
          {STATUSES.map((status) => (
            <label key={status} className="checkbox">
              <input
                type="checkbox"
                checked={filters.statuses?.includes(status) ?? false}
                onChange={(e) =>
                  set({
                    statuses: e.target.checked
                      ? [...(filters.statuses ?? []), status]
                      : (filters.statuses ?? []).filter((s): s is OutcomeStatus => s !== status),
                  })
                }
              />{' '}
              {STATUS_LABEL[status]}
            </label>
          ))}
        </fieldset>
        <label>
          Kind{' '}
          <select
            value={filters.kinds?.[0] ?? ''}
            onChange={(e) => set({ kinds: e.target.value ? [e.target.value as OutcomeKind] : undefined })}
          >
            <option value="">Every kind</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Owner{' '}
          <input
            type="search"
            value={filters.owner ?? ''}
            onChange={(e) => set({ owner: e.target.value || undefined })}
          />
        </label>
        <label>
          Words{' '}
          <input
            type="search"
            value={filters.text ?? ''}
            onChange={(e) => set({ text: e.target.value || undefined })}
          />
        </label>
        <label>
          From{' '}
          <input type="date" value={filters.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} />
        </label>
        <label>
          To <input type="date" value={filters.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={filters.overdue ?? false}
            onChange={(e) => set({ overdue: e.target.checked || undefined })}
          />{' '}
          Overdue only
        </label>
        <label>
          Sort by{' '}
          <select value={filters.sort} onChange={(e) => set({ sort: e.target.value as TrackerFilters['sort'] })}>
            <option value="meeting">Meeting date</option>
            <option value="due">Due date</option>
            <option value="days-open">Days open</option>
            <option value="last-update">Last update</option>
            <option value="status">Status</option>
          </select>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={filters.descending !== false}
            onChange={(e) => set({ descending: e.target.checked })}
          />{' '}
          Newest or largest first
        </label>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p role="status">{rows === null ? 'Loading…' : `${rows.length} outcome${rows.length === 1 ? '' : 's'}`}</p>
      <div className="tracker-body">
        {rows && <OutcomeList rows={rows} selected={selected} onSelect={setSelected} />}
        {selected !== null && (
          <OutcomePanel
            key={selected}
            outcomeId={selected}
            onChanged={() => setRefresh((n) => n + 1)}
            onClose={() => setSelected(null)}
          />
        )}
      </div>
    </section>
  );
}

/** Only the rows in view are in the page, so ten thousand outcomes scroll as smoothly as ten. */
function OutcomeList({
  rows,
  selected,
  onSelect,
}: {
  rows: TrackerRow[];
  selected: number | null;
  onSelect: (id: number) => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual manages its own state.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 96,
    overscan: 8,
  });
  return (
    <div ref={scroller} className="outcome-scroller" tabIndex={-1}>
      <ul className="outcome-list" style={{ height: virtualizer.getTotalSize() }} aria-label="Outcomes">
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index] as TrackerRow;
          return (
            <li
              key={row.id}
              data-index={item.index}
              ref={virtualizer.measureElement}
              style={{ transform: `translateY(${item.start}px)` }}
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
            >
              <button
                type="button"
                className={`outcome-row status-${row.status}`}
                aria-pressed={selected === row.id}
                onClick={() => onSelect(row.id)}
              >
                <span className="outcome-row-head">
                  <span className={`status-badge status-${row.status}`}>{STATUS_LABEL[row.status]}</span>
                  {row.confidential && <ConfidentialBadge />}
                  <span className="muted">
                    {KIND_LABEL[row.kind]} · {row.committee}, {formatMeetingDate(row.meetingDate)}
                    {row.itemTitle && ` · ${row.itemNumber ? `${row.itemNumber}. ` : ''}${row.itemTitle}`}
                  </span>
                </span>
                <span className="outcome-row-text">{row.text}</span>
                <span className="muted outcome-row-facts">
                  Owner: {row.owner ?? 'not named'} · Due:{' '}
                  {row.dueDate ? formatMeetingDate(row.dueDate) : (row.dueHint ?? 'not set')}
                  {row.overdue && <strong className="overdue"> (overdue)</strong>} · Open {row.daysOpen ?? '?'} days ·
                  Updated {row.lastUpdate.slice(0, 10)}
                  {row.proposals > 0 && (
                    <strong>
                      {' '}
                      · {row.proposals} possible follow-up{row.proposals === 1 ? '' : 's'} to check
                    </strong>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
