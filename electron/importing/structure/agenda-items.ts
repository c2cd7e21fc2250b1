import type { RawBlock } from '../blocks';
import { fillCountingGaps } from './counting-gaps';
import { ITEM_RULES, PAPERS_AFTER_TITLE, type ItemStart } from './item-starts';

export interface ParsedItem {
  number: string | null;
  minuteNumber: string | null;
  title: string;
  presenters: string | null;
  /** Index of the block that starts the item, and one past its last block. */
  start: number;
  end: number;
  topics: string[];
}

const PAGES = /\s*\(pages? [\d\s-–]+\)\s*$/i;

/**
 * The paper's items, from the block `from` on: an agenda with its meeting's minutes printed below it has the minutes'
 * items, not the agenda's list above them.
 */
export function findAgendaItems(blocks: RawBlock[], isAgenda: boolean, from = 0): ParsedItem[] {
  const starts = itemStarts(blocks.slice(from), isAgenda).map((start) => ({
    ...start,
    index: start.index + from,
    bodyFrom: start.bodyFrom + from,
  }));
  return starts.map((start, i) => {
    const end = starts[i + 1]?.index ?? blocks.length;
    const body = blocks.slice(start.bodyFrom, end);
    return {
      number: start.number,
      minuteNumber: start.minuteNumber,
      title: start.title.replace(PAGES, '').replace(PAPERS_AFTER_TITLE, ''),
      presenters: findPresenters(body),
      start: start.index,
      end,
      topics: findTopics(body),
    };
  });
}

function itemStarts(blocks: RawBlock[], isAgenda: boolean): ItemStart[] {
  let lone: ItemStart[] | null = null;
  for (const [at, rule] of ITEM_RULES.entries()) {
    const found = rule.find(blocks, isAgenda);
    // "1. Hall Management Committees" once, under "3670 Membership of Committees", after "3665 Declarations of Interest …":
    // one numbered line is a part of some item when a later shape finds a run of items.
    if (lone && found.length < 3) continue;
    if (found.length > 1 || (lone && found.length >= 3))
      return fillCountingGaps(blocks, [...countedBefore(blocks, isAgenda, at, found), ...found]);
    if (found.length === 1) lone = found;
  }
  return lone ? fillCountingGaps(blocks, lone) : [];
}

/**
 * "15. DECLARATIONS OF INTEREST" and "16. …" printed as headings, and "14. DEPUTY MAYOR … – COUNCILLOR A ASH" above them
 * as a line of text: the items the next shapes find before the first one found, counting up to it, are items too.
 */
function countedBefore(blocks: RawBlock[], isAgenda: boolean, at: number, found: ItemStart[]): ItemStart[] {
  const first = found[0];
  const firstNumber = Number(first?.number);
  if (!first || !Number.isInteger(firstNumber) || firstNumber < 2) return [];
  for (const rule of ITEM_RULES.slice(at + 1)) {
    const more = rule.find(blocks, isAgenda);
    if (!found.every((f) => more.some((m) => m.index === f.index && m.number === f.number))) continue;
    const before = more.filter((m) => m.index < first.index);
    const counts = before.every((m, i) => Number(m.number) === firstNumber - before.length + i);
    return before.length > 0 && counts ? before : [];
  }
  return [];
}

function findPresenters(body: RawBlock[]): string | null {
  for (const block of body.slice(0, 6)) {
    const text = block.text.replace(/^\d{1,3}[.)]\s+/, '');
    const reportOf =
      /considered (?:a|the) (?:joint )?(?:report|briefing note|presentation|verbal update) (?:of|from|by) (?:the )?(.+?)(?:,| which| that| on | and |\.|$)/i.exec(
        text,
      ) ?? /^(?:briefing note|report) of (?:the )?(.+)$/i.exec(text);
    if (reportOf?.[1]) return reportOf[1].trim();
    const introduced = /^([A-Z][^,]{2,60}, [^,]{3,120}),? (?:introduced|presented|gave)\b/.exec(text);
    if (introduced?.[1]) return introduced[1].trim();
  }
  return null;
}

/** "The Board ... discussed the following:" and the list under it. */
function findTopics(body: RawBlock[]): string[] {
  const topics: string[] = [];
  body.forEach((block, i) => {
    if (!/\b(?:discussed the following|asked questions (?:regarding|about|on))\b.*:$/i.test(block.text)) return;
    for (const next of body.slice(i + 1)) {
      if (next.kind !== 'list-item') break;
      topics.push(next.text);
    }
  });
  return topics;
}
