import { useId } from 'react';
import { useAppState } from '../app-context';
import { formatDay } from '../format/dates';
import { useReader } from '../reader/reader-context';
import './versions.css';

/** Which version of a re-published paper this is, the others to open, and what changed. */
export function VersionsLine() {
  const document = useReader((s) => s.document);
  const earlier = useReader((s) => s.earlier);
  const go = useAppState((s) => s.go);
  const id = useId();
  if (!document || document.versions.length < 2) return null;
  const latest = document.versions.at(-1)?.version ?? document.version;
  const shown = document.versions.find((v) => v.version === document.version);
  const compareTo = document.version === 1 ? 2 : document.version;
  return (
    <div className={earlier ? 'versions-line earlier' : 'versions-line'} role={earlier ? 'note' : undefined}>
      <p>
        <strong>
          Version {document.version} of {latest}
        </strong>
        {shown && <>, imported {formatDay(shown.importedAt)}</>}
        {earlier && '. This is an earlier version: your notes are on the latest one.'}
      </p>
      <div className="button-row compact">
        <label htmlFor={`${id}-version`}>Open version</label>
        <select
          id={`${id}-version`}
          value={document.version}
          onChange={(e) => {
            const version = Number(e.target.value);
            go({ name: 'document', documentId: document.id, version: version === latest ? undefined : version });
          }}
        >
          {document.versions.map((v) => (
            <option key={v.version} value={v.version}>
              Version {v.version}
              {v.version === latest ? ' (latest)' : ''} – {formatDay(v.importedAt)}, {v.fileName}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="secondary"
          onClick={() => go({ name: 'compare', documentId: document.id, from: compareTo - 1, to: compareTo })}
        >
          What changed in version {compareTo}?
        </button>
      </div>
    </div>
  );
}
