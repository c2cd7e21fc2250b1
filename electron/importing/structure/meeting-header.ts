import type { DocumentKind } from '../../../shared/domain';
import type { RawBlock } from '../blocks';
import {
  MONTH_NAMES,
  findDateInFileName,
  findMonthAndYear,
  findTime,
  findWrittenDate,
  numericDate,
  withoutDates,
  writtenDateStarts,
} from './dates';
import { documentKind } from './document-kind';
import {
  type HeaderRule,
  BODY_IN_TEXT_RULES,
  HEADER_RULES,
  NOT_A_COMMITTEE,
  WHO_DID_WHAT,
  readDate as readWrittenOrNumeric,
} from './header-rules';
import { sentencesOf } from './segments';
import { TITLE_LINE_RULES } from './title-line-rules';
import { PAPERS_AFTER_TITLE } from './item-starts';
import { capitaliseFirst, tidyCapitals } from './text-shapes';

export interface MeetingHeader {
  kind: DocumentKind;
  title: string;
  council: string | null;
  committee: string | null;
  date: string | null;
  time: string | null;
  venue: string | null;
}

const HEADER_BLOCKS = 15;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
/**
 * "… extend the contract for a further 2 years to 31 March 2024", "the decision records from 14th September, 12th
 * October and 9th November 2021": the end of a span, or several days listed, are not the meeting's day.
 */
const SPAN_OR_LIST_OF_DATES = new RegExp(
  `\\b(?:to|until|till|by|before|from|ending)\\s+(?:[A-Z][a-z]+day,?\\s+)?${DAY}\\s+${MONTH}\\b|\\b${DAY}\\s+${MONTH},?\\s+(?:and|&)\\s+${DAY}\\s+${MONTH}\\b`,
  'i',
);
/** "1. That the update on the launch on Sunday 24 September be received", "2. To recommend to Council on 17 December": a decision's date, not the meeting's. */
const DECISION_LINE = /^(?:(?:\(?\w{1,3}[.)]\s*)?That|\(?\w{1,3}[.)]\s*To [a-z]+)\b/;
/** A header line longer than this is read from its start only. */
const HEADER_LINE = 600;
/** How much of each block the header is looked for in (see readMeetingHeader). */
const HEADER_SCAN = 50_000;
const COUNCIL =
  /^(?:the )?(?!.*\b(?:meeting|minutes|agenda)\b)([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,4} (?:City |County |Borough |District |Metropolitan Borough |Town )?Council)$/i;
/** Where a page's header ends: its first item, its list of items, an item's documents, or its first decision. */
const HEADER_ENDS =
  /^(?:No\.?\s*\|?\s*Item\b|Items$|Minutes:|RESOLVED\b|Decisions?(?: made| taken)?:|(?:Additional|Supporting) documents:|(?:\d{1,4}(?:\.|\s*\/)?\s*)?(?:No )?(?:Apologies|Declarations?)\b)/i;
/**
 * "Cabinet Effective from: 28/10/2025": a printed page runs the next field onto the same line. Not a name that goes on
 * after "the": "Leader of the Council: Place".
 */
const FOLLOWING_FIELD =
  /(?<!\b(?:the|of|and|for|&))\s+[A-Z][a-z]+(?: [a-z]+){0,3}\??:\s.*$|\s+-\s+Expired\b.*$|(?<=\b(?:COUNCIL|COMMITTEE|BOARD|PANEL))\s+(?:DRAFT\s+)?MINUTES(?:\s+OF\s+(?:THE|A)\s+(?:[A-Z]+\s+)?MEETING)?$/;
/**
 * A date in a sentence with words like these is another meeting's, or the paper's own, not this meeting's; "Minutes of"
 * only before it, and not as the paper's title ("Minutes of the Parish Council Meeting Thursday 17 January 2019"); right
 * after the chair's title, the day the minutes were signed ("Chairman 20th June 2018"); after a verb of the past perfect,
 * what had happened before ("the PCC had considered the concerns raised by the Panel at the meeting on 4 February"); beside
 * "Matters Arising", the meeting they arise from ("Minutes and Matters Arising (4 June 2015)"); an earlier meeting's
 * appointments told again ("At the Joint Committee meeting on 20 June 2013, Mr Ash was appointed Chairman"); a later meeting's
 * business ("the items scheduled for the meeting of the Committee to be held on 9 September"). Not the state of the paper
 * itself: "Draft Minutes for approval ASHBY COMMUNITY COUNCIL Minutes of meeting held on …". Nor what another body's
 * meeting sent: "feedback from the Growth Scrutiny Group held on the 16 July". Nor a letter's: "responses to the Chief
 * Executive’s letter to members of 2 March 2012". Nor the minutes an agenda's label puts up for confirming: "CONFIRMATION OF
 * MINUTES: Parish Council Meeting 14th October 2019".
 */
const OTHER_DATE_BEFORE =
  /\b(?:confirmation|approval|adoption|signing) of (?:the )?(?:previous |last )?minutes\b|\b(?:(?:the|approve[ds]?|confirm(?:ed|s)?|sign(?:ed|s)?|accept(?:ed|s)?|receive[ds]?|adopt(?:ed|s)?|agree[ds]?|that|(?<!^\s*)draft)(?: (?:public|non-public|open|exempt|confidential))? minutes(?: and summary)? (?:of|from)|cofnodion cyfarfod|(?<=\S\s+)(?:the |a )?record of (?:the |a )?(?:last |previous )?meeting\b|\b(?:reports?|details|notes|outcomes?) (?:and minutes )?of (?:the )?meetings? of\b|\bhad (?:also |already |previously |then )?(?:been )?[a-z]+ed\b|\bchair(?:man|person|woman)?[\s:.,]*$|\b(?:feedback|recommendations?|referrals?|an update|a report) from (?:the )?(?:last )?[^.;]{3,120}?\bheld on (?:the )?$)/i;
