import { MONTH_NAMES, findWrittenDate, numericDate } from './dates';
import { PAPERS_AFTER_TITLE } from './item-starts';

/**
 * Where a paper names its meeting: the committee and the date. Rules are tried in
 * order and the first that reads something wins, so a web page's own fields
 * ("Meeting: 09/11/2009 - Cabinet (Item 9)", "Decided at meeting: …") come before
 * a title line, and a title line before what the text says in passing ("Council
 * noted the report…"). Each has the example it exists for
 * (tests/unit/outcome-rules.test.ts). No rule names a council.
 */
export interface HeaderRule {
  shape: string;
  example: string;
  pattern: RegExp;
  /** Which group holds the committee, if any. */
  committee?: number;
  /** Which group holds the date, and how it is written. */
  date?: { group: number; written: 'numeric' | 'words' };
  /** Read on this many lines of the header joined by line breaks, not on one line (for the committee; no such rule reads a date). */
  lines?: number;
  /** A line whose sentence this matches is not read by the rule (for the committee; no such rule reads a date). */
  unless?: RegExp;
  /** Read anywhere in the paper, not only in its header. */
  anywhere?: boolean;
  /** Printed on an item's own page ("Agenda item", its title, then this line), the one date such a page has. */
  onItemPage?: boolean;
  /** Only for papers that record or call a meeting (not a report or briefing note on its own). */
  meetingPapersOnly?: boolean;
  /**
   * A page prints this line once, for its one meeting; printed again with another date,
   * the page lists several meetings or decisions (an issue's history, a forward plan).
   */
  oncePerMeeting?: boolean;
  /**
   * As oncePerMeeting, but only when the same body's line comes again with another date: an index of one body's meetings
   * ("Parish Assembly - 19th March 2024", then "Parish Assembly - 19th February 2024").
   */
  oncePerBodyMeeting?: boolean;
}

const DMY = String.raw`(\d{1,2}\/\d{1,2}\/\d{4})`;
/** "Thursday, 4th March 2024", or with the month first: "Wed July 10th 2024"; in capitals, "26TH MAY, 2010". */
const WRITTEN = String.raw`((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? |(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.? )?(?:\d{1,2}(?: ?(?:st|nd|rd|th|ST|ND|RD|TH)[\s-]*|[\s-]+)(?:(?:day\s+)?of\s+)?[A-Za-z]{3,9}(?:,?[\s-]*\d{4}(?!\d)|(?:-|,?\s+)\d{2}(?=\s*(?:$|[,.;)])))|[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}))`;
/** A named meeting body; "the Committee" on its own names none. */
const NAMED_BODY = String.raw`((?:(?!Meetings?\b)[A-Z][\w&'’()-]*,? (?:and |of |for |on |the |to |in |& )*){0,8}(?:Committee|Council|Cabinet|Board|Panel|Executive|Forum|Sub-Committee|Commission|Group|Assembly|Partnership|Authority|Commissioners)|(?:Full |County |City )?Council|Cabinet|(?:The )?Executive)`;

/** A named meeting body, in capitals or not: "CABINET", "Planning Committee", "LICENSING SUB-COMMITTEE". */
const NAMED_BODY_IN_CAPITALS = String.raw`((?:[A-Z][A-Za-z&'’()-]*,? (?:and |of |for |the |& |AND |OF |FOR |THE )*){0,6}(?:Committee|Council|Cabinet|Board|Panel|Executive|Forum|Sub-Committee|Group|Authority|COMMITTEE|COUNCIL|CABINET|BOARD|PANEL|EXECUTIVE|FORUM|SUB-COMMITTEE|GROUP|AUTHORITY))`;

/** After an earlier meeting's date, who did what there: "members agreed …", "the Board had …", "it was …". */
export const WHO_DID_WHAT = String.raw`(?:[Mm]embers|[Cc]ouncill?ors|it was|the [A-Z][\w-]*|[A-Z][\w-]* (?:had|has|was|were))\b`;

