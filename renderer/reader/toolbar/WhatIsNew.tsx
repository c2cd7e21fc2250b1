import { useReader } from '../reader-context';
import type { ReaderTool } from './reader-tool';

/** "N of M paragraphs are new", with paragraphs reported before marked and, if wished, folded away. */
export function useWhatIsNewTool(): ReaderTool {
  const whatIsNew = useReader((s) => s.whatIsNew);
  const show = useReader((s) => s.showWhatIsNew);
  const fold = useReader((s) => s.foldRepeats);
  const setFold = useReader((s) => s.setFoldRepeats);
  const view = useReader((s) => s.view);
  const earlier = useReader((s) => s.earlier);
  // Judged on the latest version only.
  if (view !== 'text' || earlier) return { id: 'what-is-new', inline: null, menu: [] };
  if (!whatIsNew) {
    return {
      id: 'what-is-new',
      inline: (
        <button type="button" className="secondary" onClick={() => void show()}>
          What is new?
        </button>
      ),
      menu: [{ label: 'What is new?', onSelect: () => void show(), startsGroup: true }],
    };
  }
  const canFold = whatIsNew.fresh < whatIsNew.judged;
  return {
    id: 'what-is-new',
    always: (
      <span className="what-is-new">
        <span role="status">
          <strong>{whatIsNew.fresh}</strong> of {whatIsNew.judged} paragraphs are new
        </span>
      </span>
    ),
    inline: canFold && (
      <label className="checkbox">
        <input type="checkbox" checked={fold} onChange={(e) => setFold(e.target.checked)} /> Fold away what was reported
        before
      </label>
    ),
    menu: canFold
      ? [
          {
            label: 'Fold away what was reported before',
            checked: fold,
            onSelect: () => setFold(!fold),
            startsGroup: true,
          },
        ]
      : [],
  };
}
