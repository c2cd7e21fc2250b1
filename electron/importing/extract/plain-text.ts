import {
  BRINGS_THE_VERB,
  joinWrapped,
  LIST_MARKER,
  MARKER_ALONE,
  normaliseSpace,
  THAT_PART_BEFORE_ITS_VERB,
  type ExtractedText,
  type RawBlock,
} from '../blocks';
import { BODY_TO_ACT } from '../structure/text-shapes';

/**
 * "3 Information/Background", "3 ROADS: SPRING REPORT", "517 2021-22 Budget", "5. 24/01234/FUL - Land at…":
 * a numbered section title, not a list item ("1. That …" and "1. Approve the plan" are parts; a line ending in a comma runs on).
 */
const NUMBERED_SECTION_TITLE =
  /^\d{1,4}[a-z]?(?:\.\s*|\s+)(?!That\b)(?!.*\bbe (?:[a-z]{3,}ed|[a-z]{3,}en)\b)(?!(?:Approve|Agree|Note|Endorse|Adopt|Accept|Authorise|Delegate|Request|Recommend|Support|Confirm|Seek|Ask)s?\s(?!of\b))(?!(?:APPROVE|AGREE|NOTE|ENDORSE|ADOPT|ACCEPT|AUTHORISE|DELEGATE|REQUEST|RECOMMEND|SUPPORT|CONFIRM)(?: TO(?: [A-Z]{2,}){1,2})? [a-z])(?:(?:\d{4}(?:[-/]\d{2,4})? |\d{2,4}\/\d{3,7}\/[A-Z]{2,8}\s*(?:[-–—:]\s*)?)?[A-Z][^.:;]{1,119}[^.:;,]|[A-Z][A-Z0-9 ,&'’()/:-]{2,120}[A-Z)])$/;
/** "I DECLARATION OF INTEREST", "IV TENDERS RECEIVED": an article numbered in Roman figures, its title in capitals. */
const ROMAN_SECTION_TITLE =
  /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX)\s+[A-Z][A-Z0-9 ,&'’()/:-]{2,120}[A-Z0-9)]$/;
/** A numbered line this long, left open, wrapped onto the indented line below it. */
const HANGING_LINE = 40;
/** A wrapped line that filled the width; the sentence carries on below. */
const FULL_LINE_LENGTH = 60;

/** A bullet in a symbol font, copied as the letter that shares its code ("o", "v", "Ø", "§", "ü"), set apart from the text. */
const SYMBOL_BULLET = /^\s*[ovØ§ü\uf0a7\uf0b7\uf0d8](?:\s{2,}|\t)(?=\S)/;
const SYMBOL_BULLET_AT_START = /^[ovØ§ü\uf0a7\uf0b7\uf0d8]\s+/;
/**
 * "45/20 To consider …", "C048/23 Apologies", "M/141/2006:-" alone, "041/26S Rota", "A009/19 1. APOLOGIES" (the
 * agenda's number after the minute's): a minute's number, which starts the minute's line.
 */
const MINUTE_NUMBER =
  /^[A-Z]{0,3}\/?\d{1,4}\/\d{2,4}(?:\/\d{2,4}|[A-Z](?=\s))?(?:\s+(?:\/\s+|\d{1,2}[.)]\s+)?[A-Z]|\s*:?-?$|\s+\/$)/;
/** "P-169.2 P0683/13/TPO", "24/01234/FUL – Mill House": a planning application's reference opens a line of its own. */
const APPLICATION_LINE =
  /^(?:[A-Z]{0,3}-?\d{1,4}(?:\.\d{1,3})*\s+)?(?:[A-Z]{1,3}\/?\d{2,6}\/\d{2,6}\/[A-Z]{2,5}|\d{2,4}\/\d{3,7}\/[A-Z]{2,5})\b/;
/** "(ii)Announcements": a part's marker that lost the space after it. */
const GLUED_MARKER = /^\(?(?:i{1,3}|iv|vi{0,3}|ix|x)\)(?=[A-Z][a-z])/;
/** "1.1" on a line of its own. */
/** "4.1Ann Ash agreed …", "3.2AD requested …", "3.1NOTED the comments …": a decimal paragraph number with no space after it. */
const GLUED_DECIMAL = /^(\d{1,2}\.\d{1,2})(?=[A-Z](?:[a-z]|[A-Z]{1,3}\s|[A-Z]{3,}\b)|that\s)/;
/** "3Election of Chairman for the year": an item's number run into its title's first word, a capital and small letters. */
const GLUED_NUMBER = /^(\d{1,2})(?=[A-Z][a-z]{2,}\b)/;
/** "A<tab>Note the contents of the report.": a part's capital letter set apart from its text by a tab or a wide gap. */
const LETTER_SET_APART = /^\s*([A-H])(?:\s{2,}|\t)(?=[A-Z][a-z])/;
/** "(1)the accounts be approved;", "(b)That …": a part's marker in brackets run into its first word. */
const GLUED_BRACKETED_MARKER = /^(\((?:\d{1,2}|[a-h]|i{1,3}|iv|vi{0,3}|ix|x)\))(?=[A-Za-z])/;
/** "5 92 . Quote for repairs": a minute's number broken by stray spaces where the copy was spaced out letter by letter. */
const SPACED_OUT_NUMBER = /^(\d{1,2}) (\d{1,3}) \.\s+(?=[A-Z])/;
const DECIMAL_ALONE = /^\d{1,2}\.\d{1,2}$/;
/** "Para 27b- it was RESOLVED …", "Paragraph 4: …": a line that opens with the paragraph of a report it answers. */
const PARAGRAPH_LABEL = /^Para(?:graph)?\.? ?\d{1,3}[a-z]?\s*[-–—:]/;
/** "… accept the policy as it stood. 6 for 3 against": a vote's count, which ends its sentence. */
const VOTE_COUNT_AT_END = /\b\d{1,2} (?:for|in favour),? \d{1,2} against(?:,? \d{1,2} abstentions?)?$/i;
/** "A hedge survey would be organised – BB": a line that ends on who does it, in initials after a dash, is whole. */
const OWNER_AT_END = /\s[–—-]\s*[A-Z]{2,3}(?:\/[A-Z]{2,3})*$/;
/** "… netball postsACTION": a task whose table's ACTION column ran into it; the next line is another row. */
const ACTION_AT_END = /(?<=[a-z0-9)])ACTION$/;
/** A lead-in's end: "… be appointed:-", "RESOLVED:". */
const LEAD_IN_END = /:\s*-?$/;