export const HEADER_RULES: HeaderRule[] = [
  {
    shape: 'an issue page naming its meeting and item',
    example: 'Meeting: 09/11/2009 - Corporate Overview and Scrutiny Committee (Item 9)',
    pattern: new RegExp(`^Meeting: ${DMY} - (.+?)(?: \\(Item [\\w.]+\\))?$`),
    committee: 2,
    date: { group: 1, written: 'numeric' },
    oncePerMeeting: true,
    onItemPage: true,
  },
  {
    shape: 'a decision page’s meeting',
    example: 'Decided at meeting: 14/12/2022 - Cabinet',
    pattern: new RegExp(`^(?:Decided|Made) at meeting: ${DMY} - (.+)$`),
    committee: 2,
    date: { group: 1, written: 'numeric' },
    oncePerMeeting: true,
    anywhere: true,
  },
  {
    shape: 'a decision page’s decision maker',
    // Also a field written "Decision Maker :-Cabinet".
    example: 'Decision Maker: Cabinet',
    pattern: /^Decision Maker\s*:-?\s*(.+)$/,
    committee: 1,
    anywhere: true,
  },
  {
    shape: 'a list of the decisions a body made on a date',
    example: 'Decisions made by Cabinet on 14 October 2015',
    pattern: new RegExp(`^Decisions? (?:made|taken) by (?:the )?(.+?) (?:on|at its meeting (?:on|of)) ${WRITTEN}`),
    committee: 1,
    date: { group: 2, written: 'words' },
  },
  {
    shape: 'a record of the decisions taken on a date by a body',
    example: 'The following decisions were taken on 22 FEBRUARY 2026 by the CABINET',
    pattern: new RegExp(
      `^(?:The following )?decisions? (?:were|was) (?:taken|made) on ${WRITTEN} by (?:the )?([A-Za-z][\\w&,'’() -]{2,60}?)\\s*$`,
      'i',
    ),
    committee: 2,
    date: { group: 1, written: 'words' },
  },
  {
    shape: 'a decision told with its day, over what was decided',
    example: 'On 1 May 2025, Councillor Ann Ash, the Portfolio Holder for Housing, made the following decision:',
    pattern: new RegExp(`^On ${WRITTEN},\\s+[^.]{2,160}? (?:made|took) the following decisions?\\s*:`),
    date: { group: 1, written: 'words' },
    anywhere: true,
  },
  {
    shape: 'a decision page’s date',
    example: 'Date of decision: 14/12/2022',
    pattern: new RegExp(`^Date of decision: ${DMY}$`),
    date: { group: 1, written: 'numeric' },
    anywhere: true,
  },
  {
    shape: 'a document named by its meeting: the date year first, then the body',
    example: 'Document: 2001-07-02 CABINET',
    pattern: new RegExp(`^(?:Document:\\s*)?(\\d{4}-\\d{2}-\\d{2})\\s+${NAMED_BODY_IN_CAPITALS}$`),
    date: { group: 1, written: 'numeric' },
    committee: 2,
  },
  {
    shape: 'a decision page’s date, written year first after ":-"',
    example: 'Date :-2013/01/23',
    pattern: /^Date(?: of decision)?\s*:-\s*(\d{4}\/\d{1,2}\/\d{1,2})$/,
    date: { group: 1, written: 'numeric' },
  },
  {
    shape: 'a meeting page’s date, then the times it began and ended',
    example: '12 Dec 2024 - 09:30 to 13:00',
    pattern: new RegExp(`^${WRITTEN}\\s*[-–]\\s*\\d{1,2}[:.]\\d{2}\\b`),
    date: { group: 1, written: 'words' },
  },
  {
    shape: 'a meeting page’s body, on the line above its date and times',
    example: 'Council\n12 Dec 2024 - 09:30 to 13:00',
    pattern: new RegExp(`^([A-Z][\\w&,'’() -]{2,80})\\n${WRITTEN}\\s*[-–]\\s*\\d{1,2}[:.]\\d{2}\\b`),
    committee: 1,
    lines: 2,
  },
  {
    shape: 'the body, then "Decision Sheet" or "Decision Statement", as a title',
    example: 'Cabinet Decision Sheet - Fenshire County Council',
    pattern:
      /^(?:The )?([A-Z][\w&,'’()-]*(?: (?:[A-Z][\w&,'’()-]*|and|of|for|&)){0,6}) Decisions? (?:Sheet|Statement|List|Record)\b/,
    committee: 1,
  },
  {
    shape: 'the day a decision was taken, on a decisions page',
    example: 'Decision taken by the Cabinet Member on: 9 February 2015',
    pattern: new RegExp(`^Decisions? (?:taken|made) by (?:the )?[^:]{2,80}? on:?\\s*${WRITTEN}`),
    date: { group: 1, written: 'words' },
  },
  {
    shape: 'a dated decision title',
    example: '28/05/2015 - Minutes of the Special Meeting',
    pattern: new RegExp(`^${DMY} - \\S`),
    date: { group: 1, written: 'numeric' },
    oncePerMeeting: true,
  },
  {
    shape: 'a minutes title naming a committee’s meeting of its council, and the date',
    // Also after the council's name and a rule, in a page run together: "Ashby Town Council ____ Minutes of the …".
    example:
      'Minutes of the PLANNING COMMITTEE MEETING OF ASHBY TOWN COUNCIL held on MONDAY 14th DECEMBER 2020 at 19.00.',
    pattern: new RegExp(
      `^(?!.*\\b(?:were|was|be|been) (?:duly |hereby )?(?:approved|agreed|signed|confirmed|accepted|received|noted|taken)\\b)(?:[^_]{0,80}?_{2,}\\s*)?(?:the )?(?:(?:draft|unconfirmed|confirmed|approved|signed) )?minutes of (?:the |a |an )?((?:[\\w&'’-]+ ){0,4}?(?:committee|sub-committee|panel|board|working group|working party))\\s+meeting of (?:the )?[^,]+?(?:,?\\s+held\\b.*?${WRITTEN}|,?\\s+held\\b)`,
      'i',
    ),
    committee: 1,
    date: { group: 2, written: 'words' },
  },
  {
    shape: 'a minutes title: "Minutes of the meeting of" the body, then the date in figures with no dash',
    example: 'Minutes of the meeting of Ashby Town Partnership 19/09/05',
    // Also with the date in brackets: "Minutes of a Meeting of Ashby Parish Council (03/11/15)".
    pattern:
      /^Minutes of (?:the |a )?[Mm]eeting of (?:the )?([A-Z][\w'’&,() -]{2,100}?)\s+\(?(\d{1,2}\/\d{1,2}\/\d{2,4})\)?$/,
    committee: 1,
    date: { group: 2, written: 'numeric' },
  },
  {
    shape: 'a minutes title with the body and the date',
    // Also after the minute's own number: "12929. CONFIRMED minutes of an ordinary meeting of the Parish Council held on",
    // "15/16/03 Minutes of the Meeting of …". Not the last meeting's minutes: "MINUTES OF PREVIOUS MEETING of 20th January",
    // nor minutes approved in the same sentence (a page run together may approve them in a later one). Also with no "of"
    // before the body: "THE MINUTES OF THE MEETING ASHBY PARISH COUNCIL HELD IN THE HALL ON WEDNESDAY 12TH JANUARY 2011".
    example: 'Minutes of the meeting of the Licensing Committee held on 4 March 2024',
    pattern: new RegExp(
      `^(?!(?:[^.]|\\.(?=\\S)|(?<=\\b[ap]\\.m)\\.)*?\\b(?:were|was|be|been) (?:duly |hereby )?(?:approved|agreed|signed|confirmed|accepted|received|noted|taken|submitted|presented|read)\\b)(?:\\d{1,5}(?:\\/\\d{1,5}){0,2}\\.?\\s+)?(?:the )?(?:(?:draft|unconfirmed|confirmed|approved|signed) )?minutes of (?!(?:(?:the|a|an) )?(?:previous|last) )(?:(?:the|a|an) )?(?:[\\w-]+ ){0,2}(?:of (?:the|a) )?meeting (?:of (?:the )?|(?!(?:held|at|on|in|to|from|for|with|by|via)\\b)(?=(?:[\\w&'’-]+ ){1,6}(?:council|committee|board|panel|authority)\\b))(.+?)(?:,?\\s+held\\b.*?${WRITTEN}|,?\\s+held\\b|,?\\s+on\\s+${WRITTEN}|$)`,
      'i',
    ),
    committee: 1,
    date: { group: 2, written: 'words' },
  },
  {
    shape: 'a minutes title naming the body before "meeting"',
    example: 'MINUTES OF THE BOARD MEETING held at the Village Hall on 11th March 2005',
    // Also "Minutes of proceedings of a POLICY RESOURCES & SERVICES COMMITTEE MEETING of the Council held in …".
    pattern: new RegExp(
      `^(?!.*\\b(?:were|was|be|been)\\b)(?:[A-Z][A-Z &'’-]{2,80} )?(?:MINUTES|Minutes) (?:OF|of) (?:(?:PROCEEDINGS|[Pp]roceedings) (?:OF|of) )?(?:(?:THE|the) |(?:a|A) (?=[A-Z]{2}))?((?:(?:[A-Z][\\w&'’-]*|&)\\s){1,6}?)(?:MEETING|[Mm]eeting)(?: of the Council)?,?\\s+(?:held|HELD)\\b(?:.*?(?:\\bon\\s+|\\s)${WRITTEN})?`,
    ),
    committee: 1,
    date: { group: 2, written: 'words' },
  },
  {
    shape: 'a minutes title naming the body, then the date after "Meeting"',
    example: 'Minutes of the Town Council Meeting 27th April 2021',
    // Also with the time after the date: "MINUTES OF THE PARISH COUNCIL MEETING Monday 13th July 2020, 7pm PRESENT: …"; and
    // as Scottish bodies write it: "MINUTE OF ISLAY COMMUNITY COUNCIL MEETING 2nd December 2013 – Service Point".
    pattern: new RegExp(
      `^(?:MINUTES?|Minutes?) (?:OF|of) (?:THE |the )?(?:(?:Monthly|Annual|Ordinary|Special|Extra-?ordinary|General|Full|Virtual) )*((?:[A-Z][\\w&'’-]*\\s){1,6}?)?(?:MEETING|Meeting)\\s+(?:[-–]\\s+|on\\s+)?${WRITTEN}(?=$|,?\\s+\\d{1,2}(?:[.:]\\d{2})?\\s*[AaPp]\\.?[Mm]\\b|\\s+[–—-]\\s)`,
    ),
    committee: 1,
    date: { group: 2, written: 'words' },
  },
  {
    shape: 'informal notes titled with the body’s meeting and its date',
    example: 'Notes from the Elmford Village Hall Committee meeting, 14 November 2026',
    // Also "Notes from the Online PCC meeting, 15th June, 2021".
    pattern: new RegExp(
      `^(?:NOTES|Notes) (?:FROM|from|OF|of) (?:THE |the )?(?:(?:Online|Virtual|Informal|Monthly|Annual) )?((?:[A-Z][\\w&'’-]*\\s){1,6}?)(?:MEETING|[Mm]eeting),?\\s+(?:held )?(?:on\\s+)?${WRITTEN}`,
    ),
    committee: 1,
    date: { group: 2, written: 'words' },
  },
  {
    shape: 'a minutes title: the word "Minutes", the body and the date',
    example: 'Minutes Full Parish Council 8 April 2019',
    pattern: new RegExp(
      `^(?:(?:Draft|DRAFT|Approved|APPROVED) )?(?:Minutes|MINUTES):?\\s+(?!of\\b|OF\\b)${NAMED_BODY}\\s+${WRITTEN}$`,
    ),
    committee: 1,
    date: { group: 2, written: 'words' },
  },
  {
    shape: 'a minutes title naming the body, then "held on" the date',
    example: 'Minutes of the Licensing Sub-Committee held on 3 March 2024',
    // Also as a sentence that titles the paper: "The minutes of the Finance Committee meeting held on 22nd July 2013.";
    // not the last meeting's, dealt with ("The minutes of the Finance Committee meeting held on … were approved").
    pattern: new RegExp(
      `^(?!.*\\b(?:were|was|be|been)\\b)(?:The (?:draft )?minutes(?!.*\\b(?:received|noted|approved|agreed|confirmed|signed|circulated|attached)\\b)|(?:(?:Draft|DRAFT|Unconfirmed|Confirmed) )?(?:Minutes|MINUTES)) (?:of|OF) (?:the |THE )?${NAMED_BODY}(?: (?:[Mm]eeting|MEETING))?,? (?:held|HELD)\\b.*?\\b(?:on|ON) ${WRITTEN}`,
    ),
    committee: 1,
    date: { group: 2, written: 'words' },
  },
  {
    shape: 'a minutes title naming the body, then "held … on" the date in figures',
    example: 'Minutes of a meeting of the Community Council held at the Village Hall on 31.01.2018',
    pattern: new RegExp(
      `^(?!.*\\b(?:were|was|be|been)\\b)(?:(?:Draft|DRAFT|Unconfirmed|Confirmed) )?(?:Minutes|MINUTES) (?:of|OF) (?:(?:a|an|the) (?:[\\w-]+ )?meeting of )?(?:the |THE )?${NAMED_BODY},? (?:held|HELD)\\b[^.]*?\\b(?:on|ON) (\\d{1,2}[./]\\d{1,2}[./]\\d{4})\\b`,
    ),
    committee: 1,
    date: { group: 2, written: 'numeric' },
  },
  {
    shape: 'a minutes title naming the body, then the date',
    example: 'Minutes of the Burton Fen Parish Council Monday 6th November 2017 at 7.30pm held at the Hall.',
    pattern: new RegExp(
      `^(?!.*\\b(?:were|was|be|been)\\b)(?:(?:Draft|DRAFT|Unconfirmed|Confirmed) )?(?:Minutes|MINUTES) (?:of|OF) (?:the |THE )?${NAMED_BODY},?\\s+(?:on\\s+)?${WRITTEN}`,
    ),
    committee: 1,
    date: { group: 2, written: 'words' },
  },
  {
    shape: 'a minutes title with the date only',
    example: 'Minutes of a meeting held on 10th September, 2013.',
    // Not an agenda's item on them: "Minutes of the Meeting held on 26 July 2017 RECOMMENDED that the Minutes … be confirmed",
    // nor the last meeting's, approved: "Minutes of last meeting held on 2nd March 2026 confirmed as correct". Also as the
    // paper's opening sentence: "The minutes of the ordinary meeting held at the Institute, Ashby on 3 May 2024 at 7pm.".
    pattern: new RegExp(
      `^(?!.*\\b(?:circulated|attached|enclosed|herewith|(?:were|was|be) (?:received|approved|agreed|signed|accepted|confirmed|taken)|(?:confirmed|approved|agreed|accepted) as)\\b)(?:the (?!.*\\b(?:were|was|are|is|be|been)\\b))?(?:(?:draft|unconfirmed|confirmed|approved) )?minutes of (?:(?:the|a|an) )?(?!(?:previous|last|preceding)\\b)(?:[\\w-]+ )?meeting held (?:.*? )??on (?:the )?${WRITTEN}`,
      'i',
    ),
    date: { group: 1, written: 'words' },
  },
  {
    shape: 'an agenda-item page naming its meeting, date and item',
    example: '- Meeting of Overview & Scrutiny Committee, Monday, 9th March, 2020 6.30 p.m. (Item 8.)',
    pattern: new RegExp(`^-?\\s*Meeting of (?:the )?(.+?),\\s+${WRITTEN}`),
    committee: 1,
    date: { group: 2, written: 'words' },
    onItemPage: true,
  },
  {
    shape: 'a meeting page’s title: "Agenda for" the body "on" the date',
    example: 'Agenda for Joint Executive (Cabinet) Committee on Tuesday 24 July 2018, 6.00 pm',
    // Not "Agenda for the meeting held on 4th March 2024", which names no body.
    pattern: new RegExp(
      `^Agenda (?:and (?:minutes|decisions) )?for (?!(?:the )?meeting\\b)(?:the )?(.+?) on ${WRITTEN}`,
    ),
    committee: 1,
    date: { group: 2, written: 'words' },
  },
  {
    shape: 'a Welsh minutes title: "Cofnodion" of a meeting of the council, then the date',
    example: 'Cofnodion o gyfarfod Cyngor Cymuned Llanfor - 12/04/23',
    pattern:
      /^Cofnodion (?:o |y )?(?:gyfarfod|cyfarfod)(?: (?:o|y))? ((?:Cyngor|Pwyllgor) [\w'’ -]+?)\s*[-–]\s*(\d{1,2}\/\d{1,2}\/\d{2,4})$/,
    committee: 1,
    date: { group: 2, written: 'numeric' },
  },
  {
    shape: 'a minutes title: "Minutes of" the body, a dash and the date in figures',
    example: 'Minutes of Ashby Fen Community Council - 20/11/23',
    pattern: /^Minutes of (?:the )?([A-Z][\w'’&,() -]{2,100}?)\s+[-–]\s+(\d{1,2}\/\d{1,2}\/\d{2,4})$/,
    committee: 1,
    date: { group: 2, written: 'numeric' },
  },
  {
    shape: 'the word "Minutes" and the date in figures, on a line of their own',
    example: 'Minutes 12/4/2021',
    pattern: /^(?:(?:Draft|Approved|Signed|Confirmed) )?Minutes\s*[-–:]?\s*(\d{1,2}\/\d{1,2}\/\d{2,4})$/i,
    date: { group: 1, written: 'numeric' },
  },
  {
    shape: 'the body, then "Meeting Minutes" and the date in figures',
    example: 'Finance Committee Meeting Minutes 05.11.26',
    pattern: new RegExp(
      `^${NAMED_BODY}\\s+(?:Meeting\\s+)?Minutes\\s*[-–:]?\\s*(\\d{1,2}[./]\\d{1,2}[./](?:\\d{2}|\\d{4}))$`,
    ),
    committee: 1,
    date: { group: 2, written: 'numeric' },
  },
  {
    shape: 'the body, then "Minutes" and the date',
    example: 'Parish Council Minutes 6th December 2012',
    pattern: new RegExp(`^${NAMED_BODY}\\s+Minutes\\b[\\s,:–-]*${WRITTEN}\\.?$`),
    committee: 1,
    date: { group: 2, written: 'words' },
  },
  {
    shape: 'the date, a dash, then the body and "Minutes"',
    example: '1 November 2022 – Planning Committee Minutes',
    pattern: new RegExp(`^${WRITTEN}\\s+[–—-]\\s+${NAMED_BODY}\\s+(?:Meeting\\s+)?(?:Draft\\s+)?Minutes$`),
    committee: 2,
    date: { group: 1, written: 'words' },
  },
  {
    shape: 'a minutes title: "Minutes of the" body "Meeting held"',
    example: 'Minutes of the Parish Council Meeting held on Wednesday 10th October 2012 at 7.15 p.m.',
    // Also "Minute s of …", its word broken in copying, and "… Drainage Board Meeting Held at …".
    pattern: new RegExp(
      `^Minute ?s? of (?:the |a )?(?:(?:Special|Annual|Extraordinary|Ordinary) )?${NAMED_BODY} (?:[Mm]eeting|MEETING),? (?:[Hh]eld|HELD)\\b(?:.*?\\bon\\s+${WRITTEN})?`,
    ),
    committee: 1,
    date: { group: 2, written: 'words' },
  },
  {
    shape: 'a minutes title that names a local council in small letters',
    example: 'Minutes of parish council meeting held on October 30th 2026',
    // Also "A meeting of the town council was held on …", and with "above-named" before the council.
    pattern: new RegExp(
      `^(?:Minutes of|A meeting of|The ?meeting of) (?:the |a )?(?:above-named )?((?:[Pp]arish|[Tt]own|[Cc]ommunity) [Cc]ouncil)(?: meeting)?,? (?:was )?held\\b(?:.*?\\bon\\s+${WRITTEN})?`,
    ),
    committee: 1,
    date: { group: 2, written: 'words' },
  },
  {
    shape: 'the body, then "Meeting held on" and the date',
    example: 'Ashby Fen Community Council Meeting held on Wednesday 16th June 2021',
    // Not a minutes title, which other rules read ("LEIRE PARISH COUNCIL Minutes of the Parish Council Meeting held on").
    pattern: new RegExp(
      `^(?!(?:For|Of|At|In|On|To|By)\\b)(?![^.]*\\b(?:Minutes|MINUTES)\\b)${NAMED_BODY}\\s+(?:Meeting|MEETING),?\\s+(?:held|HELD)\\b(?:.*?\\bon\\s+${WRITTEN})?`,
    ),
    committee: 1,
    date: { group: 2, written: 'words' },
  },
  {
    shape: 'the body, then "Minutes of the meeting:" and the date, in a page run together',
    example:
      'CCC Minutes February 2021 Ashby Fen Community Council Minutes of the meeting: Monday 8th February 2021 (v2)',
    pattern: new RegExp(`(?:^|\\s)${NAMED_BODY}\\s+Minutes of (?:the )?[Mm]eeting\\s*[:–-]?\\s*${WRITTEN}`),
    committee: 1,
    date: { group: 2, written: 'words' },
  },
  {
    shape: 'the body, then "Minutes", on a line of its own',
    example: 'Northshire Council Minutes',
    // Not the month of the meeting ("October Council Minutes"). Also "Council Meeting Minutes".
    pattern: new RegExp(
      `^(?!(?:${MONTH_NAMES.join('|')})\\b)${NAMED_BODY}\\s+(?:(?:Meeting|MEETING)\\s+)?(?:Minutes|MINUTES)$`,
    ),
    committee: 1,
  },
  {
    shape: 'a minutes title in capitals: "MINUTES OF" the body "HELD"',
    example: 'MINUTES OF ASHBY FEN PARISH COUNCIL HELD ON THURSDAY 24th SEPTEMBER 2020 AT 7.00PM',
    pattern:
      /^MINUTES OF (?:THE )?((?:[A-Z][A-Z&'’()-]*,? (?:(?:AND|OF|FOR|&) )*){0,8}(?:COMMITTEE|COUNCIL|CABINET|BOARD|PANEL|FORUM|COMMISSIONERS|AUTHORITY|ASSEMBLY))(?: MEETING)?,? HELD\b/,
    committee: 1,
  },
  {
    shape: 'a Scottish minute title: "Minute of Meeting" and the body',
    example: 'MINUTE of MEETING of the INFRASTRUCTURE SERVICES COMMITTEE held in the Town Hall',
    // Also of a kind of meeting: "MINUTE of SPECIAL MEETING of the CONTRACT SERVICES COMMITTEE held …".
    pattern:
      /^(?:Minutes?|MINUTES?) (?:of|OF) (?:the |THE |an? |AN? )?(?:(?:Special|SPECIAL|Annual|ANNUAL|Extraordinary|EXTRAORDINARY|Ordinary|ORDINARY) )?(?:Meeting|MEETING) (?:of |OF )?(?:the |THE )?((?:[A-Z][\w&'’()-]*,? (?:(?:and|of|for|on|the|&|AND|OF|FOR|ON|THE) )*){0,8}(?:Committee|Council|Cabinet|Board|Panel|Executive|Forum|Sub-Committee|Commission|Group|Assembly|Partnership|Authority|COMMITTEE|COUNCIL|CABINET|BOARD|PANEL|EXECUTIVE|FORUM|SUB-COMMITTEE|COMMISSION|GROUP|ASSEMBLY|PARTNERSHIP|AUTHORITY))\b/,
    committee: 1,
  },
  {
    shape: 'a printed minutes title: "At a meeting of" the body "held"',
    example: 'At a MEETING of the SCRUTINY COMMITTEE held at Kinnaird on 11th September, 2019.',
    // Also without "At a": "Meeting of the Parish Council held at 7PM on Monday 11th September 2017". Not across a
    // sentence's end: "Annual Meeting of the Authority. This meeting will be held online".
    pattern: new RegExp(
      `^(?:At (?:a|an|the) )?(?:(?:special|ordinary|annual|extraordinary) )?meeting of (?:the )?((?:(?!\\.\\s)[^;])+?),? held\\b(?:.*?\\bon\\s+${WRITTEN})?`,
      'i',
    ),
    committee: 1,
    date: { group: 2, written: 'words' },
  },
  {
    shape: 'a printed minutes title: "At a meeting of" the body, on a line of its own',
    example: 'At a Meeting of Whorlton and Westwick Parish Council',
    pattern: new RegExp(
      `^At (?:a|an|the) (?:(?:[Ss]pecial|[Oo]rdinary|[Aa]nnual|[Ee]xtraordinary) )?(?:[Mm]eeting|MEETING) (?:of|OF) (?:the |THE )?${NAMED_BODY}\\.?$`,
    ),
    committee: 1,
  },
  {
    shape: 'a body in capitals, then "MINUTES" and what follows',
    // Also "… COMMUNITY COUNCIL BUSINESS MEETING MINUTES 7:00 to 9:30pm". Not the council over another body's minutes:
    // "PARISH COUNCIL MINUTES OF THE PLANNING COMMITTEE", "… AUTHORITY MINUTES OF THE BOARD MEETING".
    example: 'LONGFRAMPTON PARISH COUNCIL MINUTES OF MEETING Meeting on: 6th September 2017',
    pattern:
      /^((?:[A-Z][A-Z&'’()-]*,? (?:(?:AND|OF|FOR|&) )*){0,8}(?:COMMITTEE|COUNCIL|CABINET|BOARD|PANEL|FORUM|COMMISSIONERS|AUTHORITY|ASSEMBLY)) (?:(?:[A-Z]+ )?MEETING )?(?:DRAFT )?MINUTES(?=$|\s+OF\s+(?:THE\s+|A\s+)?(?:(?:ANNUAL|ORDINARY|SPECIAL|EXTRAORDINARY|MONTHLY|GENERAL|VIRTUAL|REMOTE|ONLINE)\s+)?MEETING\b|\s+[A-Z][a-z]|\s+\d)/,
    committee: 1,
  },
  {
    shape: 'a summons to a meeting of a body',
    example: 'SUMMONS TO COUNCIL',
    pattern: /^SUMMONS TO (?:(?:A|THE) )?(?:MEETING OF (?:THE )?)?([A-Z][A-Z &'’()-]{2,80}?)(?:\s+(?=[a-z])|$)/,
    committee: 1,
  },
  {
    shape: 'a meeting page’s title: the body, then the date in figures',
    example: 'Scrutiny Committee - 11/09/2019',
    pattern: new RegExp(`^([A-Z][\\w&,'’() -]{2,100}?)\\s+[-–]\\s+${DMY}$`),
    committee: 1,
    date: { group: 2, written: 'numeric' },
  },
  {
    shape: 'a meeting of a body, in capitals on a line of its own',
    example: 'MEETING OF POLICE AND CRIME PANEL',
    pattern:
      /^(?:(?:SPECIAL|ANNUAL|EXTRAORDINARY|ORDINARY) )?MEETING OF (?:THE )?([A-Z][A-Z &'’()-]{2,80}(?:COMMITTEE|PANEL|BOARD|CABINET|EXECUTIVE|FORUM|COMMISSION|AUTHORITY|COUNCIL))$/,
    committee: 1,
  },
  {
    shape: 'a "Minutes of Meeting of:" or "Notes of:" field',
    example: 'Minutes of Meeting of: Council',
    // Also "Notes of: AREA FORUM (including Ashby and Fenton)": the body, then the places it covers.
    pattern: /^(?:Minutes|Notes) of(?: (?:the )?Meeting of)?:\s*(.{2,80}?)(?:\s+\([^()]*\)?)?$/i,
    committee: 1,
  },
  {
    shape: '"Agenda" or "Minutes", a dash and the body',
    example: 'Agenda - Play Areas Committee',
    pattern:
      /^(?:Agenda|AGENDA|Minutes|MINUTES)\s+[-–]\s+((?:[A-Z][\w&,'’()-]*\s+(?:(?:and|of|for|&)\s+)*){0,8}(?:Committee|Sub-Committee|Panel|Board|Cabinet|Executive|Forum|Commission|Group|Council))$/,
    committee: 1,
  },
  {
    shape: 'the council, a dash and the body, on a line of their own',
    example: 'Northshire Council - Cabinet',
    // Also after the venue, as a meeting's page may print it, and with the day run on from the line below: "Online
    // meeting, Northshire Council - Cabinet Wednesday, 9th September, 2020 3.00 pm".
    pattern:
      /^(?:[^,]{2,60},\s+)?(?:The )?(?:[A-Z][\w'’&-]*\s){1,4}(?:County |City |Borough |District |Metropolitan Borough |Town |Parish )?Council\s+[-–]\s+(?!(?:Meeting|MEETING|Agenda|AGENDA|Minutes|MINUTES|Notice)\b)((?:[A-Z][\w&,'’()-]*\s+){0,8}?(?:Committee|Cabinet|Board|Panel|Executive|Forum|Commission|Group|Partnership|Authority|Council))(?:\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b.*)?$/,
    committee: 1,
  },
  {
    shape: 'a body’s name on a line of its own (with the years it sat, for a body since replaced, or its quorum)',
    example: 'Communities and Place Committee (2015 - 2021)',
    // Also "Fenshire Pension Board (Quorum 2 – 1 member of each representative group)"; a committee's part in brackets,
    // which is its name ("Overview & Scrutiny Committee (Communities and Services) Minutes"); and the item a page is in a
    // later pack ("Item 2 National Park Authority Planning Committee"). Not "Chief Executive" under "Yours faithfully", who
    // signed a summons.
    pattern:
      /^(?:(?:Agenda )?Item \d{1,3}[a-z]?\s+)?(?:The )?((?:[A-Z][\w&,'’()-]*\s(?:(?:and|of|for|on|&|the)\s)*){0,8}(?:Committee|Panel|Board|Cabinet|(?<!Chief )Executive|Forum|Sub-Committee|Commission|(?:Town|Parish|Community|Full) Council)(?:\s\((?![^()]*\d)[A-Z][\w&,'’ -]{2,60}\)(?=\s+(?:Meeting|Minutes|MINUTES|Agenda)$))?)(?:\s+(?:Meeting|Minutes|MINUTES|Agenda)|\s+\([^()]{1,80}\))?$/,
    committee: 1,
  },
  {
    shape: 'a body’s name on a line of its own, the meeting’s date on the next',
    example: 'Fire and Rescue Authority\n17 October 2018',
    pattern: new RegExp(
      `^(?:The )?((?:[A-Z][\\w&,'’()-]*\\s(?:(?:and|of|for|on|&|the)\\s)*){0,8}(?:Committee|Panel|Board|Cabinet|Executive|Forum|Sub-Committee|Commission|Authority|Council))\\n${WRITTEN}$`,
    ),
    committee: 1,
    lines: 2,
  },
  {
    shape: 'a body’s name and the meeting’s date on a line of their own',
    example: 'Quality & Performance Scrutiny Committee 26th January 2004',
    // Also with "Meeting", "agenda" or "minutes" between: "Board Meeting 16th March 2020", "Ashby Community Council agenda,
    // 14 December 2023".
    pattern: new RegExp(
      `^(?:The )?((?:[A-Z&][\\w&,'’()-]*\\s*(?:(?:and|of|for|on|&|the)\\s)*){0,8}(?:Committee|Panel|Board|Cabinet|Executive|Forum|Sub-Committee|Commission|Council))(?:\\s+(?:Meeting|MEETING|[Aa]genda|[Mm]inutes))?,?\\s+${WRITTEN}(?:\\s+(?:Meeting|Minutes|minutes|Agenda))?$`,
    ),
    committee: 1,
    date: { group: 2, written: 'words' },
  },
  {
    shape: 'a body’s name, the month and the year, then "minutes"',
    example: 'Parish Council March 2017 minutes',
    pattern:
      /^(?:The )?((?:[A-Z][\w&,'’()-]*\s(?:(?:and|of|for|on|&|the)\s)*){0,8}(?:Committee|Panel|Board|Cabinet|Executive|Forum|Sub-Committee|Commission|Council))\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\s+(?:[Mm]inutes|MINUTES)$/,
    committee: 1,
  },
  {
    shape: 'a meeting page’s title: the body, then the date',
    example: 'Licensing Committee - Tuesday, 4th March, 2024 10.00 am',
    // Also a body numbered among its like: "Plans Sub-Committee No. 2 - Tuesday 6 March 2018 6.30 pm". Not a sentence before a dash: "Council received and noted the minutes of the Committee meetings held between 28 June
    // – 30 September 2022", nor an agenda's item that names the last meeting ("APPROVE MINUTES FROM LAST MEETING – 3rd
    // January 2017"), nor an item with its papers that are another body's minutes ("Corporate Parenting Panel - 20 June
    // 2023 pdf icon PDF 4 MB"), nor a report's title in capitals ("BUDGET MONITORING PACK - 31 OCTOBER 2024"), nor a
    // report to another meeting listed among the papers ("Staffing Report to Cabinet – 18 October 2005").
    pattern: new RegExp(
      `^(?!.*(?:${PAPERS_AFTER_TITLE.source}))(?!(?:[^–-]*?\\b[a-z]{4,}\\b){4})(?![^–-]*\\b(?:[Pp]revious|PREVIOUS|[Ll]ast|LAST|APPROVE|CONFIRM)\\b)(?![^–-]*\\b(?:[Rr]eport|REPORT)s? (?:to|TO|for|FOR)\\b)(?!(?![^–-]*\\b(?:COMMITTEE|COUNCIL|CABINET|BOARD|PANEL|FORUM|ASSEMBLY|EXECUTIVE|AUTHORITY|COMMISSION|GROUP|PARTNERSHIP|MEETING)\\b)[A-Z0-9&,'’() ]+\\s+[-–]\\s)([A-Z](?:No\\. ?\\d|[\\w&,'’() -]){2,100}?)(?:\\s+[-–]\\s+|(?<=(?:Committee|Council|Cabinet|Board|Panel|Forum)):\\s+(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))${WRITTEN}`,
    ),
    committee: 1,
    date: { group: 2, written: 'words' },
    oncePerBodyMeeting: true,
  },
  {
    shape: 'a title naming the kind of meeting of a body, then its date',
    example: 'Extra-ordinary Full Council meeting, 16/08/2022 – minutes',
    pattern: new RegExp(
      `^(?:(?:Extra-?ordinary|Special|Annual|Ordinary) )?${NAMED_BODY} [Mm]eeting[,:] (?:${DMY}|${WRITTEN})`,
    ),
    committee: 1,
  },
  {
    shape: 'a council in capitals, then "Minutes of the … Meeting of the" body "held on" the date',
    example:
      'ASHBY TOWN COUNCIL Recreation Committee Minutes Minutes of the Extraordinary Meeting of the Recreation Committee held on the 30 January 2017 at the Council Offices',
    pattern: new RegExp(
      `^(?:[A-Z][A-Z&'’.-]+ ){0,6}(?:COUNCIL|COMMITTEE|BOARD|PANEL|COMMISSIONERS|AUTHORITY|FORUM)\\b.{0,80}?\\b[Mm]inutes of (?:the|a|an) (?:[\\w-]+ ){0,3}[Mm]eeting of (?:the )?${NAMED_BODY},? held (?:.*? )??on (?:the )?${WRITTEN}`,
    ),
    committee: 1,
    date: { group: 2, written: 'words' },
  },
  {
    shape: 'the body, then "Held at" the place and the date',
    example:
      'Finance & General Purposes Committee Held at Guildhall, Frankwell Quay, Ashby At 6.00pm Monday 10 April 2017',
    pattern: new RegExp(
      `^${NAMED_BODY}\\s+(?:Meeting\\s+)?(?:[Hh]eld|HELD) at\\b(?:[^.]|(?<=\\d)\\.(?=\\d)){0,150}?${WRITTEN}`,
    ),
    committee: 1,
    date: { group: 2, written: 'words' },
  },
  {
    shape: 'a body in capitals, then "Minutes of the … Meeting held on" the date',
    example: 'MARSH DITTON PARISH COUNCIL Draft Minutes of the Ordinary Meeting held on Wednesday 2 June 2021 at 7 pm',
    pattern: new RegExp(
      `^((?:[A-Z][A-Z&'’.-]+ ){0,6}(?:COUNCIL|COMMITTEE|BOARD|PANEL|COMMISSIONERS|AUTHORITY|FORUM))\\b.{0,80}?\\b[Mm]inutes of (?:the|a|an) (?:[\\w-]+ ){0,3}[Mm]eeting held (?:.*? )??on ${WRITTEN}`,
    ),
    committee: 1,
    date: { group: 2, written: 'words' },
  },
  {
    shape: 'a body, a dash, the kind of meeting and its date',
    example: 'Marsh Ditton and Lea Parish Council – Extraordinary Meeting Tuesday 12th March 2019, 7pm',
    pattern: new RegExp(
      `^([A-Z][\\w&,'’() -]{2,100}?)\\s+[-–]\\s+(?:(?:Annual|Extra-?ordinary|Special|Ordinary|Monthly|Full|General) )*Meeting,?\\s+(?:held\\s+)?(?:on\\s+)?${WRITTEN}`,
    ),
    committee: 1,
    date: { group: 2, written: 'words' },
  },
  {
    shape: 'a meeting page’s title: the body, then "Meeting of"',
    example: 'Upper Bidwell Parish Council - Meeting of the Parish Council',
    pattern: /^([A-Z][\w&,'’() -]{2,100}?)\s+[-–]\s+(?:(?:Annual|Extraordinary|Special|Ordinary) )?Meeting of\b/,
    committee: 1,
  },
  {
    shape: 'a report’s or page’s field naming the body it is for',
    example: 'Report to: Place Overview and Scrutiny Committee',
    pattern: new RegExp(
      `^(?:Report to|Meeting|Committee|Name of (?:the )?(?:Committee|Meeting)):\\s*(?:the )?${NAMED_BODY}$`,
    ),
    committee: 1,
  },
  {
    shape: 'a report to a body on a date',
    example: 'To: Scrutiny Board 2 – 16 September 2021',
    // Not the members it is sent to: "TO: Councillors R Ash (Chairman), B Birch … NOTICE OF MEETING …".
    pattern: new RegExp(
      `^to:\\s*(?!(?:all )?(?:councill?ors|cllrs|members)\\b)([^.;]{2,80}?)\\s*(?:[-–,]\\s*)?${WRITTEN}`,
      'i',
    ),
    committee: 1,
    date: { group: 2, written: 'words' },
  },
  {
    shape: 'a body in capitals, then "Date:"',
    example: 'CABINET Date: 13th November 2018',
    pattern: new RegExp(`^([A-Z][A-Z &,'’-]{2,60}?)\\s+Date:\\s*${WRITTEN}`),
    committee: 1,
    date: { group: 2, written: 'words' },
  },
  {
    shape: 'when the meeting took place',
    example: 'The monthly meeting of the Council took place on Thursday 5th October 2023 at 6.30pm',
    // Not a meeting yet to come: "… would be submitted to the meeting to be held on the 22nd July, 2019", "Agrees that an
    // Extraordinary meeting of full Council be held on 29 June 2021". Not another body's meeting reported on: "Report from
    // the meeting held on 12th November 2020", "At the Panel meeting held on 24 April 2025 members agreed …", "The Chairman
    // outlined that, at the Panel meeting held on 4 February 2026,
    // the PCC had presented …", "This report provides details of the meeting of the Working Group held on …", "At its
    // meeting held on 21 November 2024, the Review Group had considered …". Not the
    // last meeting's minutes, even run together: "Approve theMinutes of", "The minutes from the meeting held on", nor
    // headed so and approved: "MINUTES OF MEETING HELD ON 3RD MARCH 2026. These were approved." Nor a decision called
    // in from another meeting: "… calling in the Cabinet's decision at Minute EX.4 of its meeting held on …". Nor the day of
    // something else the meeting followed: "… the meeting was held in line with the rules confirmed on the 19 July 2021".
    pattern: new RegExp(
      `^(?!.+(?:minutes?|notes|record) (?:of|for|from)\\b|.*\\b[Mm]inute (?:[Nn]o\\.? ?)?[A-Z]{0,4}[\\w./]*\\d[\\w./]* (?:of|at|from)\\b|.*\\b(?:calling|called) in\\b|At (?:its|their) |At the [^.]{0,80}?\\bmeeting held on [^.]{5,40}?\\d{4},?\\s+${WHO_DID_WHAT}|.*\\b(?:reports?|details|notes|outcomes?) (?:from|of) (?:the|a|an)\\b|.*\\barising from\\b|(?:[\\w.]+\\s+)?To [a-z]+\\b|.*(?:,|\\bthat)\\s+at the (?:[\\w&'’-]+ ){0,8}meeting\\b|.*\\b(?:circulated|attached|enclosed|herewith)\\b|.*\\bheld on [^.]{3,40}\\.\\s+(?:These|They|The minutes) (?:were|was) (?:duly )?(?:approved|signed|accepted|confirmed|agreed)\\b).*?(?<!(?:last|previous|next|special|that) )\\bmeeting\\b[^.]{0,80}?\\b(?:took place|was held|(?<!\\b(?:to|would|[Cc]ouncil|[Cc]ommittee|[Bb]oard|[Mm]eeting) be )held|met)\\b[^.]{0,60}?(?<!\\b(?:confirmed|announced|published|issued|introduced|made|dated|signed|approved|adopted|lifted|eased) )\\bon (?:the )?${WRITTEN}`,
      'i',
    ),
    date: { group: 1, written: 'words' },
  },
  {
    shape: 'a title in capitals: the council, then the body',
    example: 'THE WESTDALE COUNCIL - PLANNING AND LICENSING COMMITTEE – REMOTE MEETING',
    pattern:
      /^(?:THE )?[A-Z][A-Z &'’,-]+ COUNCIL\s+[-–]\s+([A-Z][A-Z ,&'’()-]*?(?:COMMITTEE|PANEL|BOARD|CABINET|EXECUTIVE|FORUM|COMMISSION))\b/,
    committee: 1,
  },
  {
    shape: 'the body, then its meeting’s date as a field, at the start of the page',
    example: 'Licensing Committee Date: 14th May, 2009, 10:00 am, Place: Committee Room 2',
    pattern: new RegExp(
      `^((?:[A-Z][\\w&'’()-]*,?\\s+(?:(?:and|of|for|&)\\s+)*){0,6}(?:Committee|Sub-Committee|Panel|Board|Cabinet|Council|Executive|Forum|Group|Authority))\\s+Date\\s*:\\s*${WRITTEN}`,
    ),
    committee: 1,
    date: { group: 2, written: 'words' },
  },
  {
    shape: 'a title line: the council, a dash, then its committee',
    example: 'Ashby Fen Town Council - Amenities and Open Spaces Committee',
    pattern:
      /^(?:The )?(?:[A-Z][\w'’-]*\s+){1,4}(?:(?:Parish|Town|City|District|Borough|County|Community)\s+)?Council\s+[-–—]\s+((?:[A-Z][\w'’&()-]*,?\s+(?:(?:and|of|for|&)\s+)*){0,6}(?:Committee|Sub-Committee|Panel|Board|Forum|Working Group))\s*$/,
    committee: 1,
  },
  {
    shape: 'the date and time of the meeting on a line of their own',
    example: '23/02/2015 am 6:30 pm',
    pattern: new RegExp(`^${DMY}(?:,? (?:at|am|@) \\d{1,2}[.:]\\d{2}\\s*(?:[ap]\\.?m\\.?)?)?$`),
    date: { group: 1, written: 'numeric' },
    meetingPapersOnly: true,
  },
  {
    shape: 'the day, date and time of the meeting in words, on a line of their own',
    example: 'THURSDAY 5th FEBRUARY 2015 AT 7.30pm',
    pattern: new RegExp(
      `^${WRITTEN},?\\s+(?:at|@)\\s+\\d{1,2}(?:[.:]\\d{2}\\s*(?:[ap]\\.?m\\.?)?|\\s*[ap]\\.?m\\.?)$`,
      'i',
    ),
    // Read on any paper: an excerpt that opens on this line has no title to say it is minutes.
    date: { group: 1, written: 'words' },
  },
  {
    shape: 'a "Date:" field',
    example: 'Date: Thursday, 15 May 2025',
    // Also with no colon after "of Meeting", in a table run into lines: "Date of Meeting 18th May 2020".
    pattern: new RegExp(`^(?:Meeting )?Date(?: of (?:the )?meeting:?|:)\\s*${WRITTEN}`, 'i'),
    date: { group: 1, written: 'words' },
    meetingPapersOnly: true,
  },
  {
    shape: 'a meeting of a body to be held',
    example: 'A meeting of the Highfield Town Council will be held in the Council Chamber',
    // Also "This is a meeting of the Policy and Performance Scrutiny Panel of Ashby Borough Council held on …", and a
    // summons: "… are duly required to attend the next meeting of Ashby Parish Council to be held at …"; and after its day:
    // "On Monday 3 rd June 2019 a Meeting of Ashby Council was held in the Hall".
    pattern: new RegExp(
      `(?:^(?:A|An|The|This is (?:a|the)|On [^.]{3,40}?\\b(?:19|20)\\d{2},? (?:a|an|the|A|An|The))|\\battend (?:a|an|the)) (?:[\\w-]+ )?[Mm]eeting of (?:the )?${NAMED_BODY}(?: of (?:the )?(?:[A-Z][\\w'’-]* ){1,4}Council)? (?:(?:will be|was|is to be|to be) )?held\\b`,
    ),
    committee: 1,
  },
  {
    shape: 'a letter’s date, then the meeting of a body to be held',
    example: '14th May, 2026 A meeting of the AMENITIES COMMITTEE will be held in the Pavilion on Tuesday 19th May',
    // A notice run together onto one line with the letter's heading, the body's name in capitals.
    pattern: new RegExp(
      `\\b(?:19|20)\\d{2},?\\s+(?:A|An) (?!next\\b)(?:[\\w-]+ )?meeting of (?:the )?${NAMED_BODY_IN_CAPITALS} (?:will be|is to be|to be) held\\b`,
    ),
    committee: 1,
  },
  {
    shape: 'a summons or an invitation to a body’s meeting',
    example:
      'You are hereby summoned to attend a meeting of Highfield Town Council on Tuesday 8 December 2026 at 7.30pm',
    // Also with the kind of meeting before "meeting of" ("an Ordinary Meeting of the Parish Council"), the body before
    // "meeting" ("a scheduled Parish Council meeting"), and "You are invited to attend a Meeting of the Parish Council". Not
    // a person invited to a meeting ("Mrs Ash would be invited to attend the next Council meeting").
    pattern: new RegExp(
      `\\b(?:are|is|ARE|IS) (?:hereby |HEREBY )?(?:summoned|SUMMONED|invited|INVITED) to (?:attend )?(?:an?|the|A|AN|THE) (?:[A-Za-z-]+ ){0,2}?(?:(?:meeting|Meeting|MEETING) of (?:the )?)?${NAMED_BODY}`,
    ),
    committee: 1,
  },
  {
    shape: 'the members of a body summoned to its meeting',
    // Not members invited to suggest items ("Members of the Board are invited to put forward items for future agendas").
    example: 'Members of the Investment Sub Committee are summoned to attend a meeting in the Council Chamber',
    pattern: new RegExp(`^(?:The )?[Mm]embers of (?:the )?${NAMED_BODY} are (?:hereby )?summoned to\\b`),
    committee: 1,
  },
  {
    shape: 'a notice of a body’s meeting',
    example: 'NOTICE is hereby given that a Meeting of the Parish Council will take place on Thursday 10 December 2026',
    // Also "I hereby give notice that the next meeting of the Community Council will be held in the vestry".
    pattern: new RegExp(
      `\\b(?:notice|NOTICE) (?:is (?:hereby )?given )?that (?:an?|the) (?:next )?(?:[A-Za-z-]+ ){0,2}?(?:meeting|Meeting|MEETING) of (?:the )?${NAMED_BODY}(?:[^.]{0,80}?\\b(?:on|ON) ${WRITTEN})?`,
    ),
    committee: 1,
    // The day it gives is the meeting's, not the day of the letter it is printed in ("Clerk 6th October 2020 | … notice
    // is given that the next meeting of the Town Council will be held by video on 12th October 2020").
    date: { group: 2, written: 'words' },
  },
  {
    shape: 'a body that held its meeting, or met on a day',
    example: 'Highfield Town Council held their meeting at 7.30pm on 4 March 2024.',
    // Also "Ashby Community Council met on Thursday 11 July 2019 at 7.30 pm".
    pattern: new RegExp(`^(?:The )?${NAMED_BODY} (?:held (?:their|its|a|an) (?:[\\w-]+ )?meeting|met on)\\b`),
    committee: 1,
  },
];

/**
 * What the text says in passing about the body whose minutes these are: it
 * approves its own previous minutes, makes its decisions, elects its chair.
 */
export const BODY_IN_TEXT_RULES: HeaderRule[] = [
  {
    shape: 'the body’s own previous minutes',
    example: 'RESOLVED that the minutes of the meeting of Cabinet held on 8 June 2021 be approved.',
    // Not another body's minutes, received, noted or adopted: "That the minutes of the Advisory Panel meeting held on … be
    // received."
    pattern: new RegExp(
      `(?<!\\b(?:receive|note|adopt)\\s(?:the\\s)?)\\b[Mm]inutes? of (?:the )?(?:(?:last|previous) )?(?:meeting of )?(?:the )?${NAMED_BODY}(?:(?: meeting)? held(?: on)?| meeting (?:of|on)(?= \\d))\\b(?![^.;]*\\b(?:be|were|was|are) (?:received|noted|adopted)\\b(?! and (?:approved|confirmed|signed|agreed)\\b))`,
    ),
    committee: 1,
    anywhere: true,
  },
  {
    shape: 'the body’s own previous minutes, their date before its name',
    example: 'RESOLVED that the minutes of the 4th March, 2021 Housing Scrutiny Panel be approved as a true record.',
    pattern: new RegExp(
      `\\b[Mm]inutes of the \\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+,? \\d{4},? ${NAMED_BODY}(?: meeting)? be (?:approved|confirmed|signed|agreed)\\b`,
    ),
    committee: 1,
    anywhere: true,
  },
  {
    shape: 'a body in capitals that resolved',
    example: 'COUNCIL RESOLVED - That the report be noted.',
    pattern:
      /^(?:THE )?((?:[A-Z]{2,} (?:AND |OF |FOR |& )*){0,5}(?:COUNCIL|CABINET|COMMITTEE|PANEL|BOARD|EXECUTIVE))\s+(?:RESOLVED|AGREED|DECIDED)\b/,
    committee: 1,
    anywhere: true,
  },
  {
    shape: 'a named body that decides',
    example: 'The Housing Scrutiny Panel noted the progress made.',
    // Also as a resolution's lead-in: "That the Overview and Scrutiny Committee resolves to:", and on a news page: "The
    // Leadership Board of the Ashby Combined Authority has today (March 24) agreed …"; and as a lettered part: "A. That
    // Council agreed the changes to the constitution".
    pattern: new RegExp(
      `^(?:[A-H]\\.\\s+(?=That ))?(?:That )?(?:The |the )?${NAMED_BODY}(?: (?:also|then|unanimously|further))?(?: ha(?:s|ve))?(?: (?:today|now))?(?: \\([^()]{1,30}\\))? (?:RESOLVED|resolved|resolves|noted|notes|agreed|agrees|approved|approves|endorsed|endorses|decided|decides|had before it)\\b`,
    ),
    committee: 1,
    anywhere: true,
  },
  {
    shape: 'a resolution that the council itself does something',
    example: 'It was RESOLVED that the Council adopt the revised licensing policy from 1 April.',
    // Not what another body puts to it: "RESOLVED that the Council be recommended to …", "… that Council notes that …".
    pattern:
      /^(?:It was )?RESOLVED,?\s*(?:[:–—-]\s*)?that (?:the )?((?:Full |County |City |Borough |District |Town |Parish )?Council)(?:\s*:?\s*$|\s+(?!be\b|is\b|was\b|has\b|had\b|will\b|would\b|should\b|may\b|notes? that\b)[a-z]{3,}\b)/,
    committee: 1,
    anywhere: true,
  },
  {
    shape: 'a body named in full that considered what was put to it',
    example: 'The Transport Appeals Sub-Committee also considered what the parents said at the hearing.',
    // Its name in two words or more: not "The Commission considered …", which may be any commission.
    pattern:
      /^(?:The |the )?((?:(?!The\b|This\b|That\b)[A-Z][\w&'’-]*\s+(?:(?:and|of|for|&)\s+)?){1,6}(?:Sub-Committee|Committee|Panel|Board|Commission|Forum))(?: (?:also|then|further))? considered(?! that| whether| it)\b/,
    committee: 1,
    anywhere: true,
  },
  {
    shape: 'a body named in small letters that decides',
    example: 'The overview and scrutiny committee discussed the work programme and agreed that it be updated.',
    pattern:
      /^The ((?:(?!the\b)[a-z][\w&'’-]* (?:and |of |for |& )?){1,5}(?:committee|panel|board|sub-committee|commission)) (?:discussed|considered|noted|agreed|resolved|decided|approved|received)\b/,
    committee: 1,
    anywhere: true,
  },
  {
    shape: 'the chair welcoming everyone to a named body’s meeting',
    example: 'The Chair welcomed everyone to the meeting of the Wellbeing Policy Development and Scrutiny Panel.',
    // Also an AGM ("… welcomed those present to the AGM of the Streets Forum"), and the chair's announcement read out:
    // "Welcome to this meeting of the Licensing Committee, which is being recorded".
    pattern: new RegExp(
      `(?:\\bwelcomed (?:everyone|all|all those|those|members|attendees|(?:all )?participants|guests)(?: present)? to|\\bWelcome to) (?:the|this) (?:[\\w-]+ )?(?:meeting|AGM|Annual General Meeting) of (?:the )?${NAMED_BODY}\\b`,
    ),
    committee: 1,
    anywhere: true,
  },
  {
    shape: 'the chair welcoming everyone to a named body’s first meeting of the year',
    example: 'The Chair welcomed members to the first Housing Scrutiny Board meeting of the year.',
    // Also with the body's remit in brackets: "… the first Scrutiny Board (Children and Families) meeting …".
    pattern: new RegExp(`\\bwelcomed [^.]{2,60}? to the first (${NAMED_BODY}(?: \\([A-Z][^()]{2,60}\\))?) meeting\\b`),
    committee: 1,
    anywhere: true,
  },
  {
    shape: 'what a named body’s decision was',
    example: 'The decision of the Licensing Sub-Committee was to suspend the licence for four weeks.',
    pattern: new RegExp(`\\b[Tt]he decision of (?:the )?${NAMED_BODY} was\\b`),
    committee: 1,
    anywhere: true,
  },
  {
    shape: 'a decision sheet of a named body’s meeting',
    example:
      'Set out below is a summary of the decisions taken at the Executive meeting held on Thursday, 18 March 2021.',
    // Also a news page's title: "Decisions made at Cabinet meeting – 9 July 2019".
    pattern: new RegExp(
      `\\b[Dd]ecisions? (?:taken|made) at (?:the |a )?${NAMED_BODY} meeting(?: (?:held )?on\\b|\\s*[–—-]\\s*\\d)`,
    ),
    committee: 1,
    anywhere: true,
  },
  {
    shape: 'the body a report was brought to, or kept informed',
    example: 'This was an information report to keep Cabinet informed of progress.',
    pattern:
      /\b(?:(?:brought|bringing) (?:the|this) report to|to keep) (Full Council|Council|Cabinet|the Executive)\b(?! Member)/,
    committee: 1,
    anywhere: true,
  },
  {
    shape: 'the body a report is for',
    example: 'Report of the Director of Adult Social Care, for the approval of the Health and Wellbeing Board.',
    // Also "… to help the Finance and Performance Scrutiny Committee review and plan its work".
    pattern: new RegExp(
      `\\b(?:for the (?:approval|consideration|information|attention|decision) of|(?:a )?report [^.;]{0,80}?\\bto help) (?:the )?${NAMED_BODY}\\b`,
    ),
    committee: 1,
    anywhere: true,
  },
  {
    shape: 'an officer’s report submitted to a named body',
    example:
      'The Director of Corporate Services submitted a report to the Governance and Audit Committee on health and safety.',
    pattern: new RegExp(`\\bsubmitted (?:a|the|an|his|her|their) (?:[\\w-]+ )?report to (?:the )?${NAMED_BODY}\\b`),
    committee: 1,
    anywhere: true,
  },
  {
    shape: 'the members of a named body a report is for',
    example:
      'This report gives Members of the Learning, Culture and Young People Scrutiny Committee information on two topics.',
    pattern: new RegExp(`\\b(?:gives|informs|asks|invites|updates) (?:the )?Members of (?:the )?${NAMED_BODY}\\b`),
    committee: 1,
  },
  {
    shape: 'a named body asked to decide, in its agenda',
    example: 'The Scrutiny and Overview Committee is asked to receive and review the update.',
    // Also "The Ashby Area Planning Committee is requested to …"; not "The Council is requested to note the evacuation
    // arrangements", a committee's agenda's standing words.
    pattern: new RegExp(
      `^(?:The |the )?${NAMED_BODY} (?:(?:is|are) (?:asked|recommended|invited) to|(?<!^(?:The |the )?(?:Full |Town |Parish |County |City )?Council )(?:is|are) requested to)\\b`,
    ),
    committee: 1,
    meetingPapersOnly: true,
    anywhere: true,
  },
  {
    shape: 'the chair elected of a named body',
    example: 'That Councillor Ames be elected Vice-Chairman of the Audit Committee for the year.',
    // Also who chairs in their absence: "In the absence of the chair and vice chair of the Licensing Committee", and one
    // appointed chair: "That Councillor Amran be appointed Chair of the Bradford West Area Committee".
    // Also "would invite nominations for Chair of the Health and Wellbeing Board", and "voted to elect Councillor Ann Ash as
    // Chair of the Standards Sub-Committee".
    pattern: new RegExp(
      `\\b(?:(?:elected|appointed) (?:as )?(?:Vice[- ])?Chair(?:man|person)?|(?:elect|appoint) (?:Councillor |Cllr\\.? )?[A-Z][\\w'’.-]*(?: [A-Z][\\w'’.-]*){0,2} as (?:Vice[- ])?Chair(?:man|person)?|nominations for (?:the )?(?:Vice[- ])?Chair(?:man|person)?|[Ii]n the absence of the (?:[Vv]ice[- ])?[Cc]hair(?:man|person)?(?: and (?:the )?[Vv]ice[- ][Cc]hair(?:man|person)?)?) of (?:the )?${NAMED_BODY}\\b`,
    ),
    committee: 1,
    anywhere: true,
  },
];

/**
 * "the Committee" names no body, nor do "Full" ("MINUTES OF THE FULL MEETING"), "Formal" and "Virtual", the kind of
 * meeting; "Minutes", "DECISION" and "Part B" say which part of a paper this is; "RECEIVE REPORT
 * FROM … STEERING GROUP" is an agenda's item.
 */
export const NOT_A_COMMITTEE =
  /^(?:the |this )?(?:committee|panel|sub-committee|group|forum|partnership|meeting|full|formal|virtual)$|\bpresent\b|^(?:minutes?|agenda|decisions?|agreed|noted|resolved|present|apologies|receive|approve|consider|discuss|part|contents|index|print|recommendations?|items?|unrestricted items|exempt items|public business|briefing note|report|issue|section|appendix|reasons?|transcript|volume|meeting (?:details|summary|information)|cofnodion|rhaglen)\b/i;

export function readDate(text: string, written: 'numeric' | 'words'): string | null {
  // "05.11.26" on its own, as a title's date: the dots for slashes.
  return written === 'numeric'
    ? numericDate(text.replace(/^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/, '$1/$2/$3'))
    : findWrittenDate(text);
}
