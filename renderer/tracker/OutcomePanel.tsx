import { useEffect, useState } from 'react';
import type { OutcomeChange, OutcomeDetail, OutcomeStatus, SearchResult, TrackerFilters } from '../../shared/domain';
import { useApi, useAppState } from '../app-context';
import { formatMeetingDate, formatMoment } from '../format/dates';
import { Snippet } from '../search/Snippet';
import { ChasingChoice } from './ChasingChoice';
import { RagAndResponse } from './RagAndResponse';
import { KIND_LABEL, STATUS_LABEL, STATUSES } from './labels';
import { ConfidentialBanner } from '../components/Confidential';
import { TrackerProblem } from './TrackerProblem';
import { useTracker, useTrackerStore } from './use-tracker';

/** One outcome: where it came from, its history, and the chair's changes. */
export function OutcomePanel({ outcomeId }: { outcomeId: number }) {
  const api = useApi();
  const store = useTrackerStore();
  const go = useAppState((s) => s.go);
  const detail = useTracker((s) => (s.detail?.id === outcomeId ? s.detail : null));
  const message = useTracker((s) => s.message);
  const failed = useTracker((s) => s.problem?.where === 'outcome');

  useEffect(() => {
    if (store.getState().selected !== outcomeId || !store.getState().detail) void store.getState().select(outcomeId);
  }, [store, outcomeId]);

  const apply = (work: (view: TrackerFilters) => Promise<OutcomeChange>, done: string) =>
    store.getState().change(work, done);
  const onClose = () => void store.getState().select(null);

  if (!detail)
    return <aside className="outcome-panel">{failed ? <TrackerProblem where="outcome" /> : 'Opening…'}</aside>;
  return (
    <aside className="outcome-panel" aria-labelledby="outcome-title">
      <div className="view-heading">
        <h2 id="outcome-title">
          {KIND_LABEL[detail.kind]} – {detail.needsChasing ? STATUS_LABEL[detail.status] : 'Recorded'}
        </h2>
        <button type="button" className="secondary" onClick={onClose}>
          Close
        </button>
      </div>
      {detail.confidential && <ConfidentialBanner />}
      <p className="outcome-text">{detail.text}</p>
      <p className="muted">
        {detail.committee}, {formatMeetingDate(detail.meetingDate)}
        {detail.itemTitle && ` · ${detail.itemNumber ? `${detail.itemNumber}. ` : ''}${detail.itemTitle}`}
      </p>
      {detail.source?.documentId && (
        <button
          type="button"
          className="link"
          onClick={() =>
            go({ name: 'document', documentId: detail.source?.documentId as number, at: detail.source?.offset ?? 0 })
          }
        >
          Read it in the minutes
        </button>
      )}
      <TrackerProblem where="outcome" />
      <p role="status" className="muted">
        {message}
      </p>

      <ChasingChoice
        detail={detail}
        onSave={(needsChasing, note) =>
          apply(
            (view) => api.setOutcomeNeedsChasing({ outcomeId, needsChasing, ...(note.trim() ? { note } : {}), view }),
            needsChasing
              ? 'Marked as needing chasing: it is now in the list to chase.'
              : 'Marked as nothing to chase: it is now under Recorded.',
          )
        }
      />

      {/* A decision on record has no owner, due date or status to follow. */}
      {detail.needsChasing && (
        <OwnerAndDue
          detail={detail}
          onSave={(owner, due) =>
            apply((view) => api.setOutcomeOwnerDue({ outcomeId, owner, due, view }), 'Owner and due date saved.')
          }
        />
      )}

      {detail.needsChasing && (
        <RagAndResponse
          detail={detail}
          onSave={(rag, executiveResponse, note) =>
            apply(
              (view) =>
                api.setOutcomeRagAndResponse({
                  outcomeId,
                  rag,
                  ...(executiveResponse !== undefined ? { executiveResponse } : {}),
                  ...(note.trim() ? { note } : {}),
                  view,
                }),
              executiveResponse === undefined ? 'RAG rating saved.' : 'RAG rating and response saved.',
            )
          }
        />
      )}

      {detail.needsChasing && detail.proposalList.some((p) => p.state === 'proposed') && (
        <section aria-labelledby="proposals-title">
          <h3 id="proposals-title">Possible follow-ups to check</h3>
          <ul className="proposals">
            {detail.proposalList
              .filter((p) => p.state === 'proposed')
              .map((p) => (
                <li key={p.id}>
                  <p className="muted">
                    {p.explanation} · {formatMeetingDate(p.meetingDate)}, {p.evidence.documentTitle}
                  </p>
                  <blockquote>“{p.evidence.quote}”</blockquote>
                  <div className="button-row compact">
                    <button
                      type="button"
                      onClick={() =>
                        void apply(
                          (view) => api.decideFollowUp({ proposalId: p.id, accept: true, view }),
                          'Recorded as evidence.',
                        )
                      }
                    >
                      Accept as evidence
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      onClick={() =>
                        void apply(
                          (view) => api.decideFollowUp({ proposalId: p.id, accept: false, view }),
                          'Suggestion rejected.',
                        )
                      }
                    >
                      Reject
                    </button>
                  </div>
                </li>
              ))}
          </ul>
        </section>
      )}

      {detail.needsChasing && (
        <StatusForm
          detail={detail}
          onSave={(input) =>
            apply(
              (view) => api.changeOutcomeStatus({ outcomeId, ...input, view }),
              `Status recorded as ${STATUS_LABEL[input.status].toLowerCase()}.`,
            )
          }
        />
      )}

      <section aria-labelledby="history-title">
        <h3 id="history-title">History</h3>
        <ol className="history" aria-labelledby="history-title">
          {[...detail.history].reverse().map((h) => (
            <li key={h.id}>
              <strong>
                {h.needsChasing === null
                  ? STATUS_LABEL[h.status]
                  : h.needsChasing
                    ? 'Needs chasing'
                    : 'Nothing to chase'}
              </strong>{' '}
              <span className="muted">{formatMoment(h.changedAt)}</span>
              {h.note && <p>{h.note}</p>}
              {h.evidence && (
                <blockquote>
                  “{h.evidence.quote}”
                  {h.evidence.documentTitle && <span className="muted"> – {h.evidence.documentTitle}</span>}
                </blockquote>
              )}
            </li>
          ))}
        </ol>
      </section>
    </aside>
  );
}

