import { HIGHLIGHT_COLOURS, type AnnotationKind, type HighlightColour } from '../../shared/domain';
import { useReader } from './reader-context';

/** Highlight, note or question on the selected passage; the buttons keep the selection. */
export function MarkActions() {
  const selection = useReader((s) => s.selection);
  const create = useReader((s) => s.create);
  const disabled = selection === null;
  const mark = (kind: AnnotationKind, colour: HighlightColour = 'yellow') => {
    if (selection) void create(kind, colour, selection);
  };
  const keepSelection = (e: React.MouseEvent) => e.preventDefault();

  return (
    <div className="mark-actions" role="group" aria-label="Mark the selected passage">
      <span className="muted">{disabled ? 'Select text to mark it' : 'Selected text:'}</span>
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
      <button
        type="button"
        className="secondary"
        disabled={disabled}
        onMouseDown={keepSelection}
        onClick={() => mark('note')}
      >
        Note
      </button>
      <button
        type="button"
        className="secondary"
        disabled={disabled}
        onMouseDown={keepSelection}
        onClick={() => mark('question')}
      >
        Question
      </button>
    </div>
  );
}
