/**
 * Shapes of text that say what was decided only with their neighbours: a planning
 * schedule's cell ("Minded to permit") with its site's line, a bare "APPROVED" with its
 * item, "No Objection." with its application, "HIF to pursue" with the sentence before,
 * "RESOLVED and noted." and "Resolved – accordingly." with what they note or carry;
 * and the lead-ins whose parts are the details of one decision, not decisions of their own.
 * outcomes.ts says which neighbour each takes.
 */

/** "Minded to permit", "Delegated Approve", "Refuse": a planning application's decision in a schedule's cell. */
export const PLANNING_DECISION =
  /^(?:(?:Delegated|Minded to)\s+)?(?:permit|approve|refuse|consent|grant|granted|refused|approved|permitted)\b[^.]{0,30}$|^Deferred\b[^.]{0,60}$/i;
/**
 * "Defer for S106 then permit", "Consent subject to the conditions set out in report PL/120a.", "Refuse": a planning
 * decision on a line of its own, under the application it decides.
 */
export const PLANNING_DECISION_LINE =
  /^(?:(?:Delegated|Minded to)\s+)?(?:permit|permitted|approve|approved|refuse|refused|consent|consented|grant|granted|defer|deferred)(?:\s+(?:subject to|with|for|on|then|pending|until|planning|permission|consent|conditionally)\b[^.]{0,100})?\.?$/i;
/** A site's address in a schedule: words and a place, no verb, no full stop. */
export const SITE_LINE = /^(?!\d+$)(?![A-Z]{1,3}\/?\d)[A-Z0-9][^.:;]{8,120}$/;
/** A schedule's reference, row number, parish or link: nothing decided. */
export const SCHEDULE_FURNITURE = /^(?:\d{1,3}|Click Here To View|[A-Z]{0,3}\/?\d{2,6}\/\d{2,6}(?:\/[A-Z]{2,4})?)$/i;

/**
 * A lead-in over the details of one decision: its conditions, reasons or amendments, the payments or policies it approved,
 * what members commented on an application, the late papers it admitted ("It was agreed to accept the following late
 * papers:").
 */
export const DETAILS_LEAD =
  /\b(?:conditions?|reasons?|informatives?|amendments?|changes?|subject to|including|includes?|namely|comprising|payments?|invoices?|accounts?|cheques?|expenditure|bills|grants?|contributions?|costs?|funding|breakdown|sums?|amounts?|informed|discussed|outlined|commented|observations?|grounds|concerns|summari[sz]ed|highlighted|covered|substitut\w+|updates?|apologies|absences?|attendance|minutes|committees|meetings|membership|polic(?:y|ies)|procedures|strategies|documents|information|papers|reports|submissions|letters|correspondence|witnesses|representatives|organisations|speakers|invitees|stakeholders|(?:appointed|elected|co-opted) (?:as |to be )?(?:members|representatives|trustees|governors|directors))\b[^:]*:\s*-?\s*$/i;

/** "No Objection.", "Support", "Support the Application", “Not supported”: a planning response that says nothing of which application. */
export const BARE_PLANNING_RESPONSE =
  /^["“‘]?(?:no (?:objections?|observations?|comments?)|objects?|objections?|(?:not )?support(?:s|ed)?)(?: (?:to )?(?:the|this) (?:planning )?application)?["”’]?(?:\.|\s*[–—-]\s+\S.*)?$/i;

/** "APPROVED", "Agreed.": a keyword on its own. */
export const BARE_KEYWORD = /^(?:APPROVED|AGREED|ENDORSED|ADOPTED|NOTED|REFUSED|GRANTED)\.?$/;

/** "Report approved, in line with recommendations.", "Agreed.": a decision that does not say what it decided. */
export const BARE_DECISION =
  /^(?:(?:the )?(?:report|recommendations?|proposals?)\s+)?(?:approved|agreed|noted|endorsed|accepted|adopted)\b[^.;]{0,60}\.?$|^(?:\d\.\s+)?(?:the |all )?(?:recommendations?|proposals?)(?: (?:as set out|in the report))?\.?$/i;

