import { useReader } from './reader-context';

/** "N of M paragraphs are new", with paragraphs reported before marked and, if wished, folded away. */
export function WhatIsNew() {
  const whatIsNew = useReader((s) => s.whatIsNew);
  const show = useReader((s) => s.showWhatIsNew);
  const fold = useReader((s) => s.foldRepeats);
  const setFold = useReader((s) => s.setFoldRepeats);
  const view = useReader((s) => s.view);
  if (view !== 'text') return null;
  if (!whatIsNew) {
    return (
      <button type="button" className="secondary" onClick={() => void show()}>
        What is new?
      </button>
    );
  }
  return (
    <div className="button-row compact what-is-new" role="group" aria-label="What is new">
      <span role="status">
        <strong>{whatIsNew.fresh}</strong> of {whatIsNew.judged} paragraphs are new
      </span>
      {whatIsNew.fresh < whatIsNew.judged && (
        <label className="checkbox">
          <input type="checkbox" checked={fold} onChange={(e) => setFold(e.target.checked)} /> Fold away what was
          reported before
        </label>
      )}
    </div>
  );
}
