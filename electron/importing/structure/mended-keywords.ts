import type { RawBlock } from '../blocks';
import { escapeForRegExp } from './text-shapes';

/**
 * Decision keywords as a clerk's typing or a document site's text left them: a letter
 * dropped or swapped ("RESOVED"), or the keyword run into the word after it ("RESOLVEDthat"); and a few words a
 * decision turns on, run together the same way ("electedas", "Recommendrefusal", "asked toarrange").
 * Each is mended before outcomes are sought, so every rule that reads "RESOLVED" reads these too.
 * One rule per shape, each with the example it exists for (tests/unit/outcome-rules.test.ts).
 */
/** RESOLVED with a letter dropped, doubled or swapped, as typed. */
const RESOLVED_MISTYPED = 'RESOVED|RESLOVED|RESOLOVED|RESOVLED|REOSLVED|RSOLVED|RESOLVD|RESOLEVD|RESOOLVED';

/** Each rule: the shape, its example, and what the example reads as once mended. */
export const MENDED_KEYWORDS: { shape: string; example: string; reads: string; pattern: RegExp; mended: string }[] = [
  {
    shape: 'RESOLVED in capitals with a letter dropped, doubled or swapped',
    example: 'It was RESOVED unanimously that:',
    reads: 'It was RESOLVED unanimously that:',
    pattern: new RegExp(`\\b(?:${RESOLVED_MISTYPED})\\b`, 'g'),
    mended: 'RESOLVED',
  },
  {
    shape: 'RESOLVED in capitals with its last letter in small, as a slip of the shift key leaves it',
    example: 'The Executive RESOLVEd',
    reads: 'The Executive RESOLVED',
    pattern: /\bRESOLVEd\b/g,
    mended: 'RESOLVED',
  },
  {
    shape: 'RESOLVE THAT in capitals with its D dropped, opening a line',
    example: 'RESOLVE THAT THE HALL FEES BE PAID.',
    reads: 'RESOLVED THAT THE HALL FEES',
    // Not an agenda's business ("TO RESOLVE THAT …"), which does not open the line.
    pattern: /^RESOLVE(?= THAT\b)/g,
    mended: 'RESOLVED',
  },
  {
    shape: 'a keyword run into the "that" or "to" after it',
    example: 'RESOLVEDthat the press and public be excluded.',
    reads: 'RESOLVED that the press',
    // Also "It was agreedthat NW should sign the agreement.".
    pattern: /\b(RESOLVED|[Rr]esolved|AGREED|[Aa]greed|DECIDED|[Dd]ecided)(?=(?:that|to)\b)/g,
    mended: '$1 ',
  },
  {
    shape: 'a keyword that opens a line, run into the sentence after it',
    example: 'ResolvedIt was recommended to Board that Ann Ash be appointed as a governor.',
    reads: 'Resolved It was recommended',
    pattern: /^(RESOLVED|Resolved|AGREED|Agreed)(?=(?:It|The|That)\s)/g,
    mended: '$1 ',
  },
  {
    shape: 'RESOLVED run on from the word before it',
    example: 'Following a vote of board members it wasRESOLVED to elect Revd Ash as Co-Chairman.',
    reads: 'it was RESOLVED to elect',
    pattern: /\b(was|were|and|unanimously)RESOLVED\b/g,
    mended: '$1 RESOLVED',
  },
  {
    shape: 'elected or appointed run into the "as" or "to" after it',
    example: 'Ann Ash confirmed that Bea Birch was duly electedas Vice Chair.',
    reads: 'was duly elected as Vice Chair',
    pattern: /\b((?:re-)?elected|appointed|co-opted)(?=(?:as|to|onto)\b)/g,
    mended: '$1 ',
  },
  {
    shape: 'a planning response run together',
    example: 'AB/12/0113 Single storey extension, 4 Mill Lane. Recommendrefusal',
    reads: 'Recommend refusal',
    pattern: /\b([Rr]ecommend(?:ed|s)?|RECOMMEND(?:ED|S)?)(?=(?:refusal|approval|REFUSAL|APPROVAL)\b)/g,
    mended: '$1 ',
  },
  {
    shape: 'who nominated, in capitals inside a sentence',
    example: 'Councillor Ash NOMINATED Councillor Birch as Chairman.',
    reads: 'Councillor Ash nominated Councillor Birch as Chairman.',
    pattern: /(?<=[a-z]\s)NOMINATED(?=\s+[A-Z][a-z])/g,
    mended: 'nominated',
  },
  {
    shape: 'who seconded, in capitals at the start of a sentence',
    example: 'Councillor Ash nominated Councillor Birch as Chairman. SECONDED by Councillor Cole.',
    reads: 'Seconded by Councillor Cole.',
    pattern: /(?<=(?:^|[.;]\s+))SECONDED(?=\s+by\b)/g,
    mended: 'Seconded',
  },
  {
    shape: 'a vote "ALL IN FAVOUR" in capitals after a sentence',
    example: 'Seconded by Councillor Cole. ALL IN FAVOUR.',
    reads: 'Seconded by Councillor Cole. All in favour.',
    pattern: /(?<=[.;]\s+)ALL IN FAVOUR\b/g,
    mended: 'All in favour',
  },
  {
    shape: '"to" run into the verb after it, after someone was asked or agreed',
    example: 'The Clerk was asked toarrange a second quote for the fence.',
    reads: 'was asked to arrange',
    // Not a word that begins with "to": "asked today", "agreed together", "agreed towards".
    pattern:
      /\b(asked|agreed|requested|instructed|resolved|decided|undertook|offered) to(?=[a-z]{4,}\b)(?!(?:day|gether|wards?|morrow|night|tal|tally|ken|pic|pics|uch|ilets?|wn|wer|urism|urist|ddler)\b)/g,
    mended: '$1 to ',
  },
  {
    shape: 'ACTION at the end of a task, where a table’s column ran into it',
    example: 'Provide members with a list of the bookingsACTION',
    reads: 'ACTION: Provide members with a list of the bookings',
    pattern: /^([A-Z][^.;:]{5,200}?[a-z0-9)])ACTION\.?$/g,
    mended: 'ACTION: $1',
  },
  {
    shape: 'councillors written "Cnllrs", the letter of their council before it',
    example: 'Following a short discussion, P.Cnllrs resolved that the works be as first planned.',
    reads: 'Following a short discussion, Councillors resolved that',
    pattern: /\b(?:[PWDCT]\.\s?)?Cnllrs\b/g,
    mended: 'Councillors',
  },
  {
    shape: 'a councillor written "Cnllr", the letter of their council before it',
    example: 'If officers were minded to approve, W.Cnllr Dale would be asked to call it in.',
    reads: 'Cllr Dale would be asked',
    pattern: /\b(?:[PWDCT]\.\s?)?Cnllr\b/g,
    mended: 'Cllr',
  },
];

export function mendKeywords(text: string): string {
  return MENDED_KEYWORDS.reduce((mended, rule) => mended.replace(rule.pattern, rule.mended), text);
}

export function withMendedKeywords(blocks: RawBlock[]): RawBlock[] {
  return blocks.map((block) => {
    const text = mendKeywords(block.text);
    return text === block.text ? block : { ...block, text };
  });
}

/** "RESOLVED" as a clerk may have typed it, for finding a quote in the page's own words. */
const KEYWORD_AS_TYPED = `(?:RESOLVED|${RESOLVED_MISTYPED})`;

/**
 * A quote as the page printed it: a quote read from mended text ("RESOLVED to note the contents") is looked for in the
 * printed words around it, with the keyword as typed and the spaces that were lost ("RESOLVEDto note the contents").
 * The quote as it is when the words are not found.
 */
export function asPrinted(quote: string, printed: string): string {
  const words = quote.trim().split(/\s+/).map(escapeForRegExp);
  const pattern = words.join('\\s*').replace(/RESOLVED/g, KEYWORD_AS_TYPED);
  return new RegExp(pattern).exec(printed)?.[0] ?? quote;
}
