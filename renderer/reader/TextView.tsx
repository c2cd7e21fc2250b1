import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation, Block, NewParagraphs } from '../../shared/domain';
import { useAppState } from '../app-context';
import { formatMeetingDate } from '../format/dates';
import { useReader } from './reader-context';
import { segmentsOf, type Mark } from './segments';
import { blockAt } from './blocks';
import { scrollTextOffsetToTop, textOffsetAtTop } from './reading-place';

/** The paper's blocks, reflowed, with highlights and find matches marked. */
export function TextView() {
  const document = useReader((s) => s.document);
  const annotations = useReader((s) => s.annotations);
  const findMatches = useReader((s) => s.findMatches);
  const findIndex = useReader((s) => s.findIndex);
  const jump = useReader((s) => s.jump);
  const whatIsNew = useReader((s) => s.whatIsNew);
  const foldRepeats = useReader((s) => s.foldRepeats);
  const placeMoved = useReader((s) => s.placeMoved);
  const setPlaceReader = useReader((s) => s.setPlaceReader);
  const caretMode = useReader((s) => s.caretMode);
  const repeats = useMemo(
    () =>
      new Map(
        (whatIsNew?.paragraphs ?? []).flatMap((p) =>
          p.reportedBefore ? [[p.blockId, p.reportedBefore] as const] : [],
        ),
      ),
    [whatIsNew],
  );
  const container = useRef<HTMLDivElement>(null);

  const marks = useMemo(() => marksOf(annotations, findMatches, findIndex), [annotations, findMatches, findIndex]);

  useEffect(() => {
    if (!jump || !document || !container.current) return;
    const block = blockAt(document.blocks, jump.offset);
    const element = container.current.querySelector<HTMLElement>(`[data-start="${block?.start ?? 0}"]`);
    if (!element) return;
    const stopLanding =
      jump.align === 'top' ? scrollTextOffsetToTop(container.current, block?.start ?? 0, jump.offset) : undefined;
    if (jump.align === 'center') element.scrollIntoView({ block: 'center' });
    if (jump.focus) {
      element.tabIndex = -1;
      element.focus({ preventScroll: true });
    }
    // Show, and tell a screen reader, where the reader has landed; reopening where they left off needs no flash.
    const flash = jump.focus || jump.align === 'center';
    if (flash) element.classList.add('jump-target');
    const timer = window.setTimeout(() => element.classList.remove('jump-target'), 2500);
    return () => {
      stopLanding?.();
      window.clearTimeout(timer);
    };
  }, [jump, document]);

  useEffect(() => {
    if (!document) return;
    setPlaceReader(() => {
      const textOffset = container.current?.isConnected ? textOffsetAtTop(container.current) : null;
      return textOffset === null ? null : { textOffset, page: blockAt(document.blocks, textOffset)?.page ?? 1 };
    });
    window.addEventListener('scroll', placeMoved, { passive: true });
    return () => {
      window.removeEventListener('scroll', placeMoved);
      setPlaceReader(null);
    };
  }, [document, placeMoved, setPlaceReader]);

  useEffect(() => {
    if (caretMode) container.current?.focus({ preventScroll: true });
  }, [caretMode]);

  if (!document) return null;
  return (
    <div
      ref={container}
      className={caretMode ? 'text-view caret-mode' : 'text-view'}
      data-testid="text-view"
      role="region"
      aria-label="Text of the paper"
      // Focusable, and with keyboard selection on (F7) it takes a caret, so that Shift and
      // the arrow keys select text. It is never edited: every change is refused.
      tabIndex={0}
      contentEditable={caretMode}
      suppressContentEditableWarning
      onBeforeInput={(e) => e.preventDefault()}
      onPaste={(e) => e.preventDefault()}
      onCut={(e) => e.preventDefault()}
      onDrop={(e) => e.preventDefault()}
      onKeyDown={(e) => {
        if (caretMode && ['Enter', 'Backspace', 'Delete'].includes(e.key)) e.preventDefault();
      }}
    >
      {document.blocks.map((block) => {
        const repeat = repeats.get(block.id);
        const view = <BlockView key={block.id} block={block} marks={marksIn(marks, block)} />;
        return repeat ? (
          <Repeated key={block.id} repeat={repeat} folded={foldRepeats}>
            {view}
          </Repeated>
        ) : (
          view
        );
      })}
    </div>
  );
}

type Repeat = NonNullable<NewParagraphs['paragraphs'][number]['reportedBefore']>;

/** A paragraph already reported: labelled with where, and folded away when the reader asks. */
function Repeated({ repeat, folded, children }: { repeat: Repeat; folded: boolean; children: React.ReactNode }) {
  const go = useAppState((s) => s.go);
  const [open, setOpen] = useState(false);
  const label = `Reported before – ${formatMeetingDate(repeat.meetingDate)}, ${repeat.documentTitle}`;
  return (
    <div className="repeated">
      <p className="repeated-label">
        <button
          type="button"
          className="link"
          onClick={() => go({ name: 'document', documentId: repeat.documentId, at: repeat.offset })}
        >
          {label}
        </button>
        {folded && (
          <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? 'Hide paragraph' : 'Show paragraph'}
          </button>
        )}
      </p>
      {(!folded || open) && children}
    </div>
  );
}

function marksOf(annotations: Annotation[], find: { start: number; end: number }[], current: number): Mark[] {
  const highlights: Mark[] = annotations.flatMap((a) =>
    a.start === null || a.end === null
      ? []
      : [{ start: a.start, end: a.end, className: `annotation kind-${a.kind} colour-${a.colour}`, annotationId: a.id }],
  );
  const found: Mark[] = find.map((m, i) => ({ ...m, className: i === current ? 'find find-current' : 'find' }));
  return [...highlights, ...found];
}

function marksIn(marks: Mark[], block: Block): Mark[] {
  const end = block.start + block.text.length;
  return marks.filter((m) => m.end > block.start && m.start < end);
}

const BlockView = memo(
  function BlockView({ block, marks }: { block: Block; marks: Mark[] }) {
    const content = segmentsOf(block.text, block.start, marks).map((segment, i) =>
      segment.marks.length === 0 ? (
        segment.text
      ) : (
        <mark
          key={i}
          className={segment.marks.map((m) => m.className).join(' ')}
          data-annotation={segment.marks.find((m) => m.annotationId)?.annotationId}
        >
          {segment.text}
        </mark>
      ),
    );
    const props = {
      'data-start': block.start,
      'data-page': block.page ?? undefined,
      className: `block block-${block.kind}`,
    };
    if (block.kind === 'heading') {
      const level = Math.min(6, Math.max(2, (block.level ?? 2) + 1));
      const Heading = `h${level}` as 'h2';
      return <Heading {...props}>{content}</Heading>;
    }
    return <p {...props}>{content}</p>;
  },
  (a, b) => a.block === b.block && sameMarks(a.marks, b.marks),
);

function sameMarks(a: Mark[], b: Mark[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => m.start === b[i]?.start && m.end === b[i]?.end && m.className === b[i]?.className)
  );
}
