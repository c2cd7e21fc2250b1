import { MONTH_NAMES } from './dates';
import type { HeaderRule } from './header-rules';

/** A body's own word, as a title prints it: "Committee", "COMMITTEE", or "committee" after a capitalised name. */
const HEAD_WORD = String.raw`(?:(?:Parish|PARISH) (?:Meeting|MEETING)|Trustees|TRUSTEES|[Ss]ub-[Cc]ommittee|SUB-COMMITTEE|Committee|COMMITTEE|Council|COUNCIL|Cabinet|CABINET|Board|BOARD|Panel|PANEL|Executive|EXECUTIVE|Forum|FORUM|Commission|COMMISSION|Commissioners|COMMISSIONERS|Group|GROUP|Assembly|ASSEMBLY|Partnership|PARTNERSHIP|Authority|AUTHORITY|Conservators|CONSERVATORS|committee|council|board|panel|group|forum)`;
/** A word of a body's name in a title, in capitals or not; not what kind of meeting it was, nor the word "Minutes". */
const NAME_WORD = String.raw`\b(?!(?:The|THE|Clerk|CLERK|Officer|OFFICER|Councill?ors?|COUNCILL?ORS?|Cllrs?|CLLRS?|Mayor|MAYOR|Chair(?:man)?|CHAIR(?:MAN)?|Minutes?|MINUTES?|Meeting|MEETING|Draft|DRAFT|Agenda|AGENDA|Notes?|NOTES?|Approved|APPROVED|Confirmed|CONFIRMED|Unconfirmed|UNCONFIRMED|Held|HELD|For|FOR|To|TO|At|AT|In|IN|On|ON|By|BY|Of|OF|As|AS|From|FROM|With|WITH|Since|SINCE|Monthly|MONTHLY|${MONTH_NAMES.join('|')}|${MONTH_NAMES.join('|').toUpperCase()})\b)(?![\w'’-]*[a-z][A-Z])(?:[A-Z][\w&'’()/-]*|\d{1,2}(?=\s+[A-Z]))`;
/** A named body anywhere in a title line, whatever its case: "Finance and General Purposes Committee", "RIPLEY TOWN COUNCIL PLANNING COMMITTEE". */
const BODY_IN_TITLE = String.raw`((?:${NAME_WORD},?\s+(?:(?:and|of|for|on|the|with|&|AND|OF|FOR|ON|THE|WITH)\s+)*){0,8}${HEAD_WORD})(?![\w-])`;
/** Words that make a title line's sentence another meeting's: "To approve the minutes of …", "Confirmation of Minutes of …". */
// Not a title's word for the state of its own minutes: "Ashby Community Council Adopted Minutes of its March Meeting".
const NOT_THIS_MEETING =
  /(?<!-)\b(?:approv(?:e|ed|al)|confirm(?:ed|ation)?|sign(?:ed)?|receive[ds]?|adopt(?:ed)?|accept(?:ed)?|agree[ds]?|previous|last|circulated|attached|enclosed|verified|correct record|true record)\b(?!(?<=\b(?:adopted|approved|confirmed|signed))\s+minutes\b)/i;
/** Not in a sentence's flow: "… with regard to the Minutes of …", "Matters arising from the Full Council meeting". */
const NOT_AFTER_A_SMALL_WORD = String.raw`(?<!(?<!\bAt\s)\b(?:the|an?|to|from|of|at|in|on|by|for|with|since|that|and)\s)`;
/** Where a name begins: not after a word of it ("Full Council" read whole, not as "Council"). */
const NAME_STARTS = String.raw`(?<!(?:^|\s)(?!(?:Draft|Approved|Confirmed|Unconfirmed|Signed|Minutes|Agenda|Notes|DRAFT|APPROVED|CONFIRMED|UNCONFIRMED|SIGNED|MINUTES|AGENDA|NOTES)\s)[A-Z][\w'’&()-]*\s)`;
/**
 * What may come before a title on its line: a page's number, the council's letterhead, the word "website:"; not a sentence
 * ("… reported that the Dorset Council Annual Meeting"), which has three words in lower case in a row, nor an item's number.
 */
const BEFORE_A_TITLE = String.raw`(?!\(?(?:\d{1,4}(?:[./]\d{1,4})*|[a-z]{1,2}|[ivx]{1,4})[.)]\s)(?:(?:(?!\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b).){0,120}?[\s_|:/>])??`;

/**
 * A body named on a title line among other words: a page's number or the council's letterhead before it, the date or the
 * place after. Looser than the rules above, so read after them (and before a line in capitals that names a body).
 */
