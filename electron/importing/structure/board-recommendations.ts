import type { RawBlock } from '../blocks';
import { stripListMarker } from './text-shapes';

/**
 * What a report or briefing note asks the board to do, from its
 * "Recommendations" section: "The Board is recommended to: 1) ... 2) ...".
 */
export function findBoardRecommendations(blocks: RawBlock[]): { text: string; blockIndex: number }[] {
  const heading = blocks.findIndex((b) => b.kind === 'heading' && /^(?:\d{1,2}\.?\s+)?recommendations?$/i.test(b.text));
  const leadIn = blocks.findIndex(
    (b, i) => i > heading && /\b(?:is|are) (?:asked|recommended|invited) to:?\s*$/i.test(b.text),
  );
  const from = leadIn >= 0 ? leadIn + 1 : heading >= 0 ? heading + 1 : -1;
  if (from < 0) return [];
  const found: { text: string; blockIndex: number }[] = [];
  for (let i = from; i < blocks.length; i++) {
    const block = blocks[i] as RawBlock;
    if (block.kind === 'heading' || (block.kind !== 'list-item' && found.length > 0)) break;
    if (block.kind === 'list-item') found.push({ text: stripListMarker(block.text), blockIndex: i });
  }
  return found;
}
