import type { RawBlock } from '../blocks';

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

const ITEM_MARKER = /^\(item (\d{1,3}[a-z]?)\)$/i;
const NUMBERED_TITLE = /^(\d{1,3}[a-z]?)\.?\s+(\S.{1,250})$/;
const MINUTE_NUMBER = /^(\d{1,4}(?:\/\d{2,4})?)\.?\s+(.+)$/;
const PAGES = /\s*\(pages? [\d\s-–]+\)\s*$/i;

/**
 * Agenda items, by the shape of the page rather than any council's words:
 * a title followed by "(Item 4)", a numbered heading ("8. Work Programme"),
 * a ModernGov "Agenda item" page, or an agenda's numbered list.
 */
export function findAgendaItems(blocks: RawBlock[], isAgenda: boolean): ParsedItem[] {
  const starts = itemStarts(blocks, isAgenda);
  return starts.map((start, i) => {
    const end = starts[i + 1]?.index ?? blocks.length;
    const body = blocks.slice(start.bodyFrom, end);
    return {
      number: start.number,
      minuteNumber: start.minuteNumber,
      title: start.title.replace(PAGES, ''),
      presenters: findPresenters(body),
      start: start.index,
      end,
      topics: findTopics(body),
    };
  });
}

interface ItemStart {
  index: number;
  bodyFrom: number;
  number: string | null;
  minuteNumber: string | null;
  title: string;
}

function itemStarts(blocks: RawBlock[], isAgenda: boolean): ItemStart[] {
  const markers = blocks.flatMap((b, i) => (ITEM_MARKER.test(b.text) && i > 0 ? [i] : []));
  if (markers.length > 0) {
    return markers.map((i) => {
      const titleBlock = blocks[i - 1] as RawBlock;
      const minute = MINUTE_NUMBER.exec(titleBlock.text);
      return {
        index: i - 1,
        bodyFrom: i + 1,
        number: ITEM_MARKER.exec(blocks[i]?.text ?? '')?.[1] ?? null,
        minuteNumber: minute?.[1] ?? null,
        title: minute?.[2] ?? titleBlock.text,
      };
    });
  }
  const numberedHeadings = blocks.flatMap((b, i) => {
    const match = b.kind === 'heading' ? NUMBERED_TITLE.exec(b.text) : null;
    return match
      ? [{ index: i, bodyFrom: i + 1, number: match[1] ?? null, minuteNumber: null, title: match[2] ?? '' }]
      : [];
  });
  if (numberedHeadings.length > 0) return numberedHeadings;

  const agendaItemPage = blocks.slice(0, 4).findIndex((b) => /^agenda item\b/i.test(b.text));
  if (agendaItemPage >= 0 && blocks[agendaItemPage + 1]) {
    const number = /(\d{1,3})/.exec(blocks[agendaItemPage]?.text ?? '')?.[1] ?? null;
    const title = blocks[agendaItemPage + 1]?.text ?? '';
    return [{ index: agendaItemPage, bodyFrom: agendaItemPage + 2, number, minuteNumber: null, title }];
  }
  return isAgenda ? agendaList(blocks) : [];
}

/** An agenda's numbered list: "3. Minutes of the Meeting ... (Pages 1 - 10)", or "3." above its title. */
function agendaList(blocks: RawBlock[]): ItemStart[] {
  const starts: ItemStart[] = [];
  blocks.forEach((block, i) => {
    const bare = /^(\d{1,3})\.$/.exec(block.text);
    const next = blocks[i + 1];
    if (bare && next) {
      starts.push({ index: i, bodyFrom: i + 2, number: bare[1] ?? null, minuteNumber: null, title: next.text });
      return;
    }
    const numbered = /^(\d{1,3})\.\s+(.+)$/.exec(block.text);
    if (numbered && block.text.length <= 250) {
      starts.push({
        index: i,
        bodyFrom: i + 1,
        number: numbered[1] ?? null,
        minuteNumber: null,
        title: numbered[2] ?? '',
      });
    }
  });
  // Keep a run that counts up, so numbered paragraphs elsewhere are not mistaken for items.
  return starts.filter((s, i) => i === 0 || Number(s.number) > Number(starts[i - 1]?.number));
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
