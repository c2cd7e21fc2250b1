import type { RawBlock } from '../blocks';
import { longestChain } from './longest-chain';
import { BODY_TO_ACT, TITLE_THEN_KEYWORD } from './text-shapes';

/** Where an agenda item starts, its printed number (and minute number), and its title. */
export interface ItemStart {
  index: number;
  bodyFrom: number;
  number: string | null;
  minuteNumber: string | null;
  title: string;
}

/**
 * How papers mark their agenda items, one shape per rule, tried in order: the
 * first that finds items wins. Each has the example it exists for
 * (tests/unit/outcome-rules.test.ts). No rule names a council.
 */
export interface ItemRule {
  shape: string;
  example: string[];
  find: (blocks: RawBlock[], isAgenda: boolean) => ItemStart[];
}

const ITEM_MARKER = /^\(item (\d{1,3}[a-z]?)\)$/i;
const MINUTE_NUMBER = /^(\d{1,4}(?:\/\d{2,4})?)\.?\s+(.+)$/;
/** "(Agenda item 6)" in a title whose minute has its own number. */
const AGENDA_ITEM_IN_TITLE = /\s*\(Agenda item (\d{1,3}[a-z]?)\)+\s*$/i;
/** An item's number alone on its line: "47.", "1772.", "3", "7.2", "71/12", "105a.", "L1", "24-25/FRA/1", "88/26 /", "64/26 |" (a table's cell), "1(3)" (a part of item 1). */
const NUMBER_ALONE =
  /^((?:(?:\d{2}|\d{4})[-/]\d{2}\/)?(?:[A-Z]{1,2}\/?|[A-Z][A-Za-z]{1,3}\/?|[A-Z]{1,4}[. -])?\d{1,4}[a-z]?(?:\.\d{1,2}|\/\d{1,4}(?:\/\d{2,4})?|\(\d{1,2}\))?)(?:\.|:-?)?(?:\s+\/|\s+\|)?$/;
