import type { UnavailablePaper } from '../../shared/domain';

/** Papers the council lists but that are not in the library: restricted, or not downloaded yet. */
export function UnavailablePapers({ papers }: { papers: UnavailablePaper[] }) {
  if (papers.length === 0) return null;
  return (
    <ul className="documents unavailable-papers">
      {papers.map((p) => (
        <li key={p.title}>
          <span className="document-title">{p.title}</span> <span className="muted">{p.reason}</span>
        </li>
      ))}
    </ul>
  );
}
