import type { OutcomeKind } from '../../../shared/domain';
import { PLANNING_AUTHORITY_DECIDED } from './bare-shapes';
import { NAMED_OR_CLERK } from './text-shapes';

/**
 * Keywords and lead-ins that open what a meeting decided: "RESOLVED –", "AGREED:",
 * "DECISION", "The following was agreed:", "The Board requested that:". What
 * follows them (the rest of the line, or the parts below) takes their sense.
 * One rule per shape of text, each with the example it exists for
 * (tests/unit/outcome-rules.test.ts reads every example).
 */
export interface HeadRule {
  shape: string;
  example: string;
  /** May name who acts before the colon as the group `who` ("Action 2.2 - TB: to ask …" reads "TB to ask …"). */
  pattern: RegExp;
  kind: OutcomeKind;
  /** The keyword sits inside a sentence: the whole sentence is the outcome. */
  wholeSentence?: boolean;
  /** A lead-in that says who, not what ("the Committee:-"): only parts worded as decisions count. */
  partsMustDecide?: boolean;
}

const BODY = String.raw`(?:The |the )?(?:(?:[A-Z][\w&'’-]*|parish|town|community|city|county|district|borough|full|joint),? (?:(?:and|of|for|&) )?){0,6}(?:[Ss]ub-|SUB-)?(?:[Cc]ommittee|[Cc]ouncil|[Cc]abinet|[Bb]oard|[Pp]anel|[Ee]xecutive|[Ff]orum|[Ss]ub-[Cc]ommittee|[Cc]ommission|[Gg]roup|[Aa]ssembly|[Aa]uthority|[Bb]ureau|[Pp]artnership)(?: of the(?: [A-Z][\w&'’-]*){1,5})?`;

const AFTER_DEBATE = String.raw`(?:Following|After) (?:(?:a |some )?(?:further |full |brief |detailed |lengthy )?)(?:discussion|debate|consideration|questions)(?:[^,]{0,60},\s*|\s+(?=the |The ))|At (?:the|its|this) meeting[^,]{0,60},\s*|For the reasons (?:set out|stated|given)[^,]{0,120},\s*|Thereafter,?\s*|Accordingly,?\s*|Having (?:considered|heard|weighed|taken|had regard)[^,]{0,160},\s*|Having (?:noted|discussed|received)\b[^,]{0,160}?(?:,\s*|\s+(?=the |The ))`;

