import { useEffect, useId, useState } from 'react';
import type { ParagraphChange } from '../../shared/compare-paragraphs';
import type { VersionComparison } from '../../shared/domain';
import { useApi, useAppState } from '../app-context';
import { formatDay } from '../format/dates';
import './versions.css';

const paragraphs = (n: number) => `${n} ${n === 1 ? 'paragraph' : 'paragraphs'}`;
const LABEL = { added: 'Added', removed: 'Removed', altered: 'Altered' } as const;

/** What changed between two versions of a paper: paragraphs added, removed and altered. */
export function CompareView({ documentId, from, to }: { documentId: number; from: number; to: number }) {
  const api = useApi();
  const go = useAppState((s) => s.go);
  const [comparison, setComparison] = useState<VersionComparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [versions, setVersions] = useState<number[]>([]);
  const id = useId();

  useEffect(() => {
    let current = true;
    Promise.all([api.compareVersions({ documentId, from, to }), api.getDocumentText({ documentId })])
      .then(([c, d]) => {
        if (!current) return;
        setComparison(c);
        setVersions(d.versions.map((v) => v.version));
      })
      .catch((e: unknown) => current && setError((e as Error).message));
    return () => {
      current = false;
    };
  }, [api, documentId, from, to]);

  const count = (kind: ParagraphChange['kind']) => comparison?.changes.filter((c) => c.kind === kind).length ?? 0;
  const choose = (which: 'from' | 'to', version: number) =>
    go({ name: 'compare', documentId, from: which === 'from' ? version : from, to: which === 'to' ? version : to });

  return (
    <section className="view compare-view" aria-labelledby="compare-title">
      <button type="button" className="link back" onClick={() => go({ name: 'document', documentId })}>
        ‹ Back to the paper
      </button>
      <h1 id="compare-title">What changed{comparison && <> in {comparison.title}</>}</h1>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {versions.length > 0 && (
        <div className="button-row compact">
          <label htmlFor={`${id}-from`}>From</label>
          <select id={`${id}-from`} value={from} onChange={(e) => choose('from', Number(e.target.value))}>
            {versions.map((v) => (
              <option key={v} value={v}>
                Version {v}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-to`}>to</label>
          <select id={`${id}-to`} value={to} onChange={(e) => choose('to', Number(e.target.value))}>
            {versions.map((v) => (
              <option key={v} value={v}>
                Version {v}
              </option>
            ))}
          </select>
        </div>
      )}
      {comparison && (
        <>
          <p className="muted">
            Version {comparison.from.version} ({comparison.from.fileName}, imported{' '}
            {formatDay(comparison.from.importedAt)}) to version {comparison.to.version} ({comparison.to.fileName},
            imported {formatDay(comparison.to.importedAt)}
            ).
          </p>
          <p role="status" className="compare-summary">
            {comparison.changes.length === 0
              ? 'No paragraph changed.'
              : `${paragraphs(count('added'))} added, ${count('removed')} removed, ${count('altered')} altered; ${comparison.unchanged} the same.`}
          </p>
          <ol className="changes">
            {comparison.changes.map((change, i) => (
              <li key={i} className={`change change-${change.kind}`}>
                <p className="change-label">
                  <strong>{LABEL[change.kind]}</strong>
                  {change.page !== null && <span className="muted"> · page {change.page}</span>}
                </p>
                <Change change={change} />
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="secondary"
            onClick={() => go({ name: 'document', documentId, version: from })}
          >
            Open version {from}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => go({ name: 'document', documentId, version: to })}>
            Open version {to}
          </button>
        </>
      )}
    </section>
  );
}

function Change({ change }: { change: ParagraphChange }) {
  if (change.kind === 'added') return <p className="change-text">{change.after}</p>;
  if (change.kind === 'removed') return <p className="change-text">{change.before}</p>;
  return (
    <p className="change-text">
      {change.words.map((w, i) =>
        w.change === 'same' ? (
          w.text
        ) : w.change === 'added' ? (
          <ins key={i}>
            <span className="visually-hidden">[added: </span>
            {w.text}
            <span className="visually-hidden">]</span>
          </ins>
        ) : (
          <del key={i}>
            <span className="visually-hidden">[removed: </span>
            {w.text}
            <span className="visually-hidden">]</span>
          </del>
        ),
      )}
    </p>
  );
}
