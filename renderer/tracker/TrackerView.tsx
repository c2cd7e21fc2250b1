import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { DUE_SOON_DAYS, type OutcomeKind, type OutcomeStatus, type TrackerRow } from '../../shared/domain';
import { ukDate } from '../../shared/uk-dates';
import { useAppState } from '../app-context';
import { ConfidentialBadge, IncludeConfidential } from '../components/Confidential';
import { UkDateField } from '../components/UkDateField';
import { formatDay, formatMeetingDate } from '../format/dates';
import { ChasingPanel, ChasingTabs, type ChasingTab } from './ChasingTabs';
import { Dashboard } from './Dashboard';
import { KIND_LABEL, KINDS, RAG_SHORT, RESPONSE_LABEL, STATUS_LABEL, STATUSES } from './labels';
import { OutcomePanel } from './OutcomePanel';
import { TrackerProblem } from './TrackerProblem';
import type { TrackerViewFilters } from './tracker-store';
import { useTracker, useTrackerStore } from './use-tracker';
import './tracker.css';

/** "8 outcomes to chase", "2 outcomes due in the next 14 days", "1 outcome on record, nothing to chase". */
function countText(total: number | null, tab: ChasingTab): string {
  if (total === null) return 'Loading…';
  const outcomes = `${total} outcome${total === 1 ? '' : 's'}`;
  if (tab === 'recorded') return `${outcomes} on record, nothing to chase`;
  if (tab === 'due-soon') return `${outcomes} due in the next ${DUE_SOON_DAYS} days`;
  return `${outcomes} to chase`;
}

function totalFor(tab: ChasingTab, counts: { needsChasing: number; recorded: number; dueSoon: number } | null) {
  if (!counts) return null;
  return tab === 'recorded' ? counts.recorded : tab === 'due-soon' ? counts.dueSoon : counts.needsChasing;
}

/**
 * What needs chasing, filtered and sorted, with the chosen one's history beside it;
 * what falls due soon and the decisions only on record are one tab away. The list asks
 * for a page of rows at a time as it scrolls.
 */
export function TrackerView() {
  const store = useTrackerStore();
  const meetings = useAppState((s) => s.meetings);
  const committees = useMemo(() => [...new Set((meetings ?? []).map((m) => m.committee))].sort(), [meetings]);
  const filters = useTracker((s) => s.filters);
  const rows = useTracker((s) => s.rows);
  const counts = useTracker((s) => s.counts);
  const selected = useTracker((s) => s.selected);
  const reportMessage = useTracker((s) => s.reportMessage);
  const [includeConfidential, setIncludeConfidential] = useState(false);

  useEffect(() => {
    const { load, loadDashboard } = store.getState();
    void load();
    void loadDashboard();
  }, [store]);

  const set = (change: Partial<TrackerViewFilters>) => store.getState().setFilters(change);
  const recorded = filters.tab === 'recorded';
  const report = (format: 'pdf' | 'docx' | 'csv') => void store.getState().report(format, includeConfidential);
  const total = rows && counts ? totalFor(filters.tab, counts) : null;

  return (
    <section className="view tracker" aria-labelledby="tracker-title">
      <div className="view-heading">
        <h1 id="tracker-title">Tracker</h1>
        <div className="button-row" role="group" aria-label="Outstanding resolutions and actions report">
          <button type="button" className="secondary" onClick={() => report('pdf')}>
            Report (PDF)
          </button>
          <button type="button" className="secondary" onClick={() => report('docx')}>
            Report (Word)
          </button>
          <button type="button" className="secondary" onClick={() => report('csv')}>
            Export for Excel (CSV)
          </button>
          <IncludeConfidential checked={includeConfidential} onChange={setIncludeConfidential} />
          <span role="status" className="muted">
            {reportMessage}
          </span>
        </div>
      </div>
      <Dashboard />
      <ChasingTabs value={filters.tab} counts={counts} onChange={(tab) => set({ tab })} />
      <ChasingPanel tab={filters.tab}>
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
          {!recorded && (
            <label>
              RAG{' '}
              <select
                value={filters.rag?.[0] ?? ''}
                onChange={(e) =>
                  set({
                    rag: e.target.value
                      ? [e.target.value as NonNullable<TrackerViewFilters['rag']>[number]]
                      : undefined,
                  })
                }
              >
                <option value="">Any rating</option>
                <option value="red">Red</option>
                <option value="amber">Amber</option>
                <option value="green">Green</option>
                <option value="none">Not rated</option>
              </select>
            </label>
          )}
          <FilterInput label="Owner" value={filters.owner} onChange={(owner) => set({ owner })} />
          <FilterInput label="Words" value={filters.text} onChange={(text) => set({ text })} />
          <UkDateField label="From" value={filters.from ?? ''} onChange={(from) => set({ from: from || undefined })} />
          <UkDateField label="To" value={filters.to ?? ''} onChange={(to) => set({ to: to || undefined })} />
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
          {!recorded && (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={filters.awaitingResponse ?? false}
                onChange={(e) => set({ awaitingResponse: e.target.checked || undefined })}
              />{' '}
              No executive response after 2 months
            </label>
          )}
          <label>
            Sort by{' '}
            <select value={filters.sort} onChange={(e) => set({ sort: e.target.value as TrackerViewFilters['sort'] })}>
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
        <TrackerProblem where="list" />
        <p role="status">{countText(total, filters.tab)}</p>
        <div className="tracker-body">
          {rows && <OutcomeList rows={rows} total={total ?? rows.length} selected={selected} />}
          {selected !== null && <OutcomePanel key={selected} outcomeId={selected} />}
        </div>
      </ChasingPanel>
    </section>
  );
}