const OTHER_DATE =
  /\b(?:previous|last|dated|(?:the|an?|his|her|their|its|[’']s) (?:letter|e-?mail)s?|(?<!\bminutes\s+)for approval|(?:copy |copies )?(?:attached|enclosed)|herewith|publication|published|effective|signed|deadline|circulated|issued|despatched|dispatched|appendix|(?:considered|agreed|approved|adopted) by|reported to|referred to|decision due|(?<=\S\s+)at a meeting of|(?:its|their) (?:last |previous )?meeting|next (?:\w+ ){0,2}meeting|with effect from|arising from|matters arising|by-election|(?:year|period|quarter|month|week)s? (?:ended|ending)|would take place|reminded (?:the meeting|members|councillors) that|(?:raised|discussed|agreed|decided|considered|reported) at the (?:[\w&'’-]+ ){0,8}meeting|elections? held|post(?:ed)? on|date post(?:ed)?|upload(?:ed)?|added|would be held|(?:scheduled|planned|programmed) for the (?:[\w&'’-]+ ){0,6}meeting|(?:submitted|presented|brought|taken) to|recommendations? (?:made )?(?:from|by)|(?:correct|true|accurate) record|record of (?:the )?(?:proceedings|decisions)|minute (?:no\b|number)|minute [A-Z]{0,4}[\w./]*\d[\w./]* (?:of|at)\b|call(?:ing|ed) in\b|\bbe (?:arranged|scheduled|convened|organised|rearranged|moved) (?:for|on|to)\b|(?<=\d{4},?\s+)(?:Minutes|Decisions?)(?=\s*:)|(?<=(?:,|\bthat)\s+)at the (?:[\w&'’-]+ ){0,8}meeting|^At the (?:[\w&'’-]+ ){0,6}meeting on [^,.]{4,40},[^.]{0,80}\b(?:was|were) (?:appointed|elected|re-elected))\b/i;

/**
 * "A G E N D A" letter-spaced, "Notice of Meeting", a name cut short ("Newry, Mourne &"), a lone word for the kind of
 * meeting or for the state of its minutes ("DRAFT MINUTES"), a decision ("That the Growth Committee …"), the members of a body,
 * where it was held ("Held at the Long Room"), a lone article, a body named only as "the above Committee", or the public's
 * part of the meeting ("Public Forum").
 */
const NOT_A_BODY_NAME =
  /^(?:[A-Za-z] ){3,}|^(?:Public|Open) (?:Forum|Session|Participation|Question Time)$|^(?:That|Members? of|Held|(?:the )?above)\b|^(?:The|An?)$|^(?:Draft|Unconfirmed|Confirmed|Approved|Signed|Accepted)(?: Minutes)?$|\b(?:Policy|Policies|Procedure)$|^(?:Notice|Approve|Department|Special|Annual|Extra-?ordinary|Ordinary|AGM)\b(?!.*\b(?:Committee|Council|Board|Panel|Parish Meeting)\b)|[&,]$/i;

/** "May Meeting", "October": the month of a meeting, not a body. */
const MONTH_ONLY = new RegExp(`^(?:${MONTH_NAMES.join('|')})(?:\\s+(?:Meeting|Council))?$`, 'i');

/** A body's own word, in capitals. */
const CAPITALS_BODY =
  /\b(?:COUNCIL|COMMITTEE|CABINET|BOARD|PANEL|EXECUTIVE|FORUM|COMMISSION|COMMISSIONERS|GROUP|ASSEMBLY|PARTNERSHIP|AUTHORITY|MEETING|TRUST|CONSERVATORS|TRUSTEES)\b/;

/** A parish, town or community council named without its place. */
const LOCAL_COUNCIL = /^(?:Parish|Town|Community) Council$/i;

const COMINGS_AND_GOINGS = /\b(?:arrived|arriving|left|leaving|joined|departed|returned)\b/i;
/** "… it becomes effective at 4pm on the fifth working day", "Requests to speak by noon …": a deadline's hour, not the meeting's. */
const DEADLINE_HOUR =
  /\b(?:effective|call-in|called in|deadline|no later than|not later than|by (?:noon|\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m)|closes|closing date)\b/i;

/** What a paper says about its meeting: what it is, committee, date, time, venue. */
export function readMeetingHeader(blocks: RawBlock[], fileName: string): MeetingHeader {
  const kind = documentKind(blocks);
  // A meeting's own facts are printed near its start: a page run into one line a megabyte long is read for them only
  // as far as its first HEADER_SCAN characters (the whole line took over a second).
  const all = blocks.map((b) => withDatesUnglued(b.text.slice(0, HEADER_SCAN)));
  // A web page's menu ("Calendar", "Committees", "Meetings", …) before its title is not the paper's header.
  const menu = siteMenuLength(blocks);
  const endsAt = all.slice(menu, menu + HEADER_BLOCKS).findIndex((t, i) => i > 0 && HEADER_ENDS.test(t));
  const header = all.slice(menu, menu + (endsAt > 0 ? endsAt : HEADER_BLOCKS)).map((t) => t.slice(0, HEADER_LINE));
  const found = header.map((t) => COUNCIL.exec(t)?.[1]).find(Boolean);
  const council = found && withoutLogoInitials(found);
  const meetingPaper = kind === 'minutes' || kind === 'agenda';
  const oneMeeting = !listsSeveralMeetings(all);
  const read = oneMeeting ? readCommittee(header, all, meetingPaper) : bodyOfEveryMeeting(all);
  // "ASHBY FEN PARISH COUNCIL" over "MINUTES of a meeting of the PARISH COUNCIL": the parish council named in full.
  const committee =
    read && council && LOCAL_COUNCIL.test(read) && council.toLowerCase().endsWith(` ${read.toLowerCase()}`)
      ? tidyCapitals(council)
      : read;
  return {
    kind,
    title: documentTitle(kind, blocks, fileName),
    council: council ? tidyCapitals(council) : null,
    committee,
    date:
      (oneMeeting
        ? // "2 ASHBY TOWN COUNCIL Minutes of a meeting of the Finance Committee held … on Monday 9 March 2020": the
          // title's date, read with the letterhead run into it set apart.
          readDate(header.map(withoutLetterhead), all.map(withoutLetterhead), meetingPaper || committee !== null)
        : null) ?? findDateInFileName(fileName),
    // "One member of the public who arrived at 7.40pm": someone's coming or going, not when the meeting began; nor a
    // deadline's hour ("effective at 4pm on the fifth working day").
    time:
      header
        .filter((t) => !COMINGS_AND_GOINGS.test(t) && !DEADLINE_HOUR.test(t))
        .map(findTime)
        .find(Boolean) ?? null,
    venue: header.map(findVenue).find(Boolean) ?? null,
  };
}

/** How many short list items (a site's menu: "Calendar", "Committees", "Your councillors") open the paper; 0 if under 8. */
function siteMenuLength(blocks: RawBlock[]): number {
  const run = blocks.findIndex((b) => b.kind !== 'list-item' || !MENU_ENTRY.test(b.text.trim()));
  const length = run < 0 ? blocks.length : run;
  return length >= MENU_ENTRIES ? length : 0;
}
const MENU_ENTRY = /^[A-Za-z][\w'’&,/ -]{1,40}$/;
const MENU_ENTRIES = 8;

/** "2 ASHBY TOWN COUNCIL " before "Minutes of a meeting of …": a page number and a council's name in capitals. */
const LETTERHEAD_BEFORE_TITLE = /^(?:\d{1,3}\s+)?(?:[A-Z][A-Z'’&-]+\s+){1,6}(?=Minutes of (?:a|an|the)\b)/;

function withoutLetterhead(text: string): string {
  return text.replace(LETTERHEAD_BEFORE_TITLE, '');
}

/**
 * "FRIDAY19TH JUNE 2015", "Monday2 July2018", "Tuesday 3November 2026", "on 21January2013": a date whose spaces were lost when its paper was
 * printed to text, spaced again so that it reads as a date.
 */
function withDatesUnglued(text: string): string {
  return (
    text
      .replace(/\b((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?=\d{1,2}(?:st|nd|rd|th)?\b)/gi, '$1 ')
      .replace(
        /(?:(?<=\d)|\b)((?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber)(?=\d{4}\b)/gi,
        '$1 ',
      )
      // Not a day that ends a span ("5-6June"), which is another event's.
      .replace(
        /(?<![-–/]\d{0,2})\b(\d{1,2}(?:st|nd|rd|th)?)(?=(?:(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber)\b)/gi,
        '$1 ',
      )
  );
}

/**
 * "Meeting: 27/06/2016 - Executive Scrutiny Committee (Item 12)" and "Meeting: 19/05/2016 - Executive Scrutiny
 * Committee (Item 7)": an issue's history at one body's meetings names that body, though no one date. An issue's
 * history at several bodies' meetings lists the latest first ("Meeting: 17/11/2016 - Council (Item 61)" above the
 * scrutiny committee's meeting that sent it there): the body that took it last.
 */
function bodyOfEveryMeeting(all: string[]): string | null {
  for (const rule of HEADER_RULES) {
    if (!(rule.oncePerMeeting || rule.oncePerBodyMeeting) || rule.committee === undefined) continue;
    const group = rule.committee;
    const bodies = new Set(all.map((text) => acceptable(rule.pattern.exec(text)?.[group])).filter(Boolean));
    if (bodies.size === 1 || (bodies.size > 1 && rule.onItemPage)) return [...bodies][0] ?? null;
  }
  return null;
}

/** A page whose own meeting line comes again with another date is no one meeting's. */
function listsSeveralMeetings(all: string[]): boolean {
  return HEADER_RULES.some((rule) => {
    if (!rule.date || !(rule.oncePerMeeting || rule.oncePerBodyMeeting)) return false;
    const group = rule.date.group;
    const matches = all.flatMap((text) => {
      const match = rule.pattern.exec(text);
      const date = match?.[group];
      return date ? [{ date, line: text.replace(date, '#') }] : [];
    });
    if (rule.oncePerMeeting) return new Set(matches.map((m) => m.date)).size > 1;
    // The same line, word for word but for its date, on two dates; not "Area Committee – 4th March 2025", the last
    // meeting's minutes named under "Area Committee - Tuesday, 6 May 2025 10:00 am".
    const datesOf = new Map<string, Set<string>>();
    for (const { date, line } of matches) datesOf.set(line, (datesOf.get(line) ?? new Set()).add(date));
    return [...datesOf.values()].some((dates) => dates.size > 1);
  });
}

function readCommittee(printedHeader: string[], all: string[], meetingPaper: boolean): string | null {
  // "Agenda item" over "Yearly Look at the Board's Terms of Reference": an agenda item's page,
  // the line below its label the item's title, not the body that met.
  // "Highways Committee Minutes - 10 March 2021 pdf icon PDF 96 KB": a link to another body's minutes, noted here.
  const header = printedHeader.filter(
    (t, i) =>
      !/^Agenda item\s*$/.test(printedHeader[i - 1] ?? '') && !(/\bminutes\b/i.test(t) && PAPERS_AFTER_TITLE.test(t)),
  );
  const byRule = (rules: HeaderRule[]) => {
    for (const rule of rules) {
      if (rule.committee === undefined || (rule.meetingPapersOnly && !meetingPaper)) continue;
      for (const text of linesOf(rule, rule.anywhere ? all : header)) {
        const match = rule.pattern.exec(text);
        if (!match || (rule.unless && rule.unless.test(sentenceOfMatch(text, match)))) continue;
        const found = acceptable(match[rule.committee]);
        if (found) return found;
      }
    }
    return null;
  };
  const titled = byRule(HEADER_RULES) ?? byRule(TITLE_LINE_RULES);
  if (titled) return titled;
  // "LICENSING SUB-COMMITTEE" in capitals names the body; "HEALTHCARE FOR THE FUTURE - ASHBY FEN", an item's title, does not.
  // "KIRKBY COUNCIL" over "AREA COMMITTEE – KIRKBY NORTH": the council, then the body that met.
  // "2.1 NORTH AREA BOARD": the paper's place in a later meeting's pack, before the body's name.
  const capitals = header
    .map((t) => t.replace(/^\d{1,2}\.\d{1,2}\s+(?=[A-Z]{2})/, ''))
    // Not a phrase that opens with a preposition: "FOR THE ASSEMBLY MEETING", "AT THE TOWN COUNCIL OFFICES".
    .filter(
      (t) =>
        t.length <= 80 &&
        /^[A-Z][A-Z &,'’()–-]+$/.test(t) &&
        !/^(?:FOR|ON|AT|IN|TO|OF|BY|WITH|FROM)\s/.test(t) &&
        // "MINUTES OF THE PREVIOUS MEETING": an item's title, not a body.
        !/\b(?:PREVIOUS|LAST)\s+MEETING\b/.test(t) &&
        CAPITALS_BODY.test(t) &&
        acceptable(t),
    );
  const body = capitals.find((t) => !/\bCOUNCIL$/.test(t)) ?? capitals[0];
  if (body) return acceptable(body);
  // "Minutes of the Meeting of the Board held …" names a board that is the whole body (a drainage board's); "The Board
  // noted …" in a sentence may be any board's.
  for (const rule of BODY_IN_TEXT_RULES) {
    for (const text of all.flatMap(sentencesOf)) {
      const found = acceptable(rule.pattern.exec(text)?.[rule.committee ?? 1]);
      if (found && found !== 'Board') return found;
    }
  }
  return null;
}

/** What a rule reads: each line, or each run of `rule.lines` lines joined by line breaks. */
function linesOf(rule: HeaderRule, lines: string[]): string[] {
  const size = rule.lines ?? 1;
  if (size === 1) return lines;
  return lines.slice(0, Math.max(1, lines.length - size + 1)).map((_, i) => lines.slice(i, i + size).join('\n'));
}

/**
 * A match's line up to the end of the sentence it ends in ("To approve the minutes of …", "… were approved."), and no
 * further than a sentence goes in a page run together.
 */
function sentenceOfMatch(text: string, match: RegExpExecArray): string {
  const end = match.index + match[0].length;
  const rest = text.slice(end, end + SENTENCE_AFTER_A_TITLE);
  return text.slice(0, end) + rest.split(/[.;!?](?:\s|$)/)[0];
}

/** How far a title's sentence runs on after it: "… Meeting held on Tuesday 12th March 2019 at 7pm in the Village Hall". */
const SENTENCE_AFTER_A_TITLE = 100;

function acceptable(name: string | undefined): string | null {
  const tidy = name
    ?.replace(FOLLOWING_FIELD, '')
    .trim()
    // "VARIATION OF BUSINESS The Panel agreed …": a heading in capitals run into the sentence is not the body's name.
    .replace(/^(?:[A-Z]{2,}\s+){2,}(?=The\s)/, '')
    // "DRAFT Minutes of the Parish Council", "DTC Minutes of Grounds Committee", "Annual, Council", "AGM, Council": the kind
    // of meeting, or the council's initials, are not the body.
    .replace(
      /^(?:[A-Z]{2,5} )?(?:draft |confirmed |signed |approved )?minutes (?:of|for) (?:the |a )?(?:meeting of (?:the )?)?/i,
      '',
    )
    // "MEETINGOpen Space and Amenities Committee": a field's label in capitals run into the body's name.
    .replace(/^(?:MEETING|MINUTES|AGENDA|COMMITTEE)(?=[A-Z][a-z])/, '')
    // "A MEETING OF SANDOWN TOWN COUNCIL", "DRAFT Kirknewton Parish Council": the meeting, or the state of its minutes.
    .replace(/^(?:an? |the )?meeting of (?:the )?(?=\S)/i, '')
    .replace(/^(?:draft|unconfirmed)\s+(?=[A-Z])/i, '')
    // "MINUTES OF A COUNCIL MEETING": a meeting of the council, not a body called "A Council".
    .replace(/^an?\s+(?=council$)/i, '')
    // "RECORD OF DECISION OF THE Cabinet", "Proceedings of the Council": what the paper is, then the body.
    .replace(/^(?:record of (?:the )?decisions? (?:of|by) (?:the )?|proceedings of (?:the )?)/i, '')
    .replace(/^(?:Annual|AGM|Special|Extra-?ordinary|Ordinary)(?: General)?(?: Meeting)?,\s+/i, '')
    // "**Meeting moved from Tuesday 3 June 2025**, Cabinet": a note that the meeting was moved, then the body.
    .replace(/^\W*(?:Meeting|Date)\s+(?:moved|changed|rearranged|postponed|rescheduled)\b[^,]{0,60},\s+/i, '')
    // "Reconvened Meeting (8 January 2020), Planning Committee", "(Annual Meeting), Council": which sitting, then the body.
    .replace(/^(?:(?:Reconvened|Adjourned|Annual|Special|Extra-?ordinary)\s+Meeting\s*)?\([^()]*\),\s+/i, '')
    // "Ordinary Parish Council", "Monthly Town Council": the kind of meeting before a council's name.
    .replace(/^(?:Ordinary|Monthly)\s+(?=(?:Parish |Town |Community |City )?Council$)/i, '')
    // "ASHBY TOWN COUNCIL held in the Old Court Room, Market Place …": where the meeting was held, run on after the name.
    .replace(/\s+held\s+(?:in|at)\b.*$/i, '')
    // "Annual Meeting Ashby Town Council": the kind of meeting before the council's name.
    .replace(
      /^(?:Annual|Special|Extra-?ordinary|Ordinary)(?: General)? Meeting(?: of)?\s+(?=(?:[A-Z][\w'’-]*\s+){1,4}(?:Parish|Town|Community|City) Council$)/i,
      '',
    )
    // "TOWN COUNCIL commencing at 7.00 pm": when the meeting began, run on after the name.
    .replace(/\s+(?:commencing|starting|beginning)\s+at\b.*$/i, '')
    // "Planning & Environment Committee duly convened and held on …": how the meeting was called, run on after the name.
    .replace(/\s+(?:duly\s+)?(?:convened|called|constituted)(?:\s+and)?$/i, '')
    // "COMMUNITY & ENVIRONMENT COMMITTEE of Coleshill Town Council", "Leadership Board of the Ashby Combined Authority",
    // "Cabinet of Ashby Borough Council", "Trust Board of the Ashby Ambulance Services NHS Trust": the committee, not the
    // council, authority or trust it belongs to.
    .replace(
      /(?<=\b(?:Committee|Sub-Committee|Panel|Board|Working Group|Working Party|Cabinet|Executive|Council))\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,5}(?:(?:Parish |Town |Community |City |County |District |Borough )?Council|(?:Combined |Fire |Police |National Park |Joint )?Authority|(?:NHS |Foundation )+Trust)$/i,
      '',
    )
    // "ASHBY TOWN COUNCIL PLANNING COMMITTEE", "Planning Committee Ashby Parish Council", "National Park Authority Planning
    // Committee", "Ashby Town Council’s Planning Committee": the council or authority a committee belongs to.
    .replace(
      /^(?:[A-Z][\w'’-]*\s+){1,4}(?:(?:Parish|Town|Community|City|County|District|Borough)\s+Council|Authority)(?:['’]s|s['’])?\s+(?=(?:[A-Z][\w&,'’()-]*\s+(?:(?:and|of|for|&)\s+)*){0,6}(?:Committee|Sub-Committee|Panel|Working Group|Working Party)$)/i,
      '',
    )
    // "Ashby Borough Council Cabinet", "Ashby District Council Licensing Forum": a council's cabinet, executive, or a named
    // board or forum of it (a combined authority's "Board" is its own name, kept whole).
    .replace(
      /^(?:[A-Z][\w'’-]*\s+){1,4}(?:Parish|Town|Community|City|County|District|Borough)\s+Council\s+(?=(?:Cabinet|Executive)$|(?:[A-Z][\w&,'’()-]*\s+(?:(?:and|of|for|&)\s+)*){1,6}(?:Board|Forum)$)/,
      '',
    )
    .replace(
      /(?<=\b(?:Committee|Sub-Committee|Panel|Working Group|Working Party))\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:Parish|Town|Community|City|County|District|Borough)\s+Council$/i,
      '',
    )
    // "Cyngor Cymuned Ashby Community Council": the Welsh name before the English one.
    .replace(/^Cyngor (?:Cymuned|Tref|Dinas)\s+(?=.*\b(?:Community|Town|City) Council$)/i, '')
    // "Scrutiny Committee (no longer active)", "Cabinet - committee paper archive, replaced by …": a council website's note that
    // the committee has been wound up.
    .replace(
      /\s+(?:\((?:no longer active|inactive|archived?|dissolved|disbanded)\)|[-–—]\s+committee paper archive\b.*)$/i,
      '',
    )
    // "Scrutiny Committee | |": a flattened table's empty cells after the name.
    .replace(/(?:\s*\|)+\s*$/, '')
    .replace(/[.,:;]$/, '')
    .replace(/\s+(?:Agenda|Minutes)$/i, '')
    // "ANNUAL PARISH MEETING FOR THE PARISH OF ASHBY": the parish whose meeting it is, after the meeting's name.
    .replace(/(?<=\bParish Meeting)\s+(?:for|of)\s+the\s+Parish\s+of\s+.+$/i, '')
    // "Charter Trustees Meeting": the meeting of a body, not its name; a parish meeting is a body.
    .replace(/(?<!\bParish)\s+Meeting$/i, '')
    // "Scrutiny Committee Wednesday, 11 April 2018": the day of the meeting run on after the name.
    .replace(/\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b.*$/, '')
    // "South Fen Parish Council VIRTUAL": how the meeting was held, run on after the name.
    .replace(/\s+(?:VIRTUAL|REMOTE|ONLINE|HYBRID|Virtual|Remote|Online|Hybrid)(?:\s+(?:MEETING|Meeting))?$/, '')
    // "Area 4 Forum (SBC)": the council's initials after the body's name.
    .replace(/(?<=\b(?:Forum|Committee|Panel|Board|Group|Partnership))\s+\([A-Z]{2,5}\)$/, '')
    // "PADSTOW HARBOUR COMMISSIONERS 04/17 HELD AT …": the meeting's number in the year is not part of the name.
    .replace(/\s+\d{1,3}\/\d{2,4}$/, '')
    // "Executive (2013 - June 2024)", "Cabinet (to May 2019)": the years a committee sat, as a committee system keeps them.
    .replace(
      /\s+\((?:(?:to|until|from)\s+)?(?:[A-Z][a-z]+\s+)?\d{4}(?:\s*[-–—]\s*(?:[A-Z][a-z]+\s+)?(?:\d{4}|date|present))?\)$/i,
      '',
    )
    // "Planning and Development Committee (15/12/14)": the meeting's date in brackets after the name.
    .replace(/\s+\(\d{1,2}\/\d{1,2}\/\d{2,4}\)$/, '')
    // "Ashby Borough Council Council Meeting No 912": the meeting's running number, after the body's name.
    .replace(/(?<=\bCouncil)\s+(?:Council\s+)?Meeting\s+No\.?\s*\d{1,5}$/i, '')
    // "THE PLANNING COMMITTEE OF" / "THE COUNCIL HELD ON …": a title broken over two lines, or joined again.
    .replace(/(?<=\S)\s+of(?:\s+the\s+(?:(?:Parish|Town|Community)\s+)?Council)?$/i, '')
    // "Meeting from the Ashby Village Hall Committee", "Record of the Ashby Area Committee", "Chairman of Ashby Parish
    // Council": what the paper is, or who signed it, before the body.
    .replace(/^(?:meeting from|record of|chair(?:man|person)? of)\s+(?:the\s+)?(?=[A-Z])/i, '')
    // "Ashby Parish Council Extra-ordinary": the kind of meeting after the council's name.
    .replace(/(?<=\bCouncil)\s+(?:Extra-?ordinary|Annual|Special|Ordinary)(?:\s+(?:General\s+)?Meeting)?$/i, '')
    // "Accordingly, the Council": a linking word before the body, from a sentence that names it.
    .replace(/^(?:Accordingly|Therefore|However|Consequently|Furthermore|Additionally),?\s+(?:the\s+)?(?=[A-Z])/i, '')
    // "Twinning Sub Committee": the hyphen lost.
    .replace(/\bSub Committee\b/g, 'Sub-Committee')
    // "parish council" in small letters, as a title may print it.
    .replace(/^(parish|town|community) council$/, (_, kind: string) => `${capitaliseFirst(kind)} Council`)
    .replace(/\s+&\s+/g, ' and ');
  const named = tidy && withoutLogoInitials(tidy);
  if (
    !named ||
    named.length < 3 ||
    NOT_A_COMMITTEE.test(named) ||
    NOT_A_BODY_NAME.test(named) ||
    MONTH_ONLY.test(named) ||
    findWrittenDate(named)
  )
    return null;
  return tidyCapitals(named);
}

/** "LPC LAZONBY PARISH COUNCIL": the body's initials, printed as its logo before its name, are not part of it. */
function withoutLogoInitials(name: string): string {
  const [, initials, rest] = /^([A-Z]{2,5})\s+(.+)$/.exec(name) ?? [];
  if (!initials || !rest) return name;
  const letters = rest
    .split(/\s+/)
    .filter((word) => !/^(?:of|and|the|for|&)$/i.test(word))
    .map((word) => word[0]?.toUpperCase())
    .join('');
  return letters === initials ? rest : name;
}

/** "2 October 2017", "Monday 2nd October 2017" on a line of its own. */
const DATE_LINE = /^(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}$/;

function readDate(printedHeader: string[], printed: string[], meetingPaper: boolean): string | null {
  // "5th May 2014 Cabinet Agenda 05 05 14.pdf [pdf] 2MB …": an index's rows of meetings' papers date those papers.
  let header = printedHeader.filter((t) => !DOCUMENT_LINKS.test(t));
  let all = printed.filter((t) => !DOCUMENT_LINKS.test(t));
  // "Meeting held on 16 November 2021" … "Meeting held on 18 January 2022": a line printed again with another date heads
  // one of several meetings' business.
  const shapeOf = new Map(all.map((text) => [text, withoutDates(text)]));
  const shapes = new Map<string, Set<string | null>>();
  for (const [text, shape] of shapeOf) {
    shapes.set(shape, (shapes.get(shape) ?? new Set()).add(findWrittenDate(text) ?? numericDate(text)));
  }
  // A date on a line of its own is not such a line: "10 June 2020" at the top, "8th July 2020" for the next meeting.
  const onlyOnce = (text: string) => {
    const shape = shapeOf.get(text) ?? withoutDates(text);
    return !/[a-z]/i.test(shape) || (shapes.get(shape)?.size ?? 0) <= 1;
  };
  // "1 . Apologies", "2 . Minutes" … "The chairman to remind members … a Carol Concert … on Wednesday, 12 December 2018":
  // once a second item has begun, what the items say is their business, not the meeting's title. (A first numbered line
  // may be the paper's own: "2.1 NORTH AREA BOARD", "2022 EFCSC 41".)
  const once = header.filter(onlyOnce);
  const secondItem = once.filter((t) => ITEM_CODE_LINE.test(t))[1];
  const business = new Set(
    secondItem === undefined ? [] : once.slice(once.indexOf(secondItem)).filter((t) => !DATE_LINE.test(t.trim())),
  );
  header = withoutLaterItemLines(once).filter(notApprovedBelow);
  all = withoutLaterItemLines(all.filter(onlyOnce)).filter(notApprovedBelow);
  const itemPage = isItemPage(all);
  for (const rule of HEADER_RULES) {
    if (!rule.date || (rule.meetingPapersOnly && !meetingPaper) || (itemPage && !rule.anywhere && !rule.onItemPage))
      continue;
    for (const text of rule.anywhere ? all : header) {
      const match = rule.pattern.exec(text);
      const found = match?.[rule.date.group]
        ? readWrittenOrNumeric(match[rule.date.group] as string, rule.date.written)
        : null;
      if (found) return found;
    }
  }
  if (!meetingPaper) {
    // A report's "2 October 2017" on a line of its own at the top: the date of the meeting it goes to. Not one under
    // "Page last updated:" or "Upcoming meetings": the page's own date, or meetings to come.
    const dateLine = header.find(
      (t, i) =>
        DATE_LINE.test(t.trim()) &&
        !OTHER_DATE_ABOVE.test(header[i - 1] ?? '') &&
        !anotherMonthBelow(t, header[i + 1] ?? ''),
    );
    return dateLine ? findWrittenDate(dateLine) : null;
  }
  if (itemPage) return null;
  // "11th July 2019 / Dear Councillor, You are summoned to attend a meeting of Parish Council on Thursday, 18th July": the
  // summons says when the meeting is; the date above it is the letter's.
  // So does the line below a summons that names no day ("… were summoned to attend the meeting" over
  // "Monday 15 November 2021 at 19:30").
  const summons = header.findIndex((t) => SUMMONS.test(t));
  if (summons >= 0) return meetingDateIn(header[summons] as string) ?? meetingDateIn(header[summons + 1] ?? '');
  // "Friday, 14 May 2021" / "Council and Democracy" / "Agenda and minutes": a day alone above a meeting page's title is
  // the day the page was printed; the page names its meeting's day beside its body, or not at all.
  const pageTitle = header.findIndex((t) => WEB_PAGE_TITLE.test(t.trim()));
  // "(1) Cabinet" over "- 5 January 2017" and "- 2 February 2017": dates listed one a line name the meetings whose reports
  // are received, not this one.
  const dateOnly = header.map((t) => DATE_LINE.test(t.trim()));
  const listedDates = new Set(header.filter((_, i) => dateOnly[i] && (dateOnly[i - 1] || dateOnly[i + 1])));
  // "Video. D.McAndrew to organise …" over "Tuesday 14th May 2024, 10.00am, via Zoom" as a short paper's last line:
  // the next meeting, its heading lost.
  const lastLine = all.length > 5 ? all.at(-1)?.slice(0, HEADER_LINE) : undefined;
  // "Corporate Parenting Panel - 20 June 2023 pdf icon PDF 4 MB": an item with its papers, not the meeting's own line.
  return (
    header
      .filter(
        (t, i) =>
          !(i < pageTitle && DATE_LINE.test(t.trim())) &&
          !DECISION_LINE.test(t) &&
          !PAPERS_AFTER_TITLE.test(t) &&
          !business.has(t) &&
          !listedDates.has(t) &&
          // "To receive the minutes of the meetings held on:" over "· 28th January 2021; and": the meetings whose
          // minutes are received.
          !OTHER_MEETINGS_LISTED.test(header[i - 1] ?? '') &&
          // "Next meeting:" over "2pm Tuesday 25th November 2014.": a label over another date, whatever comes first on its line.
          !(
            (DATE_LINE.test(t.trim()) || /:\s*$/.test(header[i - 1] ?? '')) &&
            OTHER_DATE_ABOVE.test(header[i - 1] ?? '')
          ) &&
          // "22 December 2011" over "Summary of Trustee Meeting Decisions - Sep 2011": the page's date over a title that
          // names the meeting's month, another one.
          !(DATE_LINE.test(t.trim()) && anotherMonthBelow(t, header[i + 1] ?? '')) &&
          // "Friday, 13 April 2012" over "Agenda for Tuesday's meeting": the day a post was written, not the meeting's.
          !(DATE_LINE.test(t.trim()) && anotherWeekdayBelow(t, header[i + 1] ?? '')) &&
          !(t === lastLine && DATE_LED_LINE.test(t.trim())) &&
          // "Licensing Policy Minutes: The Board considered a report … consultation might start on 3rd September 2007": an
          // item's minutes, whose dates are its business.
          !ITEM_MINUTES_IN_PROSE.test(t),
      )
      .map(meetingDateIn)
      .find(Boolean) ?? null
  );
}

/**
 * "5th May 2014 Cabinet Agenda 05 05 14.pdf [pdf] 2MB …": a row of an index of meetings' papers, its links to them, not a
 * paper's own date (not a paper that names its own file once: "… L:\Board Minutes\minutes 11 march.doc").
 */
const DOCUMENT_LINKS = /(?:\.(?:pdf|docx?|rtf)\b|\[pdf\])[^]*?(?:\.(?:pdf|docx?|rtf)\b|\[pdf\])/i;

/** Whether the line below a date names another month and year than the date's own ("Decisions - Sep 2011"). */
function anotherMonthBelow(dateLine: string, below: string): boolean {
  const month = findMonthAndYear(below);
  const date = findWrittenDate(dateLine);
  if (date === null) return false;
  if (month !== null) return !date.startsWith(month);
  // "Saturday 21 October 2017" over "Parish Council September Meeting": a news post's day over the meeting it tells of.
  const named = MONTH_MEETING.exec(below)?.[1];
  return named !== undefined && MONTHS.indexOf(named.toLowerCase()) + 1 !== Number(date.slice(5, 7));
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** "Parish Council September Meeting": a meeting named by its month alone. */
const MONTH_MEETING =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December) (?:meeting|Meeting|MEETING)\b/;

/** Whether the line below a date names a day of the week other than the date's own ("Agenda for Tuesday's meeting"). */
function anotherWeekdayBelow(dateLine: string, below: string): boolean {
  const named = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i.exec(below)?.[0];
  const date = findWrittenDate(dateLine);
  if (!named || !date) return false;
  const weekday = new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
  return weekday.toLowerCase() !== named.toLowerCase();
}

/** "Tuesday 14th May 2024, 10.00am, via Zoom": a line that is a day and what little goes with it. */
const DATE_LED_LINE =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\b(?:[^.]|\.(?=\d)){0,60}$/;

/**
 * "To receive the minutes of the meetings held on:": a lead-in over other meetings' dates, listed below it. So is "To
 * Approve the Minutes of the Town Council’s last Meeting Held" over "2nd March 2015", the last meeting's day wrapped below.
 */
const OTHER_MEETINGS_LISTED =
  /\bminutes\b[^.]{0,80}\b(?:held on|of|dated)\s*:\s*$|\b(?:agree|approve|confirm|receive|sign|adopt)\b[^.]{0,20}\bminutes\b[^.]{0,80}\b(?:held(?: on)?|dated)\s*:?\s*$/i;

/** "Page last updated:", "Upcoming health scrutiny meetings", "Dates of future meetings": a label over another date. */
const OTHER_DATE_ABOVE =
  /\b(?:(?:last )?updated|published|posted|reviewed|printed)\s*:?\s*$|^(?:Latest )?News(?: (?:&|and) (?:Announcements|Events))?\s*:?\s*$|\b(?:upcoming|future|forthcoming|next)\b[^.]{0,40}\bmeetings?\s*:?\s*$/i;

/** A meeting page's own title: "Agenda and minutes", "Agenda and draft minutes", "Agenda and decisions". */
const WEB_PAGE_TITLE = /^Agenda and (?:draft |signed )?(?:minutes|decisions)$/i;

/** A summons to the meeting, which names its day. */
const SUMMONS = /\b(?:are|is|were|was) (?:hereby )?summoned to attend\b/i;

/**
 * An item's own page ("Agenda item", its title, then its minutes) prints no meeting line: what dates its sentences tell
 * are of other events ("… the Workshop led by the LGA on 26 October 2023"), and a date over it may be the day the page
 * was printed ("Friday, 14 May 2021" / "Council and Democracy" / "Agenda item" / its title / "Minutes:"). Not a column's
 * heading in minutes ("Agenda Item" over the members present).
 */
function isItemPage(all: string[]): boolean {
  const at = all.slice(0, HEADER_BLOCKS).findIndex((t) => /^agenda item$/i.test(t.trim()));
  // "AGENDA ITEM" stamped in capitals on a printed paper (minutes sent on to a later meeting) heads a whole paper.
  const stamped = all[at]?.trim() === 'AGENDA ITEM';
  return (
    (at === 0 && !stamped) ||
    (at >= 0 && all.slice(at + 1, at + 4).some((t) => /^(?:Minutes|Meeting|Decision):/.test(t)))
  );
}

/**
 * A line that opens with an item's code: "1169 Minutes of …", "WTC160/19 MINUTES OF …", "PC1718/121Minutes of …",
 * "1 . Apologies".
 */
const ITEM_CODE_LINE = new RegExp(`^(?!${DAY}\\s+${MONTH})[A-Z]{0,5}\\d{1,5}(?:[./]\\d{1,5}){0,2}(?: ?[.)])?\\s*[A-Z]`);

/**
 * "1167 To receive apologies …" then "1169 Minutes of an Ordinary Meeting of the Council held on 3rd July 2017": once the
 * items have begun, a numbered line is an item (here, approving the last meeting's minutes), not the paper's title.
 */
function withoutLaterItemLines(lines: string[]): string[] {
  const first = lines.findIndex((t) => ITEM_CODE_LINE.test(t));
  return first < 0 ? lines : lines.filter((t, i) => i <= first || !ITEM_CODE_LINE.test(t));
}

/**
 * The first date of a header line that is not another meeting's ("Minutes of the Parish Council Meeting Thursday 17
 * January 2019 … To approve the minutes of 15th November"), the paper's own, the end of a span or one of a list.
 */
/** "At the Panel meeting held on": a sentence that goes on to tell what an earlier meeting did. */
const EARLIER_MEETING_BEFORE = /(?:^|[.:]\s+)At the\b[^.]{0,80}\bmeeting held on\s*$/i;
/** "12 May 2025 members agreed …", "4 May 2025, the Board had …": the date, then who did what. */
const WHAT_IT_DID_AFTER = new RegExp(
  String.raw`^(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4},?\s+${WHO_DID_WHAT}`,
);

function meetingDateIn(line: string): string | null {
  const starts = writtenDateStarts(line);
  // "0720.02 MINUTES of the meeting held on 21 MAY 2020", "(1) Minutes of the Council of 27th October 2022; (2) …": an
  // item's line, or a list's.
  if (ITEM_LINE.test(line) && starts[0] !== 0) return null;
  const candidates = starts.flatMap((at) => {
    const breaks = [...line.slice(0, at).matchAll(/[.;!?]\s|\|/g)];
    const last = breaks.at(-1);
    const from = last ? last.index + last[0].length : 0;
    const before = line.slice(Math.max(from, at - 120), at);
    const after = line.slice(at, at + 160).split(/[.;!?]\s|\|/)[0] ?? '';
    if (OTHER_DATE_BEFORE.test(before) || OTHER_DATE.test(`${before}${after}`)) return [];
    // "At the Panel meeting held on 12 May 2025 members agreed …": an earlier meeting, told in a sentence.
    if (EARLIER_MEETING_BEFORE.test(before) && WHAT_IT_DID_AFTER.test(after)) return [];
    // "MINUTES OF MEETING HELD ON 3RD MARCH 2026. These were approved.": the last meeting's, approved in the next sentence.
    const nextSentence = line.slice(at, at + 240).split(/[.;!?]\s/)[1] ?? '';
    if (APPROVED_NEXT.test(nextSentence)) return [];
    if (SPAN_OR_LIST_OF_DATES.test(line.slice(Math.max(0, at - 40), at + 60))) return [];
    return [{ at, ofTheMeeting: MEETING_WORDS.test(before) }];
  });
  // "26 September 2019 CABINET – … A meeting of Cabinet will be held … on Monday 7 October 2019": the date the
  // meeting's own words lead to, before one printed with the paper.
  // "Requests to speak … must be registered … by noon on Wednesday 17 July 2019": a date told far into a long sentence is
  // some other event's, unless the meeting's own words lead to it.
  const chosen = candidates.find((c) => c.ofTheMeeting) ?? candidates.find((c) => c.at < FAR_INTO_A_LINE);
  if (chosen) return findWrittenDate(line.slice(chosen.at));
  // "Meeting held on 18/09/2013": the meeting's own line, its date in figures.
  const inFigures = HELD_ON_IN_FIGURES.exec(line)?.[1];
  return inFigures ? numericDate(inFigures) : null;
}

/** "Meeting held on 18/09/2013", "A meeting was held on Tuesday 4/3/2026": a line that opens by telling when the meeting was. */
const HELD_ON_IN_FIGURES =
  /^(?:A |The )?(?:[\w'’-]+ ){0,4}?[Mm]eeting (?:was )?held on (?:[A-Z][a-z]+day,? )?(\d{1,2}\/\d{1,2}\/\d{4})\b/;

/**
 * "Minutes of the meeting held on the 4th March 2026" over "These were agreed as a true record …": the last meeting's
 * minutes, approved on the line below.
 */
function notApprovedBelow(line: string, i: number, lines: string[]): boolean {
  const next = lines[i + 1] ?? '';
  return !APPROVED_NEXT.test(next) && !confirmsMinutesOfTheSameDay(line, next) && !MINUTES_LINKED.test(line);
}

/**
 * "Minutes of the Audit Committee of 5 March 2025 PDF 90 KB" (also with "pdf icon" before "PDF"): an item that links the
 * last meeting's minutes, to be confirmed, names that meeting's day.
 */
const MINUTES_LINKED = /^Minutes of\b[^|.]{0,120}?\d{4}\s+(?:pdf icon\s+)?PDF\s+\d+(?:\.\d+)?\s*[KM]B\b/i;

/**
 * "Minutes - 12 September 2017" over "To confirm as a correct record, the minutes of the meeting held on 12 September
 * 2017": the title of the last meeting's minutes, put to this meeting to confirm, names that meeting's day.
 */
function confirmsMinutesOfTheSameDay(line: string, next: string): boolean {
  if (!CONFIRMS_MINUTES.test(next)) return false;
  const day = findWrittenDate(line) ?? numericDate(line);
  return day !== null && day === (findWrittenDate(next) ?? numericDate(next));
}

/** "To confirm the minutes …", and "That the minutes of the meeting held on … be approved as a correct record." */
const CONFIRMS_MINUTES =
  /\b(?:confirm|approve|agree|sign)\b[^.]{0,80}\bminutes\b|\bminutes\b[^.]{0,120}\bbe (?:approved|confirmed|agreed|signed)\b/i;

/** "These were approved.": what the sentence before named was approved, so it was another meeting's record. */
const APPROVED_NEXT =
  /^(?:These|They|Which|The minutes) (?:were|was) (?:duly )?(?:approved|signed|accepted|confirmed|agreed)\b/i;

/** How far into a header line the meeting's date can be printed with no words of the meeting before it. */
const FAR_INTO_A_LINE = 160;

/** A web page's item and its "Minutes:" field, holding what was said: "Licensing Policy Minutes: The Board considered …". */
const ITEM_MINUTES_IN_PROSE =
  /\bMinutes:\s*(?:The|It|Members|Councill?ors|Cllr|A|An|This|There|Following|After)\s[^.;]{0,200}?\b(?:considered|discussed|received|reported|presented|noted|heard|was|were)\b/;

/**
 * Words that lead to the meeting's own date: "held on", "Meeting Thursday", "will take place". Not a week's start ("… ending
 * by the week commencing 22nd October"), which is some other event's.
 */
const MEETING_WORDS = /\b(?:held|meeting|take place|(?<!\bweek )commencing)\b/i;

/**
 * A line that opens with an item's number: "0720.02", "17/27", "3b", "(3)", "4.", "212.22", or a letter ("a. Extraordinary
 * Policy and Finance held on 31st October 2023;", the first of the committees' minutes received); not a page's number
 * ("1 SUFFOLK COUNTY COUNCIL").
 */
const ITEM_LINE =
  /^(?:\(\d{1,3}[a-z]?\)|\d{1,4}(?:[./]\d{1,4}){1,3}[.)]?|\d{1,4}[a-z][.)]?|\d{1,3}[.)]|\(?[a-h][.)])\s/;

function documentTitle(kind: DocumentKind, blocks: RawBlock[], fileName: string): string {
  const agendaItem = blocks.findIndex((b) => /^agenda item\b/i.test(b.text));
  if (agendaItem >= 0 && agendaItem < 4 && blocks[agendaItem + 1]) return `Minute: ${blocks[agendaItem + 1]?.text}`;
  if (kind === 'minutes') return 'Minutes';
  if (kind === 'agenda') return 'Agenda';
  const subject = blocks.slice(0, HEADER_BLOCKS).find((b) => /^subject:/i.test(b.text));
  if (subject) return subject.text.replace(/^subject:\s*/i, '');
  const heading = blocks.slice(0, HEADER_BLOCKS).find((b) => b.kind === 'heading' && b.text.length <= 120);
  if (heading) return tidyCapitals(heading.text);
  return fileName.replace(/\.[a-z0-9]{1,5}$/i, '');
}

function findVenue(text: string): string | null {
  const field = /^Venue:\s*(?:in |at )?(?:the )?(.+?)(?:\.?\s*View directions)?$/i.exec(text);
  if (field?.[1]) return field[1];
  const match = /\bheld (?:in|at) (?:the )?(.+?)(?:,? on (?:\w+day|\d).*|\.)?$/i.exec(text);
  const venue = match?.[1]?.trim();
  if (!venue || findTime(venue) || /^\d/.test(venue)) return null;
  return venue;
}