export const TITLE_LINE_RULES: HeaderRule[] = [
  {
    shape: 'a meeting page’s heading, then the body and the day of the meeting',
    // Also with the date on the body's line: "Ashby Joint Health Sub-Committee - Review 2020-2030 Tuesday, 16th October, 2018 7.30 pm".
    example: 'Agenda and minutes\nAshby Fen Waste Authority\nMonday, 22 June 2009 1:00 pm',
    pattern:
      /^(?:Agenda(?: and (?:draft )?(?:minutes|decisions))?|Meeting documents)\n(?!(?:Venue|Contact|Link|Media|Items)\b)([^\n]{3,150}?)(?:\s*[-–]\s*|\s+)(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? \d{1,2}(?:st|nd|rd|th)?,? [A-Z][a-z]+,? \d{4}\b)/,
    committee: 1,
    lines: 3,
  },
  {
    shape: 'the minutes or notes of a named body’s meeting, after other words on a title line',
    unless: NOT_THIS_MEETING,
    // Also after a page's number or the council's letterhead ("P a g e | 1 ASHBY TOWN COUNCIL Minutes of a meeting of the Finance
    // and General Purposes Committee"), with the date first ("MINUTES of FEBRUARY 26th 2021 VIRTUAL MEETING of the ASHBY TOWN
    // COUNCIL PLANNING COMMITTEE"), and "NOTE of MEETING of the …"; "Minutes of the Planning Committee Meeting of Ashby District
    // Council": the committee, not the council whose it is.
    example:
      'Parish Council website: Minutes for the Monthly Parish Meeting of Ashby and Fen Parish Council Wednesday 27 February 2019',
    pattern: new RegExp(
      `^${BEFORE_A_TITLE}${NOT_AFTER_A_SMALL_WORD}(?:Minutes?|MINUTES?|Notes?|NOTES?|Meeting|MEETING|meeting)\\s*:?\\s+(?:of|for|Of|For|OF|FOR)\\s+(?:(?:the|The|THE|an?|AN?)\\s+){0,2}(?:(?:(?!(?:Committee|COMMITTEE|Panel|PANEL|Board|BOARD|Sub-Committee|SUB-COMMITTEE)\\b)[\\w'’.-]+\\s+){0,5}?(?:[Mm]eeting|MEETING)\\s+(?:of|OF)\\s+(?:(?:the|The|THE)\\s+)?)?${BODY_IN_TITLE}`,
    ),
    committee: 1,
  },
  {
    shape: 'a named body, then its meeting or minutes, on a title line',
    unless: NOT_THIS_MEETING,
    // Also "Ashby Fen Parish Council Minutes of the Extraordinary Remote Meeting held on …", "Finance Committee Meeting Minutes
    // 02.07.20", "5 July 2022 DRAFT Council minutes", "Parish Council - Minutes Oct 2018", and with a note in brackets after the
    // name ("Licensing Committee (no longer meets) Minutes"), and the state of its minutes ("Parish Council DRAFT minutes for
    // Thursday 12 September 2024", "Ashby Community Council Adopted Minutes of its March Meeting").
    example: 'Ashby Fen Council Meeting Minutes Wednesday 5th June 2019',
    pattern: new RegExp(
      `^${BEFORE_A_TITLE}${NOT_AFTER_A_SMALL_WORD}${NAME_STARTS}${BODY_IN_TITLE}(?:['’]s)?(?:\\s+\\([^()]{3,60}\\))?[;:,]?\\s+(?:(?:Annual|ANNUAL|Monthly|MONTHLY|Ordinary|ORDINARY|Extra-?ordinary|EXTRA-?ORDINARY|Special|SPECIAL|General|GENERAL|Virtual|VIRTUAL|Remote|REMOTE|Zoom|ZOOM|Business|BUSINESS|Statutory|STATUTORY|Full|FULL|virtual|remote|zoom|Draft|DRAFT|Adopted|ADOPTED|Approved|APPROVED|Confirmed|CONFIRMED|Unconfirmed|UNCONFIRMED)\\s+)*(?:[-–:,]\\s*)?(?:Meeting|MEETING|meeting|(?:Minutes|MINUTES|minutes)(?!:))\\b`,
    ),
    committee: 1,
  },
  {
    shape: 'the word "Minutes", then the body and the date, on a title line',
    unless: NOT_THIS_MEETING,
    // Also "Minutes - Amenities committee - 23 November 2020", "Minutes Full Authority Date: 25 June 2020".
    example: 'DRAFT MINUTES Ashby Fen Parish Council 05 Nov 2018, 7.30pm Village Hall',
    pattern: new RegExp(
      `^${BEFORE_A_TITLE}${NOT_AFTER_A_SMALL_WORD}(?:Minutes|MINUTES)\\s*[-–:]?\\s+${BODY_IN_TITLE}(?=\\s*(?:[-–,:]\\s*)?(?:Date\\b|\\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|$))`,
    ),
    committee: 1,
  },
];
