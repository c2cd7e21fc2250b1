import { useContext, useMemo } from 'react';
import { outlineOf } from '../blocks';
import { ReaderContext, useReader } from '../reader-context';
import type { ReaderTool } from './reader-tool';

export interface ItemSteps {
  count: number;
  step: (direction: 1 | -1) => void;
}

/** Previous and next agenda item, from where the reader is now. */
export function useItemSteps(): ItemSteps {
  const document = useReader((s) => s.document);
  const jumpTo = useReader((s) => s.jumpTo);
  // Read when a step is taken, so that scrolling does not redraw the reader.
  const store = useContext(ReaderContext);
  const items = useMemo(
    () => (document ? outlineOf(document.blocks, document.items).filter((e) => e.isItem) : []),
    [document],
  );
  const step = (direction: 1 | -1) => {
    const here = store?.getState().place?.textOffset ?? 0;
    const target =
      direction === 1 ? items.find((i) => i.start > here + 1) : [...items].reverse().find((i) => i.start < here - 1);
    if (target) jumpTo(target.start);
  };
  return { count: items.length, step };
}

export function useItemStepsTool({ count, step }: ItemSteps): ReaderTool {
  if (count === 0) return { id: 'item-steps', inline: null, menu: [] };
  return {
    id: 'item-steps',
    inline: (
      <div className="button-row compact" role="group" aria-label="Agenda items">
        <button type="button" className="secondary" onClick={() => step(-1)}>
          ‹ Previous item
        </button>
        <button type="button" className="secondary" onClick={() => step(1)}>
          Next item ›
        </button>
      </div>
    ),
    menu: [
      { label: 'Previous agenda item', onSelect: () => step(-1), shortcut: '[' },
      { label: 'Next agenda item', onSelect: () => step(1), shortcut: ']' },
    ],
  };
}
