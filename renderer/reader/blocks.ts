import type { Block } from '../../shared/domain';

/** The block holding a full-text offset (the last one starting at or before it). */
export function blockAt(blocks: readonly Block[], offset: number): Block | undefined {
  let low = 0;
  let high = blocks.length - 1;
  let found: Block | undefined = blocks[0];
  while (low <= high) {
    const middle = (low + high) >> 1;
    const block = blocks[middle] as Block;
    if (block.start <= offset) {
      found = block;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

export interface OutlineEntry {
  label: string;
  start: number;
  level: number;
  /** True where the heading starts one of the meeting's agenda items. */
  isItem: boolean;
}

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** Headings of the paper, for the outline beside it, with the agenda items marked. */
export function outlineOf(blocks: readonly Block[], items: readonly { title: string }[]): OutlineEntry[] {
  const titles = items.map((i) => squash(i.title)).filter((t) => t.length > 0);
  return blocks
    .filter(
      (b) =>
        (b.kind === 'heading' || titles.includes(squash(b.text.replace(/^\d{1,4}\.?\s+/, '')))) && b.text.length <= 200,
    )
    .filter((b) => !/^\(item \d+[a-z]?\)$/i.test(b.text))
    .map((b) => {
      const text = squash(b.text.replace(/^\d{1,4}\.?\s+/, ''));
      return {
        label: b.text,
        start: b.start,
        level: b.level ?? 2,
        isItem: titles.some((t) => text === t || text.endsWith(t)),
      };
    });
}