/** The first four words: a paragraph that opens as the one before did is a new one. */
const firstWords = (text: string) => text.split(/\s+/, 4).join(' ');
/** "Decision Maker: Cabinet", "Is Key decision?: No": a field of a web page, on a line of its own. */
const FIELD = /^[A-Z][\w ?'’()/-]{1,40}\??:\s+\S/;
/**
 * "RECOMMENDED: That …", "RESOLVED: That …", "Decision: Following" over "scrutiny, members noted the report": a decision's
 * keyword or label, whose words may wrap onto the lines below.
 */
const DECISION_LABEL = /^(?:RESOLVED|RECOMMENDED|AGREED|DECIDED|Decision)\s*:\s/;
/** "AP: Clerk to …", "Action: …", "Action point 3: …": an action's label, whose words may wrap onto the next line. */
const ACTION_LABEL = /^(?:AP|ACTIONS?|Actions?|Action points?)\s*\d{0,3}\s*:\s/;
/** "Action 2.2 - TB: to ask …", "Action 3: Ann to …": a numbered action, perhaps with who acts in initials, opening its line. */
const NUMBERED_ACTION =
  /^(?:ACTION|Action) (?:No\.? ?)?\d{1,3}(?:\.\d{1,2})?[a-z]?\s*(?:(?:[-–—]\s*)?[A-Z]{2,3}(?:\s*[/&,]\s*[A-Z]{2,3})*\s*:|[:–—])/;
/** "ACTION – Chair to contact …", "NOTED: …", "Resolved - Quote accepted.": a keyword, then a dash (or, in capitals, a colon). */
const KEYWORD_LABEL =
  /^(?:ACTIONS?|AGREED|RESOLVED|NOTED|DECISION|DECIDED|APPROVED|(?:Actions?|Agreed|Resolved|Decided|Decision)\s(?=[-–—]))\s?[-–—:]\s/;
/** "Noted (ii) That …", "Action (i) DE to …": a column of labels, each with its part's numeral, one to a line. */
const LABEL_WITH_NUMERAL =
  /^(?:Action|Agreed|Noted|Resolved|Decided|Decision|Received)\s*\((?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s/;
/** "IJ to attend", "AB/CD will write to the school": who acts, by initials, opening a note's line. */
const ACTION_BY_INITIALS = /^[A-Z]{2,3}(?:\s?[/&,]\s?[A-Z]{2,3})* (?:to|will) [a-z]{3,}/;
/** "Action Sheet pdf icon PDF 51 KB": a web page's link to a document ends its line. */
const DOCUMENT_LINK_END = /\b\d+(?:\.\d+)? ?[KM]B\.?$/;
/** "Home > Council and Democracy > Agenda and minutes": the trail of pages a web page sits under, a line of its own. */
const PAGE_TRAIL = /^[\w&'’ -]{2,40}(?: > [^>]{1,60}){1,6}$/;
/** A paragraph at least this long that stops on a word in small letters was cut, not ended. */
const PARAGRAPH_CUT = 80;
/** A line this short that ends a sentence, or ends on a word that closes a phrase, was not wrapped. */
const SHORT_LINE = 45;
const ENDS_MID_PHRASE =
  /\b(?:a|an|the|and|or|of|to|for|in|on|at|by|with|from|that|which|be|is|are|was|were|as|its|their|his|her)$/i;

/** "… informed the", "… the Health and Care Overview and": a line that cannot end a sentence, whatever the case of the next. */
// Also a title that opens a sentence, its name carried to the next line: "… installed. Councillor" / (blank) / "Ash to
// order the signs."; not one that ends a title ("Discussion with Ann Ash, Borough Councillor").
const ENDS_ON_ARTICLE = /\b(?:a|an|the|of|and|or)$|(?:^|[.;:]\s+)(?:Councill?or|Cllr\.?|Mrs?|Ms|Dr)$/i;
/** "… stand down as the Vice" over "Chair of …", "… replaced by Cllr Mrs Ann" over "Ash on …": a title cut from its name. */
const ENDS_ON_TITLE = /\bVice$|\b(?:Cllr\.?|Councill?or) (?:Mrs?|Ms|Miss) [A-Z][a-z]+$/;
/**
 * "A M" over "Hounsell was appointed as RFO.": a name's initials on a line of their own, its surname on the next (not
 * "AGM" as a heading).
 */
const INITIALS_ONLY = /^[A-Z](?:(?:\.\s?|\s)[A-Z]){1,2}\.?$/;
/** "That the Chair and the Vice-Chair together review the Panel’s" over "Work Programme.": a possessive, its noun below. */
const ENDS_ON_POSSESSIVE = /\S\s+\S+\s+(?:the |a |its |their )?[A-Z]?[a-z]+['’]s$/;
const cannotEndSentence = (text: string) =>
  ENDS_ON_ARTICLE.test(text) || ENDS_ON_TITLE.test(text) || INITIALS_ONLY.test(text) || ENDS_ON_POSSESSIVE.test(text);

/** "… decisions were taken on 22" over "FEBRUARY 2026 by the CABINET": a date wrapped between its day and its month. */
const ENDS_ON_DAY = /\b(?:on|of|held|dated?|from|period|between)\s+(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?$/i;
const OPENS_ON_MONTH_AND_YEAR =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?),?\s+\d{4}\b/i;

/** "that Councillor Hale be elected Chairman …", "that the report be noted": a decision in the subjunctive, its keyword lost. */
const LOST_KEYWORD_DECISION = /^that\s+(?:[A-Z]|the\s)[^.;]{3,200}?\bbe\s+(?:re-)?[a-z]+(?:ed|en)\b/;
/** "Election of Chairman of the Council": an item's title, no verb in it. */
const ITEM_TITLE_ONLY = /^(?![^]*\b(?:is|are|was|were|be|been|has|have|had|[A-Za-z]{3,}ed|by)\b)[A-Z][^.;:!?]{2,100}$/;

/** "… Resolved that: 1)" at the end of a line, the part itself on the next: a wrapped PDF's list marker. */
const MARKER_AT_LINE_END =
  /^(.*\b(?:resolved|agreed|decided)\b[^.]{0,20}?:?)\s+(\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})\))\s*$/i;

/**
 * "… to Full Council : i." over "That the capital programme …", "DECISION: 1." over "To endorse the strategy.": a part's
 * marker left at the end of the line before it.
 */
// A marker with its full stop only: not a vote's count in brackets ("RESOLVED: (For: 27, Against: 11, Abstain: 1)").
const MARKER_BEFORE_THAT = /^(.*[.:;])\s+((?:[ivx]{1,4}|[a-h]|\d{1,2})\.)\s*$/;

/** Moves a list marker left at the end of a keyword's line, or of the line above a "That …" or "To …" part, to the part it numbers. */
function withMarkersOnTheirParts(lines: string[]): string[] {
  const moved = [...lines];
  moved.forEach((line, i) => {
    const next = moved.findIndex((l, j) => j > i && l.trim() !== '');
    if (next < 0) return;
    // "1." over "To" over "accept the report …": a web page's short lines, the part's number, its first word, then the rest.
    if (/^\s*\d{1,2}\.\s*$/.test(line) && /^\s*(?:To|That)\s*$/.test(moved[next] ?? '')) {
      moved[i] = '';
      moved[next] = `${line.trim()} ${moved[next]?.trim() ?? ''}`;
      return;
    }
    const marker =
      MARKER_AT_LINE_END.exec(line) ??
      (/^\s*(?:That|To)\b/.test(moved[next] ?? '') ? MARKER_BEFORE_THAT.exec(line) : null);
    if (!marker?.[1] || !marker[2]) return;
    moved[i] = marker[1];
    moved[next] = `${marker[2]} ${moved[next]?.trimStart() ?? ''}`;
  });
  return moved;
}

/** "7. Finances a. payments of £120 were agreed." over "b. …": an item's title with its first lettered part run on. */
const TITLE_THEN_FIRST_PART = /^(\s*\d{1,3}\.?\s+[A-Z][A-Za-z&,'’ -]{2,40}?)\s+((?:a[.)]|\(a\))\s+\S.*)$/;

/** Puts an item's first lettered part on a line of its own when the next part starts the next line. */
function withFirstPartsOffTheirTitles(lines: string[]): string[] {
  return lines.flatMap((line, i) => {
    const split = TITLE_THEN_FIRST_PART.exec(line);
    if (!split?.[1] || !split[2]) return [line];
    const next = lines.find((l, j) => j > i && l.trim() !== '') ?? '';
    return /^\s*(?:b[.)]|\(b\))\s/.test(next) ? [split[1], split[2]] : [line];
  });
}

/** "- The Council were asked … display. - The Council were informed …": bullets run together on one line. */
const RUN_TOGETHER_BULLET = /(?<=\S)\s+-\s+(?=[A-Z][a-z]*\s)/;
const BULLET_OPENS = /^(\s*)-\s+/;
/**
 * Bullets inside a line, set apart by spaces, and how long each piece must be: round ones ("… approved: • Clerk to
 * report …"), and middle dots ("Officers undertook to: · Send the figures … · Confirm …"), each piece a sentence's
 * length, not a list of names or things ("· Les Bowen · Ann Smith").
 */
const INLINE_BULLETS = [
  { bullet: /\s+[•●]\s+/, shortest: 10 },
  { bullet: /\s+·\s+/, shortest: 20 },
];

/** Gives each bullet of a line that holds several its own line, when each is a sentence's length. */
function withBulletsOnTheirLines(lines: string[]): string[] {
  return lines.flatMap((line) => {
    // "… resolved that the following be approved: • Clerk to report … • Clerk to request …": bullets run into one
    // line, two or more, each a part on a line of its own after what leads into them.
    for (const { bullet, shortest } of INLINE_BULLETS) {
      const [lead = '', ...parts] = line.split(bullet);
      if (parts.length >= 2 && parts.every((p) => p.trim().length >= shortest))
        return [lead, ...parts.map((p) => `- ${p.trim()}`)].filter((p) => p.trim() !== '');
    }
    const opens = BULLET_OPENS.exec(line);
    if (!opens) return [line];
    const pieces = line.slice(opens[0].length).split(RUN_TOGETHER_BULLET);
    if (pieces.length < 2 || pieces.some((p) => p.length < 30)) return [line];
    return pieces.map((p) => `${opens[1] ?? ''}- ${p}`);
  });
}

/** "In terms of delegated powers:-<br />": a web page's line break left in text copied from it. */
const LEFTOVER_BREAK_TAG = /<br\s*\/?>/gi;
/** "Wednesday <strong>14</strong> March": a web page's emphasis left in text copied from it. */
const LEFTOVER_EMPHASIS_TAG = /<\/?(?:strong|b|em|i|u|span|font)\b[^<>]{0,200}>/gi;

/** The notice a committee system puts before its text versions of papers: not part of the paper. */
const TEXT_VERSION_NOTICE = /^WARNING - By their nature, text files cannot include[^]*?version of this document\.\s*/;

/** "Water tank", "Cross cottage": a few words with no closing mark, a blank line, then a new sentence. */
const FEW_WORDS_OPEN = /^[A-Z][\w'’&/-]*(?: [\w'’&/-]+){0,3}$/;

/** The next line with something written on it, after `index`. */
function nextWrittenLine(lines: string[], index: number): string | undefined {
  return lines.slice(index + 1).find((l) => l.trim() !== '');
}

/**
 * "… HC will pick up the piano" / (blank) / "Water tank" / "IJ to send a letter …": a topic's heading after a blank
 * line, not the end of the sentence above it (which would go on in small letters).
 */
function headingBetweenBlanks(lines: string[], index: number): boolean {
  const line = lines[index]?.trim() ?? '';
  if (line.length > 30 || !FEW_WORDS_OPEN.test(line)) return false;
  const next = nextWrittenLine(lines, index);
  return next === undefined || /^\s*[A-Z\d]/.test(next);
}

/**
 * Plain text and Markdown. Text copied out of PDFs wraps mid-sentence, sometimes
 * with blank lines between the pieces, so a line that carries on a sentence
 * joins the block before it even across a blank line.
 */
export function extractPlainText(text: string): ExtractedText {
  const lines = withBulletsOnTheirLines(
    withFirstPartsOffTheirTitles(
      withMarkersOnTheirParts(
        text
          .replace(/\r\n?/g, '\n')
          .replace(LEFTOVER_BREAK_TAG, '\n')
          .replace(LEFTOVER_EMPHASIS_TAG, '')
          .replace(TEXT_VERSION_NOTICE, '')
          .split('\n'),
      ),
    ),
  );
  const unwrapped = writtenUnwrapped(lines);
  const margin = usualIndent(lines);
  const fullLine = fullLineLength(lines);
  const blocks: RawBlock[] = [];
  let open: RawBlock | null = null;
  let lastLineLength = 0;
  let blankSince = false;
  let openIsBullet = false;
  /** The open block is a keyword's line ("RECOMMENDED: That the Council provide funding"). */
  let openIsDecisionLabel = false;
  /** The open block is a numbered list item, and how far its first line was set in. */
  let openNumbered = false;
  let openIndent = 0;
  /** The open block is a part numbered "1.1", "1.2" … */
  let openIsDecimalPart = false;
  let markerAlone: string | null = null;
  /** The last line was a numbered part under a lead-in ("… to approve:"). */
  let partsOfLeadIn = false;
  /** The number of the last block or heading that opened with one ("14 West Farm – …"). */
  let lastNumber: number | null = null;
  /** A field's line just closed ("Minutes: The Leader welcomed everyone to the meeting"), its sentence still open. */
  let closedField: RawBlock | null = null;

  for (const [lineIndex, rawLine] of lines.entries()) {
    const hardBreak = /\S\s{2,}$/.test(rawLine);
    // Printed minutes indent the whole text; only a line set in further than the rest is indented.
    const indent = /^\s*/.exec(rawLine)?.[0].length ?? 0;
    const indented = indent > margin && /\S/.test(rawLine);
    // "4.1Ann Ash agreed to …": a paragraph's number run into its first word.
    const spaced = normaliseSpace(stripInlineMarkdown(rawLine))
      .replace(GLUED_DECIMAL, '$1 ')
      .replace(GLUED_NUMBER, '$1 ')
      .replace(GLUED_BRACKETED_MARKER, '$1 ')
      .replace(SPACED_OUT_NUMBER, '$1$2. ');
    const read = LETTER_SET_APART.test(rawLine) ? spaced.replace(/^([A-H]) /, '($1) ') : spaced;
    if (read === '') {
      blankSince = true;
      continue;
    }
    // "1.1" on its own line under a lead-in ("RESOLVED that the following be appointed:-"), or under the part
    // before it: the number of the part on the next line.
    const partNumber = DECIMAL_ALONE.test(read) && open !== null && (LEAD_IN_END.test(open.text) || openIsDecimalPart);
    if (MARKER_ALONE.test(read) || partNumber) {
      // "i)" on its own line, then the item: the item starts there, whatever the line before.
      markerAlone = read;
      open = null;
      continue;
    }
    const line = markerAlone ? `${markerAlone} ${read}` : read;
    const afterMarker = markerAlone !== null;
    const afterDecimal = markerAlone !== null && DECIMAL_ALONE.test(markerAlone);
    markerAlone = null;
    // "Minutes: The Leader welcomed everyone to the meeting" / "and requested a moment's silence …": a field's value
    // wrapped onto the next line, in small letters, goes on the field's block.
    if (closedField && !blankSince && /^[a-z]/.test(line) && !/[.:;!?|]$/.test(closedField.text)) open = closedField;
    closedField = null;
    const markdownHeading = /^(#{1,6})\s+(.*)$/.exec(line);
    // "1. The panel receive an update …": a decision's part in the subjunctive, not a section's title.
    // "It was RESOLVED to approve:" over "1. An increase to the card limit", "2. A second card": its parts, not titles.
    const previous = blocks.at(-1);
    const underLeadIn: boolean =
      previous !== undefined &&
      (LEAD_IN_END.test(previous.text) || (partsOfLeadIn && previous.kind === 'list-item')) &&
      /^\d{1,2}[.)]\s/.test(line);
    partsOfLeadIn = underLeadIn;
    const sectionTitle =
      (!underLeadIn &&
        NUMBERED_SECTION_TITLE.test(line) &&
        !BODY_TO_ACT.test(line.replace(/^\d{1,4}[a-z]?(?:\.\s*|\s+)/, ''))) ||
      ROMAN_SECTION_TITLE.test(line);
    const numbered = /^(\d{1,5})([.)]?)\s+[A-Z]/.exec(line);
    if (markdownHeading || (!afterMarker && sectionTitle)) {
      if (numbered) lastNumber = Number(numbered[1]);
      open = null;
      blankSince = false;
      blocks.push({
        kind: 'heading',
        text: normaliseSpace(markdownHeading ? (markdownHeading[2] ?? '') : line),
        page: null,
        level: markdownHeading ? (markdownHeading[1]?.length ?? 1) : 2,
      });
      continue;
    }
    // "o   The Leader would be invited", "v  Action (AF): …", "Ø  Officers to …", "§  …": a word processor's bullet in a
    // symbol font, copied as the letter it shares a code with, set apart from the text.
    const secondLevelBullet = SYMBOL_BULLET.test(rawLine);
    // "•Bob said …", "•to repaint the benches": a round bullet glued to its first word is still a bullet; a dash glued to a
    // number is not.
    const bullet = (secondLevelBullet ? SYMBOL_BULLET_AT_START : /^(?:[-*–•●▪‣◦·]\s+|[•●▪‣◦·](?=[A-Za-z]))/).exec(line);
    // "… the wording be changed. (Action)": a sentence closed, then its tag in brackets.
    const sentenceOpen: boolean =
      open !== null &&
      !/[.:;!?]["”’)]?(?:\s*\([A-Za-z][\w ./&:,-]{0,30}\))?$/.test(open.text) &&
      !DOCUMENT_LINK_END.test(open.text) &&
      !VOTE_COUNT_AT_END.test(open.text);
    // An indented line after a blank starts a list item, unless it carries on the sentence of a numbered line left
    // open: in lower case, or set in further than the number (a hanging indent: "3) Investment Fund – Finance and
    // Corporate" / " Services Board"). Lines set in as far as the one before are items of one list.
    const underNumber: boolean = openNumbered && !LIST_MARKER.test(line);
    const hangingIndent: boolean = underNumber && indent > openIndent && lastLineLength >= HANGING_LINE;
    // "RESOLVED :      The Joint Committee approved the" / (blank) / "      programme of meetings for 2023-24.": a sentence
    // broken across a table's cells, its second half set in.
    // So is "… informed the" / (blank) / "Overview and Scrutiny Commission that …": no sentence ends on "the".
    const brokenSentence: boolean =
      (open !== null &&
        (ENDS_MID_PHRASE.test(open.text) || cannotEndSentence(open.text)) &&
        (/^[a-z]/.test(line) || (cannotEndSentence(open.text) && /^[A-Z][a-z]/.test(line) && !numbered))) ||
      // "… BP will contact the land" / (blank) / "owner before the start of the season …": a paragraph that stops on a
      // word in small letters, and goes on in small letters below the blank, was cut in two by the copy.
      (open !== null &&
        open.text.length >= PARAGRAPH_CUT &&
        /[a-z]$/.test(open.text) &&
        /^[a-z]{2,}\s+[a-z]/.test(line));
    // "1. That Councillor Dixon be appointed as Chair of the Joint Archives" / "Committee for the Municipal Year 2012-2013.":
    // a decision's part wrapped where its words ran out, on the very next line, even in text copied from a web page.
    const wrappedPart: boolean =
      openNumbered &&
      sentenceOpen &&
      !blankSince &&
      open !== null &&
      /^\d{1,2}[.)]\s+That\b/.test(open.text) &&
      open.text.length >= 50 &&
      lastLineLength >= 50 &&
      line.length <= lastLineLength + 10 &&
      /[.;]$/.test(line) &&
      !LIST_MARKER.test(line);
    // "Ann Ash to continue as Tree" / "Warden.": a sentence's last word, wrapped onto a line of its own.
    const lastWordWrapped: boolean =
      open !== null && sentenceOpen && !blankSince && /^[A-Za-z'’-]+\.$/.test(line) && open.text.split(' ').length >= 5;
    // "(a) That the amount … for the Inner West" / (blank) / "  Area Committee be noted.": the part's verb, below it.
    // So is "2.1 That the Executive's replies" over "to the findings of the Housing and Care" over "Scrutiny Committee
    // review …, be agreed.": a web page's short lines, no blank between, until the verb comes.
    const verbBelow: boolean =
      open !== null &&
      THAT_PART_BEFORE_ITS_VERB.test(open.text) &&
      (BRINGS_THE_VERB.test(line) || (!blankSince && !LIST_MARKER.test(line)));
    const dateWrapped: boolean =
      open !== null && !blankSince && ENDS_ON_DAY.test(open.text) && OPENS_ON_MONTH_AND_YEAR.test(line);
    const carriesOn: boolean =
      verbBelow ||
      dateWrapped ||
      brokenSentence ||
      lastWordWrapped ||
      (sentenceOpen && ((underNumber && /^[a-z]/.test(line) && indent >= openIndent - 1) || hangingIndent));
    const isListItem: boolean =
      afterMarker ||
      LIST_MARKER.test(line) ||
      secondLevelBullet ||
      GLUED_MARKER.test(line) ||
      (indented && blankSince && !carriesOn);
    // "ACTION – Clerk to …", "AGREED: …": a line that opens with a keyword in capitals starts anew.
    const isLabel =
      /^[A-Z][^.]{0,40}:$/.test(line) ||
      FIELD.test(line) ||
      KEYWORD_LABEL.test(line) ||
      NUMBERED_ACTION.test(line) ||
      LABEL_WITH_NUMERAL.test(line) ||
      MINUTE_NUMBER.test(line) ||
      APPLICATION_LINE.test(line) ||
      PARAGRAPH_LABEL.test(line) ||
      ACTION_BY_INITIALS.test(line);
    const lineEnded =
      !blankSince &&
      lastLineLength > 0 &&
      ((lastLineLength < SHORT_LINE && !ENDS_MID_PHRASE.test(open?.text ?? '')) || OWNER_AT_END.test(open?.text ?? ''));
    // "It was proposed … Cllr Ash be Chair" then "It was proposed … Cllr Birch be Vice-Chair", with or
    // without a blank line between: a formula said again starts again, however long the line before.
    const saidAgain = open !== null && firstWords(open.text) === firstWords(line);
    // "… had no objections to this application" / (blank) / "15 Venn Farm – …" after "14 West Farm – …": the next number
    // of the count opens a block of its own, though the sentence above has no full stop.
    // So too "12930. Present:" on the line after "12929. CONFIRMED minutes … held on".
    const nextInCount =
      numbered !== null &&
      lastNumber !== null &&
      Number(numbered[1]) === lastNumber + 1 &&
      (blankSince || numbered[2] !== '');
    // "3.b | D Henderson | Ask DCHS … |" then "4 | NTBCC | Chase …": a table's rows, one a line.
    const nextRow =
      open !== null &&
      /\|\s*$/.test(open.text) &&
      (open.text.match(/\|/g)?.length ?? 0) >= 2 &&
      /\|(?!\s*$)/.test(line);
    // "Election of Chairman" / (blank) / "that Councillor Hale be elected Chairman …": a decision whose keyword line was
    // lost, under its item's title; not the title's sentence carried on.
    const decisionUnderTitle =
      blankSince && open !== null && LOST_KEYWORD_DECISION.test(line) && ITEM_TITLE_ONLY.test(open.text);
    // "RESOLVED that Cabinet:-" / "Supports the revision of the Adult Social Care" / "Market Position Statement; and 2. Notes
    // …": a part under a lead-in, broken by a web page's line break, its end ("; and") on the next line.
    const partBroken: boolean =
      open !== null &&
      sentenceOpen &&
      !blankSince &&
      blocks.at(-1) === open &&
      LEAD_IN_END.test(blocks.at(-2)?.text ?? '') &&
      /^[A-Z][^.;:]{0,80};\s*(?:(?:and|or)\s+)?(?:\d{1,2}[.)]\s|$)/.test(line);
    // "… moved as a procedural motion, seconded by Councillor Birch:-" / (blank) / "That Standing Order 22 be suspended …":
    // the motion's words, a paragraph of their own under the line that moves them. So, on the next line, are the parts of
    // "… made the following decisions:-" ("To authorise …", "That …").
    const thatUnderLeadIn =
      open !== null && LEAD_IN_END.test(open.text) && (blankSince ? /^That\s/ : /^(?:That|To [a-z]{3,})\s/).test(line);
    const continues =
      open !== null &&
      !nextRow &&
      !thatUnderLeadIn &&
      !decisionUnderTitle &&
      // A keyword's line goes on across a blank line only in small letters.
      !(openIsDecisionLabel && blankSince && !/^[a-z]/.test(line)) &&
      !isListItem &&
      !nextInCount &&
      // "276" on a line of its own, then its title in small letters ("election of chairman"): a number alone is no
      // sentence to carry on.
      !/^\d{1,5}\.?$/.test(open.text) &&
      // "… in private" / (blank) / "5." / (blank) / "Review of Work Programme": the next item's number on a line of its
      // own, its title below, even after a long line left open.
      !(blankSince && /^\d{1,3}\.?$/.test(line) && /^\s*[A-Z]/.test(nextWrittenLine(lines, lineIndex) ?? '')) &&
      !saidAgain &&
      !isLabel &&
      !ACTION_AT_END.test(open.text) &&
      !(
        (lineEnded || unwrapped) &&
        !/^[a-z(]/.test(line) &&
        !hangingIndent &&
        !brokenSentence &&
        !wrappedPart &&
        !lastWordWrapped &&
        !partBroken &&
        !verbBelow &&
        !dateWrapped
      ) &&
      (!blankSince ||
        (sentenceOpen &&
          (/^[a-z(]/.test(line) ||
            carriesOn ||
            (lastLineLength >= fullLine &&
              !openIsBullet &&
              !/^[A-Z]{4,}\b/.test(line) &&
              !headingBetweenBlanks(lines, lineIndex)))));
    if (open && continues) {
      open.text = joinWrapped(open.text, line);
    } else {
      open = {
        kind: isListItem ? 'list-item' : 'paragraph',
        text: bullet ? line.slice(bullet[0].length) : line,
        page: null,
      };
      openIsBullet = bullet !== null;
      openNumbered = isListItem && LIST_MARKER.test(line);
      openIndent = indent;
      openIsDecimalPart = afterDecimal;
      if (numbered) lastNumber = Number(numbered[1]);
      blocks.push(open);
    }
    lastLineLength = line.length;
    // A Markdown hard line break ends the block (as in attendance lists), as does a field's line; not a decision's keyword
    // ("RECOMMENDED: That the Council provide funding" goes on "for the project …" on the line below).
    // Nor an action's label: "AP: Clerk to update website" goes on "accordingly." on the line below.
    if (
      (hardBreak || (FIELD.test(line) && !DECISION_LABEL.test(line) && !ACTION_LABEL.test(line))) &&
      !ENDS_MID_PHRASE.test(line) &&
      !THAT_PART_BEFORE_ITS_VERB.test(open?.text ?? '')
    ) {
      closedField = open;
      open = null;
    }
    if (PAGE_TRAIL.test(line)) open = null;
    openIsDecisionLabel = open !== null && DECISION_LABEL.test(line);
    blankSince = false;
  }
  return { blocks: blocks.filter((b) => b.text !== ''), pageCount: null, warnings: [] };
}

/**
 * Text copied from a web page keeps each paragraph on one long line, so a line
 * break there ends the paragraph; text copied from a PDF wraps every line near
 * the same width.
 */
function writtenUnwrapped(lines: string[]): boolean {
  const lengths = lines.map((l) => l.trim().length).filter((n) => n > 0);
  const long = lengths.filter((n) => n > 110).length;
  return lengths.length > 0 && long / lengths.length >= 0.15 && lengths.some((n) => n > 140);
}

/**
 * How long a line that filled the width is: FULL_LINE_LENGTH, or, where the longest lines (the nineteenth in twenty) are
 * paragraphs no page could print on one line, near their length: "It was agreed a further £8,000 be set aside for new
 * benches" over a blank line is a paragraph of its own among paragraphs of 190 characters, though it has no full stop.
 */
function fullLineLength(lines: string[]): number {
  const lengths = lines
    .map((l) => l.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const wide = lengths[Math.floor(lengths.length * 0.95)] ?? 0;
  return wide >= UNPRINTABLE_LINE ? Math.max(FULL_LINE_LENGTH, Math.floor(wide * 0.75)) : FULL_LINE_LENGTH;
}
/** A line longer than a printed page's: a paragraph copied from a web page whole. */
const UNPRINTABLE_LINE = 140;

/** The indentation most lines share: a printed page's left margin. */
function usualIndent(lines: string[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) {
    if (!/\S/.test(line)) continue;
    const indent = /^ */.exec(line)?.[0].length ?? 0;
    counts.set(indent, (counts.get(indent) ?? 0) + 1);
  }
  let usual = 0;
  for (const [indent, count] of counts) if (count > (counts.get(usual) ?? 0)) usual = indent;
  return usual;
}

function stripInlineMarkdown(line: string): string {
  return line.replace(/\*\*(.*?)\*\*/g, '$1').replace(/__(.*?)__/g, '$1');
}
