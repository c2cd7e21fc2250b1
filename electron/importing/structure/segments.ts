import type { BlockKind } from '../../../shared/domain';
import type { RawBlock } from '../blocks';
import { KEYWORD_ON_ITS_OWN } from './bare-shapes';

/**
 * A piece of a block that can be read on its own: a field label ("Minutes:"), a
 * decision keyword with what follows it, one part of a numbered list, or a run of
 * narrative. Saved web pages and printed PDFs run these together on one line
 * ("Decision: … RESOLVED to: 1. Note … 2. Agree …"); splitting them by their shape
 * lets one set of rules read a page however it was laid out.
 */
export interface Segment {
  text: string;
  blockIndex: number;
  blockKind: BlockKind;
  /** The list marker the segment opens with ("(1)", "a.", "ii)"), or null. */
  marker: string | null;
  /** The first segment of its block. */
  opensBlock: boolean;
  /** Opened with a bullet run on from the piece before ("…, and • authorise …"). */
  bulleted?: boolean;
  /** The first piece of a row of a flattened table: the block before ended its row with "|". */
  opensRow?: boolean;
}

/** A ModernGov field label or a decision keyword, where a new segment starts even mid-line. */
const SPLIT_BEFORE = [
  /\b(?<!\b(?:of|for|from|the|[Pp]revious|[Ll]ast|PREVIOUS|LAST)\s+)(?:Decision|Minutes|Additional documents|Supporting documents|Reasons? for (?:the )?[Dd]ecisions?|(?:Alternative|Other) options considered(?: and rejected)?)\s*:/g,
  /\b(?:REASONS? FOR (?:THE )?DECISIONS?|(?:ALTERNATIVE|OTHER) OPTIONS CONSIDERED)\b/g,
  // Also after a phrase in brackets, not a list marker: "… (2 now being advertised) RESOLVED to appoint …".
  /(?<=[.;:]\s+|\([^()]{6,}\)\s+)(?:RESOLVED|AGREED|DECISION|DECIDED|RECOMMENDED|ORDERED|ACTION)\b/g,
  // "… changes were suggested. It was RECOMMENDED THAT the revised draft …": "It was" and the keyword in capitals.
  /(?<=[.;]\s+)It was\s+(?:RECOMMENDED|ORDERED)\b/g,
  // Also "… the letter was read. Resolution: To give £80 towards …", and against the full stop of a title before it
  // ("5. Poppies.Resolved: to order ten …").
  /(?<=[.;]\s+)(?:Resolved|Agreed|Action|Decision|Decided|Resolution)\s*[:–—-]/g,
  /(?<=[a-z]{3}\.)(?:Resolved|Agreed|Decision|Decided|Resolution)\s*[:–—-]/g,
  // "… with 11 votes for and 2 against RESOLVED that Ann Ash be co-opted …": the vote, then its decision, with no full stop.
  /(?<=\b(?:against|abstentions?|abstaining|in favour)\s+)(?=RESOLVED\s+(?:[Tt]hat|[Tt]o)\s)/g,
  // "… mitigate risks. Unanimously resolved:" ending a paragraph: how it was carried and the keyword, over the parts below.
  /(?<=[.;]\s+)(?=(?:Unanimously|By a majority)\s+(?:resolved|agreed|RESOLVED|AGREED)\s*:\s*$)/g,
  // "… covering the years 2026-27 to 2030-31. Decision The Committee noted – 1. …": a meeting page's "Decision" heading
  // run into the row it heads, the body that decided after it.
  /(?<=[.;]\s+)(?=Decision\s+The\s+[A-Z])/g,
  // "… replaced – Action: Councillor Swinborne.": an action run on after a dash.
  /(?<=\s[–—-]\s+)(?:Action|ACTION)\s*:/g,
  // "… on the Agenda Action: Clerk to forward the forms": an action column run on after a line with no full stop.
  // Not a short one, which is told with its matter ("… re site meeting Action: Clerk to chase"). Also "Action- RS to …",
  // and "ACTION: Clerk To copy …", its "To" in capitals.
  /(?<=\S\s+)(?=(?:Action|ACTION)\s*(?::|-(?=\s))\s*[A-Z][\w'’.]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’.]*){0,3}\s+[Tt]o\s+[a-z])(?!(?:Action|ACTION)\s*:\s*\S+\s+[Tt]o\s+[a-z]+(?:\s+[a-z]+)?\.?(?:$|\s+\d{1,2}\.\s))/g,
  // "The vote was 3:5. 1 Against Resolved: Councillor Forrest is Mayor": a page run together, its keyword and colon
  // after whatever ended the line above.
  /(?<!\b(?:was|were|it|It|WAS|WERE|IT|and|be|been|being|unanimously|duly)\s+)(?<=\S\s+)(?=(?:Resolved|RESOLVED)\s*:\s*\S)/g,
  /(?<=[.;)]\s+)resolved,?\s+That\b/g,
  // "… preserve them for the future. It was RESOLVED" ending a paragraph: the keyword over the paragraph below.
  /(?<=[.;]\s+)(?=It was\s+(?:RESOLVED|AGREED|DECIDED)\s*[:–—-]?\s*$)/g,
  // "… towards his retirement present RESOLVED Clerk to purchase a voucher": the keyword in capitals run on after the
  // sentence before it, which has no full stop.
  /(?<!\b(?:was|were|it|It|and|be|been|being|is|are|unanimously|duly)\s+)(?<=[a-z]\s+)(?=RESOLVED\s+(?:That|To|[A-Z][a-z]+ to)\s)/g,
  // "… for the year. 2 Appointment of Vice Chair RESOLVED That …": the next numbered item of a page run together, also
  // after a list of names with no full stop ("Apologies: Councillors R Hunt and M Pervaiz 1 Appointment of Chair RESOLVED"),
  // but not a date ("… held on 21 March 2018 were AGREED").
  /(?<=[.;]\s+|\b[A-Z][a-z]+\s+)(?!\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)(?=(?:[A-Z]{1,4}\.)?\d{1,4}\.?\s+[A-Z][\w'’&,()/-]*(?:\s+[\w'’&,()/-]+){0,10}?\s+(?:RESOLVED|AGREED|DECIDED)\b)/g,
  // "RESOLVED: That (a) one appeal be upheld; and" over "(b) …": the first part's marker after the keyword's "That"
  // starts the part, as "RESOLVED: That" over "(a) …" would.
  /(?<=\b(?:RESOLVED|AGREED|DECIDED|Resolved|Agreed|Decided)\s*[:–—-]?\s*(?:That|THAT)\s+)(?=\((?:a|1|i)\)\s)/g,
  // "… as Chair Resolved to elect Cllr Francis": the decision's line run on to the line above it.
  /(?<!\b(?:was|were|it|and|be|been|being|unanimously|duly)\s+)(?<=\S\s+)(?=Resolved (?:to|that)\s+[a-z])/g,
  // "… the stile above Hall Garth. HD 166 Also RESOLVED that the clerk will …": a minute's number and its keyword, run on
  // after the initials of who acts on the last.
  /(?<=\S\s+)(?=\d{1,4}\s+(?:(?:Also|Further) )?(?:RESOLVED|AGREED)\b)/g,
  // "… approve in principle. B.1183 Declarations of Interest …": a minute's code, a letter and a number, starts the next.
  /(?<=[.;]\s+)(?=[A-Z]{1,4}\.\d{2,5}\s+[A-Z])/g,
  // "… RESOLVED to elect Cllr. Moore. 52/2018 Election of Vice Chairman – …": a minute's number and year starts the next.
  /(?<=[.;]\s+)(?=\d{1,4}\/(?:19|20)\d{2}\s+[A-Z][a-z])/g,
  // "… is Mayor for 2017/18. AM/17/25 To receive …", "All in favour AM/17/32 To discuss …": a minute's code of letters,
  // year and number starts the next, whatever ended the one before.
  /(?<=\S\s+)(?=[A-Z]{1,4}\/\d{2,4}\/\d{1,4}\s+[A-Z])/g,
  // "… needs to be replaced. Item 11 Councillor Scowen asked …": matters arising run on, each under its item's number.
  /(?<=[.;]\s+)(?=Items? \d{1,3}(?:\s*(?:&|and)\s*\d{1,3})?\s+[A-Z])/g,
  // "• The Chair asked … • The Chair offered …", "• Adopt the plan, and • authorise …", "RESOLVED: · That … · That …":
  // bullets run together on one line.
  /(?<=[.;:]\s+|[,;]\s+(?:and|or)\s+)(?=[•▪·]\s)/g,
  // A printed page runs paragraphs together: a lead-in sentence ending the block starts a piece of its own.
  // Not after the full stop of the block's own list marker ("1. Work with partners and:"), nor of a title or an
  // initial ("… asked to query with Ms. Bareford the following:").
  /(?<!^\s*\(?(?:\d{1,2}|[A-Za-z]|[ivx]{1,4})[.)]\s+)(?<!\b(?:Mrs?|Ms|Dr|Cllrs?|Rev|St|No|[A-Z])\.\s+)(?<=[.;!?]\s+)(?=[A-Z][^.;!?]{2,200}(?::-?|:\s*-|\s[–-])\s*$)/g,
  // "… following the Annual General Meeting. It was agreed: (i) to appoint …": so too a lead-in over its parts run on after it.
  // Not after a list marker's full stop ("… £398.12 9. CORRESPONDENCE: (a) …"), which stays with its item.
  /(?<!\b(?:Mrs?|Ms|Dr|Cllrs?|Rev|St|No|[A-Z])\.\s+)(?<!(?:^|\s)\(?(?:\d{1,3}|[A-Za-z]|[ivx]{1,4})[.)]\s+)(?<=[.;!?]\s+)(?=[A-Z][^.;!?:]{2,120}:-?\s*\(?(?:i|a|1)\)\s)/g,
];

