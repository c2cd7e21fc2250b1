import type { DocumentKind } from '../../../shared/domain';
import type { RawBlock } from '../blocks';

/**
 * What a paper is, from all of its text rather than its first line: minutes
 * record decisions ("RESOLVED", "Minutes:" sections, a decision page's fields),
 * an agenda lists business "To receive…", a report proposes ("It is recommended
 * that…"). A page of agenda and minutes is minutes with items. Each rule has the
 * example it exists for (tests/unit/outcome-rules.test.ts).
 */
export interface KindEvidence {
  shape: string;
  example: string;
  kind: 'minutes' | 'agenda' | 'report' | 'briefing-note';
  pattern: RegExp;
  /** Only in the first few blocks. */
  top?: boolean;
  /** A title: only above the first numbered item, not an agenda's item that names the last meeting's minutes. */
  title?: boolean;
  /** Settles what the paper is whatever else it holds: a forward plan's "Decision:" fields are decisions still to come. */
  settles?: boolean;
  /**
   * What the paper calls itself at its top ("Briefing note", "Subject: …", "Decision details"): a briefing
   * note or report is that, unless its top also says minutes, whatever decisions it quotes ("At its
   * meeting in May the Cabinet RESOLVED that …").
   */
  labels?: boolean;
}

/** RESOLVED and the like: a paper that says what was decided; also after a paragraph's number ("16.3 Resolved – That …"). */
const DECISION_KEYWORD =
  /\bRESOLVED\b|^(?:\d{1,3}(?:\.\d{1,3}){1,2}\s+)?(?:It was\s+)?Resolved\b|^(?:It was\s+)?(?:AGREED|DECIDED|CONCLUDED)\b|^(?:THE )?DECISION\b|^PENDERFYNWYD\b|^RECOMMENDED\s*[:–—-]/;

