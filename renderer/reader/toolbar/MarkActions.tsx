import { HIGHLIGHT_COLOURS, type AnnotationKind, type HighlightColour } from '../../../shared/domain';
import { useReader } from '../reader-context';
import type { ReaderTool } from './reader-tool';

/** Highlight, note or question on the selected passage; the buttons keep the selection. */
export function useMarkTool(): ReaderTool {
  const selection = useReader((s) => s.selection);
  const mark = useReader((s) => s.markSelection);
  const earlier = useReader((s) => s.earlier);
  const disabled = selection === null || earlier;
  const keepSelection = (e: React.MouseEvent) => e.preventDefault();
  const kindButton = (kind: AnnotationKind, label: string) => (
    <button
      type="button"
      className="secondary"
      disabled={disabled}
      onMouseDown={keepSelection}
      onClick={() => mark(kind)}
    >
      {label}
    </button>
  );

  return {
    id: 'mark',
    inline: (
      <div className="mark-actions" role="group" aria-label="Mark the selected passage">
        <span className="muted">
          {earlier ? 'An earlier version: nothing to mark' : disabled ? 'Select text to mark it' : 'Selected text:'}
        </span>
        {HIGHLIGHT_COLOURS.map((colour) => (
          <button
            key={colour}
            type="button"
            className={`swatch colour-${colour}`}
            disabled={disabled}
            onMouseDown={keepSelection}
            onClick={() => mark('highlight', colour)}
            aria-label={`Highlight in ${colour}`}
            title={`Highlight in ${colour}`}
          />
        ))}
        {kindButton('note', 'Note')}
        {kindButton('question', 'Question')}
      </div>
    ),
    menu: [
      ...HIGHLIGHT_COLOURS.map((colour: HighlightColour, i) => ({
        label: `Highlight in ${colour}`,
        onSelect: () => mark('highlight', colour),
        disabled,
        shortcut: i === 0 ? 'H' : undefined,
        startsGroup: i === 0,
      })),
      { label: 'Note on the selected text', onSelect: () => mark('note'), disabled, shortcut: 'N' },
      { label: 'Question on the selected text', onSelect: () => mark('question'), disabled, shortcut: 'Q' },
    ],
  };
}