/** Markers of list parts, with what counts as the next one after each. */
interface MarkerShape {
  pattern: RegExp;
  ordinal: (label: string) => number | null;
}

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
const romanValue = (label: string) => {
  const at = ROMAN.indexOf(label.toLowerCase());
  return at >= 0 ? at + 1 : null;
};
const letterValue = (label: string) => (/^[a-z]$/i.test(label) ? label.toLowerCase().charCodeAt(0) - 96 : null);
const numberValue = (label: string) => (/^\d{1,2}$/.test(label) ? Number(label) : null);

/** "deputation (1)", "paragraph (b)", "section 100 B (4)": a reference inside a sentence, not a list marker. */
const REFERENCE = String.raw`(?<!\b(?:[Dd]eputations?|[Pp]aragraphs?|[Ss]ections?|[Aa]ppendix|[Aa]ppendices|[Pp]etitions?|[Aa]nnex|[Cc]lauses?|[Rr]egulations?|[Ss]chedule|[Pp]ages?|[Nn]o\.?|[Aa]ct|[A-Z])\s)`;
/** "motions (1) and (2) be submitted": two parts named together inside a sentence, not list markers. */
const NOT_NAMED_TOGETHER = String.raw`(?!(?:and|or|&|to)\s+\(\w{1,2}\))`;
/** "Recommendations (i) (ii) (vi) be approved": parts named one after another, not list markers. */
const NOT_LISTED_TOGETHER = String.raw`(?<!\(\w{1,4}\)\s)(?!\S+\s+\((?:[ivx]{1,4}|[a-h])\)\s)`;