export const KIND_EVIDENCE: KindEvidence[] = [
  {
    shape: 'a minutes title',
    example: 'Minutes of a meeting held on 3 May 2024',
    kind: 'minutes',
    // Not an agenda's item that links to the last meeting's minutes ("Minutes of the Meeting held on 23 May pdf icon PDF 188 KB").
    // Nor one that asks for them to be confirmed ("Minutes of the meeting held on 9 May RECOMMENDED that the Minutes … be confirmed").
    // "Cofnodion …" is the Welsh.
    // Nor papers sent with an agenda ("Draft Minutes for signing PC meeting 5 October 2020").
    // Also after the minute's own number ("12929. CONFIRMED minutes of an ordinary meeting …").
    // Also "Notes from the online PCC meeting, 15 June 2021", as informal minutes are titled.
    pattern:
      /^(?!.*\b(?:pdf icon|PDF \d+ KB|be (?:confirmed|approved|signed|agreed)|as a (?:correct|true) record|for (?:signing|signature|approval|confirmation)|(?:previous|last) meeting)\b)(?:\d{1,5}\.?\s+)?(?:(?:(?:draft|confirmed|unconfirmed|printed|signed|the) )?minutes|cofnodion|notes (?:from|of) (?:the |an? )?(?:[\w-]+ ){0,4}meeting)\b(?!:)/i,
    top: true,
    title: true,
  },
  {
    shape: 'a minute’s title in the singular, as Scottish bodies write it',
    example: 'Minute of Meeting of the Glenmore Transport Partnership Board',
    kind: 'minutes',
    pattern: /^(?:(?:draft|confirmed|unconfirmed|approved) )?minute of (?:the |an? )?(?:[\w-]+ ){0,2}meeting\b/i,
    top: true,
    title: true,
  },
  {
    shape: 'the body, then "Minutes", as the page’s title',
    example: 'Council Meeting Minutes',
    kind: 'minutes',
    // Not the last meeting's, listed for approval ("Previous Meeting Minutes").
    pattern: /^(?!(?:Previous|Last|Approval|Confirmation|Draft)\b)(?:[A-Z][\w&'’-]*\s){1,6}(?:Meeting\s)?Minutes$/,
    top: true,
    title: true,
  },
  {
    shape: 'the body in capitals, "MINUTES" and the day, as the page’s title',
    example: 'ASHBY PARISH COUNCIL PLANNING MINUTES Thursday 7th June 2018 7.30pm at the Pavilion',
    kind: 'minutes',
    pattern:
      /^(?:[A-Z][A-Z&'’-]*\s){1,8}MINUTES\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+\d{4}\b/,
    top: true,
    title: true,
  },
  {
    shape: 'a page of the agenda with its minutes',
    example: 'Agenda and draft minutes',
    kind: 'minutes',
    // Also "Agenda, decisions and minutes"; not "Agenda and decisions" alone, printed before any decision is.
    pattern: /^agenda(?:,? (?:and|&) decisions)?,? (?:and|&) (?:draft |signed |confirmed |approved )?minutes$/i,
    top: true,
  },
  {
    shape: 'a minutes title in capitals after the body’s name',
    example: 'MONADH RUADH NATIONAL PARK AUTHORITY MINUTES OF THE BOARD MEETING held at the Village Hall',
    kind: 'minutes',
    pattern: /^(?:[A-Z][A-Z &'’-]{2,80} )?MINUTES OF THE (?:[A-Z][A-Z&'’-]*\s){1,6}?MEETING,?\s+(?:held|HELD)\b/,
    top: true,
  },
  {
    shape: 'a minutes title in capitals after the council’s letterhead on the same line',
    example:
      'ASHBY PARISH COUNCIL Mill Lane, Ashby AB1 2CD Tel: 01234 567890 MINUTES OF THE MEETING OF ASHBY PARISH COUNCIL HELD IN THE VILLAGE HALL',
    kind: 'minutes',
    // Not an item that approves the last meeting's ("4. TO APPROVE THE MINUTES OF THE MEETING HELD ON …").
    pattern:
      /^(?!\(?\d)(?:[^\n]{0,200}?\s)?(?<!\b(?:THE|APPROVE|CONFIRM|SIGN|RECEIVE|ACCEPT|AGREE|ADOPT|OF|[Tt]he|[Aa]pprove|[Cc]onfirm|[Ss]ign|[Rr]eceive|[Aa]ccept|[Aa]gree|[Aa]dopt|[Oo]f)\s)MINUTES OF (?:THE|A) (?!(?:[A-Z]+\s){0,3}?(?:PREVIOUS|LAST)\b)(?:[A-Z][A-Z&'’-]*\s){0,6}?MEETING(?: OF (?:THE )?(?:[A-Z][A-Z&'’-]*\s){1,8}?)?,?\s*HELD\b/,
    top: true,
  },
  {
    shape: 'a "Minutes:" section of a web page',
    example: 'Minutes:',
    kind: 'minutes',
    // Not an agenda's "6. Committee Minutes: To receive …".
    pattern: /(?:^|\s)Minutes:(?!\s*(?:pdf|PDF|To [a-z]+)\b)/,
  },
  {
    shape: 'a decision keyword',
    example: 'RESOLVED – That the report be noted.',
    kind: 'minutes',
    // Not the resolution an agenda prints ready for excluding the public ("RESOLVED – That, in accordance with Regulation 4 …").
    pattern: new RegExp(
      `^(?![^]*\\b(?:Schedule 12A|Regulation 4|exclude the public|public be excluded|press and public be excluded)\\b)[^]*?(?:${DECISION_KEYWORD.source})`,
    ),
  },
  {
    shape: 'a decision page',
    example: 'Decided at meeting: 14/12/2022 - Cabinet',
    kind: 'minutes',
    labels: true,
    pattern:
      /^(?:(?:(?:Delegated|Executive) )?Decision|Decided at meeting|Made at meeting|Date of decision|Decision status|Decision published|Decision Maker)\s*:|^Issue - (?:decisions|meetings)$|^Decision details$|^Reasons? for (?:the )?Decisions?\s*:?$|^\[?The decisions? on this item (?:can|may) be called in\b/i,
  },
  {
    shape: 'a numbered decision that opens with its verb in the past tense',
    example: '2. Agreed to proceed with the programme as set out.',
    kind: 'minutes',
    pattern:
      /^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+(?:Noted|Agreed|Approved|Endorsed|Authori[sz]ed|Delegated|Commented on|Requested|Resolved|Supported)\b(?! (?:by|at|in|on)\b)/,
  },
  {
    shape: 'an agenda’s item with what was decided after a dash',
    example: '2. Agree on the aims of the association - Agreed and the constitution updated',
    // Not an agenda's "7. Planning – Approved applications to note", whose word names the business.
    kind: 'minutes',
    pattern:
      /^\(?\d{1,2}[.)]\s+[^–—]{5,200}?\s[–—-]\s+(?:(?:Agreed|AGREED|Approved|APPROVED|Decided|Completed|Done)(?=\s*(?:$|[.,;–—]|and\b|to\b))|We (?:agreed|decided)\b)/,
  },
  {
    shape: '"Agreed that" on a line of its own, over what was agreed',
    example: 'Agreed that',
    kind: 'minutes',
    pattern: /^(?:Agreed|Decided) (?:that|to)\s*$/,
  },
  {
    shape: 'an issue page naming its meeting',
    example: 'Meeting: 09/11/2009 - Corporate Overview and Scrutiny Committee (Item 9)',
    kind: 'minutes',
    labels: true,
    pattern: /^Meeting: \d{1,2}\/\d{1,2}\/\d{4} - /,
  },
  {
    shape: 'a page showing one agenda item and what happened to it',
    example: 'Agenda item',
    kind: 'minutes',
    pattern: /^Agenda item$/i,
    top: true,
  },
  {
    shape: 'when the meeting took place',
    example: 'The monthly meeting of the Council took place on Thursday 5th October 2023',
    kind: 'minutes',
    // Not another meeting: "The last meeting of the chairs’ forum was held in June".
    pattern: /(?<!\b(?:last|previous|next|earlier|recent|first)\s)\bmeeting\b.{0,80}\b(?:took place|was held)\b/i,
    top: true,
  },
  {
    shape: 'an opening that tells where the meeting was held',
    example: 'At the Meeting of the Council held at the Village Hall at 7.30pm on Tuesday 1 November 2016',
    kind: 'minutes',
    pattern: /^At (?:the|a|an) (?:[\w-]+ ){0,2}meeting of\b.{0,120}\bheld\b/i,
    top: true,
  },
  {
    shape: 'the minutes or the apologies agreed, in the past tense',
    example: 'The apologies were agreed.',
    kind: 'minutes',
    pattern: /^The (?:minutes|apologies)\b[^.;]{0,80}? (?:were|was) (?:agreed|approved|accepted|signed)\b/i,
  },
  {
    shape: 'the last meeting’s record agreed',
    example: 'The notes of the meeting held on 15 September were agreed as an accurate record.',
    kind: 'minutes',
    pattern:
      /\b(?:were|was) (?:agreed|approved|confirmed|accepted|signed)(?: and signed)? as an? (?:accurate|correct|true)\b/i,
  },
  {
    shape: 'the body recorded as deciding',
    example: 'Accordingly the amendment became the finding of the meeting and the Council agreed:',
    kind: 'minutes',
    // Also after another sentence in the same paragraph: "… new chairs were needed. The Parish Council AGREED to buy …".
    pattern:
      /(?:^|\.\s+)(?:(?:Accordingly|Thereafter|(?:Following|After) [^,.]{0,60}),?\s+)?(?:[^.:;]{0,100}\band )?the (?:(?:Parish|Town|Community|City) )?(?:Council|Committee|Sub-Committee|Board|Cabinet|Panel|Authority|meeting) (?:agreed|resolved|decided)\b(?!\s+(?:at|on|in)\b)/i,
  },
  {
    shape: 'the last meeting’s minute submitted and approved',
    example: 'The minute of the meeting of the Council dated 9 December 2020 was submitted and approved.',
    kind: 'minutes',
    pattern: /^The minutes? of the [^.]{0,120}\b(?:was|were) submitted and (?:approved|agreed|confirmed)\b/i,
  },
  {
    shape: 'a body that considered a report, as minutes tell it',
    example: 'The Committee considered the report of the Executive Director which presented the annual report.',
    kind: 'minutes',
    pattern:
      /^(?:The )?(?:[A-Z][\w&'’-]*\s){0,6}(?:Committee|Cabinet|Board|Panel|Council|Commission|Executive|Sub-Committee|Forum) (?:considered|received|noted) (?:a|the) (?:report|update|presentation)\b/,
  },
  {
    shape: 'the chair who welcomed those present or thanked those who spoke, as minutes tell it',
    example: 'The Chairperson welcomed some forty residents to the meeting.',
    // An item's page that opens with the agenda's words ("To receive questions from the public") over what happened.
    kind: 'minutes',
    pattern:
      /^(?:The )?(?:Chair(?:man|person|woman)?|Vice[- ]Chair(?:man|person)?|Convene[ro]|Mayor) (?:welcomed|thanked)\b/,
  },
  {
    shape: 'someone who presented a paper to the body, as minutes tell it',
    example: 'The Scrutiny Officer presented the Committee with the draft work programme for discussion.',
    // Also "The Chairman of the Housing Select Committee presented the Select Committee’s recommendations", "The Clerk
    // presented her report". Not a report's own words about where it went ("This report was presented to Cabinet").
    kind: 'minutes',
    pattern:
      /^(?:The )?(?:[A-Z][\w&'’-]*\s){0,6}?(?:Chair(?:man|person|woman)?|Officer|Manager|Director|Head|Clerk|Chief Executive|Leader|Cabinet Member|Portfolio Holder)(?: (?:of|for) (?:the )?(?:(?:[A-Z][\w&'’,-]*|and|&)\s?){1,10}?)?(?: [–-] [A-Z][\w ]{2,30}?)? presented (?:(?:the|a|an) (?:[A-Z][\w&'’-]*\s){0,6}?(?:Committee|Board|Panel|Forum|Cabinet|Commission|Council)(?:['’]s)?\b|(?:his|her|their) report\b)/,
  },
  {
    shape: 'a notice of the decisions a meeting took, as its title',
    example: 'NOTICE OF DECISIONS',
    kind: 'minutes',
    // Not a forward plan's notice of decisions still to come ("Notice of Key Decisions to be taken").
    pattern:
      /^(?:notice|record|schedule|register) of (?:the )?(?:(?:delegated|executive|cabinet|committee) )?decisions(?: (?:taken|made))?$/i,
    top: true,
    title: true,
  },
  {
    shape: 'a heading over what was decided',
    example: 'Summary of decisions and actions',
    kind: 'minutes',
    pattern: /^(?:Summary of )?(?:Decisions(?: and actions)?|Actions agreed)$/i,
  },
  {
    shape: 'a motion recorded as moved and seconded',
    example: 'It was moved by Councillor Ellwood, seconded by Councillor Sutcliffe and',
    kind: 'minutes',
    // Also in note form, who proposed and seconded by their initials: "… as per the plans, proposed MY / seconded JB/ unanimous",
    // and the vote after the seconder: "AB proposed the minutes be accepted. CD seconded, all agreed."
    pattern:
      /\b(?:was|were) (?:moved|proposed|nominated)\b[^.;]{0,40}? by [^.;]{2,80}?,? (?:and )?seconded by\b|\bproposed (?:by )?[A-Z]{2,3}\s*\/\s*seconded (?:by )?[A-Z]{2,3}\b|\bseconded(?: by [^.;,]{2,40})?,\s*(?:all|unanimously) (?:agreed|in favour|carried)\b/i,
  },
  {
    shape: 'a vote taken and its result declared',
    example: 'Upon a vote being taken, the MOTION was declared to have been CARRIED.',
    kind: 'minutes',
    pattern: /\b(?:was|were) declared (?:to have been )?(?:carried|lost|defeated)\b/i,
  },
  {
    shape: 'apologies recorded as received or given',
    example: 'Apologies for absence were received from Councillor Dale.',
    // Also one apology: "An apology for absence was received from Councillors Ash and Birch."; and none: "There were no
    // apologies for absence.", and as a label: "Apologies received and accepted: Cllr Ash."
    kind: 'minutes',
    pattern:
      /\b(?:apologies|an apology) (?:for absence )?(?:were|was) (?:received|given|noted|accepted|tendered)\b|\bapologies (?:for absence )?(?:received|accepted|noted)(?: and (?:accepted|noted|approved))?\s*:|\b(?:had )?(?:sent|gave|given|tendered) (?:their |his |her )?apologies\b|\bhad apologised\b|^There (?:were|was) no apolog(?:ies|y)\b/i,
  },
  {
    shape: 'correspondence recorded as received',
    example: 'A letter was received from Mr Cole regarding the signs in the lane.',
    kind: 'minutes',
    pattern: /\b(?:an?|the) (?:letter|e-?mail|petition|complaint)s? (?:was|were|had been) received from\b/i,
  },
  {
    shape: 'something carried or agreed unanimously',
    example: 'Mr Lacey was co-opted unanimously as a Councillor.',
    kind: 'minutes',
    pattern:
      /\b(?:was|were) (?:co-opted|elected|appointed|approved|agreed|carried|adopted) unanimously\b|\bunanimously (?:approved|agreed|carried|resolved|elected|co-opted)\b/i,
  },
  {
    shape: 'when the meeting ended',
    example: 'The meeting closed at 8.55pm.',
    kind: 'minutes',
    pattern: /^\(?(?:The )?meeting (?:closed|ended|concluded|finished|terminated|rose)\b/i,
  },
  {
    shape: 'who was present',
    example: 'PRESENT: Councillors Ash, Birch and Cedar',
    kind: 'minutes',
    // Also "People present" over a table of who came.
    pattern: /^(?:Present|PRESENT|Those present|(?:People|Persons|Names) present)\b/,
  },
  {
    shape: 'declarations of interest recorded as made, or none',
    example: 'No declarations of interest were made by members.',
    // Also "There were no declarations of interest.", "There were no disclosures of interest."; not an agenda's "To receive any declarations of interest".
    kind: 'minutes',
    pattern:
      /^(?:No (?:declarations?|disclosures?) of (?:\w+ )?interests? (?:was|were) (?:made|declared|received)|There (?:were|was) no (?:declarations?|disclosures?) of (?:\w+ )?interests?)\b/i,
  },
  {
    shape: 'an action sheet’s title: what a meeting asked people to do',
    example: 'Action Sheet',
    kind: 'minutes',
    pattern:
      /^(?:Action (?:[Ss]heet|[Nn]otes|[Ss]ummary)|Summary of [Aa]ctions(?: [Aa]greed)?|ACTION (?:SHEET|NOTES))$/,
    top: true,
    title: true,
  },
  {
    shape: 'members marked as attending',
    example: 'Members of the Committee: * A. Kelly (Chairman) * V.G. Eldridge * Denotes attendance',
    kind: 'minutes',
    pattern: /\bdenotes (?:attendance|(?:those |members )?present)\b/i,
  },
  {
    shape: 'a report of the meeting, as some councils title their minutes',
    example: 'LICENSING SUB-COMMITTEE REPORT of a meeting held on Thursday, 30 June 2016 (2.00 p.m.)',
    kind: 'minutes',
    pattern: /\bREPORT of (?:a|the) meeting (?:of (?:the )?[A-Z][^.]{2,80}? )?held on\b/,
  },
  {
    shape: 'who was present, named by their role',
    example: 'Councillors Present: Cllrs Alder (Chair), Birch and Cedar.',
    kind: 'minutes',
    pattern: /^(?:Councillors|Members|Cllrs|Officers)\s+(?:present|in attendance)\s*:/i,
  },
  {
    shape: 'a decision told in narrative',
    example: 'It was resolved to accept the apologies of Cllr Hazel.',
    kind: 'minutes',
    // Also "It was further agreed that …".
    pattern:
      /\bit was (?:(?:unanimously|further|also|then|therefore|subsequently) )?(?:resolved|agreed|decided)\b(?! (?:at|on|in) )/i,
  },
  {
    shape: 'a title that ends in minutes',
    example: 'October 2024 Minutes',
    kind: 'minutes',
    // "Monthly Minutes, November 9th 2021": the date may follow. Not an item of business ("Matters arising from the minutes").
    pattern:
      /^(?!.*\b(?:approv|confirm|previous|last|receive|signing|arising)\w*\b)(?:[\w'’&,-]+ ){1,6}(?:draft )?minutes(?:,?\s+(?:\w+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]+\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4})?$/i,
    top: true,
    title: true,
  },
  {
    shape: 'an agenda title',
    example: 'Agenda',
    kind: 'agenda',
    pattern: /^(?:agenda|agenda (?:for|and|&) (?!(?:draft |signed |confirmed |approved )?minutes$).*|summons\b.*)$/i,
    top: true,
  },
  {
    shape: 'an agenda page’s title: the body, "Agenda" and the date',
    example: 'Planning Committee Agenda - 14 March 2026, 10:00',
    kind: 'agenda',
    // Not a page of both, "Minutes & Agenda – 2nd June 2021", whose minutes are printed.
    pattern:
      /^(?![^.]*\b(?:Minutes|MINUTES|minutes)\b)[^.]{2,100}?\bAgenda\s+[-–—]\s+(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+,? \d{4}\b/,
    top: true,
  },
  {
    shape: 'an agenda title in capitals after the body’s name',
    example: 'PLANNING AND DEVELOPMENT BOARD AGENDA 10 DECEMBER 2018',
    kind: 'agenda',
    pattern: /^(?:[A-Z][A-Z&,'’-]*\s){1,8}AGENDA\b(?!\s+(?:AND|&)\s+(?:DRAFT |SIGNED |CONFIRMED |APPROVED )?MINUTES\b)/,
    top: true,
  },
  {
    shape: 'an agenda’s table of items, by its column headings',
    example: 'Item no. Agenda Item Details Status',
    kind: 'agenda',
    // Also at the end of the line above it: "11:00 on 18th June – Online Agenda Item Lead Officer Supporting Documents".
    // Not a minutes table's, whose first column is the minute's number ("Minute No. Agenda Item").
    pattern:
      /(?:^|\s)(?:(?<!\bMinute\s+)(?:Item|No\.?|Number|Ref\.?)\s*(?:no\.?|number)?\s+Agenda items?(?:\s+(?:Details|Title|Description|Status|Papers|Pages?|Lead|Reports?))*|Agenda items?(?:\s+(?:Details|Title|Description|Status|Papers|Pages?|Lead|Reports?|Officers?|Supporting|Documents))+)$/i,
    // Business to come, whatever its items ask members to do ("Members are asked to agree the minutes …"); not a
    // page of minutes that heads each item "Agenda item".
    settles: true,
  },
  {
    shape: 'a summons to attend',
    example: 'You are hereby summoned to attend a meeting of the Council',
    kind: 'agenda',
    pattern:
      /\b(?:you|members|councillors) (?:are|is) (?:hereby )?(?:summoned|requested|asked) to attend\b|\bare hereby (?:summoned|invited)\b|\bthe following (?:business|issues|matters|items) will be (?:considered|transacted|discussed|taken)\b/i,
    // Also "You are hereby invited to the meeting … when the following issues will be considered."
  },
  {
    shape: 'an invitation to attend, or where the meeting will be held',
    example: 'The meeting will be held in the Village Hall at 7.30pm.',
    kind: 'agenda',
    // Also the title of business to come: "EASTER MEETING of the ASSEMBLY to be held on WEDNESDAY 22nd APRIL".
    // And a page's opening line: "A meeting to be held at the Town Hall at 10:00 on 14 March 2026".
    pattern:
      /\b(?:you|members|councillors) (?:are|is) (?:hereby )?invited to attend\b|\bwill be held (?:in|at|on)\b|\bmeeting of (?:the )?[^.]{2,80}? to be held (?:on|at|in)\b|^(?:A|The) meeting (?:is )?to be held (?:on|at|in)\b/i,
  },
  {
    shape: 'business to be taken',
    example: 'To receive apologies for absence',
    kind: 'agenda',
    pattern: /^(?:\d{1,3}\.?\s+)?To (?:receive|consider|note|approve|agree|confirm|elect|appoint|review|discuss)\b/,
  },
  {
    shape: 'the running order of a meeting to come',
    example: 'It will be proposed that Councillor Ash be elected Chair for 2026/27.',
    kind: 'agenda',
    // Also "The proposal will be seconded.", "The motion will then be put to members."
    pattern:
      /\bIt will be (?:proposed|moved) that\b|\b(?:proposal|proposition|motion|nomination) will (?:then )?be (?:seconded|put to)\b/i,
  },
  {
    shape: 'business to be taken, as a reading of papers',
    example: '3. Read the minute of the meeting of the Council held on 26 October 2022.',
    kind: 'agenda',
    pattern: /^(?:\d{1,3}\.?\s+)?Read the (?:minutes?|report|joint report)\b/,
  },
  {
    shape: 'a page that calls itself the agenda and its papers',
    example: 'Full Council agenda and associated papers for the meeting on 14 December 2022.',
    kind: 'agenda',
    pattern: /^[^.]{0,80}\bagenda (?:and|&) (?:associated |supporting )?(?:papers|reports|documents)\b/i,
    top: true,
  },
  {
    shape: 'a report’s author or purpose',
    example: 'Report of the Director of Place',
    kind: 'report',
    pattern:
      /^(?:report (?:of|by|from)\b|report author\b|purpose of (?:the )?report\b|(?:\d\.?\s+)?(?:background|financial implications|legal implications|risk management|equalities implications)$)/i,
  },
  {
    shape: 'statements or reports made to a meeting by its members',
    example: 'Statements made by Portfolio Holders, Chairmen of the Council’s Committees and Member Champions',
    kind: 'report',
    pattern:
      /^(?:statements?|reports?|updates?) (?:made |given )?(?:by|from) (?:the )?(?:portfolio holders?|cabinet members?|executive members?|lead members?|the leader)\b/i,
    top: true,
    labels: true,
  },
  {
    shape: 'what a report proposes',
    example: 'It is recommended that Cabinet: 1. Notes the progress',
    kind: 'report',
    // Not an agenda's invitation to the members or the public ("Councillors are invited to declare …").
    pattern:
      /\bit is recommended that\b|\b(?:is|are) (?:recommended|asked|invited) to\b(?! (?:attend|declare|address|speak|ask|submit|raise)\b)/i,
  },
  {
    shape: 'a report that says what it does',
    example: 'This report summarises the results from that exercise and sets out a proposed process.',
    kind: 'report',
    // Also "This report updates the Board on matters of interest and seeks agreement to …".
    pattern:
      /\bThis (?:report|paper) (?:summari[sz]es|sets out|provides|seeks|outlines|presents|describes|proposes|invites|updates|informs|advises|asks|explains|considers|reviews)\b/,
  },
  {
    shape: 'what a report asks of the meeting, under its own heading',
    example: 'ACTION REQUIRED BY THE SELECT COMMITTEE',
    kind: 'report',
    // Also run on after the sentence above it, where a printed page lost its line breaks.
    pattern:
      /(?:^|[.:]\s+)(?:ACTION|DECISION)S? REQUIRED(?: (?:BY|OF|FROM) (?:THE )?[A-Z][A-Z ,&'’-]{2,80})?:?$|^(?:Action|Decision)s? required (?:by|of|from) the\b[^.]{2,80}:?$/,
  },
  {
    shape: 'a committee’s own page: what it is for and what it deals with',
    example: 'Purpose of committee',
    kind: 'report',
    // Its remit lists what it may decide ("j) Decision to object when …"), not decisions taken.
    pattern: /^(?:Committee details|Purpose of (?:the )?(?:committee|sub-committee|board|panel))$/i,
    top: true,
    settles: true,
  },
  {
    shape: 'a forward plan of decisions still to be taken',
    example: 'Decision due date: 18/03/2025',
    kind: 'report',
    // Not a meeting page's item with its papers ("Forward Plan of Finance Items pdf icon PDF 260 KB").
    pattern: /^(?:Decision due(?: date)?:|Notice of proposed decision\b|Forward Plan of\b(?!.*\bpdf icon\b))/i,
    settles: true,
  },
  {
    shape: 'a briefing note',
    example: 'Briefing Note',
    kind: 'briefing-note',
    pattern: /\bbriefing note\b/i,
    top: true,
  },
  {
    shape: 'a briefing note’s own title line',
    example: 'Elected Member Briefing Note',
    kind: 'briefing-note',
    pattern: /^(?:[A-Z][\w-]* ){0,3}briefing note\b[^.]{0,60}$/i,
    top: true,
    labels: true,
  },
  {
    shape: 'a report’s cover: its subject or purpose at the top',
    example: 'Subject: Domestic Abuse Strategy',
    kind: 'report',
    pattern: /^(?:Subject:|Purpose of (?:the |this )?report\b)/i,
    top: true,
    labels: true,
  },
];

const TOP_BLOCKS = 8;
/**
 * An agenda's title in capitals or its summons (not "… will be held on …", which minutes say of their next meeting, nor
 * an "Agenda" heading over a page's contents).
 */
const AGENDA_AT_TOP = KIND_EVIDENCE.filter(
  (e) => e.shape === 'an agenda title in capitals after the body’s name' || e.shape === 'a summons to attend',
);
const DATED_AGENDA_TITLE = KIND_EVIDENCE.filter(
  (e) => e.shape === 'an agenda page’s title: the body, "Agenda" and the date',
);
/** "Decision status: Implemented" on an issue's page: the forward plan's decision has been taken. */
const DECISION_TAKEN = /^Decision status:\s*(?:Implemented|Approved|Recommendations? Approved|Decision made|Made)\b/i;
/** "Minutes:", "Decision:": what a meeting page records under an item once the meeting has been held. */
const RECORDED_UNDER_ITEM = /(?:^|\s)(?:Minutes|Decisions?)\s*:(?!\s*(?:pdf|PDF|To [a-z]+)\b)/;
/** "4. Minutes of Last Meeting": an item of business, below which a title is only a paper's name. */
const NUMBERED_ITEM = /^\d{1,3}[.)]?\s+[A-Z]/;
const DECIDED_THAT =
  /^(?:(?:\(?\d{1,2}[.)]\s*)?That\b|\(?\d{1,2}[.)]\s*(?:Subject to [^,]{3,80},\s*)?(?:the|The)\b)[^.;]{3,300}?\bbe (?:noted|approved|agreed|received|appointed|elected|endorsed|adopted|accepted|delegated|granted|confirmed|explored|explained|consulted|circulated|provided|brought|reviewed|updated|invited|asked|requested|sent)\b/;
/**
 * "Minutes" on a line of its own below the agenda, over who was present or where the meeting was held: the agenda and
 * the minutes of its meeting printed on one page, which records the meeting.
 */
const MINUTES_TITLE_LINE = /^(?:(?:draft|confirmed|unconfirmed|signed) )?minutes(?: of (?:the |a )?[^.]{3,100})?$/i;
const MEETING_RECORDED = /^(?:Present\b|(?:A|The) meeting of\b[^.]{3,160}\bwas held\b)/i;
/** Where the minutes printed below an agenda begin (their "Minutes" line), or -1 when the paper prints none. */
export function minutesBelowAgenda(blocks: RawBlock[]): number {
  const texts = blocks.map((b) => b.text);
  return texts.findIndex(
    (t, i) =>
      i >= TOP_BLOCKS && MINUTES_TITLE_LINE.test(t) && texts.slice(i + 1, i + 6).some((u) => MEETING_RECORDED.test(u)),
  );
}

/** A paper this long with no sign of minutes is a report or a note, not a decision page. */
const DECISION_PAGE_LENGTH = 4000;

/** A link to one of a meeting's papers, named with the meeting's date: "Minutes 3-2-2025", "Meeting Pack 3-2-2025". */
const DOCUMENT_LINK =
  /^(?:Minutes|Agenda|Meeting Pack|Agenda Pack|Reports? Pack|Papers|Supplement(?:ary)?(?: Pack)?)\s+\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/i;

export function documentKind(blocks: RawBlock[]): DocumentKind {
  const texts = blocks.map((b) => b.text);
  // "Minutes 3-2-2025" beside "Meeting Pack 3-2-2025" at the top of a meeting's web page: links to its papers, not
  // the title of the paper below them.
  const links = texts.slice(0, TOP_BLOCKS).filter((t) => DOCUMENT_LINK.test(t));
  const top = texts.slice(0, TOP_BLOCKS).filter((t) => links.length < 2 || !links.includes(t));
  const firstItem = top.findIndex((t) => NUMBERED_ITEM.test(t));
  const titles = firstItem < 0 ? top : top.slice(0, firstItem);
  const where = (e: KindEvidence) => (e.title ? titles : e.top ? top : texts);
  // "Appendix 2 – Budget monitoring" as a label, not "Appendix A lists what the Committee recommended." in the text.
  // "Appendix 3 Minutes of a Meeting of …": minutes printed in a pack are read as the minutes they are.
  const label = top.find((t) => /^(?:supplement|appendix)\b[^.]{0,100}$/i.test(t) && !/\bminutes\b/i.test(t));
  const labels = KIND_EVIDENCE.filter((e) => e.labels && top.some((t) => e.pattern.test(t)));
  const saysMinutesAtTop =
    labels.some((e) => e.kind === 'minutes') ||
    KIND_EVIDENCE.some((e) => e.kind === 'minutes' && e.top && where(e).some((t) => e.pattern.test(t)));
  // "Appendix D" over "Minute of Meeting of the Board": minutes printed in a later pack. So too "APPENDIX 1" over a
  // meeting's title, who was present, and what it resolved.
  const recordsAMeeting = top.some((t) => /^PRESENT\s*:/i.test(t)) && texts.some((t) => DECISION_KEYWORD.test(t));
  if (label && !saysMinutesAtTop && !recordsAMeeting) return /^supplement/i.test(label) ? 'supplement' : 'appendix';
  const count = (kind: KindEvidence['kind']) =>
    KIND_EVIDENCE.filter((e) => e.kind === kind).reduce(
      (sum, e) => sum + where(e).filter((t) => e.pattern.test(t)).length,
      0,
    );
  // A forward plan's "Decision due:" settles what a paper is, unless the page also records the decision taken.
  const settled = KIND_EVIDENCE.find((e) => e.settles && where(e).some((t) => e.pattern.test(t)));
  if (settled && !texts.some((t) => DECISION_KEYWORD.test(t) || DECISION_TAKEN.test(t))) return settled.kind;
  const ownLabel = labels.find((e) => e.kind !== 'minutes');
  if (ownLabel && !saysMinutesAtTop) return ownLabel.kind;
  // "AGENDA" or a summons at the top, and no minutes title: an agenda, whatever decisions of other meetings it quotes.
  const minutesBelow = minutesBelowAgenda(blocks) >= 0;
  if (!saysMinutesAtTop && !minutesBelow && AGENDA_AT_TOP.some((e) => top.some((t) => e.pattern.test(t))))
    return 'agenda';
  // A web page headed "Agenda" with no "Minutes:" or "Decision:" under its items: the business to come, whatever
  // another body's resolutions it quotes for the meeting to consider.
  // So too a page titled "<body> Agenda - <date>", whatever it says of the last meeting's minute under it.
  const agendaTitle =
    (!saysMinutesAtTop && /^Agenda$/i.test(texts[0] ?? '')) ||
    DATED_AGENDA_TITLE.some((e) => e.pattern.test(texts[0] ?? ''));
  if (agendaTitle && !minutesBelow && !texts.some((t) => RECORDED_UNDER_ITEM.test(t))) return 'agenda';
  const minutes = count('minutes');
  if (minutes > 0 || minutesBelow) return 'minutes';
  // "Agenda and decisions" over items with a "Decision:" field: the decisions are printed, so it records the meeting.
  // (The title alone is printed before any decision is.)
  if (/^agenda,? (?:and|&) decisions$/i.test(texts[0] ?? '') && texts.some((t) => RECORDED_UNDER_ITEM.test(t)))
    return 'minutes';
  // "That the minutes be approved…" as each item's outcome, its keyword lost: more decisions than business listed.
  const decided = texts.filter((t) => DECIDED_THAT.test(t)).length;
  if (decided >= 2 && decided >= count('agenda')) return 'minutes';
  if (count('briefing-note') > 0) return 'briefing-note';
  const report = count('report');
  const agenda = count('agenda');
  if (agenda > 0 && agenda >= report) return 'agenda';
  if (report > 0) return 'report';
  if (top.some((t) => /^(?:subject:|by:|to:)/i.test(t))) return 'report';
  return texts.join(' ').length > DECISION_PAGE_LENGTH ? 'report' : 'other';
}
