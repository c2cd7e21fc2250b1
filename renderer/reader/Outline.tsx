import { useMemo } from 'react';
import { outlineOf } from './blocks';
import { useReader } from './reader-context';

/** Headings and agenda items; choosing one brings it into view. */
export function Outline() {
  const document = useReader((s) => s.document);
  const jumpTo = useReader((s) => s.jumpTo);
  const entries = useMemo(() => (document ? outlineOf(document.blocks, document.items) : []), [document]);
  if (entries.length === 0) return null;
  return (
    <nav className="outline" aria-label="Outline">
      <h2>Contents</h2>
      <ul>
        {entries.map((entry) => (
          <li
            key={entry.start}
            className={`outline-level-${Math.min(entry.level, 4)}${entry.isItem ? ' outline-item' : ''}`}
          >
            <button type="button" className="link" onClick={() => jumpTo(entry.start)}>
              {entry.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