const MARKER_SHAPES: MarkerShape[] = [
  {
    pattern: new RegExp(String.raw`${REFERENCE}\((\d{1,2})\)\s+${NOT_NAMED_TOGETHER}(?=\S)`, 'g'),
    ordinal: numberValue,
  },
  { pattern: /(?<![\d.,/£$(])\b(\d{1,2})[.)]\s+(?=["“‘'(]?[A-Z])/g, ordinal: numberValue },
  // "… agreed to – 1. note the report; 2. approve the changes; and 3. recommend to Council …": parts in small letters, each
  // after a dash, a colon, a semicolon or "and".
  { pattern: /(?<=(?:[;:–—]|\band)\s+)(\d{1,2})\.\s+(?=[a-z]{2,})/g, ordinal: numberValue },
  // Not "(b)(i)" with no space between, a reference to a part of a part ("the aggregate at (b)(i) above").
  {
    pattern: new RegExp(String.raw`${REFERENCE}(?<!\))\(([a-h])\)\s+${NOT_NAMED_TOGETHER}(?=\S)`, 'g'),
    ordinal: letterValue,
  },
  { pattern: /(?<![\w.(])([a-h])[.)]\s+(?=\S)/g, ordinal: letterValue },
  {
    pattern: new RegExp(
      String.raw`${NOT_LISTED_TOGETHER}(?<!\))\(((?:i{1,3}|iv|vi{0,3}|ix|x))\)\s+${NOT_NAMED_TOGETHER}(?=\S)`,
      'g',
    ),
    ordinal: romanValue,
  },
  { pattern: /\[([a-h])\]\s+(?=\S)/g, ordinal: letterValue },
  { pattern: /(?<![\w.(])((?:i{1,3}|iv|vi{0,3}|ix|x))[.)]\s+(?=\S)/g, ordinal: romanValue },
  // "1.1 Visit from the wind farm – … 1.2 Visitor from the area team – James will chase …": paragraphs run together.
  { pattern: /(?<![\d.,/£$€])\b\d{1,2}\.(\d{1,2})\s+(?=[A-Z])/g, ordinal: numberValue },
];

/** A list marker: "(1)", "1.", "2)", "(a)", "b.", "(iv)", "iii)". */
const MARKER = String.raw`(?:\[[a-h1-9]\]|\(\d{1,2}\)\.?|\d{1,2}[.)]|\([a-z]\)\.?|[a-z][.)]|\((?:i{1,3}|iv|vi{0,3}|ix|x)\)\.?|(?:i{1,3}|iv|vi{0,3}|ix|x)[.)])`;
/** A list marker opening a segment. */
export const OPENING_MARKER = new RegExp(`^${MARKER}(?=\\s)`, 'i');
/** A list marker and nothing else. */
const MARKER_ONLY = new RegExp(`^${MARKER}$`, 'i');

const PAGE_OF = /\bPage \d{1,3} of \d{1,3}\s*/g;

/** Letter-spaced keywords ("T H A T", "R E S O L V E D") closed up. */
const LETTER_SPACED = /\b(?:[A-Z] ){3,}[A-Z]\b/g;
const KEYWORDS = new Set(['THAT', 'RESOLVED', 'AGREED', 'RECOMMENDED', 'DECISION', 'NOTED', 'DECIDED', 'ACTION']);

export function closeLetterSpacing(text: string): string {
  return text.replace(LETTER_SPACED, (run) => {
    const word = run.replace(/ /g, '');
    return KEYWORDS.has(word) ? word : run;
  });
}

/**
 * "… as discussed. b)In consideration of …", "ii.It was resolved to …": a part's marker that lost the space after it (text
 * copied out of a PDF), with a bracket or, at a line's start, a full stop. Also a number and its bracket run on after
 * the part before, with no full stop ("1) Clerk to order … 2)Fence to be mended …").
 */
const GLUED_MARKER =
  /(?:^|(?<=[.;:]\s+))(\(?(?:[a-h]|\d{1,2}|i{1,3}|iv|vi{0,3}|ix|x)\)|^(?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x)\.)(?=[A-Z][a-z])|(?<=[a-z,]\s+)(\d{1,2}\))(?=[A-Z][a-z])/gm;

/** Splits every block into segments, keeping which block each came from. */
export function segmentBlocks(blocks: RawBlock[]): Segment[] {
  const segments: Segment[] = [];
  blocks.forEach((block, blockIndex) => {
    // "Page 1 of 27 The Committee agreed …": a printed page's running furniture, run into the text.
    const text = withoutStrayNumberBefore(
      closeLetterSpacing(block.text).replace(PAGE_OF, '').replace(GLUED_MARKER, '$1$2 '),
      segments.at(-1)?.marker ?? null,
    );
    const pieces = lettersAcrossLabels(splitInlineParts(splitAtLabels(text)));
    /** "(1) | the report be agreed": a table's cell that holds only the part's marker goes with the next cell. */
    let markerCell = '';
    pieces.forEach((piece, i) => {
      const cell = piece
        .replace(/^[\s|]+|[\s|]+$/g, '')
        .trim()
        .replace(/^[•▪·]\s+/, '');
      if (cell === '') return;
      if (i < pieces.length - 1 && MARKER_ONLY.test(cell)) {
        markerCell = cell;
        return;
      }
      const trimmed = markerCell ? `${markerCell} ${cell}` : cell;
      markerCell = '';
      const marker = OPENING_MARKER.exec(trimmed)?.[0] ?? null;
      const bulleted = i > 0 && /^\s*[•▪·]\s/.test(piece);
      // Not the row under a cell that holds only a label and its colon ("RESOLVED: |"), which leads into it.
      const rowAbove = blocks[blockIndex - 1]?.text ?? '';
      const opensRow = i === 0 && /\|\s*$/.test(rowAbove) && !/^[^|]{2,40}:\s*\|\s*$/.test(rowAbove);
      segments.push({
        text: trimmed,
        blockIndex,
        blockKind: block.kind,
        marker,
        opensBlock: i === 0 || trimmed !== cell,
        bulleted,
        opensRow,
      });
    });
  });
  return segments;
}

/**
 * "18 (e) Asker Meadows: that …" after "(d) …": a printed page's number left before the next lettered part, taken off so
 * that the part is read as the next of its list.
 */
function withoutStrayNumberBefore(text: string, lastMarker: string | null): string {
  const letter = /^\d{1,3}\s+\(([a-h])\)\s/.exec(text)?.[1];
  const last = lastMarker && /^\(([a-h])\)$/.exec(lastMarker)?.[1];
  if (!letter || !last || letter.charCodeAt(0) !== last.charCodeAt(0) + 1) return text;
  return text.replace(/^\d{1,3}\s+/, '');
}

/** Cuts before each label or keyword that starts a new piece, and at the cell breaks of a flattened table. */
function splitAtLabels(text: string): string[] {
  // An item's title with its papers ("Call-in of Cabinet Decision: Parking pdf icon PDF 204 KB") stays whole.
  if (/\bpdf icon\b/i.test(text) && text.length < 300) return [text];
  const cuts = new Set<number>();
  for (const pattern of SPLIT_BEFORE) {
    for (const match of text.matchAll(pattern)) if (match.index > 0) cuts.add(match.index);
  }
  for (const match of text.matchAll(/\s\|\s/g)) cuts.add(match.index + 1);
  return cutAt(text, cuts);
}

/**
 * Cuts a piece before each list marker of a sequence written on one line
 * ("RESOLVED to: 1. Note … 2. Agree …", "(1) … (2) …"). A marker counts only as
 * the next in its sequence, so numbers inside the text are left alone.
 */
function splitInlineParts(pieces: string[]): string[] {
  return pieces.flatMap((piece) => {
    for (const shape of MARKER_SHAPES) {
      const found = [...piece.matchAll(shape.pattern)].map((m) => ({
        index: m.index,
        value: shape.ordinal(m[1] ?? ''),
      }));
      const cuts = new Set<number>();
      let expected: number | null = null;
      for (const marker of found) {
        if (marker.value === null) continue;
        // "RESOLVED 7.2 That … 7.3 That …": a paragraph's numbers, the first of them straight after the keyword.
        // "… adds three further recommendations to its decision: (f) that …; (g) that …; and (h) that …": a list that
        // goes on from an earlier one, after a colon, its next part following.
        const goesOnAfterColon =
          expected === null &&
          /:-?\s*$/.test(piece.slice(0, marker.index)) &&
          found.some((m) => m.index > marker.index && m.value === (marker.value ?? 0) + 1);
        const starts =
          expected === null &&
          (marker.value === 1 ||
            marker.index === 0 ||
            goesOnAfterColon ||
            KEYWORD_ON_ITS_OWN.test(piece.slice(0, marker.index)));
        // "Supports the plan; and 2. Endorses …": the second part after "; and", the first part's number lost.
        const secondAfterFirst =
          expected === null && marker.value === 2 && FIRST_PART_ENDS.test(piece.slice(0, marker.index));
        if (secondAfterFirst) cuts.add(0);
        if (starts || secondAfterFirst || marker.value === expected) {
          cuts.add(marker.index);
          expected = marker.value + 1;
        }
      }
      const inner = [...cuts].filter((c) => c > 0);
      // "That the arrangements, as amended to reflect (i) … and (ii) …, be approved.": parts inside the decision's subject,
      // its verb after the last of them; one decision.
      if (inner.length > 0 && partsInsideTheSubject(piece, Math.min(...inner), Math.max(...inner))) continue;
      // "b) (i) Finance Committee … (ii) RESOLVED … c) (i) Staff …", "4. FINANCE Clerk reported: a) … b) …": a part
      // holds parts of another kind, at its start or after a colon; not those of what a report told ("(1) advising
      // (a) that … (b) that …"), nor those inside a sentence ("It was RESOLVED that (i) … and (ii) …").
      if (cuts.size >= 2 && inner.length > 0)
        return cutAt(piece, new Set(inner)).flatMap((p) =>
          PARTS_WITHIN.test(p) || (PARTS_AFTER_COLON.test(p) && !TELLS_ITS_PARTS.test(p)) ? splitInlineParts([p]) : [p],
        );
    }
    // "The Lead Member RESOLVED to (1) rescind …;" over "(2) approve …" and "(3) …" on lines of their own: the first
    // part is cut from its keyword's line, so that the keyword leads into all three. Not a part that leads into parts
    // of its own ("RESOLVED: (a) That … subject to conditions to include:" over "(i) …", "(ii) …").
    const first = /[:–—-]\s*$/.test(piece) ? null : KEYWORD_THEN_FIRST_PART.exec(piece);
    return first ? cutAt(piece, new Set([first.index + first[0].length])) : [piece];
  });
}

/** A "That …" whose verb ("be approved") comes only after the last of the parts named inside it. */
function partsInsideTheSubject(piece: string, firstCut: number, lastCut: number): boolean {
  const head = piece.slice(0, firstCut);
  const tail = piece.slice(lastCut);
  return (
    /^That\s/i.test(head) && !/\bbe\s+[a-z]+(?:ed|en)\b/.test(head) && /,\s*be\s+[a-z]+(?:ed|en)\b[^,;]*$/.test(tail)
  );
}

/** "… in the private sector; and": a part's end, before the next part's number. */
const FIRST_PART_ENDS = /^[A-Z][^;]{10,}?;\s*(?:and\s+)?$/;

/** A decision keyword with the first part of its list run on after it. */
const KEYWORD_THEN_FIRST_PART =
  /\b(?:RESOLVED|AGREED|DECIDED|RECOMMENDED)(?:\s+(?:to|that|as follows))?\s*[:–—-]*\s+(?=\(?(?:1|a|i)[.)]\s+\S)/;

/**
 * "a) The Chairman reminded … RESOLVED: To receive the information. b) Letter from …": a lettered part after a
 * keyword's line, which cut the letters' sequence in two, starts a piece of its own. So does one in brackets after an
 * action's line: "(c) the sweeper has not been – Action: Cllr Ash to investigate; (d) the notice board …".
 */
function lettersAcrossLabels(pieces: string[]): string[] {
  let next: string | null = null;
  return pieces.flatMap((piece) => {
    const out: string[] = [];
    let rest = piece;
    for (let at = nextLetterIn(rest, next); at > 0; at = nextLetterIn(rest, next)) {
      out.push(rest.slice(0, at).trim());
      rest = rest.slice(at);
      next = String.fromCharCode((next ?? 'a').charCodeAt(0) + 1);
    }
    // The last letter of a sequence begun here ("… a) The Chairman …") names the next one to look for.
    const letters = [...rest.matchAll(/(?:^|\s)(?:([a-h])\)\s+(?=[A-Z])|\(([a-h])\)\s+(?=\S))/g)].map(
      (m) => m[1] ?? m[2] ?? '',
    );
    if (letters[0] === 'a' || (next !== null && letters[0] === next))
      next = String.fromCharCode((letters.at(-1) ?? 'a').charCodeAt(0) + 1);
    out.push(rest);
    return out;
  });
}

/** Where "b) " or "(b) " (the letter looked for) starts a part after a sentence's or a clause's end, or -1. */
function nextLetterIn(text: string, letter: string | null): number {
  if (!letter) return -1;
  return new RegExp(String.raw`(?<=[.;]\s+)(?:${letter}\)\s+(?=[A-Z])|\(${letter}\)\s+(?=\S))`).exec(text)?.index ?? -1;
}

/** "b) (i) Finance Committee …": a part whose first words are the first of its own parts. */
const PARTS_WITHIN = /^\(?[a-z0-9]{1,2}[.)]\s+\((?:i|1|a)\)\s/i;
/** "4. The Board agreed: a) to appoint …": a part whose own parts follow a colon. */
const PARTS_AFTER_COLON = /:-?\s+\(?(?:a|1|i)[.)]\s/i;
/** "(1) advising (a) that …": a report's part that tells what its own parts say. */
const TELLS_ITS_PARTS =
  /^\(?[a-z0-9]{1,3}[.)]\s+(?:advising|intimating|reporting|indicating|outlining|explaining|detailing|summarising|setting out|highlighting|informing)\b/i;

function cutAt(text: string, cuts: Set<number>): string[] {
  const sorted = [...cuts].sort((a, b) => a - b);
  const parts: string[] = [];
  let from = 0;
  for (const cut of sorted) {
    parts.push(text.slice(from, cut));
    from = cut;
  }
  parts.push(text.slice(from));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** Words after which who will act goes on the same sentence: "agreed the Clerk would …", "provided Cllr Dale would …". */
const LEADS_INTO_WHO_ACTS = [
  'ask|asked|and|or|of|to|with|from|for|by|at|on|in|that|whether|if|said|told|thank|thanked|invite|invited',
  'agreed|resolved|decided|noted|confirmed|reported|stated|felt|thought|suggested|proposed|explained|advised|informed',
  'hoped|expected|understood|believed|announced|requested|which|who|where|when|as|so|but|until|once|because|while',
  'provided|providing|unless|though|although|then|also|now|meantime|meanwhile',
  // "All the Councillors agreed …", "both Members approved …": who decided, not the end of a sentence before them.
  'the|all|both|our|other|these|those|some|many|most|two|three',
].join('|');

/**
 * Who will act, or who decided, run on after a lower-case word with no full stop (see sentencesOf). The lookahead
 * comes first, so the lookbehinds are read only where someone is named: never at every space of a long line.
 */
const WHO_ACTS_RUN_ON = new RegExp(
  String.raw`(?= +(?:(?:[Tt]he [Cc]lerk|Cllrs? [A-Z][\w'’-]+|Councill?or [A-Z][\w'’-]+) (?:will|would) [a-z]|(?:Cllrs|Councillors|Members) (?:approved|agreed|resolved|decided)\b))(?<=(?:^|\s)[a-z][a-z'’-]{0,40})(?<!\b(?:${LEADS_INTO_WHO_ACTS}))(?<!(?:^|[.;:]\s+)(?:Where|When|If|Once|Until|Unless|As|Since|Although|While|Whilst|Should|Provided)\b[^.;:]{0,300}) +`,
  'g',
);

/**
 * Sentence breaks before markers run into a paragraph, each looked for only where its marker is in the text (a page run
 * into one line can be a megabyte long, and the text is split into sentences many times). In this order.
 */
const BREAKS_BEFORE_MARKERS: { marker: RegExp; before: RegExp }[] = [
  // "… other than the housing (see above) AOCB Agreed that …": any other business, by its initials.
  { marker: /\bA(?:OC?B|\.O\.B\.)\s/, before: /(?<=[\w)])\s+(?=(?:AOB|AOCB|A\.O\.B\.)\s+[A-Z])/g },
  // "… had been received - • reading group – Members agreed … • Youth festival: Resolved not to donate.": a bullet.
  { marker: /•/, before: /(?<=\S)\s*(?:-\s+)?•\s+(?=[A-Z0-9])/g },
  // "1. Election of Chairman … Members elected Ann Ash as Chairman.": an item's title and what it decided, between dots.
  { marker: /…/, before: /(?<=[A-Za-z)])\s*…+\.*\s+(?=[A-Z][a-z])/g },
  // "… Reports from Outside Bodies Members NOTED a report …": who decided, with the verb in capitals.
  {
    marker: /(?:Members|Councillors|Council) (?:NOTED|AGREED|RESOLVED|APPROVED|RECEIVED)\b/,
    before:
      /(?<!\b(?:and|that|which|who|when|where|as|[Tt]he|Parish|Town|Community|City|County|District|Borough))\s+(?=(?:Members|Councillors|The Council|Council) (?:NOTED|AGREED|RESOLVED|APPROVED|RECEIVED)\b)/g,
  },
  // "… were raised:- i Membership – it was NOTED … ii Desktop Refresh – …": a part numbered in small roman numerals with
  // no stop (the numeral is dropped), its title and a dash; not "v", which is also "versus".
  {
    marker: /\s(?:i{1,3}|iv|vi{1,3}|ix)\s+[A-Z]/,
    before: /(?<=\S)\s+(?:i{1,3}|iv|vi{1,3}|ix)\s+(?=[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,5}\s+[–—]\s)/g,
  },
  // "… 2.1 COURT FARM It was resolved that …": a decision after its heading in capitals.
  {
    marker: /[A-Z]{2} It was (?:unanimously )?(?:resolved|agreed|decided|RESOLVED|AGREED|DECIDED)\b/,
    before: /(?<=\b[A-Z]{2,}) +(?=It was (?:unanimously )?(?:resolved|agreed|decided|RESOLVED|AGREED|DECIDED)\b)/g,
  },
  // "Ms Ralph offered to assess … in the Canterbury area, and Ms Hitch offered to assess …": a second person who took
  // something on, after a first.
  {
    marker:
      / (?:offered|agreed|undertook|volunteered) to [^.;]{3,150}? and (?:\S+ ){1,3}(?:offered|agreed|undertook|volunteered) to /,
    before:
      /,? +and +(?<=\b(?:offered|agreed|undertook|volunteered) to [^.;]{3,150}?,? +and +)(?=(?:(?:Cllrs?|Councill?or|Mr|Mrs|Ms|Miss|Dr)\.? )?[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:offered|agreed|undertook|volunteered) to [a-z])/g,
  },
  // "… Turvey Lower School – no objections 26/00408/FUL – single storey …": the next planning application, after the
  // response to the last.
  {
    marker: /\b\d{2}\/\d{4,6}\/[A-Z]{2,5}\b/,
    before:
      /(?<=\b(?:[Oo]bjections?|[Cc]omments?|[Ss]upport(?:ed)?|[Rr]efus(?:e|al)|[Aa]pprov(?:e|al))\.?)\s+(?=\d{2}\/\d{4,6}\/[A-Z]{2,5}\b)/g,
  },
  // "… the police 6/8/19 County Councillor’s Report …": the next minute's reference.
  { marker: /\d\/\d{1,2}\/\d\d\s+[A-Z][a-z]/, before: /(?<=[a-z])\s+(?=\d{1,3}\/\d{1,2}\/\d{2}\s+[A-Z][a-z])/g },
];