function OwnerAndDue({
  detail,
  onSave,
}: {
  detail: OutcomeDetail;
  onSave: (owner: string, due: string) => Promise<boolean>;
}) {
  const [owner, setOwner] = useState(detail.owner ?? '');
  const [due, setDue] = useState(detail.dueHint ?? '');
  return (
    <form
      className="stack"
      aria-labelledby="owner-due-title"
      onSubmit={(e) => {
        e.preventDefault();
        void onSave(owner, due);
      }}
    >
      <h3 id="owner-due-title">Owner and due date</h3>
      <label htmlFor="outcome-owner">Who owes it</label>
      <input id="outcome-owner" type="text" value={owner} onChange={(e) => setOwner(e.target.value)} />
      <label htmlFor="outcome-due">Due (a date, or words such as “next meeting” or “early part of 2022”)</label>
      <input id="outcome-due" type="text" value={due} onChange={(e) => setDue(e.target.value)} />
      {detail.dueMeaning && <p className="muted">Taken to mean: {detail.dueMeaning}</p>}
      <button type="submit">Save owner and due date</button>
    </form>
  );
}

function StatusForm({
  detail,
  onSave,
}: {
  detail: OutcomeDetail;
  onSave: (input: {
    status: OutcomeStatus;
    note: string;
    evidenceBlockId?: number;
    supersededBy?: number;
  }) => Promise<boolean>;
}) {
  const api = useApi();
  const [status, setStatus] = useState<OutcomeStatus>(detail.status === 'open' ? 'in-progress' : detail.status);
  const [note, setNote] = useState('');
  const [supersededBy, setSupersededBy] = useState('');
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[]>([]);
  const [evidence, setEvidence] = useState<SearchResult | null>(null);

  const findEvidence = async () => setResults(await api.search({ query, kinds: ['paper'], limit: 8 }));
  return (
    <form
      className="stack"
      aria-labelledby="status-title"
      onSubmit={(e) => {
        e.preventDefault();
        void onSave({
          status,
          note,
          ...(evidence?.blockId ? { evidenceBlockId: evidence.blockId } : {}),
          ...(status === 'superseded' && Number(supersededBy) > 0 ? { supersededBy: Number(supersededBy) } : {}),
        }).then((saved) => {
          if (!saved) return;
          setNote('');
          setEvidence(null);
          setResults([]);
        });
      }}
    >
      <h3 id="status-title">Record a change</h3>
      <label htmlFor="outcome-status">New status</label>
      <select id="outcome-status" value={status} onChange={(e) => setStatus(e.target.value as OutcomeStatus)}>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABEL[s]}
          </option>
        ))}
      </select>
      {status === 'superseded' && (
        <>
          <label htmlFor="superseded-by">Replaced by outcome number</label>
          <input
            id="superseded-by"
            type="number"
            min={1}
            value={supersededBy}
            onChange={(e) => setSupersededBy(e.target.value)}
          />
        </>
      )}
      <label htmlFor="status-note">Note</label>
      <textarea id="status-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      <fieldset>
        <legend>Evidence (optional): a passage from any paper</legend>
        {evidence ? (
          <p>
            <Snippet text={evidence.snippet} />{' '}
            <button type="button" className="link" onClick={() => setEvidence(null)}>
              Remove
            </button>
          </p>
        ) : (
          <>
            <div className="button-row compact">
              <input
                type="search"
                aria-label="Find the passage"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    void findEvidence();
                  }
                }}
              />
              <button type="button" className="secondary" onClick={() => void findEvidence()}>
                Find passage
              </button>
            </div>
            <ul className="evidence-results">
              {results.map((r, i) => (
                <li key={`${r.blockId}-${i}`}>
                  <button type="button" className="result" onClick={() => setEvidence(r)}>
                    <span className="result-meta">
                      {formatMeetingDate(r.meetingDate)} · {r.documentTitle}
                    </span>
                    <span className="result-snippet">
                      <Snippet text={r.snippet} />
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </fieldset>
      <button type="submit">Record change</button>
    </form>
  );
}
