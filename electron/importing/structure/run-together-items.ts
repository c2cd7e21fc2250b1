import type { RawBlock } from '../blocks';
import { longestChain } from './longest-chain';

/**
 * Minutes printed as one run of text: "… apologies were accepted. 19.002 Declarations of Interest … 19.003 To
 * approve the Minutes …". Where the items' numbers make a sequence, each starts a block of its own, so the items
 * (and what was decided under each) can be read as they are in minutes laid out line by line.
 *
 * A number counts only as one of a sequence of at least MIN_SEQUENCE, each the next (or one after) in the same
 * shape and group, and only where a title follows it (for a bare number, a title in capitals after a sentence's end).
 * One shape per code, each with the example it exists for (tests/unit/run-together-items.test.ts); no shape names a
 * council.
 */
export interface ItemCodeShape {
  shape: string;
  example: string;
  /** The code (its first group). */
  pattern: RegExp;
  /** How the code may count: its group ("19" of "19.002") and its place in the sequence ("002"). */
  readings: (match: RegExpExecArray) => Reading[];
}

interface Reading {
  group: string;
  place: number;
}

const MIN_SEQUENCE = 3;
/**
 * Where a code may start: after a space ("… Sgt Duncan Wallace 19.002 Declarations …", where a column of who acts ran
 * on), or for a bare number, only after a sentence’s end or a closing bracket ("… – [04 June 2013] 1. MEMBERSHIP …").
 */
const AFTER_SPACE = String.raw`(?<=^|\s)`;
const AFTER_SENTENCE = String.raw`(?<=^|[.:;!?)\]]\s+)`;
/** What follows a code: a stop or a dash, then a title's first word; not a month ("19 January"), nor "That" (a part). */
const BEFORE_TITLE = String.raw`[.:)]?\s*(?:[–—-]\s*)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|That|and|or)\b)(?=[A-Z][A-Za-z’'()]+)`;
const CAPITALS_TITLE = String.raw`(?=[.:]?\s*(?:[–—-]\s*)?[A-Z][A-Z’']+(?:\s+(?:OF|AND|&|TO|FOR|THE|[A-Z][A-Z’']+)){1,})`;

/**
 * A code's pattern, the whole code its first group; `capitalsOnly` for codes that are also plain figures, read only
 * before a title in capitals ("557 MEMBERS’ …").
 */
const code = (body: string, capitalsOnly = false) =>
  new RegExp(
    `${capitalsOnly ? AFTER_SENTENCE : AFTER_SPACE}(${body})${capitalsOnly ? CAPITALS_TITLE : BEFORE_TITLE}`,
    'g',
  );

/** Where a code ends: at a word's end, or where a title in capitals was run into it ("412/01APOLOGIES"). */
const CODE_END = String.raw`(?:\b|(?<=\d)(?=[A-Z]{2}))`;
/** A part of a code: a number, or letters and perhaps a number ("PC", "FC18"). */
const CODE_PART = String.raw`(?:\d{1,4}|[A-Z]{1,4}\d{0,4})`;
/**
 * Codes that count but are not items: a paragraph's parts ("3.1", "3.1.2"), sections' first paragraphs ("1.1", "2.1",
 * "3.1") and dates ("12/03/2019"), whose numbers count as readily.
 */