function breaksBeforeMarkers(text: string): string {
  return BREAKS_BEFORE_MARKERS.reduce(
    (marked, { marker, before }) => (marker.test(marked) ? marked.replace(before, '\n') : marked),
    text,
  );
}

/** Sentences of a narrative segment. */
export function sentencesOf(text: string): string[] {
  const early = text
    // "the meeting held on 11th. July 2017": a full stop after a day's number is not a sentence's end.
    .replace(
      /(?<=\b\d{1,2}(?:st|nd|rd|th))\.(?=\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/g,
      '',
    )
    // "… as part of the way forward.The councillors agreed …", "… on July 12th.The Treasurer …", "… Ashby-Fenton.Action: LCL to contact …": a full
    // stop with no space after it, between words.
    .replace(
      /(?<=\b(?:[a-z]{3,}|\d{1,2}(?:st|nd|rd|th))\.)(?=[A-Z][a-z]{1,}\s)|(?<=[a-z]{3}\.)(?=(?:ACTION|Action):\s)/g,
      '\n',
    )
    // Run-on notes with no full stops: "… was noted The Clerk …". Not after a word that takes "The Pelican" as its object,
    // nor after a verb in the infinitive ("Clerk to review The Finance Toolkit"), nor before a courtesy title ("Major The Hon.").
    .replace(
      /(?<=[a-z]|\d\.\d\d)(?<!\b(?:ask|asked|and|or|of|to|with|from|for|by|at|on|in|into|In|On|At|By|For|With|From|Of|To|Into|Under|After|Before|During|Following|contact|inform|tell|told|thank|thanked|invite|invited|about|via|that|whether|if|see|visit|join|including|called|named|entitled))(?<!\bto [a-z]{2,}) +(?=(?:The(?! (?:Hon|Rev|Revd|Rt|Right|Lord|Lady|Earl)\b)|It was|There (?:was|were|is|are|will be|has been|have been)) [A-Za-z])/g,
      '\n',
    )
    // Note-form minutes with no full stops: "… hardly any markers left Cllr Clark will investigate", "… knocked over the clerk
    // will inform the council.", "… a petition for the footpath Cllrs approved the text": who will act, or who decided, starts a
    // sentence of its own. Not after a word that leads into them ("agreed the Clerk would", "which Councillor Markou will"),
    // nor a name ("Wiltshire Cllr Bucknell"), nor inside a condition ("Where papers need signing the Clerk will send …").
    .replace(WHO_ACTS_RUN_ON, '\n')
    // "… the Clerk will chase it (Action = Clerk) Mrs Lee raised the state of the verges …": an action's owner in brackets ends
    // its sentence, though no full stop follows.
    .replace(/(?<=\((?:ACTION|Action|action)\s*[:=–-]?\s*[A-Z][\w .&/'’-]{0,40}\))\s+(?=[A-Z])/g, '\n')
    // A decision's keyword and colon run on after the line before, with no full stop: "… Moss Lane Fenshire
    // Resolved: the council was unable to comment …". Not "It was RESOLVED:".
    .replace(
      /(?<=[A-Za-z)])(?<!\b(?:was|were|be|been|being|is|are|it|and|then|unanimously|duly|hereby|also|further|finally))\s+(?=(?:Resolved|RESOLVED|Agreed|AGREED)\s*[:–—]\s)/g,
      '\n',
    )
    // A numbered list run together with no full stops: "… Action: Clerk to chase 3. Hedges in Church Road …". Not the
    // last of numbers listed: "… reinstate footpaths three and 10. The clerk …".
    .replace(
      /(?<=\b[a-z]{3,})(?<!\b(?:item|items|minute|minutes|page|pages|paragraph|section|point|appendix|option|stage|phase|part|clause|rule|number|no|policy|and|or|to|between|from|nos)) +(?=\d{1,2}\.\s+[A-Z][a-z]+\s)/g,
      '\n',
    )
    // An action or a heading in capitals run on into the next paragraph: "… CLERK TO ORDER THE BENCH The bins need
    // emptying …", "5/15 APPOINTMENT OF CHAIRMAN FOR THE HEARING The Sub-Committee appointed …", "… FOR THE 2026/27 CIVIC
    // YEAR Council ratified …".
    .replace(
      /(?<=\b[A-Z]{2,}(?: [A-Z0-9/&]+){2}|\b(?:19|20)\d\d\/\d{2,4} [A-Z]{2,} [A-Z]{2,}) +(?=[A-Z][a-z]* (?:[a-z]|[A-Z][a-z]))/g,
      '\n',
    )
    // Office-bearers run together: "… Office Bearers Chairman; Ann Lee proposed …, Vice-Chairman; …". Not the office
    // someone takes: "… agreed that Cllr Hale become Chairman; Cllr Hale accepted".
    .replace(
      /(?<=[\w,])(?<!\b(?:become|becomes|be|as|is|was|elected|appointed|new|the|of)) +(?=(?:Chair(?:man|person|woman)?|Vice[- ]Chair(?:man|person|woman)?|Secretary|Treasurer|President|Convener|Vice[- ]Convener) ?; )/g,
      '\n',
    )
    // "… said she would take it up with the district council, The Clerk will write to …": a full stop printed as a
    // comma, before a capital that starts who acts.
    .replace(/,\s+(?=The [Cc]lerk (?:will|would|is to|to|agreed|undertook)\b)/g, '\n')
    // So too before someone named in full who will act: "… asked for the £2,000 promised, Ann Ash will transfer it."
    .replace(
      /,\s+(?=(?:(?:Cllr|Councill?or|Mr|Mrs|Ms|Dr)\.? )?[A-Z][a-z]+ [A-Z][a-z]+ (?:will|would) [a-z]{3,})/g,
      '\n',
    )
    // "Location: Unit 4, Mill Lane Industrial Estate, Ashby: It was resolved that …": a decision's own words after a
    // colon that ends a long run of details start a sentence (after a short title they are read with it).
    .replace(
      // The colon is matched first, so that the 60 characters before it are looked at only where there is one.
      /:(?<=[^:.]{60}:)\s+(?=It was (?:unanimously )?(?:resolved|agreed|decided|RESOLVED|AGREED|DECIDED) (?:that|to)\b)/g,
      ':\n',
    )
    // "… to forward to the council. JB 2 Planning Application: …": initials of who acts, then the next numbered note, which
    // starts a sentence of its own (the initials go with the sentence before them, below).
    .replace(/(?<=[\w)]\.\s+[A-Z]{2,3})\s+(?=\d{1,2}\s+[A-Z][a-z])/g, '\n')
    // "… should be publicised. It was AGREED. page 2, item 45 …": a decision in a word ends its sentence whatever follows.
    .replace(/(?<=\bIt was (?:unanimously )?(?:AGREED|RESOLVED|agreed|resolved)\.)\s+(?=[a-z])/g, '\n')
    // "… rear extension Recommendation: Approve ______PA/1235/16 Mrs Birch …": a planning log's rows run together, each
    // application's recommendation ending its row.
    .replace(
      /(?<=\bRecommendation\s*:\s*(?:Approve|Approval|Refuse|Refusal|No objections?|Support|Object))\s+(?=_*\s*(?:[A-Z]{1,4}\/)?\d{2,7}\/\d{2,7}\b)/g,
      '\n',
    )
    // "… had been circulated to all Cllrs. It was proposed, seconded and Resolved: …": "Cllrs." ends a sentence when no
    // name follows it.
    .replace(/(?<=\b(?:Cllrs|Clrs|CLLRS)\.)\s+(?=(?:It (?:was|is)|There (?:was|were)|All|This|These)\b)/g, '\n');
  return (
    breaksBeforeMarkers(early)
      // "… had occurred * Cllr Ash agreed to supply a report": an asterisk between words, as a bullet, starts a sentence.
      .replace(/(?<=[a-z.;])\s+\*\s+(?=[A-Z][a-z])/g, '\n')
      // "… between the councils and Fenshire C.C. All agreed that …": initials end the sentence when who decided comes next.
      .replace(
        /(?<=\b(?:[A-Z]\.){2,})\s+(?=(?:All|It was|Members|Councillors|The (?:[Cc]lerk|[Cc]ouncil|[Cc]ommittee|[Bb]oard|[Pp]anel))\b)/g,
        '\n',
      )
      .split(/\n/)
      .flatMap((part) =>
        part.split(
          /(?<=[.!?])\s+[-–—•]\s+(?=[A-Z][a-z])|(?<=[a-z)][.!?]{1,3})\s+\/\s+(?=[A-Z][a-z]+(?:\s+[\w'’-]+){2})|(?<=[.!?]|[.!?]["”’)])\s+(?=["“‘(]?[A-Z]|\(\d{2,4}\s*[–—/.-]\s*\d{1,4}\)\s+[A-Z]|\(?\d{1,3}(?:\.(?:\d{1,3}|[A-Za-z]\d{0,2})){0,3}\)?\.?\s+[A-Z][a-z]|[A-Z]{0,3}\/?\d{1,6}\/\d{2,6}\b|\d{1,4} [a-z]{3,} [a-z]|\d{1,3}(?:\([a-z0-9]{1,5}\))?\s[–—-]\s+[A-Z])(?<!\b(?:Cllrs?|Clrs?|CLLRS?|CLRS?|Coun|Cyng|Mr|Mrs|Ms|Dr|MRS?|MS|DR|No|St|Co|Rev|Revd|Prof|Insp|Sgt|Supt|Col|Lt|Capt|Maj|Gen|Brig|Adm|Cdr|Hon|Rt|Messrs|Mses|Mmes|Wm|Esq|Ll|Rh|Dd|[Pp]rop|[Ss]ec|(?<!\b(?:Appendix|Annexe?|Schedule|Table|Figure|Part|Option|Section|Phase|Zone|Category|Type|Class|Grade|Band) )[A-Z])\.\s+)(?<!(?:^|[;,]\s*)(?:[Pp]roposed|[Ss]econded)(?: by)?\.\s+)/,
        ),
      )
      .map((s) => s.trim())
      .filter((s) => s !== '')
      // "… MP will look into the broken gate. MP, SD": who acts, in initials after the sentence, goes with it.
      .reduce<string[]>((sentences, part) => {
        const last = sentences.length - 1;
        if (last >= 0 && OWNERS_IN_INITIALS.test(part)) sentences[last] = `${sentences[last]} ${part}`;
        else sentences.push(part);
        return sentences;
      }, [])
  );
}

/** Initials alone: "MP, SD", "JG & KM", "RB". */
const OWNERS_IN_INITIALS = /^[A-Z]{2,3}(?:\s*(?:,|&|and)\s*[A-Z]{2,3})*\.?$/;