/** A typed filter; an empty box is no filter. */
function FilterInput({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <label>
      {label} <input type="search" value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)} />
    </label>
  );
}

/**
 * Only the rows in view are in the page, so ten thousand outcomes scroll as smoothly as ten;
 * the next page is asked for as the end of those loaded comes into view.
 */
function OutcomeList({ rows, total, selected }: { rows: TrackerRow[]; total: number; selected: number | null }) {
  const store = useTrackerStore();
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
  const items = virtualizer.getVirtualItems();
  const lastShown = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (lastShown >= rows.length - 20) void store.getState().loadMore();
  }, [lastShown, rows.length, store]);
  return (
    <div ref={scroller} className="outcome-scroller" tabIndex={-1}>
      <ul className="outcome-list" style={{ height: virtualizer.getTotalSize() }} aria-label="Outcomes">
        {items.map((item) => {
          const row = rows[item.index] as TrackerRow;
          return (
            <li
              key={row.id}
              data-index={item.index}
              ref={virtualizer.measureElement}
              style={{ transform: `translateY(${item.start}px)` }}
              aria-setsize={total}
              aria-posinset={item.index + 1}
            >
              <button
                type="button"
                className={`outcome-row status-${row.needsChasing ? row.status : 'recorded'}`}
                aria-pressed={selected === row.id}
                onClick={() => void store.getState().select(row.id)}
              >
                <span className="outcome-row-head">
                  {row.needsChasing ? (
                    <span className={`status-badge status-${row.status}`}>{STATUS_LABEL[row.status]}</span>
                  ) : (
                    <span className="status-badge status-recorded">Recorded</span>
                  )}
                  {row.rag && <span className={`rag-badge rag-${row.rag}`}>{RAG_SHORT[row.rag]}</span>}
                  {row.awaitingResponse && <span className="response-badge">No response after 2 months</span>}
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

/** Who owes it, when, for how long, the executive's answer, and what may show it done. */
function ChaseFacts({ row }: { row: TrackerRow }) {
  return (
    <span className="muted outcome-row-facts">
      Owner: {row.owner ?? 'not named'} · Due: {row.dueDate ? ukDate(row.dueDate) : (row.dueHint ?? 'not set')}
      {row.overdue && <strong className="overdue"> (overdue)</strong>} · Open {row.daysOpen ?? '?'} days · Updated{' '}
      {formatDay(row.lastUpdate)}
      {row.response && ` · Executive response: ${RESPONSE_LABEL[row.response].toLowerCase()}`}
      {row.proposals > 0 && (
        <strong>
          {' '}
          · {row.proposals} possible follow-up{row.proposals === 1 ? '' : 's'} to check
        </strong>
      )}
    </span>
  );
}