/** "As detailed in the recommendation.", "As recommended.": a decision that points at a report it does not quote. */
export const AS_RECOMMENDED =
  /^(?:as (?:detailed|set out|outlined|per|stated) in the (?:report(?:'s)?|recommendations?|report's recommendations?)|as recommended|recommendations? (?:approved|agreed|adopted))\.?$/i;

/** "Facebook –", "Town Website –": a short topic with a dash, over the label that starts its action. */
export const TOPIC_BEFORE_LABEL = /^[A-Z][^.:;!?]{1,60}\s[–—-]$/;

/** "HIF to pursue", "Clerk to action": an action line that says who, but not what, which the sentence before says. */
export const VAGUE_ACTION =
  /^\S+(?: \S+){0,2} to (?:pursue|action|follow up|chase(?: up)?|progress|take forward|deal with)\.?$/i;
/**
 * The same in a sentence of narrative ("… read out at the meeting. Clerk to action."), where "Scrutiny to
 * chase." on its own is an action in full: who, and chasing what the line above says.
 */
export const VAGUE_ACTION_LINE =
  /^\S+(?: \S+){0,2} to (?:action|pursue|follow up|progress|deal with)\.?$|^\S+(?: \S+){0,2} (?:agreed to|will|would) chase(?: up| again| this)?\.?$/i;

/** "RESOLVED and noted.": the keyword says what only with the sentence before it. */
export const NOTED_ONLY = /^(?:and )?(?:duly )?noted\.(?=\s|$)/i;
/** "RESOLVED", "RESOLVED (1)", "AGREED:": a decision keyword on its own, what it decides after it. */
export const KEYWORD_ON_ITS_OWN = /^\s*(?:RESOLVED|AGREED|DECIDED|RECOMMENDED)\s*(?:\(\d{1,2}\))?\s*[:–—-]*\s*$/;
/** "IT WAS AGREED.": a keyword that is its whole sentence, which leans on the sentence before it. */
/** "There were no other nominations.", "No objections were raised.": nothing else was put to the meeting. */
export const NOTHING_ELSE_PUT =
  /^(?:There (?:were|was) no (?:other |further )?(?:nominations?|proposals?|objections?|amendments?|counter[- ]proposals?)|No (?:other |further )?(?:nominations?|proposals?|objections?|amendments?) (?:were|was) (?:received|made|raised|put forward))\b[^.;]{0,40}\.?$/i;

export const KEYWORD_ALONE = /^(?:IT WAS |It was )?(?:AGREED|RESOLVED|CARRIED|APPROVED)\.?$/;
export const KEYWORD_AT_END = /\b(?:RESOLVED|Resolved|AGREED|Agreed)\b[\s:–-]*$/;

/** "Resolved: that the proposal be approved.": the keyword's sense is the proposal before it. */
export const PROPOSAL_CARRIED =
  /^(?:that\s+)?the (?:above |said )?(?:proposal|motion)s? (?:be|was|were|is|are) (?:approved|agreed|carried|accepted|adopted)\b\.?/i;
/** "Cllr Ash proposed that …", "It was moved by Cllr Ash …": a sentence that puts a proposal. */
export const PUTS_A_PROPOSAL = /\b(?:proposed|moved)\b/i;

/** "Resolved – accordingly.": the keyword's whole sense is the motion before it. */
export const ACCORDINGLY = /^(?:accordingly|as above|as set out above)\.?$/i;

/** "Planning Applications supported:", "The following applications were not objected to:": a response over the applications it answers, one a line. */
export const RESPONSE_OVER_APPLICATIONS =
  /^(?:The following )?(?:planning )?applications? (?:(?:were|was) )?(?:supported|approved|not objected to|recommended for approval)\s*:?\s*$/i;
/** "1039/16 Havensfield Farm – …", "DC/21/2491/LBC: …": a line that opens with an application's reference. */
export const OPENS_WITH_APPLICATION = /^(?:[A-Z]{1,3}\/)?[A-Z]{0,3}\d{2,6}\/\d{2,6}(?:\/[A-Z]{1,5})?\b/;
/** "0683/16 Penny Cottage – a revised application was received": listed, not answered. */
export const ONLY_RECEIVED = /\b(?:was|were|has been|have been) (?:received|withdrawn|deferred)\b/i;

/** An application's reference: "E/40480", "24/0312/FUL", "20/501261/FULL", "P2023/0712", "Application 170984". */
export const APPLICATION =
  /\b(?:[A-Z]{1,3}\/?\d{2,6}\/\d{2,6}(?:\/[A-Z]{2,5})?|\d{2,4}\/\d{3,7}\/[A-Z]{2,5}|[A-Z]\/\d{4,6})\b|\bApplication(?: No\.?)?:?\s+\d{5,8}\b/;

/**
 * The lines of the application a bare response answers, back to its reference (or the line before); not back past an
 * application already answered ("… Response …: no objections." then "25/0101 The Old Forge …" over "No Objections.").
 */
export function applicationLines(previous: string[]): string {
  const from = previous.findLastIndex((t) => APPLICATION.test(t));
  const answered = from >= 0 && PLANNING_RESPONSE.test(previous[from] ?? '');
  if (answered) return (from < previous.length - 1 ? previous.slice(from + 1) : previous.slice(-1)).join(' ');
  const lines = from >= 0 && previous.length - from <= 8 ? previous.slice(from) : previous.slice(-1);
  return lines.join(' ');
}

/** "Unanimously AGREED to recommend APPROVAL", "No Comments and AGREED …", "The Town Council APPROVED this application": a
 * response to a planning application. So is a planning committee's decisions list: "Recommendation to refuse agreed".
 */
export const PLANNING_RESPONSE =
  /\b(?:recommend(?:ed|s)? (?:approval|refusal|permission)|[Rr]ecommendation (?:to|for) (?:permit|refuse|grant|approve|defer)\b[^.;]{0,300}?\bagreed|^(?:Permit|Refuse|Grant) with\b[^.;]{0,300}?\bagreed|no (?:objections?|observations?|comments?)|(?:supports?|objects? to)(?: (?:the )?(?:approval|refusal) of)? (?:the|this) application|(?:approved|supported|opposed) this application)\b/i;

/** "6. To appoint representatives to outside bodies", "Election of Committees": an item whose lines name who holds what. */
export const APPOINTING_ITEM = /\b(?:appoint\w*|elect\w*|nominat\w*|representatives?|membership|outside bodies)\b/i;
/** Who holds a role: "Cllr L Bennett", "Cllrs Treen", "Dr Jane Dowd", "The Chairman", or a further name in a list ("Ousby"). */
const HOLDER = String.raw`(?:(?:Cllrs?\.?|Councill?ors?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}|[Tt]he (?:(?:Vice|Deputy)[- ])?(?:Chair(?:man|person)?|Clerk|Mayor)|[A-Z][\w'’-]+)`;
/**
 * "Tree Warden: Cllr L Bennett", "Planning Committee – Cllr D Hayward, Cllr L Bennett and Cllr T Hunt.", "Staffing
 * Committee: The Chairman and Cllrs Garside and Penhale.", "Footpaths – Cllr Ash supported by Cllr Birch": a role and its holders.
 */
export const ROLE_AND_HOLDERS = new RegExp(
  String.raw`^(?:\d{1,2}(?:\.\d{1,2})+\.?\s+)?(?!(?:Present|PRESENT|Apologies|APOLOGIES|Absent|In [Aa]ttendance|IN ATTENDANCE|Attendance|Also [Pp]resent|Proposer|Seconder|Nominee|Mover|Proposed|Seconded|Moved)\b)[A-Z][^.:;–—]{2,60}?\s*[:–—-]\s*(?=(?:Cllrs?|Councill?ors?|Mr|Mrs|Ms|Miss|Dr|The|the)\b)(?:${HOLDER}(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s+(?:supported|assisted|deputised) by\s+)?)+\.?$`,
);

/** An office a meeting elects someone to: "Chairman", "Vice Chair", "Convener", "Secretary", "Treasurer". */
export const OFFICE_BEARER = String.raw`(?:(?:Vice[- ]?C|Vice-?c|C)hair(?:man|person|woman)?|(?:Vice[- ])?(?:Convener|President)|Secretary|Treasurer)`;

/**
 * "Fenshire Council refused permission, and the applicant appealed", "The Borough Council has APPROVED Planning Permission
 * for …": the planning authority's decision reported, not the meeting's (never a parish, town or community council's).
 */
export const PLANNING_AUTHORITY_DECIDED = String.raw`(?:The (?=(?:Borough|District|County|City|Unitary) Council\b))?(?!(?:The|This)\b)(?:(?!(?:Parish|Town|Community)\b)[A-Z][\w'’-]+ ){1,3}Council (?:has |have |had )?(?:APPROVED|GRANTED|REFUSED|REJECTED|[Aa]pproved|[Gg]ranted|[Rr]efused|[Rr]ejected) (?:[Pp]lanning )?(?:[Pp]ermission|[Cc]onsent)\b`;