/** How a title starts: a capital or a quote, a year ("2025/26 Budget"), or an application's reference ("24/01234/FUL"). */
const TITLE_START = String.raw`[A-Z("'‘“]|\d{4}(?:[-/]\d{2,4})? [A-Z]|\d{2,4}\/\d{3,7}\/[A-Z]{2,8}\b`;
const TITLE_AT_START = new RegExp(`^(?:${TITLE_START})`);
/** A number and a title: "8. Work Programme", "1) WELCOME", "97 Progress Report", "03.26.01 Apologies", "517 2021-22 Budget", "012-23/24. Payments", "8a Petitions", "301/12/13 DECLARATIONS", "F04:04/24 To approve", "2022-107 To agree", "2020 – 070 Apologies", "B.1145 Standing Orders", "II INTERNAL AUDIT", "5. 24/01234/FUL - Land at…" (an application's reference), "PC13/01Election of Chair", "9Apologies", "2227PRAYERS", "25/16Welcome" and "18/04To receive apologies" (a code or number run into its title), "041/26S Apologies" and "22/24PD Open Forum" (a committee's letters after the number), "1/ Members present", "06.26/6.01 / Apologies" (a table's cells), "PR/24/2/3 | To elect a Vice-Chair" (a committee's code, the year, the meeting and the item), "5, To receive the update" (a comma after the number). */
const NUMBER_AND_TITLE = new RegExp(
  String.raw`^((?:Minute |Min\.? ?)?(?:\d{1,2}\.\d{2}\/\d{1,3}(?:\.\d{1,3})?(?= \/ )|\d{1,5}[a-z]?(?:\.\d{1,3}){0,2}|\d{1,2}\.\d{1,2} \d{1,2}|\d{1,4}\/\d{2,4}(?:\/\d{2,4}|[A-Z]{1,3}(?=\s))?|\d{1,4}-\d{2}\/\d{2}|(?:XI{0,2}|I{1,3}|IV|VI{0,3}|IX)(?= [A-Z]{3})|[A-Z]{1,5}\/\d{1,4}\/\d{1,4}(?:\/\d{1,3})?|[A-Z]{1,3}-\d{2}-\d{1,4}|[A-Z]{1,3}\d{1,4}\/\d{2,4}|[A-Z]{1,3}\d{2,4}|[A-Z]\d(?=\s?[A-Z][A-Za-z])|[A-Z]{1,3}\d{1,3}:\d{2}\/\d{2}|(?:19|20)\d{2} ?[–-] ?\d{3}|[A-Z]{1,3}\.\d{2,5}))(?:[.)]\s*(?:\|\s*)?| [.)]\s+|(?<=\d):\s+|(?<=^\d{1,3})\/\s+|\s+(?:[|/]\s+)?|(?<=[A-Z]\d{1,4}\/\d{2,4})(?=[A-Z][a-z])|(?<=^\d{1,4}(?:\/\d{2})?|^[A-Z]\d)(?=[A-Z][a-z]{3,}|[A-Z]{4,}\b|To [a-z]{3,})|(?<=^\d{1,2}),\s+(?=To [a-z]{3,}|[A-Z][a-z]{3,}))(?=${TITLE_START})(.+)$`,
);
/** "(171) APOLOGIES FOR ABSENCE": a minute number in brackets; "(1) That …" is a list part, not an item. */
const BRACKETED_NUMBER_AND_CAPITALS = /^\((\d{1,4})\)\s+([A-Z][A-Z0-9 ,&'’/()-]{3,120}?)\s*[-–]?(?=\s+[A-Z][a-z]|\s*$)/;
const MONTH_FIRST =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December),? \d{4}\b/i;
const ISSUE_PAGE = /^(?:Meeting: \d{1,2}\/\d{1,2}\/\d{4} - |-?\s*Meeting of ).+ \(Item (\w+)\.?\)\.?$/;
/** "Budget 2025/26 pdf icon PDF 204 KB", "… PDF 4 MB": an item's title on a meeting page, with its papers. */
export const PAPERS_AFTER_TITLE = /\s*(?:pdf icon\s*)?PDF \d+ [KM]B\s*$|\s*pdf icon\b.*$/i;
/** "- Item 7 – Revenue Monitoring Report. Decision: …": the word "Item", its number and the title, on one line. */
const ITEM_WORD_AND_TITLE =
  /^(?:[-•·*]\s*)?Item (\d{1,3}[a-z]?)\s*[–—-]\s*(.+?)(?:\.?\s+(?:Decision|Decsion|Outcome)s?:.*)?$/;
const DECISION_ITEM = /\(item (\d{1,3}[a-z]?)\)\s*$/i;

export const ITEM_RULES: ItemRule[] = [
  {
    shape: 'a title followed by "(Item N)"',
    example: ['Ofsted Focused Visit', '(Item 4)'],
    find: (blocks) =>
      blocks.flatMap((b, i) => {
        const number = ITEM_MARKER.exec(b.text)?.[1];
        const titleBlock = blocks[i - 1];
        if (!number || !titleBlock) return [];
        const minute = MINUTE_NUMBER.exec(titleBlock.text);
        return [
          {
            index: i - 1,
            bodyFrom: i + 1,
            number,
            minuteNumber: minute?.[1] ?? null,
            title: minute?.[2] ?? titleBlock.text,
          },
        ];
      }),
  },
  {
    shape: 'an issue page naming its meeting and item',
    example: [
      'Meeting: 09/11/2009 - Corporate Overview and Scrutiny Committee (Item 9)',
      '- Meeting of Overview & Scrutiny Committee, Monday, 9th March, 2020 6.30 p.m. (Item 8.)',
    ],
    // An issue's history at several meetings names the item at each: each is an item of its own.
    find: (blocks) => {
      const lines = blocks.flatMap((b, i) => (ISSUE_PAGE.test(b.text) ? [i] : []));
      return lines.map((at, k) => {
        const title = blocks[at + 1]?.text ?? blocks[at - 1]?.text ?? '';
        const number = ISSUE_PAGE.exec(blocks[at]?.text ?? '')?.[1] ?? null;
        const index = k === 0 ? 0 : at;
        return { index, bodyFrom: at + 1, number, minuteNumber: null, title: title.replace(/^\d{1,4}\s+/, '') };
      });
    },
  },
  {
    shape: '"Item 7 –" and the title, each decision listed with its item',
    example: ['- Item 7 – Revenue Monitoring Report. Decision: Report approved.', 'Item 8 - Community Energy.'],
    find: (blocks) => {
      const found = blocks.flatMap((b, i) => {
        const match = ITEM_WORD_AND_TITLE.exec(b.text);
        return match?.[1] && match[2]
          ? [{ index: i, bodyFrom: i + 1, number: match[1], minuteNumber: null, title: match[2].trim() }]
          : [];
      });
      return found.length >= 2 ? increasing(found) : [];
    },
  },
  {
    shape: 'a number on its own line, the title below it',
    // Also a title printed in small letters: "276" over "election of chairman".
    example: ['1772.', 'Chairman (Agenda item 2)', '1773.', 'Council Diary 2024/25'],
    find: (blocks) => {
      const paragraphNumbers = decimalsOverParagraphs(blocks);
      const found = increasing(
        blocks.flatMap((b, i) => {
          const number = NUMBER_ALONE.exec(b.text)?.[1];
          const title = blocks[i + 1]?.text ?? '';
          // "1.1" over "Councillor Dole be appointed as Chair": a numbered part of a decision, not an item.
          // A title in small letters only under a number that is no year ("2024" over "and the plan was agreed").
          const smallTitle = LOWER_CASE_TITLE.test(title) && !/^(?:19|20)\d{2}$/.test(number ?? '');
          if (!number || !(isTitle(title) || smallTitle) || (paragraphNumbers && number.includes('.'))) return [];
          if (/^That\s/.test(title) || DECISION_PART.test(title)) return [];
          // "ORDERED that the Mayor:" over "1." and "APPROVES the revised policy": the first part of a decision.
          if (DECISION_LEAD_IN.test(blocks[i - 1]?.text ?? '')) return [];
          const agendaNumber = AGENDA_ITEM_IN_TITLE.exec(title)?.[1];
          return [
            {
              index: i,
              bodyFrom: i + 2,
              number: agendaNumber ?? number,
              minuteNumber: agendaNumber ? number : null,
              title: title.replace(AGENDA_ITEM_IN_TITLE, '').replace(/^[a-z]/, (first) => first.toUpperCase()),
            },
          ];
        }),
      );
      // "19" over "ANGUS COUNCIL" at the top of a printed page is its page number, not an item.
      return found.length === 1 && found[0]?.index === 0 ? [] : found;
    },
  },
  {
    shape: 'a numbered heading',
    example: ['8. Work Programme', '1) WELCOME AND APOLOGIES', '03.26.01 Apologies for absence'],
    find: (blocks) => {
      const headings = numberedTitles(blocks, (b) => b.kind === 'heading');
      // "03.26.11 Planning - the following…" printed as text between headings of the same numbering,
      // or "7. Pavilion roof – Three quotations…" where the headings skip from 6 to 9.
      const shapes = new Set(headings.map((h) => numberShape(h.number)));
      // Each line taken counts as an item for the next: "4 Welcome" a heading, then "5 …", "6 …", "7 …" as text.
      const known = headings.map((h) => Number(h.number)).filter((x) => !Number.isNaN(x));
      const others = numberedTitles(blocks, (b) => b.kind !== 'heading' && b.kind !== 'table-row').filter((o) => {
        const taken =
          headings.length >= 2 &&
          shapes.has(numberShape(o.number)) &&
          (/\d[. ]\d/.test(o.number ?? '') || fillsAGap(o.number, known));
        const n = parseInt(o.number ?? '', 10);
        if (taken && !Number.isNaN(n)) known.push(n);
        return taken;
      });
      const found = withMinutesAfterAgenda(
        increasing,
        [...headings, ...others].sort((a, b) => a.index - b.index),
      );
      // "121/17. Apologies" … "126/17. Reports of Committee, Members and Clerk" as text, then "1. Annual Parish Meeting"
      // and "3. Website" as headings under the last: the headings are that item's parts, the lines of text its items.
      const textItems = increasing(numberedTitles(blocks, (b) => b.kind === 'paragraph'));
      const lastText = textItems.at(-1);
      const otherNumbering = (h: ItemStart) => numberShape(h.number) !== numberShape(lastText?.number ?? null);
      if (
        lastText &&
        textItems.length > found.length &&
        found.every((h) => h.index > lastText.index && otherNumbering(h))
      )
        return [];
      // One numbered heading among numbered lines of text is not how the paper marks its items.
      // "682 Apologies." and "683 Declarations." as text, then "684 Review of Fares" as a heading: the lines of text count.
      const [only] = found;
      if (found.length !== 1 || !only) return found;
      const textTitles = numberedTitles(blocks, (b) => b.kind !== 'heading');
      const textBefore = textTitles.filter(
        (t) => t.index < only.index && parseInt(t.number ?? '', 10) < parseInt(only.number ?? '', 10),
      );
      return textTitles.length >= 3 || textBefore.length >= 2 ? [] : found;
    },
  },
  {
    shape: 'titles marked by their papers, with no numbers (a meeting page whose numbers were lost)',
    example: [
      'Capital Programme Monitor pdf icon PDF 571 KB',
      '1. To note the out-turn.',
      'Outturn Report pdf icon PDF 455 KB',
    ],
    find: (blocks) => {
      const marked = titlesWithPapers(blocks);
      const unnumbered = marked.filter((i) => !NUMBER_AND_TITLE.test(blocks[i]?.text ?? ''));
      if (unnumbered.length < 2 || unnumbered.length * 2 <= marked.length) return [];
      // The numbers were not lost when most marked lines sit just under a numbered title: what the papers mark is
      // each item's line of description ("09CUSTOMER SATISFACTION SURVEYS", "Report of the Director …", "View Papers").
      const numbered = increasing(numberedTitles(blocks, (b) => b.kind !== 'table-row'));
      const described = marked.filter((i) => numbered.some((n) => n.index < i && n.index >= i - 2));
      if (described.length * 2 > marked.length) return [];
      return marked.map((i) => ({
        index: i,
        bodyFrom: i + 1,
        number: null,
        minuteNumber: null,
        title: (blocks[i]?.text ?? '').replace(PAPERS_AFTER_TITLE, '').trim(),
      }));
    },
  },
  {
    shape: 'a numbered title line in the text',
    example: [
      '97 Scrutiny Reviews Progress Report',
      '388 MINUTES -',
      '517 2021-22 Revenue Budget',
      '4 . Declarations Of Interest',
      'Minute 187: Declarations of Interest.',
      '06.26/6.02 / Minutes of the last meeting',
      'A3 Bus Strategy',
      'A4Declarations of interest',
    ],
    find: (blocks) => {
      const found = increasing(paragraphsOfMinutesOff(numberedTitles(blocks, (b) => b.kind !== 'table-row')));
      // A code alone counts ("12/24PD Planning"), but not a letter and one figure ("P1 Class Sizes", a school year).
      return found.length >= 2 || found.some((s) => !/^(?:\d{1,2}|[A-Z]\d)$/.test(s.number ?? '')) ? found : [];
    },
  },
  {
    shape: 'a number in brackets before a title in capitals',
    example: ['(171) APOLOGIES FOR ABSENCE', '(172) MINUTES'],
    find: (blocks) => {
      const found = increasing(
        blocks.flatMap((b, i) => {
          const match = BRACKETED_NUMBER_AND_CAPITALS.exec(b.text);
          return match?.[1] && match[2]
            ? [{ index: i, bodyFrom: i + 1, number: match[1], minuteNumber: null, title: match[2] }]
            : [];
        }),
      );
      return found.length >= 2 ? found : [];
    },
  },
  {
    shape: 'a ModernGov "Agenda item" page',
    example: ['Agenda item', 'Work Programme'],
    find: (blocks) => {
      const at = blocks.slice(0, 4).findIndex((b) => /^agenda item\b/i.test(b.text));
      const title = blocks[at + 1]?.text;
      if (at < 0 || !title) return [];
      const number = /(\d{1,3})/.exec(blocks[at]?.text ?? '')?.[1] ?? null;
      return [{ index: at, bodyFrom: at + 2, number, minuteNumber: null, title }];
    },
  },
  {
    shape: 'decisions listed with their item',
    example: ['Find out more about this decision (item 19)'],
    find: (blocks) =>
      blocks.flatMap((b, i) => {
        const number = DECISION_ITEM.exec(b.text)?.[1];
        return number && b.text.length < 200
          ? [{ index: i, bodyFrom: i + 1, number, minuteNumber: null, title: b.text.replace(DECISION_ITEM, '') }]
          : [];
      }),
  },
  {
    shape: 'an agenda’s numbered list',
    example: ['3. Minutes of the Meeting held on 4 May (Pages 1 - 10)', '1.Calling of the Roll'],
    find: (blocks, isAgenda) => (isAgenda ? agendaList(blocks) : []),
  },
];

/** Lines that end with their papers' icon and size, except the papers listed under "Supporting documents:". */
function titlesWithPapers(blocks: RawBlock[]): number[] {
  let listed = false;
  return blocks.flatMap((b, i) => {
    const marked = PAPERS_AFTER_TITLE.test(b.text) && b.text.length <= 200;
    listed = marked ? listed : /^(?:Additional|Supporting) documents\s*:?\s*$/i.test(b.text);
    return marked && !listed ? [i] : [];
  });
}

/** "7.1" over a paragraph, "7.2" over the next: numbered paragraphs of one item, not items. */
function decimalsOverParagraphs(blocks: RawBlock[]): boolean {
  const decimals = blocks.flatMap((b, i) =>
    NUMBER_ALONE.exec(b.text)?.[1]?.includes('.') ? [isTitle(blocks[i + 1]?.text ?? '')] : [],
  );
  return decimals.filter((title) => !title).length >= decimals.filter(Boolean).length && decimals.length > 0;
}

/** "election of vice-chairman": a title a web page printed in small letters, a few words with no full stop. */
const LOWER_CASE_TITLE = /^[a-z][a-z\d'’ ,&/()-]{2,60}$/;

/** A short line that reads as a title, not a sentence. */
function isTitle(text: string): boolean {
  const shortWithStop = text.length <= 60 && /^[^.;]+\.$/.test(text);
  return (
    text.length > 1 &&
    text.length <= 160 &&
    // "Click Here To View": a link, not a title.
    !/^(?:click here|view |read more|download)/i.test(text) &&
    // "RESOLVED" under a vote's totals ("7" / "4" / "RESOLVED"): a decision's keyword, not an item's title.
    !/^(?:RESOLVED|AGREED|DECIDED|CARRIED)$/.test(text.trim()) &&
    TITLE_AT_START.test(text) &&
    (shortWithStop || !/[.;]$/.test(text))
  );
}

/** "REPORTS FROM COUNCILLORS. The Clerk's report …": two words or more in capitals, then a sentence. */
const CAPITALS_TITLE_THEN_TEXT = /^[A-Z]{2,}(?:[ ,&'’/-]+[A-Z]{2,})+\.?\s+[A-Z][a-z]/;
/** A line that stops on "and", "to", "that" or "which", with or without a colon, goes on below it. */
const ENDS_ON_A_JOINING_WORD = /\b(?:and|or|to|that|which|will|shall)\s*[:–-]?\s*$/i;

/** "6094 Resolved unanimously to approve the budget.": a minute that is its decision, with no title. */
const DECIDED_AFTER_NUMBER =
  /^(?:It was )?(?:Resolved|RESOLVED|Agreed|AGREED|Decided|DECIDED)(?: unanimously)? (?:to|that) [a-z]/;

/** A numbered line in the subjunctive of a decision ("a chipper be purchased"), not an item's title. */
/**
 * A decision's keyword over its parts: "RESOLVED that the Committee:", "ORDERED that the Mayor"; not a whole decision
 * whose full stop was lost ("RESOLVED that the minutes be noted"), after which a number starts the next item.
 */
const DECISION_LEAD_IN =
  /\b(?:RESOLVED|ORDERED|AGREED|DECIDED|RECOMMENDED|Resolved|Agreed|Decided)\b[^.;:]{0,80}:-?\s*$|\b(?:RESOLVED|ORDERED) that (?:the )?[A-Z][\w -]{0,40}$/;
const DECISION_PART =
  /^(?!To\b)[A-Z][\w'’,&()-]*(?: (?!that\b|to\b|will\b|would\b|shall\b|should\b|must\b|may\b|can\b|not\b)[\w'’,&()-]+){0,7} be (?:[a-z]+ed|made|held|given|taken|sent|bought|built|set up|put)\b[^:]*$/;

/**
 * A minute's code and the agenda's number before the title: "1223/24 1. Apologies for Absence", "001-18 1 APOLOGIES",
 * "D210/24      3.         APOLOGIES",
 * "63.0. Item 1: Record of those present"; or the agenda's number, then the minute's in brackets: "ITEM 2 (259) RECEIVE
 * APOLOGIES".
 */
const MINUTE_THEN_AGENDA_NUMBER = new RegExp(
  String.raw`^([A-Z]{0,2}\d{1,4}\/\d{2,4}|\d{3}-\d{2}|\d{1,4}\.0)\.?\s+(?:Item\s+)?(\d{1,2})[.):]?\s+(?=${TITLE_START})(.+)$`,
);
const AGENDA_THEN_MINUTE_NUMBER = new RegExp(
  String.raw`^ITEM\s+(\d{1,2})\s+\((\d{1,4})\)\s+(?=${TITLE_START})(.+)$`,
  'i',
);

/** The two numbers of a line that prints both, as [minute, agenda, rest]. */
function minuteAndAgendaNumbers(text: string): [string, string, string] | null {
  const minuteFirst = MINUTE_THEN_AGENDA_NUMBER.exec(text);
  if (minuteFirst?.[1] && minuteFirst[2] && minuteFirst[3]) return [minuteFirst[1], minuteFirst[2], minuteFirst[3]];
  const agendaFirst = AGENDA_THEN_MINUTE_NUMBER.exec(text);
  if (agendaFirst?.[1] && agendaFirst[2] && agendaFirst[3]) return [agendaFirst[2], agendaFirst[1], agendaFirst[3]];
  return null;
}

/** "The main points taken were:", "The points raised included:": a sentence that lists what was said or agreed. */
const LISTS_POINTS = /\b(?:were|was|are|is|included?|includes|as follows)\s*:-?\s*$/i;

/** "Cabinet Agreed", "The Board RESOLVED:": the body and its verb on a line of their own, over the parts decided. */
const BODY_DECIDED_ALONE =
  /^(?:The )?(?:[A-Z][\w&'’-]*\s+){0,4}(?:Cabinet|Committee|Council|Board|Panel|Executive|Authority|Forum|Sub-Committee)\s+(?:Agreed|Resolved|Decided|AGREED|RESOLVED|DECIDED)\s*(?::-?)?\s*$/;

/** The numbered lines under a sentence that lists points, or under a body's decision: its parts, not items. */
function pointsListed(blocks: RawBlock[]): Set<number> {
  const parts = new Set<number>();
  let listing = false;
  /** Under a body's decision, its numbered parts go on past the unnumbered details of one of them. */
  let deciding = false;
  /** The last part ended with a colon: the lines below it are its details, as a printed page may not indent them. */
  let partLeadsIn = false;
  blocks.forEach((b, i) => {
    const numbered = NUMBERED_PART.test(b.text);
    if (listing && numbered) parts.add(i);
    else if (!(deciding && (b.kind === 'list-item' || partLeadsIn))) listing = deciding = false;
    if (numbered) partLeadsIn = /:\s*$/.test(b.text);
    if (LISTS_POINTS.test(b.text) && b.text.split(/\s+/).length >= 4) listing = true;
    if (BODY_DECIDED_ALONE.test(b.text)) listing = deciding = true;
  });
  return parts;
}

function numberedTitles(blocks: RawBlock[], where: (b: RawBlock) => boolean): ItemStart[] {
  const points = pointsListed(blocks);
  return blocks.flatMap((b, i): ItemStart[] => {
    if (points.has(i)) return [];
    const both = where(b) ? minuteAndAgendaNumbers(b.text) : null;
    if (both) {
      const title = titleOf(both[2].trim());
      return title ? [{ index: i, bodyFrom: i + 1, number: both[1], minuteNumber: both[0], title }] : [];
    }
    const coded = where(b) ? codeAndRest(b) : null;
    const match = where(b) && !coded ? NUMBER_AND_TITLE.exec(b.text) : null;
    const number = coded?.[0] ?? match?.[1];
    const rest = (coded?.[1] ?? match?.[2])?.trim();
    if (!number || !rest || notATitle(rest, coded !== null)) return [];
    // "The Council commits to" over "1. Work with … and:", "2. Lobby …": the parts of what it said, however many.
    // A title in capitals before the text is an item's, however the text ends ("8. REPORTS … The Chair said that").
    const titledInCapitals = CAPITALS_TITLE_THEN_TEXT.test(rest);
    if ((ENDS_ON_A_JOINING_WORD.test(rest) && !titledInCapitals) || ENDS_ON_A_JOINING_WORD.test(leadAbove(blocks, i)))
      return [];
    if (countsUnderDecisionLeadIn(blocks, i, number)) return [];
    const multiLevel = /\d[. ]\d/.test(number);
    // "1.1 The Convener congratulated…" is a paragraph; "03.26.01 Apologies" is an item.
    // "Minute 190: Minutes of the meeting held on 26th January." names itself a minute: all of it is the title.
    // A block a sequence of item codes marked: its first words, if no better title is found.
    const title =
      /^Min/.test(number) && rest.length <= 160 ? rest : (titleOf(rest) ?? (b.itemCode ? firstWords(rest) : null));
    // "19.002 Declarations of Interest": a year's group and the item's place in it, written with its noughts.
    const placeInGroup = /^\d{1,4}\.(?:0\d{1,2}|\d{3})$/.test(number);
    if (!title || (!coded && multiLevel && number.split(/[. ]/).length < 3 && !placeInGroup)) return [];
    const printed = number.replace(/\.$/, '').replace(/^(?:Min(?:ute|\.)?|Item|ITEM)\s*/, '');
    return [{ index: i, bodyFrom: i + 1, number: printed, minuteNumber: null, title }];
  });
}

/** A block that starts with the code a sequence of codes marked it with (run-together-items.ts), as [code, rest]. */
function codeAndRest(b: RawBlock): [string, string] | null {
  if (!b.itemCode || !b.text.startsWith(b.itemCode)) return null;
  return [b.itemCode, b.text.slice(b.itemCode.length).replace(/^[.:)]?\s*(?:[–—-]\s*)?/, '')];
}

/** A line opening with a part's number: "1. …", "(2) …", "3) …". */
const NUMBERED_PART = /^\(?\d{1,2}[.)]\s/;

/** The line above a run of numbered lines: "The Executive resolved to:" over "1. Note …;", "2. Recommend …;". */
function leadAbove(blocks: RawBlock[], index: number): string {
  let above = index - 1;
  while (
    above >= 0 &&
    NUMBERED_PART.test(blocks[above]?.text ?? '') &&
    /[;,]\s*(?:and|or)?\s*$/.test(blocks[above]?.text ?? '')
  )
    above--;
  return blocks[above]?.text ?? '';
}

/** "Minutes: DECISION:" over its numbered parts; not a page's "Decision:" field, after which a printed page may put the next item's number. */
const DECISION_IN_CAPITALS = /\bDECISION\s*:\s*$/;

/**
 * "1. To look again at the plan", "2. The return to a yearly review" under "RESOLVED – That the paper be noted and the
 * Board agree:", a decision's lead-in: its parts, counting from 1, not items (an item's number is its place in the agenda).
 */
function countsUnderDecisionLeadIn(blocks: RawBlock[], index: number, number: string): boolean {
  let above = index - 1;
  while (above >= 0 && NUMBERED_PART.test(blocks[above]?.text ?? '')) above--;
  const lead = blocks[above]?.text ?? '';
  return (
    (DECISION_LEAD_IN.test(lead) || DECISION_IN_CAPITALS.test(lead)) &&
    Number(number.replace(/\.$/, '')) === index - above
  );
}

/** The title at the start of a line: all of a short title, or the words in capitals before the text. */
/**
 * What follows a number but is not an item's title: "19 JANUARY 2012", a running header's date; "1. That Cllr Dixon be
 * appointed …", "1) Compost bays be created at key sites.", "1. The panel receive an update", a part of a decision in the
 * subjunctive; and, after a plain number, "6094 Resolved unanimously to approve …", a minute that is its decision.
 */
export function notATitle(rest: string, coded = false): boolean {
  return (
    MONTH_FIRST.test(rest) ||
    /^That\s/.test(rest) ||
    DECISION_PART.test(rest) ||
    BODY_TO_ACT.test(rest) ||
    (!coded && DECIDED_AFTER_NUMBER.test(rest))
  );
}

/** "Library van (min.124 refers) resolved that …", "Bus shelter (see minute 45/23) the Clerk …". */
const TITLE_THEN_EARLIER_MINUTE =
  /^([A-Z][^.:;()]{2,60}?)\s*\((?:[Mm]in(?:ute)?s?\.?\s*(?:[Nn]o\.?\s*)?\d[\w/.]*(?:\s+refers?)?|[Ss]ee (?:[Mm]in(?:ute)?s?\.?\s*)?\d[\w/.]*)\)\s+\S/;

export function titleOf(text: string): string | null {
  // "Committee Actions / RESOLVED (c10/11/68)": the title, without the keyword that leads into the parts below.
  const keyworded = TITLE_THEN_KEYWORD.exec(text)?.[1];
  if (keyworded) return keyworded;
  // "Bench repairs (min.88 refers) the joiner had sent his invoice …": a title, the earlier minute it follows up, then what
  // was done.
  const followingUp = TITLE_THEN_EARLIER_MINUTE.exec(text)?.[1];
  if (followingUp) return followingUp;
  // "Precept- budget working group to meet in November": a one-line item, its title before the dash.
  // A hyphen inside a word ("Vice-Chairman") is part of the title.
  const oneLine =
    /^([A-Z](?:[^.:;–—-]|(?<=\w)-(?=\w)){2,50}?)(?:\s+[-–—]\s*|[-–—]\s+)(?=[a-z£\d(]|[A-Z][a-z])[^]{12,}$/.exec(
      text,
    )?.[1];
  if (oneLine) return oneLine.trim();
  // "To approve the minutes of 1 March. Chair to sign and date.": the agenda's words, then what was done.
  const agendaWords = /^((?:To|Receive|Consider|Approve|Agree|Note)\s[^.;:]{3,150}?)\.\s+(?=\S)/.exec(text)?.[1];
  if (agendaWords) return agendaWords;
  // "Finance: Payment for the year's room rent was agreed": a label, then what was done.
  const labelled = /^([A-Z][^.:;]{2,40}?):\s+([A-Z£][^]{11,})$/.exec(text);
  if (labelled?.[1] && labelled[2] && SENTENCE_WORDS.test(labelled[2])) return labelled[1].trim();
  // "The gullies are blocked again. Clerk will notify WC": a sentence, then what was done, its full stop lost.
  const sentenceFirst = /[.;!?]$/.test(text)
    ? null
    : /^([A-Z][^.;:]{10,120}?[a-z]{2})(?<!\b(?:Cllrs?|Coun|Prof|Supt|Insp))\.\s+(?=[A-Z][a-z]*\s+[a-z]+\s)/.exec(
        text,
      )?.[1];
  if (sentenceFirst) return sentenceFirst;
  if (isTitle(text) && text.length <= 100) return text.replace(/\s+[-–]$/, '');
  // "REPORTS FROM BOROUGH AND COUNTY COUNCILLORS, CLERK & RFO.": a title in capitals, closed by a full stop.
  const capitals = /^([A-Z][A-Z0-9 ,&'’/()-]{3,80}?)(?=\.?\s+[A-Z][a-z]|\.?\s*$)/.exec(text)?.[1];
  if (capitals && capitals.split(' ').length >= 1 && /[A-Z]{3}/.test(capitals)) return capitals.trim();
  const lead = /^([A-Z][^.:]{2,80}?)(?:\s+[-–]\s+|:\s)/.exec(text)?.[1];
  return lead ?? runOnTitle(text) ?? titleBeforeText(text);
}

/**
 * "Apologies for absence. The following apologies were accepted …", "Declarations of Interest 1. Cllr Marks …": a
 * short title with no verb, closed by a full stop or run into its first numbered part.
 */
function titleBeforeText(text: string): string | null {
  const title = /^([A-Z][^.:;!?]{2,60}?)(?:\.\s+(?=[A-Z])|\s+(?=(?:1|a|i)[.)]\s+[A-Z]))/.exec(text)?.[1];
  return title && !SENTENCE_WORDS.test(title) ? title : null;
}

/** "Village Hall roof Three quotes were considered. It was …": the first sentence, or its first six words. */
export function firstWords(text: string): string {
  const sentence = /^(.{3,60}?)(?:[.:;]\s|\s[-–]\s)/.exec(text)?.[1];
  return (
    sentence ??
    text
      .split(/\s+/)
      .slice(0, 6)
      .join(' ')
      .replace(/[.,;:]$/, '')
  );
}

/** "Exercise of Public Rights The accounts must be available…": a title run on into the text's first sentence. */
function runOnTitle(text: string): string | null {
  const title = RUN_ON_TITLE.exec(text)?.[1];
  return title && !SENTENCE_WORDS.test(title) ? title : null;
}

const RUN_ON_TITLE =
  /^((?!(?:The|These|This|It|There|Members|Councillors|Cllrs?|Mr|Mrs|Ms|Dr|He|She|They)\s)[A-Z][^.:;!?]{2,70}?)\s+(?=(?:The|These|This|It|There|A|An|Members|Councillors|Council|Cllrs?|Mr|Mrs|Ms|Dr|[A-Z]\.)\s|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4}\b)/;

/** A verb that makes the words a sentence, not a title. */
const SENTENCE_WORDS = /\b(?:was|were|is|are|had|has|have|would|will|said|[a-z]{3,}ed)\b/;

/** A number the headings skip: 7 where they go from 6 to 9; or one or two after the last heading. */
function fillsAGap(number: string | null, numbers: number[]): boolean {
  const n = parseInt(number ?? '', 10);
  const last = Math.max(...numbers);
  // "5. Report from Ward Councillors" a heading, then "6. Open Forum – it was reported that …" a line of text.
  return (
    !Number.isNaN(n) &&
    !numbers.includes(n) &&
    numbers.some((x) => x < n) &&
    (numbers.some((x) => x > n) || n <= last + 2)
  );
}

/** "03.26.01" and "03.26.11" share a shape; "5" and "03.26.01" do not. */
const numberShape = (number: string | null) => (number ?? '').replace(/\d/g, '9');

/** "8" → [8, 0], "8a" → [8, 1], "301/12/13" → [301, 0, 12, 0, 13, 0], "III" → [3, 0], "B4" → [2, 4, 0], "1(3)" → [1, 0, 3, 0]: numbers that sort as printed. */
const numberKey = (number: string | null): number[] => {
  const printed = number ?? '';
  if (/^[IVX]{1,5}$/.test(printed)) return [romanNumber(printed), 0];
  // "A3" then "B1": a part's letter before the number counts first, as on a page of items in parts A and B.
  const part = /^([A-Z])(?=\d{1,3}[a-z]?$)/.exec(printed)?.[1];
  if (part) return [part.charCodeAt(0) - 64, ...numberKey(printed.slice(1))];
  return printed
    .replace(/^\D+/, '')
    .replace(/\((\d{1,2})\)/g, '.$1')
    .split(/[. /:-]/)
    .flatMap((part) => {
      const match = /^(\d+)([a-z])?$/.exec(part);
      return match ? [Number(match[1]), match[2] ? match[2].charCodeAt(0) - 96 : 0] : [0, 0];
    });
};
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };
function romanNumber(roman: string): number {
  return [...roman].reduce((sum, letter, i) => {
    const value = ROMAN_VALUES[letter] ?? 0;
    return (ROMAN_VALUES[roman[i + 1] ?? ''] ?? 0) > value ? sum - value : sum + value;
  }, 0);
}
const after = (a: number[], b: number[]) => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return false;
};

/**
 * "C149/1112 FINANCE" over "C149.1 It was resolved to pay …", "C149.2 …": the paragraphs of a minute numbered with its
 * year, not items of their own. So too "5. Finance" over "5.3.1 Invoices would be paid by the Chairman.": the
 * paragraphs of item 5, numbered two levels under it.
 */
function paragraphsOfMinutesOff(starts: ItemStart[]): ItemStart[] {
  let minute: string | null = null;
  let item: string | null = null;
  return starts.filter((start) => {
    const number = start.number ?? '';
    const stem = /^([A-Z]{0,3}\d{1,5})\/\d{2,4}$/.exec(number)?.[1];
    if (stem) minute = stem;
    if (/^\d{1,3}$/.test(number)) item = number;
    const paragraph = /^([A-Z]{0,3}\d{1,5})\.\d{1,2}$/.exec(number)?.[1];
    const partOfItem = /^(\d{1,3})\.\d{1,2}\.\d{1,2}$/.exec(number)?.[1];
    return !(paragraph && paragraph === minute) && !(partOfItem && partOfItem === item);
  });
}

/**
 * Keeps the longest run that counts up, so numbers of paragraphs and lists, and a
 * running header's number, are not mistaken for items.
 */
function increasing(starts: ItemStart[]): ItemStart[] {
  const keyed = starts.map((start) => ({ start, key: numberKey(start.minuteNumber ?? start.number) }));
  return longestChain(keyed, (later, earlier) => after(later.key, earlier.key)).map(({ start }) => start);
}

/**
 * The agenda's numbered list, then the minutes under the same numbers: both runs
 * count up, the second after the first, and each is kept (outcomes belong to the second).
 */
function withMinutesAfterAgenda(keep: (s: ItemStart[]) => ItemStart[], starts: ItemStart[]): ItemStart[] {
  const first = keep(starts);
  const last = first.at(-1);
  if (!last || first.length < 2) return first;
  const again = keep(starts.filter((s) => s.index > last.index));
  const sameNumbers = again.length >= 2 && again.every((s, i) => s.number === first[i]?.number);
  return sameNumbers ? [...first, ...again] : first;
}

/** An agenda's numbered list: "3. Minutes of the Meeting ... (Pages 1 - 10)", or "3." above its title. */
function agendaList(blocks: RawBlock[]): ItemStart[] {
  const starts: ItemStart[] = [];
  blocks.forEach((block, i) => {
    const bare = /^(\d{1,3})\.?$/.exec(block.text);
    const next = blocks[i + 1];
    if (bare && next) {
      starts.push({ index: i, bodyFrom: i + 2, number: bare[1] ?? null, minuteNumber: null, title: next.text });
      return;
    }
    const numbered = /^(\d{1,3})\.\s*([A-Z].+)$/.exec(block.text);
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
  return starts.filter((s, i) => i === 0 || Number(s.number) >= Number(starts[i - 1]?.number));
}
