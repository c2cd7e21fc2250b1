import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { OutcomeKind, OutcomeStatus, TrackerCounts, TrackerFilters, TrackerRow } from '../../shared/domain';
import { useApi, useAppState } from '../app-context';
import { ConfidentialBadge, IncludeConfidential, savedMessage } from '../components/Confidential';
import { downloadBytes } from '../components/download';
import { formatDay, formatMeetingDate } from '../format/dates';
import { ChasingPanel, ChasingTabs, type ChasingTab } from './ChasingTabs';
import { Dashboard } from './Dashboard';
import { KIND_LABEL, KINDS, STATUS_LABEL, STATUSES } from './labels';
import { OutcomePanel } from './OutcomePanel';

/** "8 outcomes to chase", "1 outcome on record, nothing to chase". */
function countText(rows: TrackerRow[] | null, tab: ChasingTab): string {
  if (rows === null) return 'Loading…';
  const outcomes = `${rows.length} outcome${rows.length === 1 ? '' : 's'}`;
  return tab === 'recorded' ? `${outcomes} on record, nothing to chase` : `${outcomes} to chase`;
}

/**
 * What needs chasing, filtered and sorted, with the chosen one's history beside it;
 * the decisions only on record are one tab away.
 */
export function TrackerView() {
  const api = useApi();
  const meetings = useAppState((s) => s.meetings);
  const committees = useMemo(() => [...new Set((meetings ?? []).map((m) => m.committee))].sort(), [meetings]);
  const [filters, setFilters] = useState<TrackerFilters & { chasing: ChasingTab }>({
    chasing: 'needs-chasing',
    statuses: ['open', 'in-progress'],
    sort: 'meeting',
    descending: true,
  });
  const [rows, setRows] = useState<TrackerRow[] | null>(null);
  const [counts, setCounts] = useState<TrackerCounts | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [refresh, setRefresh] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [includeConfidential, setIncludeConfidential] = useState(false);
  const [reportMessage, setReportMessage] = useState('');

  useEffect(() => {
    let stale = false;
    const timer = setTimeout(() => {
      Promise.all([api.listTracker(filters), api.countTracker(filters)]).then(
        ([found, counted]) => {
          if (stale) return;
          setRows(found);
          setCounts(counted);
        },
        (e: unknown) => !stale && setError((e as Error).message),
      );
    }, 80);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [api, filters, refresh]);

  const set = (change: Partial<Omit<TrackerFilters, 'chasing'>> & { chasing?: ChasingTab }) =>
    setFilters((f) => ({ ...f, ...change }));
  const recorded = filters.chasing === 'recorded';
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
      <ChasingTabs
        value={filters.chasing}
        counts={counts}
        onChange={(chasing) => {
          setRows(null);
          setSelected(null);
          set({ chasing });
        }}
      />
      <ChasingPanel tab={filters.chasing}>
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
          {/* Status and overdue are about chasing: a recorded decision has neither. */}
          {!recorded && (
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
          )}
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
          <FilterInput label="Owner" type="search" value={filters.owner} onChange={(owner) => set({ owner })} />
          <FilterInput label="Words" type="search" value={filters.text} onChange={(text) => set({ text })} />
          <FilterInput label="From" type="date" value={filters.from} onChange={(from) => set({ from })} />
          <FilterInput label="To" type="date" value={filters.to} onChange={(to) => set({ to })} />
          {!recorded && (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={filters.overdue ?? false}
                onChange={(e) => set({ overdue: e.target.checked || undefined })}
              />{' '}
              Overdue only
            </label>
          )}
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
        <p role="status">{countText(rows, filters.chasing)}</p>
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
      </ChasingPanel>
    </section>
  );
}

/** A typed filter; an empty box is no filter. */
function FilterInput({
  label,
  type,
  value,
  onChange,
}: {
  label: string;
  type: 'search' | 'date';
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <label>
      {label} <input type={type} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)} />
    </label>
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
    // Heights are remembered by outcome, not by place: a row leaving the list must not lend its height to the next.
    getItemKey: (index) => rows[index]?.id ?? index,
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
                className={`outcome-row status-${row.needsChasing ? row.status : 'recorded'}`}
                aria-pressed={selected === row.id}
                onClick={() => onSelect(row.id)}
              >
                <span className="outcome-row-head">
                  {row.needsChasing ? (
                    <span className={`status-badge status-${row.status}`}>{STATUS_LABEL[row.status]}</span>
                  ) : (
                    <span className="status-badge status-recorded">Recorded</span>
                  )}
                  {row.confidential && <ConfidentialBadge />}
                  <span className="muted">
                    {KIND_LABEL[row.kind]} · {row.committee}, {formatMeetingDate(row.meetingDate)}
                    {row.itemTitle && ` · ${row.itemNumber ? `${row.itemNumber}. ` : ''}${row.itemTitle}`}
                  </span>
                </span>
                <span className="outcome-row-text">{row.text}</span>
                {row.needsChasing && <ChaseFacts row={row} />}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Who owes it, when, for how long, and what may show it done. */
function ChaseFacts({ row }: { row: TrackerRow }) {
  return (
    <span className="muted outcome-row-facts">
      Owner: {row.owner ?? 'not named'} · Due:{' '}
      {row.dueDate ? formatMeetingDate(row.dueDate) : (row.dueHint ?? 'not set')}
      {row.overdue && <strong className="overdue"> (overdue)</strong>} · Open {row.daysOpen ?? '?'} days · Updated{' '}
      {formatDay(row.lastUpdate)}
      {row.proposals > 0 && (
        <strong>
          {' '}
          · {row.proposals} possible follow-up{row.proposals === 1 ? '' : 's'} to check
        </strong>
      )}
    </span>
  );
}