export const HEAD_RULES: HeadRule[] = [
  {
    shape: 'a resolution to recommend to another body',
    example: 'The Executive RESOLVED to RECOMMEND to Council that the strategy be adopted.',
    pattern: /^(?:.{0,80}?\b)?(?:RESOLVED|Resolved)\s*(?:to|that)?\s*(?=RECOMMEND)/,
    kind: 'recommendation',
  },
  {
    shape: 'RESOLVED in capitals, at the start or after who moved it',
    example: 'Cllr Hale MOVED, Cllr Orme SECONDED and it was RESOLVED to: 1. Note the plan 2. Agree the targets',
    // Not a keyword that closes its sentence ("… seconded by Cllr Ash and RESOLVED."): what it decided came before.
    // The minute's reference after it is not what was decided: "RESOLVED (c10/11/68)" over its parts. "REASONS RESOLVED:"
    // heads the reasons for the decision above it. "RESOLVED that:- Cllr Ash be elected" says what after "that:-".
    pattern:
      /^(?!.{0,160}?\b(?:and|was|were) RESOLVED\.(?:\s|$))(?!REASONS?\b)(?:.{0,160}?\b)?RESOLVED\b(?:\s+(?:unanimously|accordingly|UNANIMOUSLY|ACCORDINGLY|nem\.? ?con\.?|NEM\.? ?CON\.?))?(?:\s*\((?=[^)]*\d)[\w/.-]{1,20}\))?\s*[:;,.–—-]*\s*(?:that\s*:-\s*)?/,
    kind: 'resolution',
  },
  {
    shape: 'ORDERED in capitals, as some councils write RESOLVED',
    example:
      'Decision: ORDERED that Executive: 1. Notes the report of the Scrutiny Panel; and 2. Approves the Action Plan.',
    pattern: /^(?:[^.;]{0,80}?\b)?ORDERED(?=\s*(?:[:–—-]|[Tt]hat\b))\s*[:;,.–—-]*\s*/,
    kind: 'resolution',
  },
  {
    shape: '"Resolved" at the start of a line',
    example: 'Resolved – That the update be noted.',
    // Also after a minute's number: "FG 6094 Resolved unanimously to approve the recommendations."
    pattern:
      /^(?:(?:[A-Z]{1,3} )?(?:\d{3,5}|\d{2,4}\/\d{2,4})\.?\s+)?(?:It was\s+)?(?:unanimously\s+)?(?:Resolved|resolved(?=,?\s+That\b))\b\s*(?:unanimously\s*)?[:;,.–—-]*\s*/,
    kind: 'resolution',
  },
  {
    shape: 'an item’s title in capitals, then "Resolved –" on the same line',
    example: '1491 / APPOINTMENT OF CHAIR – Resolved – That Councillor Ash be appointed as Chair.',
    pattern: /^(?:\d{1,4}\s*[/.)]?\s+)?[A-Z][A-Z0-9 ,&'’()/-]{3,100}?\s+[–—-]\s+Resolved\b\s*[:;,.–—-]*\s*/,
    kind: 'resolution',
  },
  {
    shape: 'a matter’s title, a dash, then "Resolved" in the same line',
    example:
      '01 Finance & Services Committee 4th July 2017 –Resolved to accept all recommendations contained within the minutes.',
    // Also after a lead-in the line carries on from: "… of the following meeting: 01Finance & Services Committee –Resolved to …".
    pattern: /^(?:[^;]{0,120}?:\s*)?(?:\d{1,3}\s*)?[A-Z][^.;:–—]{2,120}?\s[–—]\s*Resolved\b\s*[:;,.–—-]*\s*/,
    kind: 'resolution',
  },
  {
    shape: 'a keyword after a paragraph number',
    example: '8.2 Resolved – that the council supports the weight limit.',
    pattern: /^\d{1,3}\.\d{1,2}\.?\s+(?:(?:It was\s+)?Resolved\b\s*[:;,.–—-]*|(?:Agreed|Decided)\s*[:–—-])\s*/,
    kind: 'resolution',
  },
  {
    shape: 'a key decision’s label over its parts, its "Resolved" lost',
    example: '(Key decision):',
    // After a note in brackets run into its line ("(This report contains an exempt appendix) (Key decision):").
    pattern: /(?:^|\)\s+)\((?:Key|Non[- ]key) decision\)\s*:\s*$/i,
    kind: 'resolution',
  },
  {
    shape: 'the Welsh keyword for resolved',
    example: 'PENDERFYNWYD: Cymeradwyo’r adroddiad.',
    pattern: /^PENDERFYNWYD\b\s*[:;,.–—-]*\s*/i,
    kind: 'resolution',
  },
  {
    shape: 'RECOMMENDED, or a recommendation to Council or Cabinet',
    example: 'RECOMMENDED: that the scheme be included in the capital programme.',
    // Also a decision page's label over what it recommends: "Recommended to Full Council", "RECOMMENDATION to Full Council:-".
    pattern:
      /^(?:It was\s+)?(?:RECOMMENDED|Recommended(?=\s*[:–—-])|RECOMMENDATIONS? TO (?:THE )?[A-Z ]{3,40}?(?=\s*[:–—-]|$)|(?:Recommended|RECOMMENDATIONS?) to (?:the )?(?:Full )?(?:Council|Cabinet|Executive|Board)(?=\s*[:–—-]|\s*$))\s*[:;,.–—-]*\s*/,
    kind: 'recommendation',
  },
  {
    shape: 'a body that recommended to another, over its recommendations',
    example: 'Cabinet recommended to Council:',
    // Also a decision record's "That the Cabinet recommend to Council:".
    pattern: new RegExp(
      `^(?:${AFTER_DEBATE}|That )?${BODY}\\s+(?:(?:also|further|unanimously) )?(?:recommended|recommends|RECOMMENDED|RECOMMENDS|recommend(?= to))(?: (?:to )?(?:the )?(?:Full )?(?:Council|Cabinet|Executive|Mayor|Board))?(?: that)?\\s*(?::-?|:\\s*-|–)\\s*$`,
    ),
    kind: 'recommendation',
  },
  {
    shape: '"Concluded that" at the start of a line',
    example: 'Concluded that the report be circulated to Members of this Select Committee for final comments.',
    pattern: /^Concluded(?=,?\s+that\b)\s*/,
    kind: 'resolution',
  },
  {
    shape: 'AGREED, DECIDED or CONCLUDED in capitals at the start',
    example: 'CONCLUDED that the Chair’s update be noted.',
    pattern: /^(?:It was\s+)?(?:AGREED|DECIDED|CONCLUDED)\b\s*[:;,.–—-]*\s*/,
    kind: 'resolution',
  },
  {
    shape: 'NOTED in capitals at the start, over what was noted (or FURTHER NOTED)',
    example: 'FURTHER NOTED that a report on the remaining standing orders would come to the next meeting.',
    pattern: /^(?:(?:FURTHER|ALSO) NOTED\b|NOTED(?=\s*(?:[:–—-]|that\b|$)))\s*[:;,.–—-]*\s*/,
    kind: 'resolution',
  },
  {
    shape: '"Agreed" or "Decided" with a colon or dash',
    example: 'Agreed: the next meeting moves to 4 March.',
    // Also a decision the label says how it was taken: "Delegated Decision: To note the minutes of the panel."
    // Not a page's field "Urgent Decision - Not in Forward Plan", nor a decision page's title "Decision - Consolidation of
    // Traffic Orders".
    // Not a vote alone after it ("Agreed – All in favour"), which says only that what it answers was agreed.
    pattern:
      /^(?!(?:Agreed|Decided)\s*[:–—-]\s*(?:[Aa]ll in favour|[Uu]nanimous(?:ly)?|[Nn]em\.? [Cc]on\.?)\.?\s*$)(?:(?:Agreed|Decided|Decision(?!\s*[–—-]\s*(?![^]*\b(?:Approved?|Agreed?|Noted?|Refused?|Refusal|Granted|Grant|Deferred|Defer|Accepted|Accept|Rejected|Reject|Withdrawn|Support(?:ed)?|Object(?:ion)?|Permit(?:ted)?|No)\b)(?:[A-Z][\w'’&,()/-]*\s+(?:(?:of|and|for|to|the|in|on)\s+)*){1,9}[A-Z][\w'’&,()/-]*$)|DECISIONS?)\s*[:–—-]|(?:Delegated|Executive) Decision\s*:)\s*/,
    kind: 'resolution',
  },
  {
    shape: '"Agreed that" on a line of its own, over its parts',
    example: 'Agreed that',
    pattern: /^(?:Agreed|Decided) (?:that|to)\s*$/,
    kind: 'resolution',
  },
  {
    shape: 'a summary of a meeting’s decisions, as the title over them',
    example: 'Summary of Trustee Meeting Decisions - Sep 2026',
    // A meeting's own: not "Summary of Planning Decisions" or "Summary of Cabinet Decisions", which other bodies took.
    pattern:
      /^(?:A )?Summary of (?:the )?(?:(?:[\w'’&-]+ ){0,3}Meeting Decisions|Decisions (?:of|from|taken at|made at) (?:the|this) (?:[\w'’&-]+ ){0,3}Meeting)\b(?:[^.:]{0,40})?\s*:?\s*$/,
    kind: 'resolution',
  },
  {
    shape: '"Decision made" or "Decision taken" as a label',
    example: 'Decision Made:',
    pattern: /^(?:Decisions?|DECISIONS?) (?:[Mm]ade|[Tt]aken|MADE|TAKEN)\s*[:–—-]\s*/,
    kind: 'resolution',
  },
  {
    shape: 'a decision record’s field "Details of decision", over what was decided',
    example: 'Details of decision Proposed/Taken',
    // Not a decisions page's "Decision details" heading, which its title follows.
    pattern: /^Details of (?:the )?decision(?: (?:proposed\s*\/\s*taken|taken|made))?\s*:?\s*$/i,
    kind: 'resolution',
  },
  {
    shape: '"Resolution" as a label before what was resolved',
    example: 'Resolution: to approve the precept of £4,500.',
    // Also "Resolve:" over who proposed it: "Resolve: Proposed by Cllr Ash, seconded by Cllr Birch, that a donation be made";
    // numbered, over what is to be, with its "that" left out: "Resolution 1: Ann Ash be co-opted onto the Board."; in
    // capitals, over whatever was resolved: "RESOLUTION: As the ward councillor had not attended, the clerk will write …";
    // with its own number in brackets: "Resolution (59/09): That the minutes be signed …"
    pattern:
      /^(?:Resolution|Resolve|RESOLUTION(?=\s*:\s*[A-Z]))(?: \d{1,2}| \(\d{1,4}\/\d{2,4}\))?\s*[:;–—-]\s*(?=(?:to|that|That|To|Proposed by)\b|(?<=^RESOLUTION\s*:\s*)[A-Z]|[A-Z][^.;:]{2,120}?\bbe [a-z][a-z-]{2,}ed\b)/,
    kind: 'resolution',
  },
  {
    shape: 'DECISION or DETERMINATION on a line of its own',
    example: 'DETERMINATION:',
    pattern: /^(?:THE )?(?:DECISIONS?|DETERMINATION)\s*[:–—-]?\s*$/,
    kind: 'resolution',
  },
  {
    shape: 'RESOLUTION in capitals on a line of its own, over what was resolved',
    example: 'RESOLUTION',
    pattern: /^RESOLUTIONS?\s*[:–—-]?\s*$/,
    kind: 'resolution',
    partsMustDecide: true,
  },
  {
    shape: 'a keyword in capitals inside a sentence',
    example: 'The minutes were AGREED as a correct record.',
    // Also "The reasons for absence were ACCEPTED.", but not a title ("ACCEPTED MINUTES of the Council Meeting"), nor the
    // minutes' stamp ("APPROVED 21.2.26").
    // Not a page's running title: "… DRAFT MINUTES OF THE MEETING TO BE APPROVED".
    // Nor what a motion asked for: "… MOVED that the application be APPROVED." (unless "… and this was AGREED"). Nor the
    // planning authority's decision reported: "The Borough Council has APPROVED Planning Permission for …".
    // Also an application passed to an officer to decide: "DEFERRED and DELEGATED to the Head of Planning for approval …".
    // And something noted, in the passive: "Following a discussion, the draft statement was NOTED.", or by who decides:
    // "The Cabinet Member NOTED the report."
    pattern: new RegExp(
      String.raw`^(?![^a-z]{40,}$)(?!${PLANNING_AUTHORITY_DECIDED})(?!APPROVED\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*$)(?!.{0,200}\b(?:MOVED|moved|PROPOSED|proposed)\b[^.]{0,80}\b(?:that|THAT)\b(?![^.]{0,300}\b(?:and|which) (?:this |it )?(?:was |were )?(?:AGREED|CARRIED|agreed|carried)\b))(?=.{0,200}\b(?<!\bTO BE )(?:AGREED|APPROVED|ENDORSED|ADOPTED|REFUSED|GRANTED|(?<=\S )ACCEPTED|DELEGATED(?= (?:to|TO) )|(?<=\b(?<![Ii]t )(?:was|were) )NOTED(?! (?:that|THAT)\b)|(?<=\b(?:Member|Committee|Council|Board|Panel|Cabinet|Leader|Mayor|Forum|Group|Executive) )NOTED(?= the\b))\b)`,
    ),
    kind: 'resolution',
    wholeSentence: true,
  },
  {
    shape: '"The following was agreed:" over a list',
    example: 'The following was agreed:',
    // Also "The following additional actions were agreed:", and "The following changes were agreed in the course of the
    // debate." over its bullets. Also after what the meeting heard: "After hearing from the
    // tenants' representative, it was resolved:", at the end of a
    // paragraph that ran on from the item before.
    pattern:
      /^(?:[^;:]{0,1500}?[.!?]\s+(?=[^.;:]{3,500}?,\s*it was\b))?(?:[^.;:]{3,500}?,\s*)?(?:The following (?:(?:additional|further|new) )?(?:(?:actions?|points?|changes?|amendments?|steps|items?|measures?|decisions?) )?(?:was|were|is|are) (?:agreed|resolved|decided)(?: (?:during|after|at|following|in) [^.;:]{3,80}?)?\s*[:–—.-]+|It was (?:unanimously )?(?:agreed|resolved|decided)(?: as follows)?\s*[:–—-]+)\s*$/i,
    kind: 'resolution',
  },
  {
    shape: 'a hearing’s determination, over its parts',
    example:
      'In summary, the Committee has determined, after taking into account all of the circumstances of this case:-',
    pattern:
      /^(?:[^.;:]{0,40},\s*)?(?:the |The )?(?:[A-Z][\w-]* ){0,3}(?:Committee|Sub-Committee|Panel|Board)(?: has| have)? (?:determined|decided)\b[^.;:]{0,200}:-?\s*$/,
    kind: 'resolution',
  },
  {
    shape: '"The following reports were requested for future meetings:" over a list',
    example: 'The following reports were requested for future meetings of the Committee:-',
    pattern:
      /^The following (?:[\w’'-]+ ){0,3}(?:was|were|has been|have been) (?:requested|added|suggested|agreed)\b[^.;:]{0,40}\b(?:future meetings?|(?:the |its )?work programme|forward plan)\b[^.;:]{0,60}[:–—-]+\s*$/i,
    kind: 'work-programme',
  },
  {
    shape: 'officers asked to take the following actions, over them',
    example: 'Officers were requested to progress the following actions:',
    // Also "The Clerk was asked to take forward the following:".
    pattern:
      /^(?:The )?(?:[Oo]fficers?|[Cc]lerk|Chief Executive|(?:[A-Z][\w-]* ){0,3}(?:Director|Manager|Officer))(?: of [A-Z][\w &-]{2,40})? (?:was|were) (?:requested|asked|instructed|tasked) to (?:progress|take(?: forward)?|carry out|undertake|action|pursue) the following(?: actions?| points?| matters?| tasks?)?\s*[:–—-]+\s*$/,
    kind: 'action',
  },
  {
    shape: '"The following information was requested:" over a list',
    example: 'The following information was requested:',
    pattern: /^The following (?:[\w’'-]+ ){0,3}(?:was|were|has been|have been) requested\b[^.;:]{0,60}[:–—-]+\s*$/i,
    kind: 'information-request',
  },
  {
    shape: 'appointments or nominations "made as follows" over a list',
    example: 'Appointments were made as follows:',
    // Each part names a body and who was appointed to it: "(a) Staffing Committee: The Chairman and Cllrs Ash and Birch."
    pattern:
      /^(?:\d{1,3}\/\d{1,3}\s+)?(?:The )?(?:[\w’'-]+ ){0,3}(?:appointments?|nominations?|representatives?) (?:was|were|have been|has been) (?:unanimously )?(?:made|agreed|approved|confirmed)(?: as follows)?\s*[:–—-]+\s*$/i,
    kind: 'resolution',
  },
  {
    shape: 'who was nominated, elected or appointed, "the following" over a list',
    example: 'JC asked for nominations for the roles, and the following people were nominated and seconded:',
    // Each part names the office and who holds it: "Chair – Ann Morris".
    pattern:
      /^(?:.{0,200}?(?:,|\band)\s+)?(?:the|The) following (?:(?:people|persons|members|[Cc]ouncill?ors|officers|candidates) )?(?:were|was) (?:duly |unanimously )?(?:nominated|elected|appointed)(?: and seconded)?(?: as follows)?\s*[:–—-]+\s*$/,
    kind: 'resolution',
  },
  {
    shape: 'a condition over a decision’s parts',
    example: 'Subject to the funding being confirmed by the Government:',
    // Not a planning permission's conditions listed below ("Subject to the following conditions:"), which are not decisions.
    pattern: /^Subject to (?![^:]*\bconditions?\b)[^.;:]{3,300}?\s*:-?\s*$/,
    kind: 'resolution',
    partsMustDecide: true,
  },
  {
    shape: 'a body’s decision as a lead-in',
    example: 'The Committee resolved:- to adopt the motion.',
    // "… resolved with 6 votes for and 1 abstention:", "… agreed to:", "… has today (24 March) agreed the following
    // recommendations to:": the vote, the day, or the "to" of its parts, around the verb. Also with the body's area in
    // brackets and the verb of its parts in capitals: "The Local Committee (Ashby) resolved to AGREE:". And a line of its own
    // with the verb capitalised and no colon, over its numbered parts: "Cabinet Agreed".
    pattern: new RegExp(
      `^(?:${AFTER_DEBATE})?${BODY}(?: \\([A-Z][^()]{1,30}\\))?(?:\\s+(?:then|thereafter|accordingly|unanimously|therefore))?\\s+(?:has |have )?(?:(?:today|now|also) )?(?:\\([^)]{2,30}\\) )?(?:resolved|agreed|decided|Resolved|Agreed|Decided|RESOLVED|AGREED|DECIDED)(?:\\s+as follows|,?\\s+(?:with|by)\\s+\\d[^:]{2,80}?|\\s+the following (?:recommendations|decisions)(?: to)?|\\s+to(?:\\s+(?:agree|AGREE))?)?(?:\\s*(?::-?|:\\s*-|–)\\s*|(?<=\\b(?:Resolved|Agreed|Decided|RESOLVED|AGREED|DECIDED))\\s*$)`,
    ),
    kind: 'resolution',
  },
  {
    shape: 'members who agreed, as a lead-in',
    example: 'That Members agreed:',
    pattern:
      /^(?:That )?(?:(?:The )?Members|Councillors)(?: present)? (?:unanimously )?(?:agreed|resolved|decided)(?: that)?\s*(?::-?|:\s*-)\s*$/,
    kind: 'resolution',
  },
  {
    shape: 'a body that made the following decisions, over them',
    example: 'Council considered the determinations of the panel and made the following decisions:-',
    // Also after its heading run into it: "Payments to members Council considered … and made the following decisions:-"; and
    // what led to them, each part a decision however it is worded: "A walk round the field resulted in the following decisions:"
    // over "(a) The fence needs replacing, for which the council would seek half the cost."; and "Other decisions of note:"
    // over "– to …" lines
    pattern: new RegExp(
      `^(?:[^.:;,]{0,100}?\\s(?=(?:The |the )?[A-Z]))?(?:${AFTER_DEBATE})?${BODY}\\b[^.:;]{0,200}?\\b(?:made|took|reached) the following decisions?\\s*(?::-?|:\\s*-|–)\\s*$|^[^.;:]{3,300}?\\b(?:led to|resulted in|gave rise to) (?:the following|these|two|three|four|five|several) decisions\\s*(?::-?|:\\s*-|–)\\s*$|^(?:Other|Further|Main|Key) decisions\\b[^.:;]{0,60}:\\s*-?\\s*$`,
    ),
    kind: 'resolution',
  },
  {
    shape: 'a decision maker who confirms their decisions in the first person, over them',
    example: 'Having considered the report and the views put to me, I confirm my decisions as follows:',
    // Also "I have made the following decisions:", "We confirm our decision as follows:". A member's or officer's
    // statement of a delegated decision.
    pattern:
      /(?:^|[,;]\s+)(?:I|We) (?:hereby )?(?:confirm|make|have made|have taken|take|record) (?:my|our|the following) decisions?\b[^.:;]{0,80}?(?:as follows|below)?\s*(?::-?|:\s*-|–)\s*$/,
    kind: 'resolution',
  },
  {
    shape: 'a lone "That:" over the parts of a decision, its keyword lost or in the field’s label',
    example: 'That:',
    pattern: /^(?:That|THAT)\s*(?::-?|:\s*-|–)\s*$/,
    kind: 'resolution',
  },
  {
    shape: 'a decision record’s "That" and the body deciding, in the present, over its parts',
    example: 'That Cabinet approves that:-',
    // Also in the subjunctive: "That the Board agree:".
    pattern: new RegExp(
      `^That ${BODY}\\s+(?:approves?|agrees?|resolves?|decides?|endorses?|notes?)(?: that| to)?\\s*(?::-?|:\\s*-|–)\\s*$`,
    ),
    kind: 'resolution',
  },
  {
    shape: 'a decision record’s "That" and who decides, over parts that each open with the verb',
    example: 'That the Cabinet Member:',
    // "That Cabinet:" over "a) Note …", "b) Approve …": the verb of each part is the decision's. Also in capitals: "THAT the
    // Joint Committee:".
    pattern: /^(?:That|THAT) (?:the )?(?:[A-Z][\w&'’-]*\s?){1,6}\s*(?::-?|:\s*-)\s*$/,
    kind: 'resolution',
  },
  {
    shape: 'a body (or “we”) that considered something and has, over its decisions',
    example: 'We have considered a report from the Clerk on the company’s directors and have:-',
    pattern: new RegExp(
      `^(?:${BODY}|We)\\s+(?:has |have )?(?:considered|received|discussed|reviewed)\\b[^.:;]{3,200}?\\s+and\\s+(?:has|have)\\s*(?::-?|:\\s*-|–)\\s*$`,
    ),
    kind: 'resolution',
  },
  {
    shape: 'what a body noted, as a lead-in over its parts',
    example: 'Assembly noted:',
    pattern: new RegExp(`^${BODY}\\s+(?:formally )?noted\\s*(?::-?|:\\s*-|–)\\s*$`),
    kind: 'resolution',
  },
  {
    shape: 'a vote’s result, then the body’s decision as a lead-in',
    example: 'Accordingly the amendment became the finding of the meeting and the Council agreed:',
    pattern: new RegExp(
      `^(?:Accordingly,?\\s+)?(?:the |The )?(?:amendment|motion|recommendation)[^.:;]{0,80}?\\band\\s+${BODY}\\s+(?:agreed|resolved|decided)\\s*(?::-?|:\\s*-|–)\\s*`,
    ),
    kind: 'resolution',
  },
  {
    shape: 'a recommendation moved, seconded and carried, over its parts',
    example: 'The recommendation as set out in the report was moved, seconded, put to the vote and carried.',
    pattern:
      /^(?:The )?(?:recommendations?|motion|proposals?)\b[^.]{0,80}?\b(?:was|were) (?:(?:moved|seconded|put to the vote)(?:,| and)?\s+){1,3}(?:duly |unanimously )?carried(?: unanimously)?\s*[.:]?\s*$/i,
    kind: 'resolution',
    partsMustDecide: true,
  },
  {
    shape: 'who seconded, then "and" with the keyword lost, over the parts decided',
    example: 'Seconded by Councillor Ann Ash and',
    // "Proposed by Councillor Ben Birch" above it; the "RESOLVED:" that followed "and" was lost when the page was copied.
    pattern:
      /^Seconded by (?:Councill?or |Cllr\.? )?(?:(?:Mrs?|Ms|Miss|Dr)\.? )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3} and\s*$/,
    kind: 'resolution',
    partsMustDecide: true,
  },
  {
    shape: 'the body named over its decisions, with no verb',
    example: 'Following discussion, the Committee:-',
    // Not a heading over what another body reports ("Harbour Management Committee:"). Also with a semicolon for its colon:
    // "The Audit Committee;" over "a) noted …; and", "b) considered …".
    pattern: new RegExp(
      `^(?!(?:Open|Public|Community|Youth) Forum\\b)(?=(?:${AFTER_DEBATE}|That )?(?:The|the) |.*:\\s*-\\s*$)(?:${AFTER_DEBATE}|That )?${BODY}\\s*(?::-?|:\\s*-|;)?\\s*$`,
    ),
    kind: 'resolution',
    partsMustDecide: true,
  },
  {
    shape: 'the reasons, then who decides, over parts that each open with the verb',
    example: 'For the reasons set out in the report, Cabinet:',
    pattern:
      /^(?:For|Having|After|Following|In the light of)\b[^.;:]{5,160},\s+(?:the )?(?:[A-Z][\w&'’-]*\s){0,3}(?:Cabinet|Committee|Council|Board|Panel|Executive|Authority|Sub-Committee|Forum|Cabinet Member|Leader)\s*(?::-?|:\s*-)\s*$/,
    kind: 'resolution',
  },
  {
    shape: '"it was:" over the decision, its keyword lost',
    example: 'By affirmation of the meeting, it was:',
    // Also with no comma after how it was decided: "By affirmation of the meeting it was"; and after what was considered:
    // "Consideration was given to the election of a Chair and it was".
    pattern:
      /^(?:[A-Z][^.;:]{2,80},\s*|(?:By|On|Upon) [^.;:,]{2,80}?\s+|[A-Z][^.;:]{2,160}?\s(?:and|whereupon)\s+)it was\s*(?::-?)?\s*$/,
    kind: 'resolution',
    partsMustDecide: true,
  },
  {
    shape: 'an office-holder’s decision as a lead-in',
    example: 'The Executive Councillor resolved to:',
    // Also "The Cabinet Member for Housing decided that:", "The Leader agreed to:".
    pattern:
      /^(?:The )?(?:Executive Councillor|Cabinet Member|Portfolio Holder|Executive Member|Lead Member|(?:Deputy )?Leader(?: of the Council)?|(?:Elected )?Mayor)(?: for [A-Z][\w ,&'’-]{2,80}?)? (?:resolved|agreed|decided|RESOLVED|AGREED|DECIDED)(?: to| that)?\s*(?::-?|:\s*-|–)\s*$/,
    kind: 'resolution',
  },
  {
    shape: 'who decided, over what: "has taken the decision to:"',
    example: 'The Police and Crime Commissioner has taken the decision to:',
    // Also "The Cabinet Member has decided to:", and with the day and who it was: "On 1 May 2025, Councillor Ann Ash, the
    // Portfolio Holder for Housing, made the following decision:" (one decision, the paragraph below; "the following
    // decisions:-" leads into several, each read as a part).
    pattern:
      /^(?:The )?[A-Z][\w ,&'’-]{2,80}? (?:has|have) (?:taken the decision|decided) to\s*:-?\s*$|^(?:On [\w ,]{6,30},\s+)?[A-Z][\w ,.&'’-]{2,160}? (?:made|took|has made|has taken) the following decision\s*:-?\s*$/,
    kind: 'resolution',
  },
  {
    shape: 'who decided, then "have:" over parts that each open with the verb',
    example: 'The Leader and the Cabinet Member for Housing have:',
    // The parts say what: "(1) noted the position …", "(2) approved the spending …".
    pattern: /^(?:The )?[A-Z][\w ,&'’-]{2,160}? (?:has|have)\s*(?::-?|:\s*-|–)\s*$/,
    kind: 'resolution',
    partsMustDecide: true,
  },
  {
    shape: 'an office-holder’s decision in the first person, over its parts',
    example: 'I approve that:',
    // Also "I have decided to:", "I hereby approve the following:". Not a notice of a decision to come ("I intend to
    // make the decision …"), which has no colon over parts.
    pattern:
      /^I (?:have |hereby |therefore )?(?:approve(?:d)?|agree(?:d)?|decide(?:d)?|resolve(?:d)?|authori[sz]e(?:d)?)(?: (?:that|to|the following))?\s*(?::-?|:\s*-|–)\s*$/,
    kind: 'resolution',
  },
  {
    shape: '"Decision" as a heading over the decision',
    example: 'Decisions',
    pattern: /^Decisions?$/,
    kind: 'resolution',
    partsMustDecide: true,
  },
  {
    shape: '"Actions" as a heading over the actions',
    example: 'Actions',
    // Also "Action items", "Action points", "Action Sheet", "Further Action Required", and one over each action: "Action
    // Point 1". Not an item's title
    // in capitals ("ACTION SHEET" under "Minutes:"), where the item reviews the sheet.
    pattern:
      /^(?:Actions|Actions agreed|Actions arising|(?:Further )?[Aa]ctions? [Rr]equired|Action (?:[Pp]oints?|[Ii]tems?|list|[Ss]heet|[Ss]ummary)(?: \d{1,3})?|ACTIONS|ACTION (?:POINTS?|ITEMS?)(?: \d{1,3})?)\s*:?$/,
    kind: 'action',
  },
  {
    shape: 'ACTION with a colon',
    example: 'ACTION: the Clerk to order two new benches.',
    // Also "ACTION- TC to contact the district council.", the hyphen against the word (or against both: "ACTION-TC to …"), and "Action (AF): …", who acts in
    // brackets before the colon, or in capitals ("ACTION ANN/BEN: arrange with the club."). Not a table's column heading
    // run into its row ("Action: / Open forum"), the cells parted by " / "; nor an agenda's line of what the meeting is
    // asked to do with an item ("Action: To approve the accounts for recommendation to council").
    pattern:
      /^(?:ACTIONS?|Actions?(?: points?)?)(?:\s*\/\s*[^:]{0,60}|\s*\([A-Z][\w &/,.]{0,30}\)|\s+(?!BY\b)[A-Z]{2,}(?:\s*[/&,]\s*[A-Z]{2,}){0,3}(?=\s*:))?(?:\s*[:–—]|\s*-(?=\s)|(?<=ACTION)-(?=[A-Z]{2,3}(?:\/[A-Z]{2,3})* (?:to|will) ))\s*(?!\s*\/\s)(?!\s*To (?:note|approve|consider|receive|agree|discuss|decide|resolve|adopt|ratify|review|elect|accept|determine)\b)/,
    kind: 'action',
  },
  {
    shape: 'a keyword, then the part’s numeral in brackets, as a column of labels prints it',
    example: 'Action (ii) GH to draft a letter of thanks to be sent from the Chair.',
    // Also "Agreed (i) The minutes were proposed and seconded as an accurate record."
    pattern: /^(?:ACTION|Action)\s*\((?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s+(?=\S)/,
    kind: 'action',
  },
  {
    shape: 'how it was carried, then the keyword, over its parts',
    example: 'Unanimously resolved:',
    // Also "By a majority resolved:".
    pattern: /^(?:Unanimously|By a majority)\s+(?:resolved|agreed|RESOLVED|AGREED)\s*(?::-?|[–—-])\s*/,
    kind: 'resolution',
  },
  {
    shape: 'a decision keyword, then the part’s numeral in brackets, as a column of labels prints it',
    example: 'Agreed (i) The minutes were approved as an accurate record.',
    pattern:
      /^(?:AGREED|Agreed|RESOLVED|Resolved|DECIDED|Decided|Decision)\s*\((?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s+(?=\S)/,
    kind: 'resolution',
  },
  {
    shape: 'a numbered ACTION with a colon',
    example: 'Action 3: Will Price to raise the matter on the community website.',
    // Also with who acts in initials before the colon: "Action 2.2 - TB: to ask the housing manager …", "Action 3.1 TB: …";
    // and a hyphen for the colon: "Action 2.1- Secretariat to revise the terms of reference.".
    pattern:
      /^(?:ACTION|Action) (?:No\.? ?)?\d{1,3}(?:\.\d{1,2})?[a-z]?\s*(?:(?:[-–—]\s*)?(?<who>[A-Z]{2,3}(?:\s*[/&,]\s*[A-Z]{2,3})*)\s*:|[:–—]|(?<=\d[a-z]?)-(?=\s))\s*/,
    kind: 'action',
  },
  {
    shape: 'who requested what, over a list',
    example: 'The Board requested that:',
    pattern: new RegExp(`^${BODY}.{0,40}\\b(?:requested|asked)(?: that| for| the following)?\\s*:\\s*$`),
    kind: 'request',
  },
  {
    shape: 'officers to provide information, over a list',
    example: 'Officers to provide the following information:',
    // Not a paper's purpose in the infinitive: "To provide the Council with an update, covering:", nor what was noted ("the
    // following information was noted:"), nor what an officer gave the meeting ("… attended and provided Members with the
    // following information:").
    pattern:
      /^(?!To )(?!.*\b(?:provided|gave|given|shared|presented|received|briefed)\b[^:]{0,120}\bthe following information\b)(?:.*\b(?:to|would|will) provide\b.*:\s*$|.*\bprovide the following\b.*:\s*$|.*\bfollowing information\b(?!\s+(?:was|were|had been)\b).*:\s*$)/i,
    kind: 'information-request',
  },
  {
    shape: 'what the meeting agreed, over a list',
    example: 'It was agreed that:',
    // Also after the discussion that led to it, and confirmed: "Following the discussion tonight it was confirmed that:".
    pattern:
      /^(?:(?:Following|After) [^.;:]{3,100}?,?\s+)?(?:It was (?:also |further )?(?:agreed|confirmed)|The (?:Committee|Panel|Board|Forum) (?:also |further )?agreed) that\s*:\s*$/i,
    kind: 'follow-up',
  },
];

/**
 * Lead-ins of what a report or agenda proposes: the parts below them are
 * proposals until a meeting decides them.
 */
export const PROPOSAL_LEADS: { shape: string; example: string; pattern: RegExp }[] = [
  {
    shape: 'a body asked or recommended to do something',
    example: 'The Council is asked to:-',
    // Not someone named, or the Clerk: "The Clerk is asked to write to the school." is the meeting asking.
    pattern: new RegExp(
      String.raw`(?<!^${NAMED_OR_CLERK}\s)\b(?:is|are) (?:asked|recommended|invited|requested|being asked) to\b`,
      'i',
    ),
  },
  {
    shape: 'a motion or amendment moved, before the vote',
    example: 'Councillor Ferrie, seconded by Councillor Mowat, moved as an amendment:-',
    // Also "Councillor Ash moved as a procedural motion, seconded by Councillor Birch:-", and "Councillor Ash proposed an
    // additional recommendation, seconded by Councillor Birch, as follows:".
    pattern:
      /\bmoved(?: as (?:an amendment|an? (?:procedural |general )?motion))?(?:,? (?:and )?seconded by [^.;:]{2,60}?)?\s*(?::-?|:\s*-|–)\s*$|\bproposed an? (?:additional |further )?(?:amendment|recommendation|motion)\b[^.;:]*(?::-?|:\s*-|–)\s*$|^(?:The )?(?:report|officers?|recommendations?) (?:recommended|proposed)\s*(?::-?|:\s*-|–)\s*$/i,
  },
  {
    shape: 'an amendment’s or motion’s heading, before its words',
    example: 'Amendment on behalf of the Residents’ Group',
    pattern:
      /^(?:Amendment|Motion|Notice of Motion) (?:on behalf of|moved by|proposed by|tabled by|from) [^.:;]{2,60}:?$/i,
  },
  {
    shape: 'another body’s recommendations put to the meeting, before it decides on them',
    example: 'The Board considered the following recommendations of the Panel:-',
    pattern:
      /\b(?:considered|received|discussed|(?:was|were) presented with)\b[^.:]{0,40}\bthe following (?:recommendations|proposals)\b(?![^.:]*\b(?:and|which (?:it|they) )(?:agreed|approved|endorsed|resolved|accepted)\b)/i,
  },
  {
    shape: 'it is recommended that',
    example: 'It is recommended that Cabinet: 1. Notes the progress',
    pattern: /\bit is (?:recommended|proposed|suggested)\b/i,
  },
  {
    shape: 'a recommendations heading in a report',
    example: 'Recommendations',
    pattern: /^(?:\d{1,2}\.?\s+)?(?:Recommendations?|Proposals?|Options?|Purpose(?: of (?:the )?report)?)\s*:?$/,
  },
];