const NOT_ITEM_CODES = [/^(?:\d{1,2}\.)+#$/, /^#\.[1-9]$/, /^(?:#|\d{1,2})[./-](?:#|\d{1,2})[./-](?:19|20)\d{2}$/];

/**
 * Each way a code can count: "273/PC/19" as 273 of "#/PC/19", or 19 of "273/PC/#"; "C58/16" as 58 of "C#/16" (the
 * number after a part's letters counts too).
 */
function countingParts(code: string): Reading[] {
  const parts = code.split(/([./-])/);
  return parts.flatMap((part, i) => {
    const number = /^([A-Z]{0,4})(\d+)$/.exec(part);
    if (!number) return [];
    const group = parts.map((p, k) => (k === i ? `${number[1]}#` : p)).join('');
    return NOT_ITEM_CODES.some((shape) => shape.test(group)) ? [] : [{ group, place: Number(number[2]) }];
  });
}

export const ITEM_CODE_SHAPES: ItemCodeShape[] = [
  {
    shape: 'a group, a point and the item’s place',
    example: '… were accepted. 19.002 Declarations of Interest …',
    pattern: code(String.raw`(\d{1,4})\.(\d{2,3})\b`),
    readings: (m) => [{ group: m[2] ?? '', place: Number(m[3]) }],
  },
  {
    shape: 'a number, a stroke and the year',
    example: '… in recent years. 57/19 ELECTION OF CHAIR …',
    // Also with a point before the stroke: "… for the year. 2./26 ELECTION OF VICE CHAIR …"; and with the body's letters
    // before it, as a line or sentence opens: "… were received. CA 97/19 CHAIR’S ANNOUNCEMENTS …"; and with a committee's
    // letters after it: "… were received. 12/24PL Open Forum …".
    pattern: code(String.raw`(?:(?<=^|[.:;!?)\]]\s+)[A-Z]{2,5} )?(\d{1,4})\.?\/(\d{2}|\d{4})(?:\b|[A-Z]{1,3}(?=\s))`),
    readings: (m) => [{ group: m[3] ?? '', place: Number(m[2]) }],
  },
  {
    shape: 'the year, a dash and a number',
    example: '… via Zoom. Annual Meeting (2020 – 070) Present were …',
    pattern: code(String.raw`((?:19|20)\d{2}) ?[–-] ?(\d{2,4})\b`),
    readings: (m) => [{ group: m[2] ?? '', place: Number(m[3]) }],
  },
  {
    shape: 'letters, a point and a number',
    example: '… N Scantlebury Esq. B.1145 Standing Orders …',
    pattern: code(String.raw`([A-Z]{1,3})\.(\d{1,5})\b`),
    readings: (m) => [{ group: m[2] ?? '', place: Number(m[3]) }],
  },
  {
    shape: 'a bare number before a title in capitals',
    example: '… and Weber. 70. DECLARATIONS OF INTEREST There were none …',
    pattern: code(String.raw`(\d{1,4})\b`, true),
    readings: (m) => [{ group: '', place: Number(m[2]) }],
  },
  {
    shape: 'a bare number and a point before a title and a colon or a bullet',
    example: '… from Cllr Ash. 2. Apologies for absence: Apologies were received … 3. Vacancies • To co-opt …',
    // Also before a title, its full stop and the keyword: "… was recorded. 1. Election of Chair. RESOLVED: That …".
    pattern: new RegExp(
      `${AFTER_SENTENCE}(\\d{1,3})\\.\\s+(?=[A-Z][a-z]+(?:\\s+[A-Za-z&’'-]+){0,5}(?::\\s|\\s+[•–—]\\s)|[A-Z][a-z]+(?:\\s+[A-Za-z&’'/-]+){0,8}\\.\\s+(?:RESOLVED|Resolved|AGREED|Agreed)\\b)`,
      'g',
    ),
    readings: (m) => [{ group: '', place: Number(m[1]) }],
  },
  {
    shape: 'letters, a space and a number',
    example: '… held on 10 March 2014. FG 6094 Resolved unanimously to approve …',
    pattern: code(String.raw`([A-Z]{1,4}) (\d{2,5})\b`),
    readings: (m) => [{ group: m[2] ?? '', place: Number(m[3]) }],
  },
  {
    shape: 'the word "Item" and a number',
    example: '… to non attending members ITEM 3 ACCEPTANCE OF THE MINUTES …',
    pattern: code(String.raw`(?:ITEM|Item) (\d{1,3})\b`),
    readings: (m) => [{ group: 'item', place: Number(m[2]) }],
  },
  {
    shape: 'a code whose other parts stay the same while one number counts',
    example: '… for public comment. No comments 273/PC/19 – Apologies for Absence …',
    pattern: code(String.raw`(${CODE_PART}(?:[./-]${CODE_PART}){1,3})${CODE_END}`),
    readings: (m) => countingParts(m[1] ?? ''),
  },
  {
    shape: 'letters and a number run together',
    example: '… no apologies TC2101 Election of Mayor Proposed: Ann Ash … TC2102 Standing Orders Proposed: …',
    pattern: code(String.raw`([A-Z]{1,3})(\d{2,5})\b`),
    readings: (m) => [{ group: m[2] ?? '', place: Number(m[3]) }],
  },
  {
    shape: 'a bare number before a short title in capitals and small letters, then its first sentence',
    example: '… were intimated. 2 Order of Business The Clerk advised the Council …',
    pattern: new RegExp(
      `${AFTER_SENTENCE}(\\d{1,3})\\s+(?=[A-Z][a-z]+(?:\\s+(?:of|and|to|the|for|on|&|[A-Z][a-z]+)){0,6}\\s+(?:The|No|There|It|A|An|Members|Councillors)\\s)`,
      'g',
    ),
    readings: (m) => [{ group: '', place: Number(m[1]) }],
  },
];

interface Found extends Reading {
  block: number;
  at: number;
  itemCode: string;
}

/** More candidates than this is no paper's run of minutes: the shape is not looked for (and a long line stays quick). */
const MAX_CANDIDATES = 2000;

/** The longest run of codes in one group, in the order printed, each one or two after the last. */
const longestSequence = (found: Found[]) =>
  longestChain(found, (later, earlier) => {
    const step = later.place - earlier.place;
    return later.group === earlier.group && step >= 1 && step <= 2;
  });

/**
 * The blocks, with each item of the paper's longest sequence of codes starting a block of its own, marked with its code
 * (so an item is found by its code however the code is written, at the start of a line or run into the text).
 */
export function splitRunTogetherItems(blocks: RawBlock[]): RawBlock[] {
  let cuts: Found[] = [];
  for (const shape of ITEM_CODE_SHAPES) {
    const found = blocks.flatMap((b, block) =>
      b.kind === 'table-row'
        ? []
        : [...b.text.matchAll(shape.pattern)].flatMap((m) =>
            shape.readings(m).map((reading) => ({ ...reading, block, at: m.index, itemCode: m[1] ?? '' })),
          ),
    );
    if (found.length > MAX_CANDIDATES) continue;
    const sequence = longestSequence(found);
    if (sequence.length >= MIN_SEQUENCE && sequence.length > cuts.length) cuts = sequence;
  }
  if (cuts.length === 0) return blocks;
  return blocks.flatMap((b, index) => {
    const here = cuts.filter((c) => c.block === index);
    if (here.length === 0) return [b];
    const starts = here[0]?.at === 0 ? here : [{ at: 0, itemCode: undefined }, ...here];
    return starts
      .map(({ at, itemCode }, k) => ({ text: b.text.slice(at, starts[k + 1]?.at ?? b.text.length).trim(), itemCode }))
      .filter(({ text }) => text !== '')
      .map(({ text, itemCode }) => (itemCode ? { ...b, text, itemCode } : { ...b, text }));
  });
}
