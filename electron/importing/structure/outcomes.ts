import type { OutcomeKind } from '../../../shared/domain';
import { findDuePhrase } from '../../tracker/due-dates';
import type { RawBlock } from '../blocks';
import { actionTableRows, initialledTasks } from './action-tables';
import type { ParsedItem } from './agenda-items';
import { PROPOSAL_LEADS } from './decision-heads';
import { outcomeKey } from '../same-outcome';
import { eachDecisionOnce } from './each-decision-once';
import {
  ACCORDINGLY,
  APPLICATION,
  applicationLines,
  APPOINTING_ITEM,
  AS_RECOMMENDED,
  BARE_DECISION,
  BARE_KEYWORD,
  BARE_PLANNING_RESPONSE,
  DETAILS_LEAD,
  KEYWORD_ALONE,
  NOTHING_ELSE_PUT,
  KEYWORD_AT_END,
  NOTED_ONLY,
  PROPOSAL_CARRIED,
  PUTS_A_PROPOSAL,
  KEYWORD_ON_ITS_OWN,
  ONLY_RECEIVED,
  OPENS_WITH_APPLICATION,
  PLANNING_DECISION,
  PLANNING_DECISION_LINE,
  PLANNING_RESPONSE,
  RESPONSE_OVER_APPLICATIONS,
  ROLE_AND_HOLDERS,
  SCHEDULE_FURNITURE,
  SITE_LINE,
  TOPIC_BEFORE_LABEL,
  VAGUE_ACTION,
} from './bare-shapes';
import { asPrinted, withMendedKeywords } from './mended-keywords';
import {
  ACTS,
  CARRIED_ALONE,
  narrative,
  SECONDED_LINE,
  twoDecisionsOf,
  twoSubjunctivesOf,
  TWO_UNDERTAKINGS,
  type Add,
} from './narrative';
import { refineKind } from './outcome-kinds';
import {
  DECISION_WORDS,
  decidesAfterItsAccount,
  decidesByItself,
  endsAsLeadIn,
  opensWithDecidingVerb,
  excluded,
  severalDecisions,
  SUBJUNCTIVE_DECISION,
  INFINITIVE_LEAD_IN,
  firstReadRule,
  isDecisionShaped,
  matchHead,
  stripMarker,
  takesOnAnAction,
  tidyText,
  withoutLeadIn,
} from './outcome-shapes';
import {
  agendaTextBeforeMinutes,
  ANY_FIELD,
  DATED_TITLE,
  FIELD_LABEL,
  FIELD_LINE,
  isPartOf,
  ITEM_TITLE_LINE,
  markerFamily,
  ACTIONS_REQUIRED,
  NOT_DECIDED_SECTION,
  runsThatDecide,
  sectionsWithoutKeywords,
} from './page-sections';
import { OPENING_MARKER, segmentBlocks, sentencesOf, type Segment } from './segments';
import { TASK_THEN_OWNER } from './sentence-rules';
import { TITLE_THEN_KEYWORD } from './text-shapes';

export interface ParsedOutcome {
  kind: OutcomeKind;
  text: string;
  blockIndex: number;
  quote: string;
  owner: string | null;
  dueHint: string | null;
  itemIndex: number | null;
}

export interface Candidate extends ParsedOutcome {
  /** Which rule found it, for whoever maintains the rules. */
  rule: string;
  /** From a decision keyword, a decision block or a "Decision:" field, not narrative. */
  formal: boolean;
  /** Narrative that a formal decision of the same item supersedes. */
  weak: boolean;
}

/** "CLERK Councillor Ash complained …", "JH/BA The bins …": an owner in capitals, then the next paragraph's first words. */
const OWNER_IN_CAPITALS_THEN_TEXT = /^([A-Z]{2,}(?:\s*[/&,]\s*[A-Z]{2,})*)\s+(?=[A-Z][a-z]+ [A-Za-z])/;

/** "It was further RESOLVED …", "AGREED …": a sentence that opens with a decision keyword of its own. */
const ANOTHER_KEYWORD =
  /^(?:(?:After|Following) (?:a |some |further |much )?(?:discussion|debate|consideration),?\s+)?(?:[Ii]t was (?:then |also |further |unanimously ){0,2}|(?:Further|FURTHER|Also|ALSO) )?(?:RESOLVED|AGREED|DECIDED)\b|^(?:It was (?:then )?(?:further|also)|Further|Also) (?:resolved|agreed|decided)\b/;

/** "Cllr Steel was elected as chairman in Cllr Cassidy’s absence.": someone elected, appointed or co-opted. */
const ELECTED_OR_APPOINTED =
  /^(?:Cllr\.?|Councill?or|Mr|Mrs|Ms|Dr|[A-Z][a-z]+) [^.;]{0,60}?\b(?:was|were) (?:duly |unanimously )?(?:elected|appointed|co-opted)\b/;

/** "Cllr", "WF.20": a single word that decides nothing ("Approved", "Objection" and "Refused" do). */
const ONE_WORD_NOT_DECIDING =
  /^(?!(?:Approved|Agreed|Refused|Granted|Objection|Objections|Support|Supported|Deferred|Withdrawn|Carried|Lost|Accepted|Rejected|Permitted|Noted|Resolved|Recommendations?|Permit|Grant|Refuse)\b)\S+$/i;

/**
 * "The intern", "The Committee": "the" and a word or two, as a page cut off mid-sentence ends (not "EF to attend"); or
 * a word and the "the" after it ("Agree the").
 */
const CUT_OFF_AT_THE_END =
  /^(?:(?:that )?(?:the|a|an|this|these|its|their) \S+(?: \S+)?|\S+ (?:the|a|an|to|of|and|for))$/i;
/** "Following further discussion it was agreed": words that stop where what was decided would begin. */
const STOPS_BEFORE_WHAT = /\S\s+it was (?:agreed|resolved|decided)(?: that)?$/i;

/** "… as detailed below.", "… as follows.": a sentence that points to the decision set out under it. */
const DECIDED_BELOW = /\bas (?:detailed|set out|shown|listed|described|recorded) below\.?$|\bas follows\.?$/i;

/** "… provided the following responses received from consultees:": a lead-in over what others answered. */
const RESPONSES_RECEIVED =
  /\b(?:responses?|comments?|representations?|observations?|replies)\b[^.:]{0,60}\b(?:received|from|by) (?:the )?(?:statutory )?consultees?\b[^:]*:-?\s*$|\bconsultees?\b[^.:]{0,40}\b(?:responses?|comments?|replies)\b[^:]*:-?\s*$|\bconsultation responses?\b[^:]*:-?\s*$/i;

/**
 * "Members of the public" over "- Requested that …": a lead-in over what the public said or asked, not decided. Not a
 * count of those present ("7 Members of the Public"), over the items.
 */
const THE_PUBLIC_SAID =
  /^(?:members? of the public|residents?|parishioners|the public)(?: (?:raised|said|asked|reported|requested))?\s*(?::-?)?\s*$/i;

/** "Open Forum", "Public Participation", "Questions from the public": an item given to members of the public. */
const PUBLIC_ITEM =
  /^(?:(?:Public|Open) (?:Forum|Session|Participation|Question(?:s| Time)?|Time)|Questions? (?:from|by) (?:the |members of the )?public|(?:Members of the )?public (?:questions|participation|forum))\b/i;

/** "Mr. Ash asked that …", "A resident requested …": someone who is not a councillor (no "Cllr"), asking. */
const MEMBER_OF_THE_PUBLIC =
  /^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? (?:[A-Z]\.? )*[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?|(?:A|One|Two|Several) (?:members? of the public|residents?|parishioners?))\b[^.;]{0,20}? (?:also )?(?:asked|requested)\b/;

/** "Reports from District and County councillors:": a short title with a colon, over what it titles. */
const TITLES_WHAT_FOLLOWS = /^[^.;:]{3,80}:\s*$/;

/** "KEY DECISION", "Non-key decision", "URGENT ITEM": what kind of decision it is, on a line of its own. */
const DECISION_LABEL =
  /^(?:(?:NON[- ])?KEY|Non[- ]key|Key|URGENT|Urgent|EXEMPT|Exempt)(?: (?:DECISION|[Dd]ecision|ITEM|[Ii]tem))?:?$/;
/** "Action Sheet" over "Community Group – Tuesday 5 June 2018": the sheet's own title, the body and the date. */
const BODY_AND_DATE_TITLE =
  /^[A-Z][^.;:]{2,80}?\s[–—-]\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}$/;

/** "That the revised plan be approved for consultation.": a decision in the subjunctive, whole on its line. */
const THAT_BE = /^That\s[^.;]{3,200}?\sbe\s[a-z]{3,}[^;]*\.$/;

/** "… be made to this group": a decision that says what only with the line above it. */
const REFERS_BACK =
  /\b(?:this|that|the said) (?:group|organisation|club|society|charity|body|request|application|proposal|scheme|event)\b/i;

/** "UNANIMOUSLY", "nem con": the vote alone after a keyword. */
const VOTE_ALONE =
  /^(?:UNANIMOUSLY|[Uu]nanimously|nem\.? ?con\.?|NEM\.? ?CON\.?|by all(?: present)?|For:? \d{1,2},? Against:? \d{1,2}(?:,? Abstain(?:ed|ing|tions?):? \d{1,2})?)\.?$/;
/** "Cllr Ash proposed that the hall fees stay as they are.": who proposed what, in one sentence. */
const WHO_PROPOSED_THAT = /\b(?:proposed|moved)\b[^.;]{0,60}\bthat\b/i;
/** "Proposed: A Ash", "Seconded by B Birch": a line naming only who proposed or seconded. */
const WHO_PROPOSED_OR_SECONDED = /^(?:Proposed|Seconded|Proposer|Seconder)(?: by)?\s*[:.–-]?\s*[^.;:]{2,40}$/i;
/** "It is proposed that the application be submitted.": a proposal put to the vote. */
const PROPOSAL_PUT = /^(?:It (?:is|was) (?:proposed|moved)|Proposal:|That\b)/i;

/** "To resolve to adopt …", "To approve the grant of £200": business an item's line puts to the vote. */
const BUSINESS_PUT = /^To (?:resolve|agree|approve|adopt|accept|ratify|confirm|authorise|co-opt|elect|appoint)\b/i;
/** "RESOLVED to agree.", "Resolved: to approve.": the keyword and the business's own verb, no more. */
const AGREED_AS_PUT =
  /^(?:to )?(?:agree|approve|accept|adopt|ratify|confirm)(?: (?:this|the above|as above|as proposed))?\.?$/i;

/** "Other options considered – none.": a field and all it says, on one line. */
const WHOLE_FIELD_LINE = /^[A-Z][\w ()/'’]{2,60}?\s*[–—:-]\s*[^.;]{2,40}\.?$/;

/** "REVIEW OF THE MARCH CYCLE OF SCRUTINY COMMITTEES": three words or more in capitals, no sentence. */
const CAPITALS_TITLE = /^(?=[^a-z.]*$)[A-Z][A-Z0-9,&'’()/–-]*(?: [A-Z0-9,&'’()/–-]+){2,15}$/;

/** "The panel noted the following:": what it was told, listed below. */
// Also "Members noted the overspend relating to:" over what it was on.
const NOTED_THE_FOLLOWING =
  /\bnot(?:ed|es) (?:the following(?: points?| information| updates?)?|the [^.;:]{2,60}? (?:relating to|regarding|concerning|in respect of))\s*:-?\s*$/i;

/** "… seconded Cllr Dunn RESOLVED": a keyword that ends its paragraph, with nothing after it. */
const KEYWORD_CLOSES = /\b(?:RESOLVED|AGREED)\.?$/;
/** "… it was AGREED" ending its paragraph with no colon, before the parts below it. */
const KEYWORD_ENDS_PARAGRAPH = /\b(?:it was|It was|and) (?:AGREED|RESOLVED|DECIDED)\s*$/;
/** "So proposed Cllr Bly seconded Cllr Dunn": who proposed and seconded, as a sentence of its own. */
const VOTE_BEFORE_KEYWORD =
  /^(?:So |Duly )?(?:proposed|moved|prop\.?)\b[^.;]{2,80}\b(?:seconded|sec\.?)\b[^.;]{2,60}$/i;

/** "After consideration of the correspondence, it was:-": a line that leads into the decision keyword below it. */
const IT_WAS_OVER_KEYWORD = /,\s*it was\s*[:–—-]+\s*$/i;

/** A keyword or lead-in whose parts follow it. */
interface Lead {
  kind: OutcomeKind;
  /**
   * The family of the last part when it leads into a list of its own ("i. the following amounts be calculated:"), which
   * may be a table's rows; null when it does not.
   */
  partLeadsIn?: string | null;
  /** The outcome the lead-in itself stated, which detail parts join. */
  stated: Candidate | null;
  parts: number;
  /** Parts taken as outcomes so far (a part that only leads into parts of its own is not one). */
  partsAdded?: number;
  /** Waiting for its first part or paragraph. */
  open: boolean;
  /** The keyword's own line, quoted with the paragraph or first part under it. */
  line: string;
  partsMustDecide: boolean;
  /** A part that itself leads into a list ("(ii) The following outcomes be adopted:-"): the lines of another marker below it are its details. */
  detailOf?: { stated: Candidate; family: string; details: number; leadsIn: boolean } | null;
  /** The markers of its parts so far ("i)", "ii)"): one used again starts something else. */
  markers?: Set<string>;
  /** The kinds of marker its parts have used ("1.", "a."). */
  families?: Set<string>;
  /** The kind of marker of the part the keyword is in ("4. The Board agreed: a) … b) …"): the next such part ("5.") is not one of its own. */
  ownFamily?: string | null;
  /** "That PCSO Lee be" over "(1) welcomed …", "(2) asked …": the words each part finishes. */
  subject?: string;
  /** The subject ends on whom to contact or ask ("… agreed to contact" over "a) Sgt. Fox at Police"): each part as printed. */
  keepsCase?: boolean;
  /** "… to:- Put the budget to Council." : its first part run onto its own line. */
  runOn?: boolean;
}

/** "Respond to the planning application. Action complete. Action – The Clerk.": an action reported done. */
const ACTION_DONE = /\bAction (?:now )?(?:complete|completed|closed)\b/i;
/** "Action ongoing. Action – The Clerk": how an earlier action stands, which says nothing to do. */
const ACTION_STATUS_ONLY =
  /^(?:Action )?(?:ongoing|on-going|in progress|outstanding|carried forward|complete|completed|done)\.?$/i;
const doneInItsBlock = (text: string) => text.length <= 300 && ACTION_DONE.test(text);
/** The line below an action, reporting it done: "Action complete – a section was added", "Completed.", "Done". */
const ACTION_DONE_BELOW = /^(?:Action (?:now )?(?:complete|completed|closed)|Completed|Done)\b/i;

/**
 * "None required.", "N/A", "1976.", "(14 December 2021)", "The Committee did not make any recommendations.", "There were no
 * announcements.": a field left empty or a number cut from its sentence, not a decision. So is a "Decision:" field that
 * only says who was there or sent apologies, that questions were put, or that an item was considered ("All Cabinet
 * Members were present.", "Apologies for lateness from Cllrs Ash and Birch.",
 * "Cabinet received oral questions …", "Members considered item 4a from the forward plan.").
 */
const NOTHING =
  /^(?:(?:the |this )?[\w ]{0,60}? did not make any (?:recommendations?|decisions?|comments?)\b.*|no (?:recommendations?|decisions?) (?:was|were) made\b.*|\([^()]*\)|(?:none|nil|n\/a|not applicable)(?: (?:were |was )?(?:required|needed|made|received|declared|recorded|noted))?|nothing (?:to report|further to report|new|to add)(?: at (?:present|this time|this stage))?|noted|(?:agreed|resolved|decided) that\s*[:–—-]+|no (?:items?|declarations|business)\b.*|apologies(?: for (?:absence|lateness))?(?: (?:were|was) (?:received|given|submitted))? from\b(?![^;]*\bbe\b)[^;]*|there (?:were|was) no (?:[\w’'-]+ ){0,4}(?:announcements|items|business|questions|matters|declarations|reports?|updates?)\b[^.,;]*|(?:all|the) [\w ]{0,40}? (?:were|was) present|[\w ]{0,40}?\breceived (?:oral |written |public )?questions\b(?![^;]*\b(?:agreed|resolved|decided|approved|asked|requested)\b)[^;]*|(?:[\w ]{0,40} )?considered (?:[\w ]{0,30} )?items? \w{1,4}(?: from [^.;]*)?|[\d\s.,/:;()£%-]+)\.?$/i;

/**
 * What the meeting decided or asked for, read by the shape of the text: each
 * part of a decision block under its keyword, decisions written as narrative,
 * requests, undertakings and actions. Discussion, proposals and lost motions are
 * left out; a decision printed twice (a "Decision:" and a "Minutes:" block) is
 * kept once.
 */
/** What is known of the paper: `minutes` when it records a meeting (not a report or a paper of unknown kind). */
export interface OutcomeContext {
  minutes: boolean;
}

export function findOutcomes(
  blocks: RawBlock[],
  items: ParsedItem[],
  context: OutcomeContext = { minutes: true },
): ParsedOutcome[] {
  return findOutcomeCandidates(blocks, items, context).map(
    ({ formal: _formal, weak: _weak, rule: _rule, ...outcome }) => outcome,
  );
}

/** The outcomes with the rule that found each. */
export function findOutcomeCandidates(
  blocks: RawBlock[],
  items: ParsedItem[],
  context: OutcomeContext = { minutes: true },
): Candidate[] {
  const itemOf = (blockIndex: number) => {
    const found = items.findIndex((item) => blockIndex >= item.start && blockIndex < item.end);
    return found >= 0 ? found : null;
  };
  const presentersOf = (itemIndex: number | null) =>
    itemIndex === null ? null : (items[itemIndex]?.presenters ?? null);
  // "RESOVED", "RESOLVEDthat": keywords as typed are read as the keywords they are.
  const mended = withMendedKeywords(blocks);
  const segments = segmentBlocks(mended);
  /** A part's kind of marker, read beside the one before it ("(i)" after "(h)" is a letter). */
  const familyOf = (index: number) =>
    markerFamily(segments[index]?.marker ?? null, segments[index - 1]?.marker ?? null);
  /** A lettered or numbered part that is a sentence of its own: eight words or more, not a bullet's short entry. */
  const ownDecisionPart = (index: number, body: string) =>
    familyOf(index) !== 'bullet' && body.split(/\s+/).length >= OWN_PART_WORDS;
  const anyMended = mended.some((block, i) => block !== blocks[i]);
  /** The quote in the printed words of its block and the few above it, when the page had a keyword mended. */
  const printed = (quote: string, blockIndex: number) =>
    anyMended
      ? asPrinted(
          quote,
          blocks
            .slice(Math.max(0, blockIndex - 4), blockIndex + 1)
            .map((b) => b.text)
            .join(' '),
        )
      : quote;
  const decisionSections = sectionsWithoutKeywords(segments, itemOf);
  const agendaText = agendaTextBeforeMinutes(segments, itemOf);
  const decidingRuns = runsThatDecide(segments, context.minutes);
  const labelLost = decisionWithItsLabelLost(segments);
  const found: Candidate[] = [];

  const add: Add = (kind, text, segment, quote, options) => {
    // "Owen to book the hall for March. / Owen": an action sheet's row, whose last cell names who acts.
    const ownerCell = kind === 'action' && !options.owner && SLASH_ROW.test(text) ? OWNER_CELL.exec(text) : null;
    const tidy = tidyText(ownerCell?.[1] ?? text);
    // "It was AGREED by the Council that Cllr" cut off at the page's end, or an application's reference cut from its
    // line ("WF.20"): one word with no deciding word is no outcome.
    if (tidy.length < 3 || NOTHING.test(tidy) || ONE_WORD_NOT_DECIDING.test(tidy)) return null;
    // "(ii) That the intern" where the page was cut off: a few words with no verb at the very end of the text.
    const block = blocks[segment.blockIndex]?.text.trim() ?? '';
    const last = segment.blockIndex === blocks.length - 1;
    if (last && CUT_OFF_AT_THE_END.test(tidy) && !/[.!?)]$/.test(block)) return null;
    // "… Following further discussion it was agreed" over "RESOLVED that …": the words that lead to the decision below.
    if (
      STOPS_BEFORE_WHAT.test(tidy) &&
      !/[.!?)]$/.test(block) &&
      (last || matchHead(stripMarker(mended[segment.blockIndex + 1]?.text ?? '')) !== null)
    )
      return null;
    // "The Committee agreed to make a few changes to its plan of work, as detailed below." over "RESOLVED – that …": the
    // decision is the keyword's, below.
    if (DECIDED_BELOW.test(tidy) && matchHead(stripMarker(mended[segment.blockIndex + 1]?.text ?? '')) !== null)
      return null;
    const itemIndex = itemOf(segment.blockIndex);
    const refined = refineKind(kind, tidy);
    const candidate: Candidate = {
      kind: refined,
      text: tidy,
      blockIndex: segment.blockIndex,
      // "RESOLVEDto note …" as printed, though read as "RESOLVED to note …".
      quote: printed(quote, segment.blockIndex),
      // "Action CLERK": a role in capitals is named as people read it ("Clerk"); initials ("MG") stay as they are.
      owner:
        options.owner?.replace(ROLE_IN_CAPITALS, (role) => role.charAt(0) + role.slice(1).toLowerCase()) ??
        ownerCell?.[2] ??
        (refined === 'request' || refined === 'information-request'
          ? (presentersOf(itemIndex) ?? (refined === 'information-request' ? 'Officers' : null))
          : null),
      // When it is due, from its own words, or from what its quote prints after them ("… Action JH by Friday"); not from
      // the sentence before it that a short outcome is quoted with ("Sue Ash be asked to speak in the spring. Clerk to send a note of thanks.").
      dueHint: findDuePhrase(options.dueFrom ?? tidy) ?? (printedFrom(quote, tidy) ? findDuePhrase(quote) : null),
      itemIndex,
      formal: options.formal,
      weak: options.weak ?? false,
      rule: options.rule,
    };
    found.push(candidate);
    return candidate;
  };

  let lead: Lead | null = null;
  let proposals = false;
  let proposalText = false;
  /** Parts listed under a lead-in that decides nothing ("discussed the following:"). */
  let listedTopics = false;
  /** Parts listed under a lead-in that reports what others answered ("the following responses from consultees:"). */
  let othersResponses = false;
  let topicMarker: string | null = null;
  let section: 'decision' | 'skip' | null = null;
  /** A flattened table's "RESOLVED" and "Reason for decision" headings were read: its reasons follow its decisions. */
  let reasonsBeside = false;
  /** Under "Steps considered:", the list of what the panel could have done: the section the list interrupts. */
  let optionsListedIn: 'decision' | 'skip' | null | undefined;
  /** A "Decision:" field's numbered or lettered parts have been read. */
  let partsInDecision = false;
  /** The last paragraph was a decision of a decisions list's entry, under its "Effective from:" line. */
  let inDecisionsEntry = false;
  let decidedOnItsLine = false;
  let lastItem: number | null = null;
  /** The title of a decisions list's entry ("12/03/2024 - Procurement Strategy ref: 11104"), for a decision that does not say what. */
  let entryTitle: string | null = null;
  /** "Planning Applications supported:" over the applications it answers, one a line. */
  let answersBelow: string | null = null;
  /** A "Decision:" field's lead-in ("… approved the following policies:"), whose plain list below is its details. */
  let listedBy: Candidate | null = null;
  /** The lead-in of a "Decision:" field's lettered parts that are each a decision ("… approves the following grants:"). */
  let partsLedBy: string | null = null;
  /** The last detail joined to `listedBy` was a heading of its details, so the paragraph below it is one too. */
  let listedUnderHeading = false;
  /** In a "Decision:" field, a line that leads into what the meeting was told ("… the following statistics:"). */
  let toldAbove = false;
  /** A part of a deciding block that leads into its details ("… the following amounts:-"), and its kind of marker. */
  let runDetails: { stated: Candidate; family: string; joined: number; lastIndex: number } | null = null;

  // "Item | Actor | Action |" over "3.b | D Henderson | Ask DCHS for …": each row is an action, its owner in its row.
  // "- Letter of thanks to the highways officer SP": a bullet that ends on who does it, in initials.
  const initialledRows = initialledTasks(mended);
  const initialled = new Set(initialledRows.map((row) => row.blockIndex));
  const tableRows = new Map([...actionTableRows(mended), ...initialledRows].map((row) => [row.blockIndex, row]));
  segments.forEach((segment, index) => {
    const row = tableRows.get(segment.blockIndex);
    if (row) {
      // The row is read whole at its first piece; its other pieces are not read again.
      if (segment.opensBlock)
        add('action', row.action, segment, blocks[segment.blockIndex]?.text ?? row.action, {
          formal: true,
          owner: row.owner,
          rule: initialled.has(segment.blockIndex)
            ? 'a task in a list, who does it in initials at its end'
            : 'a row of an action table: who, and what they are to do',
        });
      return;
    }
    const item = itemOf(segment.blockIndex);
    // A new item, or a new row of a flattened table ("… Decision: None. |" ended the last); not the rows of a table that
    // a decision's part leads into ("i. the following amounts be calculated:" over "1. | £51,696,080 | being …").
    if (item !== lastItem || (segment.opensRow && !lead?.partLeadsIn)) {
      lead = null;
      reasonsBeside = false;
      proposals = false;
      section = null;
      lastItem = item;
    }
    if (agendaText.has(index)) return;
    // "Planning Applications supported:" over "1039/16 Havensfield Farm – extension …": each application listed is answered.
    const below = segments[index + 1];
    if (RESPONSE_OVER_APPLICATIONS.test(segment.text) && below && isApplicationLine(below)) {
      answersBelow = segment.text;
      return;
    }
    if (answersBelow && isApplicationLine(segment)) {
      const answered = `${answersBelow} ${segment.text}`;
      if (!ONLY_RECEIVED.test(segment.text))
        add('resolution', answered, segment, answered, {
          formal: false,
          rule: 'a response over the applications it answers, one a line',
        });
      return;
    }
    answersBelow = null;
    // "Decision: The recommendation … is supported." said whole on its line: the paragraphs below are the next item's.
    if (decidedOnItsLine && segment.opensBlock && !isPartOf(segment)) section = null;
    decidedOnItsLine = false;
    let text = segment.text;
    const label = FIELD_LABEL.exec(text);
    if (label) {
      section = label[1] === 'Decision' && decisionSections.has(index) ? 'decision' : null;
      partsInDecision = false;
      lead = null;
      proposals = false;
      text = text.slice(label[0].length).trim();
      if (text === '') return;
      decidedOnItsLine =
        section === 'decision' &&
        // Also closed by its vote in brackets: "Decision: to hold an AGM on this date (agreed nem con)".
        /\S+\s+\S+\s+\S+.*(?:[.!]|\((?:agreed|carried|approved|unanimous)[^()]*\))$/i.test(text) &&
        !endsAsLeadIn(text) &&
        !LISTED_PARTS.test(text);
    }
    if (section === 'decision' && ANY_FIELD.test(text)) section = null;
    if (DATED_TITLE.test(text))
      entryTitle = text
        .replace(DATED_TITLE, '')
        .replace(/\s+ref:\s*\d+.*$/i, '')
        .trim();
    // "Steps considered:" over "(a) modify the conditions …", "(e) revoke the licence": what the law let a panel do, listed
    // inside its decision; what it did comes after the list.
    if (OPTIONS_LISTED.test(text)) {
      optionsListedIn = section;
      lead = null;
      return;
    }
    if (optionsListedIn !== undefined) {
      if (isPartOf(segment)) return;
      section = optionsListedIn;
      optionsListedIn = undefined;
    }
    // "c) Alternative options considered …": a decision page's section, lettered.
    const notDecided = NOT_DECIDED_SECTION.test(stripMarker(text));
    // "RESOLVED" beside "Reason for decision": a two-column table's headings, flattened one cell a line. The numbered
    // decisions come first, then the reasons, numbered again from 1.
    if (notDecided && lead?.open && lead.parts === 0 && KEYWORD_ON_ITS_OWN.test(segments[index - 1]?.text ?? '')) {
      reasonsBeside = true;
      return;
    }
    if (reasonsBeside && isPartOf(segment) && lead?.parts && FIRST_MARKER.test(segment.marker ?? '')) {
      reasonsBeside = false;
      section = 'skip';
      lead = null;
      return;
    }
    if (notDecided || DATED_TITLE.test(text) || FIELD_LINE.test(text)) {
      inDecisionsEntry = false;
      // "Reason for decision – as specified in the report.": a field that says all it has on its own line.
      section = notDecided && !WHOLE_FIELD_LINE.test(stripMarker(text)) ? 'skip' : null;
      lead = null;
      return;
    }
    if (section === 'skip') {
      // A heading, a keyword, or "That … be approved …" (a decision page whose labels were lost) ends the reasons.
      if (segment.blockKind === 'heading' || matchHead(stripMarker(text)) || THAT_BE.test(stripMarker(text)))
        section = null;
      else return;
    }

    if (labelLost.has(index)) {
      add('resolution', stripMarker(text), segment, text, {
        formal: true,
        rule: 'a decision page’s decision, its "Decision:" label lost',
      });
      return;
    }
    // "12/02/2025 - Play Area Renewal ref: 311" over what it is about, then "Decision Maker: …": the entry's summary, not
    // its decision, which comes after its fields.
    if (
      DATED_TITLE.test(segments[index - 1]?.text ?? '') &&
      /^Decision Maker\s*:/i.test(segments[index + 1]?.text ?? '') &&
      !matchHead(stripMarker(text))
    )
      return;
    // "Effective from: 12/02/2024" over "Approve the appointment of …": a decisions list's entry, its decision unlabelled;
    // and each paragraph after it that decides ("The notice be published.", "The Committee writes to …"), to the next entry.
    if (
      (EFFECTIVE_FROM.test(segments[index - 1]?.text ?? '') ||
        (inDecisionsEntry && segment.opensBlock) ||
        (DATED_TITLE.test(segments[index - 1]?.text ?? '') && WHO_HAS_DECIDED.test(text))) &&
      !matchHead(stripMarker(text)) &&
      !ACCOUNT_OF_THE_REPORT.test(text) &&
      (opensWithDecidingVerb(stripMarker(text)) ||
        WHO_HAS_DECIDED.test(text) ||
        DECISION_WORDS.test(text) ||
        decidesByItself(stripMarker(text)) ||
        BODY_DOES.test(text))
    ) {
      add('resolution', stripMarker(text), segment, text, {
        formal: true,
        rule: 'a decisions list’s decision under its "Effective from:" line',
      });
      // An officer's decision told under its title is one paragraph; what follows explains it.
      inDecisionsEntry = !DATED_TITLE.test(segments[index - 1]?.text ?? '');
      return;
    }
    if (segment.opensBlock) inDecisionsEntry = false;
    // An item's own title line ("9) Correspondence") opens the item; it decides nothing.
    const titleLine =
      segment.opensBlock &&
      items.some(
        (i) =>
          (i.start === segment.blockIndex &&
            (i.title.length >= text.length - 6 || TITLE_THEN_KEYWORD.exec(stripMarker(text))?.[1] === i.title)) ||
          (i.start === segment.blockIndex - 1 && i.title === text),
      );
    // "5. Committee Actions / RESOLVED (c10/11/68)" over "- To approve …": the title, then the keyword that leads into the
    // parts below; read as the keyword alone.
    const keywordAfterTitle = titleLine ? TITLE_THEN_KEYWORD.exec(stripMarker(text))?.[2] : undefined;
    const body = keywordAfterTitle ?? stripMarker(text);
    if (!keywordAfterTitle && (ITEM_TITLE_LINE.test(text) || titleLine)) {
      lead = null;
      // "8. The half year budget was approved.", "9. Precept – DP to prepare by year end": an item said whole on its
      // title's line, or its title and what was done after a dash.
      // "6. Service Level Agreement It was resolved to recommend the SLA to the Council": the decision run on after the title.
      // "2. Quotes for the fence to be sought – by A Ash and B Birch.": a task and who does it, as a numbered line.
      if (TASK_THEN_OWNER.test(body)) {
        narrative(body, segment, add, []);
        return;
      }
      const afterDash = TITLE_THEN_SAID.exec(body)?.[1] ?? DECIDED_AFTER_TITLE.exec(body)?.[0];
      const said = afterDash ?? (WHOLE_SENTENCE.test(body) ? body : null);
      if (said && !ITEM_TITLE_LINE.test(text) && !TO_DO.test(said)) narrative(said, segment, add, []);
      // "2. Have voted in favour of levying the following amounts:-" as the item's line: a decision, its list below.
      // Not the agenda's "94: To Approve & Sign the Minutes …:" over "The minutes were agreed and signed …": what
      // was decided says so itself.
      else if (!said && decidesItsList(body) && !decidesByItself(stripMarker(segments[index + 1]?.text ?? ''))) {
        const added = add('resolution', body, segment, text, {
          formal: true,
          rule: 'an item’s line that decides its list',
        });
        if (added) runDetails = { stated: added, family: familyOf(index), joined: 0, lastIndex: index };
      }
      // "3. Have elected Ann Lee to the Cemetery Committee.": a decision said whole as the item's line; so is an action,
      // "4. KP to find out who owns the verge.", in notes that are one numbered line each.
      else if (!said && /\.$/.test(body) && !TO_DO.test(body) && !ITEM_TITLE_LINE.test(text))
        narrative(
          body,
          segment,
          (kind, ...rest) =>
            kind === 'resolution' || (kind === 'action' && OWNER_TO_DO.test(body)) ? add(kind, ...rest) : null,
          [],
        );
      return;
    }
    const isPart = isPartOf(segment);
    // "Decision:" over "1. …", "2. …", then "The Treasurer took members through the costs …": the minutes' account after the
    // numbered decision, not more of it.
    if (section === 'decision' && isPart) partsInDecision = true;
    else if (
      section === 'decision' &&
      partsInDecision &&
      !listedBy &&
      segment.opensBlock &&
      !OPENING_MARKER.test(segment.text) &&
      !isDecisionShaped(body) &&
      // Not a heading between the parts, the parts going on below it: "d. to approve the fees …" over "In relation to
      // the capital programme" over "e. approve the capital programme …".
      !(SUBHEADING.test(body) && segments[index + 1] !== undefined && isPartOf(segments[index + 1]!))
    ) {
      section = null;
      partsInDecision = false;
    }

    // Not a keyword's own lead-in: "RESOLVED: That it is recommended to council:" over what the committee recommended.
    if (
      PROPOSAL_LEADS.some((p) => p.pattern.test(body)) &&
      /(?::-?|-|–)\s*$|^\D{0,60}$/.test(body) &&
      !/^(?:[^.;]{0,40}\b)?(?:RESOLVED|Resolved|AGREED|DECIDED)\b/.test(body)
    ) {
      proposals = true;
      proposalText = /(?::-?|:\s*-|–)\s*$/.test(body);
      lead = null;
      return;
    }
    if (proposals) {
      // The parts of what was proposed, or the motion's words on the line below "moved:-".
      if (isPart || ((proposalText || /^That\b/.test(body)) && /^that\b/i.test(body))) {
        proposalText = false;
        return;
      }
      proposals = false;
    }

    const head = matchHead(body);
    if (head) {
      // "Members received and considered:" over "a." and "b.", then "RESOLVED: that (a) … (b) …": the keyword ends the topics.
      listedTopics = false;
      const { rule, rest } = head;
      if (rule.wholeSentence) {
        const sentence = sentencesOf(body).find((s) => rule.pattern.test(s)) ?? body;
        // "Proposed by Cllr Ash, seconded by Cllr Birch and AGREED that:" over its parts: a lead-in like any keyword's,
        // whose parts are what was agreed, or its details ("… that the following documents be sealed:").
        // So is "After members' questions, it was AGREED" ending its paragraph, over "(i) …" on the next line.
        const overParts =
          KEYWORD_ENDS_PARAGRAPH.test(body) && segments[index + 1]?.opensBlock && segments[index + 1]?.marker;
        if (sentence === body && ((/:-?\s*$/.test(body) && endsAsLeadIn(body)) || overParts)) {
          const stated = excluded(sentence)
            ? null
            : add(rule.kind, sentence, segment, sentence, { formal: true, rule: rule.shape });
          lead = {
            kind: rule.kind,
            stated,
            parts: 0,
            open: true,
            line: text,
            partsMustDecide: RECORDS_SIGNED_OVER_LIST.test(sentence),
          };
          return;
        }
        const item = items[itemOf(segment.blockIndex) ?? -1];
        const others = sentencesOf(body).filter((s) => s !== sentence);
        // "APPROVED" on its own line under "3 MINUTE OF MEETING OF 27 FEBRUARY": what was approved is the item; but
        // "… all voted in favour to co-opt Mrs Ash. … Resolved.": what the sentences before it decided, if they did.
        const bare = item !== undefined && BARE_KEYWORD.test(sentence);
        const foundBefore = found.length;
        if (bare && others.length > 0) narrative(others.join(' '), segment, add, [sentence]);
        if (bare) {
          if (item && found.length === foundBefore) {
            const passage = blocks.slice(item.start, segment.blockIndex + 1).map((b) => b.text);
            add(rule.kind, `${item.title}: ${sentence}`, segment, passage.join(' '), {
              formal: true,
              rule: rule.shape,
            });
          }
        } else if (!excluded(sentence)) {
          // "Unanimously AGREED to recommend APPROVAL" under an application's lines: which application, with its lines.
          const linesBefore = body.slice(0, body.indexOf(sentence)).trim();
          const earlier = segments.slice(Math.max(0, index - 8), index).map((s) => s.text);
          const application = !PLANNING_RESPONSE.test(sentence) ? '' : linesBefore || applicationLines(earlier);
          // "Cllr Cole PROPOSED the bench be bought; Cllr Ash seconded. IT WAS AGREED.": what was agreed is the sentence before.
          // "… PROPOSED Cllr Hill remains Chairman; Cllr Ash seconded. There were no other nominations. IT WAS AGREED.": past
          // the sentences that say nothing else was put.
          const said = sentencesOf(body);
          let from = said.indexOf(sentence) - 1;
          while (from > 0 && NOTHING_ELSE_PUT.test(said[from] ?? '')) from--;
          const before = from >= 0 ? said.slice(from, said.indexOf(sentence)).join(' ') : undefined;
          const response = APPLICATION.test(application)
            ? `${application} ${sentence}`
            : before && KEYWORD_ALONE.test(sentence)
              ? `${before} ${sentence}`
              : sentence;
          add(rule.kind, response, segment, response, { formal: true, rule: rule.shape });
        }
        // "APPROVED the quote for a bench. It was AGREED that the clerk would arrange the work.": the rest is read too.
        if (!bare && others.length > 0 && sentence !== body) narrative(others.join(' '), segment, add, [sentence]);
        // "NOTED 3.1 … 3.2 AGREED to … 3.3 …": a part with its own keyword leaves the lead-in over the parts after it.
        if (!(isPart && lead?.parts)) lead = null;
        return;
      }
      const own = withoutLeadIn(rest);
      // "To receive the budget statement" over "It was RESOLVED to note.": the verb alone, ended, decides the item's business,
      // when the line above is the item's own title (business written out between them says what was agreed instead).
      const titleAbove = items[itemOf(segment.blockIndex) ?? -1]?.title;
      const itemAlone =
        VERB_ALONE_ENDED.test(own) &&
        titleAbove &&
        (segments[index - 1]?.text ?? '').replace(/^\d[\w./-]*\.?\s+/, '').startsWith(titleAbove.slice(0, 24))
          ? titleAbove
          : null;
      if (itemAlone) {
        const decided = `${itemAlone.replace(/[.:;,\s]+$/, '')}: ${own.replace(/^\w/, (c) => c.toUpperCase())}`;
        add(rule.kind, decided, segment, text, { formal: true, rule: rule.shape });
        lead = null;
        return;
      }
      // "NOTED: The Chair welcomed everyone to the meeting.": a note of what happened, not of anything decided.
      if (/^NOTED\b/.test(text) && own !== '' && excluded(own)) {
        lead = null;
        return;
      }
      // "Resolved: Members noted the report and requested that time be set aside …": two decisions of the one keyword.
      const two =
        rule.kind === 'resolution' && sentencesOf(own).length === 1
          ? (twoDecisionsOf(own) ?? twoSubjunctivesOf(own))
          : null;
      if (two) {
        for (const part of two) {
          const kind = /\b(?:requested that|asked (?:that|for))\b/.test(part) ? 'request' : rule.kind;
          add(kind, part, segment, text, { formal: true, rule: rule.shape });
        }
        lead = null;
        return;
      }
      // "Members called on Cllr Marsh to chair the meeting. So proposed Cllr Bly seconded Cllr Dunn RESOLVED": the
      // keyword closes its paragraph after the vote; what was resolved is the sentence before the vote.
      if (own === '' && KEYWORD_CLOSES.test(body)) {
        const before = sentencesOf(body.slice(0, body.length - rest.length).replace(KEYWORD_AT_END, ''));
        const record = before.at(-2);
        if (record && VOTE_BEFORE_KEYWORD.test(before.at(-1) ?? '')) {
          add(rule.kind, record, segment, body, { formal: true, rule: 'a sentence, then its vote and the keyword' });
          lead = null;
          return;
        }
      }
      // "… at busy times. RESOLVED and noted. The Council thanked …": what was noted is the sentence before
      // the keyword; what follows it is read for itself.
      const notedOnly = NOTED_ONLY.exec(own);
      if (notedOnly) {
        const said = sentencesOf(body.slice(0, body.length - rest.length).replace(KEYWORD_AT_END, '')).at(-1);
        const record = said ?? sentencesOf(segments[index - 1]?.text ?? '').at(-1);
        if (record) {
          const keyword = body.slice(Math.max(0, body.length - rest.length - 40), body.length - rest.length).trim();
          const quote = `${record} ${KEYWORD_AT_END.exec(keyword)?.[0] ?? ''} ${notedOnly[0]}`.replace(/\s+/g, ' ');
          add(rule.kind, record, segment, quote, { formal: true, rule: 'a sentence, then "Resolved and noted"' });
        }
        const after = own.slice(notedOnly[0].length).trim();
        if (after) narrative(after, segment, add, [record ?? '']);
        lead = null;
        return;
      }
      // "Cllr Ash proposed that a letter be sent to the police, seconded by Cllr Birch." then "Resolved: that the proposal
      // be approved.": what was resolved is the proposal above, read there or here; what follows the keyword is read too.
      const proposalCarried = PROPOSAL_CARRIED.exec(own);
      if (proposalCarried) {
        const said = sentencesOf(body.slice(0, body.length - rest.length).replace(KEYWORD_AT_END, '')).at(-1);
        const previous = segments[index - 1];
        const above = previous?.blockIndex === segment.blockIndex ? sentencesOf(previous.text).at(-1) : undefined;
        const record = said ?? above;
        const readAbove = record !== undefined && found.some((c) => c.quote.includes(record.slice(0, 60)));
        // The quote keeps the keyword between them, as printed: "… the payments be approved Resolved: the motion was carried".
        const from = said ? body.indexOf(said) : -1;
        const ownAt = body.indexOf(own, body.length - rest.length);
        const carried = ownAt >= 0 ? body.slice(0, ownAt + proposalCarried[0].length) : proposalCarried[0];
        const printed = from >= 0 && ownAt > from ? carried.slice(from) : `${record} ${carried}`;
        if (record && PUTS_A_PROPOSAL.test(record) && !readAbove)
          add(rule.kind, record, segment, printed, {
            formal: true,
            rule: 'a proposal, then "Resolved: that the proposal be approved"',
          });
        const after = own.slice(proposalCarried[0].length).trim();
        if (after) narrative(after, segment, add, [record ?? '']);
        lead = null;
        return;
      }
      // "a) To agree that the council meets remotely …" over "RESOLVED to agree.": what was agreed is the business above.
      const business = AGREED_AS_PUT.test(own)
        ? stripMarker(segments[index - 1]?.text ?? '').replace(/:-?\s*$/, '')
        : '';
      if (BUSINESS_PUT.test(business)) {
        add(rule.kind, business, segment, `${business} ${text}`, {
          formal: true,
          rule: 'the business above, then "RESOLVED to agree."',
        });
        lead = null;
        return;
      }
      // "Resolved – accordingly." says what only with the motion or appointment above it, which is
      // already an outcome; with none above, the paragraph before it is what was resolved.
      if (ACCORDINGLY.test(own)) {
        const item = itemOf(segment.blockIndex);
        const previous = segments[index - 1];
        if (!found.some((c) => c.itemIndex === item) && previous && itemOf(previous.blockIndex) === item)
          add(rule.kind, previous.text, previous, `${previous.text} ${text}`, { formal: true, rule: rule.shape });
        lead = null;
        return;
      }
      // "It is proposed that the grant application be submitted." over "Proposed: A Ash", "Seconded: B Birch" and
      // "AGREED, UNANIMOUSLY": the vote carries the proposal above the lines of who proposed and seconded it.
      // So too "Cllr Ash proposed that the apologies be accepted." then "RESOLVED For: 6 Against: 1".
      if (VOTE_ALONE.test(own)) {
        const above = segments.slice(Math.max(0, index - 4), index).reverse();
        const proposal = above.find((s) => !WHO_PROPOSED_OR_SECONDED.test(s.text));
        const marksBetween = above.findIndex((s) => s === proposal) > 0;
        const readAbove = proposal !== undefined && found.some((c) => c.quote.includes(proposal.text.slice(0, 60)));
        const put = marksBetween
          ? PROPOSAL_PUT.test(proposal?.text ?? '')
          : WHO_PROPOSED_THAT.test(proposal?.text ?? '') && proposal?.blockIndex === segment.blockIndex;
        if (proposal && put) {
          if (!readAbove)
            add(rule.kind, proposal.text, proposal, `${proposal.text} ${text}`, {
              formal: true,
              rule: 'a proposal, who proposed and seconded it, then the keyword and the vote',
            });
          lead = null;
          return;
        }
      }
      // "Action: KA": initials too short to be a decision's words are whose the action is. "… contact the owner.
      // ACTION: CLERK Councillor Ash complained …": an action column run into the text, its owner in capitals
      // before the next paragraph, which is read for itself.
      const ownerThenText = rule.kind === 'action' ? OWNER_IN_CAPITALS_THEN_TEXT.exec(own) : null;
      // "CLERK" is shown as "Clerk"; initials ("JH") stay as printed.
      const owner =
        ownerThenText?.[1]?.replace(/\b([A-Z])([A-Z]{3,})\b/g, (_w, a: string, b: string) => a + b.toLowerCase()) ??
        (rule.kind === 'action' ? own || rest.trim() : '');
      if (owner && ownerOnly(owner)) {
        // "Kerbs – the date for the work is not yet known. Action: TF/JS": the sentence before, on the same
        // line, is the action, when it is not an outcome already.
        const before = segments[index - 1];
        // Or the paragraph just above, when nothing in it was an outcome: "… for agenda item 6 (minute 401)." over
        // "ACTION: City Solicitor".
        const paragraphAbove =
          before?.blockIndex === segment.blockIndex - 1 &&
          before.blockKind !== 'heading' &&
          !items.some((item) => item.start === before.blockIndex) &&
          !isPart &&
          found.at(-1)?.blockIndex !== before.blockIndex;
        if (
          (before?.blockIndex === segment.blockIndex && found.at(-1)?.blockIndex !== segment.blockIndex) ||
          (before && paragraphAbove)
        ) {
          const said = ownerThenText ? (sentencesOf(before.text).at(-1) ?? before.text) : before.text;
          add('action', said, segment, `${said} ${text}`, {
            formal: true,
            owner: owner.replace(/[.;,]$/, ''),
            rule: rule.shape,
          });
        } else giveOwner(found, owner, segment, text);
        if (ownerThenText) narrative(own.slice(ownerThenText[0].length), segment, add, []);
        lead = null;
        return;
      }
      // "Erect a first floor extension. Resolved: No Objection.": the response says which application with the line before.
      const previous = segments[index - 1];
      if (BARE_PLANNING_RESPONSE.test(own) && previous) {
        const said = `${sentencesOf(previous.text).at(-1) ?? previous.text} ${text}`;
        add(rule.kind, said, segment, said, { formal: true, rule: rule.shape });
        lead = null;
        return;
      }
      // "Application 170984 Land at Four Winds. … the Council RESOLVED unanimously there was no objection to this
      // application.": which application, with its lines (the same words answer the next application too).
      if (PLANNING_RESPONSE.test(own) && /\b(?:this|the) application\b/i.test(own)) {
        const application = applicationLines(segments.slice(Math.max(0, index - 8), index).map((s) => s.text));
        if (APPLICATION.test(application)) {
          const said = `${application} ${own}`;
          add(rule.kind, said, segment, `${application} ${text}`, { formal: true, rule: rule.shape });
          lead = null;
          return;
        }
      }
      // "The 40mph limit would be acceptable. Action – HIF to pursue": what is to be pursued is the sentence before.
      if (rule.kind === 'action' && VAGUE_ACTION.test(own) && previous?.blockIndex === segment.blockIndex) {
        const said = sentencesOf(previous.text).at(-1) ?? previous.text;
        add('action', `${said} ${text}`, segment, `${said} ${text}`, {
          formal: true,
          owner: own.split(/ to /i)[0] ?? null,
          rule: rule.shape,
        });
        lead = null;
        return;
      }
      // "Action: Clerk to write to Cllr Bradley. Council resolved to co-opt Mr Barber.", "Action points: Ann will prepare
      // the forms. Ben to check the insurance.": the action is its first sentence; what follows on the line is read for itself.
      const [first, ...after] = rule.kind === 'action' && !endsAsLeadIn(rest) ? sentencesOf(own) : [];
      // "Facebook –" over "ACTION: VV to promote": the topic the label cut from its action says what it is about.
      const topic =
        rule.kind === 'action' && previous?.blockIndex === segment.blockIndex && TOPIC_BEFORE_LABEL.test(previous.text)
          ? `${previous.text} `
          : '';
      if (first && after.length > 0 && /\b(?:to|will|would) [a-z]{2,}/.test(first)) {
        // The quote keeps its keyword: "ACTION: NB to order new signs."
        const upTo = body.indexOf(first);
        add(
          'action',
          `${topic}${first}`,
          segment,
          `${topic}${upTo >= 0 ? body.slice(0, upTo + first.length) : first}`,
          {
            formal: true,
            rule: rule.shape,
          },
        );
        lead = null;
        narrative(after.join(' '), segment, add, [first]);
        return;
      }
      // "RESOLVED to authorise up to £1,000. Cllr Elmhirst agreed to circulate quotes.": an undertaking after the
      // decision on its line is an outcome of its own.
      // "It was AGREED that Cllr Moss would obtain quotes and the Clerk would write to the club.": two people, each
      // taking on an action of their own.
      const ownSentences =
        rule.kind === 'action' || endsAsLeadIn(rest)
          ? []
          : sentencesOf(own).flatMap((sentence) => sentence.split(TWO_UNDERTAKINGS));
      // "RESOLVED To note the invitation. Council agreed … To note that the Clerk …": each later sentence in the
      // infinitive is the keyword's next part, and what lies between is read for itself.
      const partStarts = ownSentences.flatMap((s, i) => (i > 0 && INFINITIVE_PART.test(s) ? [i] : []));
      if (partStarts.length > 0 && INFINITIVE_PART.test(ownSentences[0] ?? '')) {
        const bounds = [0, ...partStarts, ownSentences.length];
        bounds.slice(0, -1).forEach((from, k) => {
          const [part = '', ...between] = ownSentences.slice(from, bounds[k + 1]);
          add(rule.kind, part, segment, from === 0 ? text.slice(0, text.indexOf(part) + part.length) : part, {
            formal: true,
            rule: rule.shape,
          });
          if (between.length > 0) narrative(between.join(' '), segment, add, [part]);
        });
        lead = null;
        return;
      }
      // "RESOLVED to confirm the budgets. It was further RESOLVED to set the reserves.": a later sentence with a keyword
      // of its own is a decision of its own.
      // "It was RESOLVED that these be accepted. Cllr Steel was elected as chairman …": a later sentence that elects or
      // appoints someone is a decision of its own.
      // "ORDERED that the review be continued by the Board. A plan for it be brought to the next meeting.": a later
      // sentence worded as the keyword's first ("… be …ed"), with no keyword of its own, is its next decision.
      const subjunctive = SUBJUNCTIVE_DECISION.test(ownSentences[0] ?? '');
      const undertaking = ownSentences.findIndex(
        (s, i) =>
          i > 0 &&
          (takesOnAnAction(s) ||
            ANOTHER_KEYWORD.test(s) ||
            ELECTED_OR_APPOINTED.test(s) ||
            (subjunctive && SUBJUNCTIVE_DECISION.test(s))),
      );
      if (undertaking > 0) {
        const decided = ownSentences.slice(0, undertaking).join(' ');
        const upTo = text.indexOf(decided);
        // "that Cllr Moss would obtain quotes", cut from "… and the Clerk would write …", is an action of its own.
        const firstAction = `${decided.replace(/^that\s+/i, '')}.`;
        if (!/[.!?]$/.test(decided) && takesOnAnAction(firstAction)) {
          const later = ownSentences.slice(undertaking).map((s) => s.charAt(0).toUpperCase() + s.slice(1));
          narrative([firstAction, ...later].join(' '), segment, add, []);
          lead = null;
          return;
        }
        // "… a bench on Mill Lane footpath. Resolved to accept quote. Cllr Birch to contact Mr Ash": which quote is
        // said in the sentence before the keyword.
        const onLineBefore = body
          .slice(0, body.length - rest.length)
          .replace(KEYWORD_AT_END, '')
          .trim();
        const which = ACCEPTS_WHAT_ABOVE.test(decided)
          ? sentencesOf(onLineBefore || (previous?.blockIndex === segment.blockIndex ? previous.text : '')).at(-1)
          : undefined;
        const quoted = upTo >= 0 ? text.slice(0, upTo + decided.length) : decided;
        const said = which ? `${which} ${decided.replace(/^\w/, (c) => c.toUpperCase())}` : decided;
        add(rule.kind, said, segment, which ? `${which} ${quoted}` : quoted, {
          formal: true,
          rule: rule.shape,
        });
        narrative(ownSentences.slice(undertaking).join(' '), segment, add, [decided]);
        lead = null;
        return;
      }
      // "After consideration of correspondence regarding the bus timetable, it was:-" over "RESOLVED to note the
      // contents.": what was noted is in the line above, quoted with the decision.
      // "b) Letter from the district council – support for parishes." then "RESOLVED: To receive the information.": the
      // lettered part the keyword answers, on the same line, is quoted with it.
      // "Moved by Cllr Ash and seconded by Cllr Birch" over "RESOLVED that …": who moved it is quoted with it.
      const saidAbove =
        previous &&
        (IT_WAS_OVER_KEYWORD.test(previous.text) ||
          (SECONDED_LINE.test(previous.text) && previous.blockIndex === segment.blockIndex - 1) ||
          (previous.blockIndex === segment.blockIndex && previous.marker !== null && !matchHead(previous.text)))
          ? `${previous.text} `
          : '';
      // "17/08298 Higher Farm, raising of the roof RESOLVED: Support as no objections.": the response, with its application.
      // "0815/06 Altering a window – 4 Stile Lane – RESOLVED – Recommend approval", or the application's line, ending on
      // a dash, above "RESOLVED – Recommend approval": the response is told with the application it answers.
      const isApplication = (line: string) => APPLICATION.test(line) || OPENS_WITH_APPLICATION.test(line);
      // So is one on the line below the application's "Location: 25 Mill Street" field.
      const locationAbove =
        previous !== undefined &&
        previous.blockIndex === segment.blockIndex - 1 &&
        /^(?:Location|Site|Address)\s*:\s*\S/i.test(previous.text);
      const lineBefore = body
        .slice(0, body.length - rest.length)
        .replace(KEYWORD_AT_END, '')
        .replace(/\s*[–—-]\s*$/, '');
      const application = !PLANNING_RESPONSE.test(own)
        ? ''
        : previous?.blockIndex === segment.blockIndex && isApplication(previous.text)
          ? `${previous.text} `
          : isApplication(lineBefore)
            ? `${lineBefore} – `
            : previous && /[–—-]\s*$/.test(previous.text) && isApplication(previous.text)
              ? `${previous.text} `
              : previous && locationAbove
                ? `${previous.text} `
                : '';
      // "2 To approve the minutes of the last meeting" over "Resolved: Approved.": what was approved is the item.
      const itemTitle = BARE_DECISION.test(own) && !application ? items[itemOf(segment.blockIndex) ?? -1]?.title : null;
      // "(c) Sugar Craft Artists – request for donation. RESOLVED that a donation of £200 be made to this group.": the
      // lettered part above says which group, so that three such decisions are three, not one said three times.
      const partAbove =
        !itemTitle && saidAbove && previous?.marker && REFERS_BACK.test(own)
          ? `${stripMarker(previous.text).replace(/[.:;,\s]+$/, '')}: `
          : '';
      // "Mr Birch declared an interest in the works at the mill. RESOLVED that this be noted.": what "this" is, said
      // before the keyword on its line.
      const sameLineBefore = lineBefore || (previous?.blockIndex === segment.blockIndex ? previous.text : '');
      const thisBefore =
        !itemTitle && !partAbove && !application && THIS_ALONE.test(own)
          ? sentencesOf(sameLineBefore).at(-1)
          : undefined;
      const what = itemTitle
        ? `${itemTitle.replace(/[.:;,\s]+$/, '')}: `
        : thisBefore
          ? `${thisBefore.replace(/[:;,\s]+$/, '')} `
          : partAbove;
      // "AGREED recommendations." under its item says what with its keyword: "Budget monitoring: AGREED recommendations."
      const bareWords =
        itemTitle && !/^(?:approved|agreed|noted|endorsed|accepted|adopted)\b/i.test(own)
          ? body
          : partAbove
            ? own.replace(/^(?:that|to)\b[,:]?\s*/i, '')
            : thisBefore
              ? own.replace(/^that\s+/i, '').replace(/^\w/, (c) => c.toUpperCase())
              : own;
      // "RESOLVED to note:": the verb alone says nothing; its parts say what.
      const stated =
        own && !VERB_ONLY.test(own) && !FROM_WHEN_ONLY.test(own)
          ? add(
              rule.kind,
              `${what}${application}${topic}${bareWords}`,
              segment,
              `${saidAbove}${thisBefore ? `${thisBefore} ` : ''}${application}${topic}${text}`,
              {
                formal: true,
                rule: rule.shape,
              },
            )
          : null;
      lead = {
        kind: rule.kind,
        stated,
        parts: 0,
        // "RESOLVED upon a recommendation to:- Put the draft budget to Council …" over "- Propose to Council that …": the
        // first part run onto the lead-in's line, the rest below it.
        open: own === '' || endsAsLeadIn(rest) || PART_RUN_ONTO_LEAD_IN.test(rest.slice(0, 160)),
        runOn: own !== '' && !endsAsLeadIn(rest) && PART_RUN_ONTO_LEAD_IN.test(rest.slice(0, 160)),
        // The quote keeps a field's label: "Decision: Resolved (1) That …".
        line: segment.text,
        // "… RESOLVED they be signed as a true record:" over the meetings whose minutes they are: those are not decisions.
        partsMustDecide: (rule.partsMustDecide ?? false) || RECORDS_SIGNED_OVER_LIST.test(own),
        ownFamily: isPart ? familyOf(index) : null,
      };
      // "RESOLVED: (a) That … subject to conditions to include:" over (i)–(v): the first part's details, until "(b)".
      const inline = OPENING_MARKER.exec(rest)?.[0];
      if (stated && inline && endsAsLeadIn(rest))
        lead.detailOf = { stated, family: markerFamily(inline), details: 0, leadsIn: true };
      return;
    }

    // A heading ends what a keyword or lead-in opened: it is the next item or section, not a part; so does the next part
    // of the list the keyword's own part is in.
    if (lead?.ownFamily && isPart && familyOf(index) === lead.ownFamily) lead = null;
    // "1. REVIEW OF THE MARCH CYCLE OF COMMITTEES" after the parts: the next item's title in capitals, not a part.
    // "- Next Meeting" after the parts of "… to:- Put the budget …": a title, not a sentence, ends them.
    // So does "ii) Budget and Precept Setting" after the parts "i)" to "iii)": a marker used already, over a title.
    const nextTitle =
      isPart &&
      ((CAPITALS_TITLE.test(body) && !isDecisionShaped(body)) ||
        (lead?.runOn && !/^\S+\s+[a-z]/.test(body)) ||
        (segment.marker !== null && lead?.markers?.has(segment.marker) === true && SUBHEADING.test(body)) ||
        // "(4) 2021/22 Highways Budget Report" over "RESOLVED, that": the next matter's title, its own keyword below it.
        ((SUBHEADING.test(body) || SUBHEADING.test(body.replace(/^[\d/.-]+\s+/, ''))) &&
          !isDecisionShaped(body) &&
          matchHead(stripMarker(segments[index + 1]?.text ?? '')) !== null));
    const current: Lead | null = segment.blockKind === 'heading' || nextTitle ? null : lead;
    if (current && isPart && (current.open || current.parts > 0)) {
      const family = familyOf(index);
      // A list of another kind under a part: the details of a part that leads into them ("… to include:"), or of
      // any part when they are not numbered and decide nothing themselves ("2. new bed rates from 1 April." over "· £560 for a bed").
      // "i) the update be noted and that" over "a) signs be put up": each part below goes on with a decision of its own.
      const detailOf = current.detailOf;
      if (detailOf && detailOf.details === 0 && AND_THAT.test(detailOf.stated.text) && isDecisionShaped(body)) {
        detailOf.stated.text = `${detailOf.stated.text.replace(AND_THAT, '')}.`;
        current.detailOf = null;
      }
      if (
        current.detailOf &&
        family !== current.detailOf.family &&
        !current.families?.has(family) &&
        (current.detailOf.leadsIn || (family !== 'number' && !isDecisionShaped(body)))
      ) {
        const { stated, details } = current.detailOf;
        joinDetail(stated, body, details === 0 ? ': ' : '; ');
        current.detailOf.details++;
        return;
      }
      current.detailOf = null;
      current.parts++;
      if (current.partLeadsIn === family) current.partLeadsIn = null;
      if (segment.marker) (current.markers ??= new Set()).add(segment.marker);
      // "2." after "1." and its "a." "b.": the outer list goes on; its parts are never details of the inner one's.
      (current.families ??= new Set()).add(family);
      if (current.partsMustDecide && !isDecisionShaped(body)) return;
      // "2. To recommend to Council, having had regard to feedback," over "a) Approval of …": the part below says what.
      if (/,\s*$/.test(body) && leadsIntoOwnParts(index)) return;
      // "(3) the following be appointed:-" leads into its parts; "(5) Appointed members to serve on:-" decides, its parts its details.
      // "4. That the grounds for call-in be:" is finished by the list below it: its details.
      if (
        endsAsLeadIn(body) &&
        !DECISION_WORDS.test(body) &&
        !DECIDED_VERB_FIRST.test(body) &&
        !FINISHED_BY_ITS_LIST.test(body) &&
        !DECIDES_OVER_ITS_LIST.test(body) &&
        !LISTS_ITS_OBJECT.test(body) &&
        !BODY_DECIDES.test(body) &&
        !GRANTS_WHAT_FOLLOWS.test(body) &&
        // "(2) Agree to appoint to the panel the members set out below:" over who they are: its details.
        !SET_OUT_BELOW.test(body) &&
        // "i) to approve the following payments:" over the payments' table, not parts: it decides by its verb.
        !(opensWithDecidingVerb(body) && !leadsIntoOwnParts(index)) &&
        // "i. Approve the statement, noting:" over "a. …", "b. …": a decision, then what it took account of.
        !(opensWithDecidingVerb(body) && NOTING_ITS_DETAILS.test(body)) &&
        // "a) Note the update and support the Director in:" over "i. …", "ii. …": a decision, then what it is about.
        !(opensWithDecidingVerb(body) && OBJECTS_BELOW.test(body))
      ) {
        current.partLeadsIn = family;
        return;
      }
      // "The panel noted the following:" over bullets of what it was told: one decision, its points its details.
      if (current.stated && NOTED_THE_FOLLOWING.test(current.line) && family === 'bullet') {
        joinDetail(current.stated, body, current.parts === 1 ? ': ' : '; ');
        return;
      }
      // The parts of one decision's details ("subject to the following conditions:") join it; the parts of
      // a lead-in that lists several things decided ("the following issues be added to the work programme:-") do not.
      const listsDecisions =
        (/:\s*-?\s*$/.test(current.line) ||
          // "… to:- Put the draft budget to Council." over "- Propose to Council that …": its first part on its line.
          PART_RUN_ONTO_LEAD_IN.test(current.line) ||
          // "The Councillors further approved" over "(5) the audit report": a verb with nothing of what.
          (current.stated !== null && DECIDED_TO_ONLY.test(current.stated.text)) ||
          /\b(?:commits?|agree[sd]?|resolves?|decides?|undertakes?|undertook|offered|promised|volunteered) to\s*:?\s*$/i.test(
            current.line,
          )) &&
        !DETAILS_LEAD.test(current.line) &&
        !REMIT_LEAD.test(current.line);
      if (current.stated && !current.partsAdded && ENDS_ON_BE.test(current.stated.text)) {
        // "That PCSO Lee be" over "(1) welcomed to the village": each part finishes the lead-in's sentence.
        current.subject = current.stated.text;
        found.splice(found.indexOf(current.stated), 1);
        current.stated = null;
      }
      // "That permission be granted subject to the following conditions:" over "1. The use shall cease by 2030": its
      // conditions, however they are worded, are its details.
      if (current.stated && CONDITIONS_FOLLOW.test(current.line)) {
        joinDetail(current.stated, body, /:\s*-?\s*$/.test(current.stated.text) ? ': ' : '; ');
        return;
      }
      // "Cabinet agreed to the recommendations" over "1. We will review …": each part is a recommendation agreed.
      if (
        current.stated &&
        !isDecisionShaped(body) &&
        !listsDecisions &&
        !(RECOMMENDATIONS_CARRIED.test(current.stated.text) && !current.partsAdded)
      ) {
        const joiner = /:\s*-?\s*$/.test(current.stated.text) ? ': ' : '; ';
        joinDetail(current.stated, body, joiner);
        return;
      }
      if (
        current.stated &&
        !current.partsAdded &&
        (/\b(?:the following|as follows)\b/i.test(current.stated.text) ||
          DECIDED_TO_ONLY.test(current.stated.text) ||
          RECOMMENDATIONS_CARRIED.test(current.stated.text) ||
          BODY_ONLY.test(current.stated.text) ||
          FROM_WHEN_ONLY.test(current.stated.text) ||
          (ENDS_THAT_OR_TO.test(current.stated.text) && !REMIT_LEAD.test(current.stated.text)))
      ) {
        // "To approve the following motion:" over parts that each decide: the parts are the decisions,
        // each with the lead-in's sense ("… recommends to Council that: (i) … (ii) …").
        current.kind = current.stated.kind;
        // "The Councillors further approved" over "(5) the audit report": each part is told with the verb.
        if (ENDS_ON_DECIDING_VERB.test(current.stated.text))
          current.subject = current.stated.text.replace(/[.\s]+$/, '');
        // "… agreed to contact" over "a) Ann Ash, Safety Officer", "b) Sgt. Fox at Police": each part is who, told with the verb.
        else if (ENDS_ON_WHOM_TO_ASK.test(current.stated.text)) {
          current.subject = current.stated.text.replace(/[:.\s]+$/, '');
          current.keepsCase = true;
          current.kind = 'action';
        }
        found.splice(found.indexOf(current.stated), 1);
        current.stated = null;
      }
      // The first part is quoted with the keyword's line above it ("RESOLVED that: 1) the plan be approved").
      const quote = !current.partsAdded && !current.stated && current.line ? `${current.line} ${text}` : text;
      const said = current.subject
        ? `${current.subject} ${current.keepsCase ? body : body.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}`
        : body;
      // "• Agreed unanimously to support the scheme; to approve £18,000 for it": a part that makes several decisions.
      if (!current.subject && INFINITIVE_LEAD_IN.test(body) && severalDecisions(body)) {
        narrative(body, segment, add, []);
        current.partsAdded = (current.partsAdded ?? 0) + 1;
        return;
      }
      const added = add(current.kind, said, segment, quote, { formal: true, rule: 'a part under a keyword' });
      current.partsAdded = (current.partsAdded ?? 0) + 1;
      if (added) current.detailOf = { stated: added, family, details: 0, leadsIn: endsAsLeadIn(body) };
      return;
    }
    if (current?.open && current.stated && endsAsLeadIn(current.stated.text) && /:\s*$/.test(body)) {
      // '"Council:' between "To approve the following motion:" and the motion's parts.
      return;
    }
    if (
      current &&
      current.open &&
      current.parts === 0 &&
      segment.blockKind !== 'heading' &&
      (!current.partsMustDecide || isDecisionShaped(body)) &&
      // "Also present:" under a council's name in a list of who attended: not what was decided.
      !excluded(body, true)
    ) {
      // "RESOLVED –", then "That:" on a line of its own, then the parts: the lead-in goes on to the parts.
      if (withoutLeadIn(body) === '') return;
      // "RESOLVED" over "KEY DECISION" over "That the Executive: a) Approved …": a label of the decision, not the decision.
      if (DECISION_LABEL.test(body) || BODY_AND_DATE_TITLE.test(body)) return;
      // "… resolved to:" over "Review of Charges" over "i. Approve …": the heading of the parts below it.
      const below = segments[index + 1];
      if (SUBHEADING.test(body) && !isDecisionShaped(body) && below && isPartOf(below)) return;
      // "RESOLVED:" over "Allotment Gardens" over what the Clerk reported: a matter's title over its account, no decision.
      if (
        TITLE_OF_A_MATTER.test(body) &&
        !isDecisionShaped(body) &&
        below &&
        below.blockIndex !== segment.blockIndex &&
        below.text.length > 60 &&
        (!isDecisionShaped(below.text) || AN_ACCOUNT_GIVEN.test(below.text))
      ) {
        current.open = false;
        return;
      }
      current.open = false;
      // "RESOLVED: that the following be appointed for the coming year:" leads in, though its words lost the colon.
      if (current.stated && (endsAsLeadIn(current.stated.text) || FOLLOWING_LEADS_IN.test(current.line))) {
        // "… approved subject to the following:" over "Biodiversity post: The Director reported … It was agreed that …":
        // a matter of its own, read for itself.
        // So is "The Board agreed that …" under a lead-in whose list was lost: a decision with its own body and verb.
        if (decidesAfterItsAccount(body) || BODY_DECIDED.test(body)) narrative(body, segment, add, []);
        // "The following observation was agreed:" over the observation itself.
        else joinDetail(current.stated, body, ': ');
        return;
      }
      if (severalDecisions(body)) {
        // "Councillor Ross was elected Chairman. … Councillors approved plans to …": a decisions page's
        // paragraph of several decisions, each a sentence of its own, is several outcomes.
        current.open = false;
        narrative(body, segment, add, []);
        return;
      }
      // "That the report be noted, and that a briefing sheet be attached …": two decisions under the one keyword.
      const two = sentencesOf(body).length === 1 ? twoSubjunctivesOf(body) : null;
      if (two) {
        for (const part of two)
          add(current.kind, part, segment, `${current.line} ${text}`, {
            formal: true,
            rule: 'the paragraph under a keyword',
          });
        current.open = false;
        return;
      }
      current.stated = add(current.kind, body, segment, `${current.line} ${text}`, {
        formal: true,
        rule: 'the paragraph under a keyword',
      });
      // "To approve the following motion:": its parts follow. "The start time remain at 2.00pm;" over "The order of
      // the agenda remain the same.": parts with no markers, a paragraph each, the semicolon saying more follow.
      // So do the short lines under "Further Action Required:" ("Post and maintain notices on site."), each an action.
      current.open =
        current.stated !== null &&
        (endsAsLeadIn(current.stated.text) ||
          /;\s*(?:and|or)?\s*$/.test(body) ||
          (ACTIONS_REQUIRED.test(current.line) && body.length <= SHORT_ACTION));
      return;
    }
    // "1. / Training was asked for" over "Eve to draft a specification / Eve" over "2. / Circulate …": a row of an
    // action sheet that wrapped onto a line of its own, its list going on below it. It is read for itself; the list goes on.
    if (current?.kind === 'action' && current.parts > 0 && !isPart) {
      let next = index + 1;
      while (segments[next]?.blockIndex === segment.blockIndex) next++;
      const nextBlock = segments[next];
      if (nextBlock && isPartOf(nextBlock) && current.families?.has(familyOf(next))) {
        narrative(body, segment, add, []);
        return;
      }
    }
    // "The Executive Councillor resolved to:" over "i. Approve …", "ii. …", then "Capital" over "iii. …": a heading
    // between the parts, their count going on below it.
    if (current && current.parts > 0 && !isPart && SUBHEADING.test(body) && !isDecisionShaped(body)) {
      const next = segments[index + 1];
      if (next && isPartOf(next) && current.families?.has(familyOf(index + 1))) return;
    }
    // "c) delegates authority …" over "(Delegations 2 and 3 will be used.)" over "d) requests …": a note in brackets between
    // the parts, their count going on below it.
    if (current && current.parts > 0 && !isPart && NOTE_IN_BRACKETS.test(body)) {
      const next = segments[index + 1];
      if (next && isPartOf(next) && current.families?.has(familyOf(index + 1))) return;
    }
    // "i. the following amounts be calculated:" over a table's rows ("£51,696,080 | being the aggregate … |"), then "ii.":
    // the cells of a part's table, the parts going on below it.
    if (current?.partLeadsIn && !isPart && TABLE_CELL.test(blocks[segment.blockIndex]?.text ?? '')) return;
    lead = null;

    if (section === 'decision') {
      // "… agreed to approve the following policies:" over "• Food Safety Policy": what it approved, its details.
      // "… approves the following grants:" over "a) £12,000 for a befriending service for older people …", "b) …":
      // lettered or numbered parts, each a sentence of its own, are each a decision, said with the lead-in.
      if (isPart && (listedBy || partsLedBy) && !isDecisionShaped(body) && ownDecisionPart(index, body)) {
        if (listedBy && found.at(-1) === listedBy) found.pop();
        partsLedBy ??= listedBy?.text ?? null;
        listedBy = null;
        add('resolution', `${partsLedBy} ${tidyText(body)}`, segment, segment.text, {
          formal: true,
          rule: 'a part of a "Decision:" field\'s list, each a sentence of its own',
        });
        return;
      }
      partsLedBy = null;
      if (isPart && listedBy && !isDecisionShaped(body)) {
        const joiner = /:-?\s*$/.test(listedBy.text) ? ': ' : '; ';
        joinDetail(listedBy, body, joiner);
        return;
      }
      // "… the manoeuvres as described below:" over "Prohibition of Right Turns" over its parts, then "No Entry" over what it
      // will prohibit: the headings of its details, and what they say.
      if (listedBy && !isPart && (SUBHEADING.test(body) || listedUnderHeading) && !isDecisionShaped(body)) {
        joinDetail(listedBy, body, /:-?\s*$/.test(listedBy.text) ? ': ' : '; ');
        listedUnderHeading = SUBHEADING.test(body);
        return;
      }
      listedBy = null;
      listedUnderHeading = false;
      // "Several meetings had over 40 items:" over "· 19-03-09 – 52": what the decision was told, listed; not decisions.
      if (isPart && toldAbove && !isDecisionShaped(body)) return;
      toldAbove = false;
      // A schedule of planning applications: each decision ("Minded to permit") says what with its site's line.
      if (SCHEDULE_FURNITURE.test(body)) return;
      if (PLANNING_DECISION.test(body)) {
        const row = segments.slice(Math.max(0, index - 4), index).map((s) => s.text);
        const site = row.findLast((t) => SITE_LINE.test(t));
        if (site) {
          const from = Math.max(
            0,
            row.findLastIndex((t) => /\d{2,6}\/\d{2,6}/.test(t)),
          );
          const reference = row[from] !== site && /\d{2,6}\/\d{2,6}/.test(row[from] ?? '') ? `${row[from]} ` : '';
          add('resolution', `${reference}${site}: ${body}`, segment, [...row.slice(from), body].join(' '), {
            formal: true,
            rule: 'a decision in a schedule of planning applications',
          });
          return;
        }
      }
      if (excluded(body, true) && !sentencesOf(body).some((sentence) => firstReadRule(sentence))) {
        toldAbove = !isPart && /:-?\s*$/.test(body);
        return;
      }
      // "The Chair invited the officer to explain how proceedings would work.", "The meeting was being streamed live.": the
      // minutes' account of the meeting under a "Decision:" label, with no word of deciding, asking or acting in it.
      if (
        ACCOUNT_OF_PROCEEDINGS.test(body) &&
        !DECIDING_STEM.test(body) &&
        !sentencesOf(body).some((sentence) => firstReadRule(sentence))
      ) {
        toldAbove = !isPart && /:-?\s*$/.test(body);
        return;
      }
      // "Local Toilets Strategy 2023-2027" over what was decided on it: a subheading, not a decision (but "(1) Received the
      // Annual Audit Letter" is one); "It was resolved to:" leads into the parts below it.
      if (
        (SUBHEADING.test(body) && !(DECIDED_VERB_FIRST.test(body) && /\s/.test(body))) ||
        (body.length < 80 && endsAsLeadIn(body)) ||
        // "Following consideration of the report and discussion, the Executive resolved to:" over its bullets: a long
        // lead-in.
        (DECIDED_OVER_PARTS.test(body) && partFollows(index))
      ) {
        // "I, Councillor Ash, … do hereby approve:" over "The Parking Policy": what was approved, named on its own line.
        const before = found.at(-1);
        if (
          before?.rule === 'a "Decision:" field' &&
          segment.blockIndex - before.blockIndex <= 2 &&
          APPROVES_WHAT_FOLLOWS.test(before.text)
        ) {
          joinDetail(before, body, ': ');
          return;
        }
        // "… approved:" over "(ii) the disestablishment of the following:" over its bullets: a part that decides, its list
        // what it names.
        if (isPart && /^(?:the |a |an )?[a-z][\w-]*\b[^:;.]*\bof the following\s*:-?\s*$/i.test(body)) {
          listedBy = add('resolution', body, segment, segment.text, { formal: true, rule: 'a "Decision:" field' });
          return;
        }
        // "That the Cabinet Member approves the following grants:" over what it approved: the decision, its list below
        // (however short the lead-in).
        if (!isPart && LISTS_BELOW.test(body) && DECIDES_ITS_DETAILS.test(body) && partFollows(index)) {
          listedBy = add('resolution', body, segment, segment.text, { formal: true, rule: 'a "Decision:" field' });
          return;
        }
        toldAbove = !isPart && /:-?\s*$/.test(body) && !DECIDES_ITS_DETAILS.test(body);
        return;
      }
      // "That the recommendations be approved, as follows:" over the parts that say what they were.
      const before = found.at(-1);
      if (before?.rule === 'a "Decision:" field' && /\b(?:as follows|the following)\b[^.]*:-?\s*$/i.test(before.text))
        found.pop();
      // "Item 8 – Capital Monitoring. Decision: Report approved.": a bare decision says what with its item's title;
      // "As detailed in the recommendation." under a decisions list's entry, with the entry's.
      const vague = BARE_DECISION.test(body) || AS_RECOMMENDED.test(body);
      const title = vague
        ? ((!segment.opensBlock ? items[itemOf(segment.blockIndex) ?? -1]?.title : null) ?? entryTitle)
        : null;
      const said = title ? `${title.replace(/[.:;,\s]+$/, '')}: ${body}` : body;
      // "The council asked Ruth to keep liaising with the district. Also agreed Ruth would keep the garage in the loop.":
      // a further decision in the field, with a keyword of its own, is read for itself.
      const sentences = title ? [] : sentencesOf(body);
      const further = sentences.findIndex((sentence, i) => i > 0 && ANOTHER_KEYWORD.test(sentence));
      if (further > 0) {
        const first = sentences.slice(0, further).join(' ');
        add('resolution', first, segment, segment.text, { formal: true, rule: 'a "Decision:" field', dueFrom: text });
        narrative(sentences.slice(further).join(' '), segment, add, [first]);
        return;
      }
      // The quote is what was printed, its "Decision:" label too.
      const added = add(
        'resolution',
        said,
        segment,
        title ? (blocks[segment.blockIndex]?.text ?? text) : segment.text,
        {
          formal: true,
          rule: 'a "Decision:" field',
          dueFrom: text,
        },
      );
      if (added && LISTS_BELOW.test(added.text)) listedBy = added;
      return;
    }
    // "AB/23/00412/FUL - Old Forge, Mill Lane" over its description and "Defer for S106 then permit": a decision on
    // a line of its own under the application it decides, named by the item or the lines above.
    if (context.minutes && PLANNING_DECISION_LINE.test(body) && !isPart) {
      const item = items[itemOf(segment.blockIndex) ?? -1];
      const above = item
        ? blocks.slice(item.start, segment.blockIndex).map((b) => b.text)
        : segments.slice(Math.max(0, index - 6), index).map((s) => s.text);
      if (above.some((t) => APPLICATION.test(t) || /\bapplication\b/i.test(t))) {
        const what = item?.title ? `${item.title}: ` : '';
        add('resolution', `${what}${body}`, segment, body, {
          formal: true,
          rule: 'a planning decision under its application',
        });
        return;
      }
    }
    if (!isPart) {
      listedTopics = /(?::-?|:\s*-)\s*$/.test(body);
      othersResponses = RESPONSES_RECEIVED.test(body) || THE_PUBLIC_SAID.test(body);
      topicMarker = null;
    } else if (othersResponses) {
      // "Highways Authority – no objections." under "… the following responses received from consultees:": what others
      // said, reported, not decided.
      return;
    } else if (listedTopics) {
      // A list of another kind after the topics ("(a)" after bullets) is not one of them.
      const family = familyOf(index);
      if (topicMarker === null) topicMarker = family;
      else if (family !== topicMarker) listedTopics = false;
    }
    // "6. To appoint representatives to outside bodies" over "6.1 Tree Warden: Cllr L Bennett": each role and who holds it.
    if (APPOINTING_ITEM.test(items[item ?? -1]?.title ?? '') && ROLE_AND_HOLDERS.test(body)) {
      add('resolution', body, segment, text, {
        formal: true,
        rule: 'a role and its holders, under an item that appoints',
      });
      return;
    }
    // "1. … authority be delegated to … GRANT planning permission subject to:" over "a) a planning obligation …; that the
    // County Council is paid …" and "b) conditions": its details, however they are worded.
    if (isPart && runDetails && index === runDetails.lastIndex + 1 && familyOf(index) !== runDetails.family) {
      joinDetail(runDetails.stated, body, runDetails.joined++ === 0 ? ': ' : '; ');
      runDetails.lastIndex = index;
      return;
    }
    if (
      isPart &&
      !nextTitle &&
      !listedTopics &&
      decidingRuns.has(index) &&
      // "3. Minutes of the last meeting The minutes … were approved." over "4. Matters Arising … – nothing further.": the
      // paper's items, each read for what it says, not parts of one decision.
      !(segment.opensBlock && items.some((i) => i.start === segment.blockIndex)) &&
      !excluded(body, true) &&
      !severalDecisions(body) &&
      // "1. Reports from District and County councillors:" over a paragraph of news: a part that titles what follows.
      !(TITLES_WHAT_FOLLOWS.test(body) && !isDecisionShaped(body)) &&
      // "iv) Chairman's Remarks": a part that only titles an item, with nothing in it decided (not a decision in the
      // subjunctive, which opens with who decides: "1. The panel receive an update on …").
      !(SUBHEADING.test(body) && !/^(?:The|This|These|A|An|All|Members|Councillors|Council)\b/.test(body))
    ) {
      const family = familyOf(index);
      // "5. Have voted in favour of levying the following amounts:-" over "a) Street Lighting £950.00": its details.
      if (runDetails && family !== runDetails.family) {
        joinDetail(runDetails.stated, body, runDetails.joined++ === 0 ? ': ' : '; ');
        runDetails.lastIndex = index;
        return;
      }
      runDetails = null;
      // "2. That the Terms of Reference, as set out below, are noted." over "a) The Forum is …": what was noted, its details.
      const detailsLead = decidesItsList(body) || SET_OUT_BELOW.test(body);
      // "1. the Authority be recommended to:" over (i)–(v): the parts below are what was decided.
      // "(B) the timetable be noted and that a further report be submitted …": two decisions in the one part.
      const two =
        !detailsLead && sentencesOf(body).length === 1
          ? twoSubjunctivesOf(body.replace(/;\s*(?:and|or)?\s*$/, ''))
          : null;
      if (two) {
        for (const part of two)
          add('resolution', part, segment, text, { formal: true, rule: 'a part of a numbered block that decides' });
        return;
      }
      if (detailsLead || !(/:-?\s*$/.test(body) && leadsIntoOwnParts(index)) || FINISHED_BY_ITS_LIST.test(body)) {
        const added = add('resolution', body, segment, text, {
          formal: true,
          rule: 'a part of a numbered block that decides',
        });
        if (added && detailsLead) runDetails = { stated: added, family, joined: 0, lastIndex: index };
      }
      return;
    }
    runDetails = null;
    // "2) To resolve to adopt the standing orders addendum …" as the item's line, then "All in favour by a show of hands.":
    // the vote carries the business its item's line put.
    const itemAbove = items[item ?? -1];
    const business =
      itemAbove && itemAbove.start === segment.blockIndex - 1 ? stripMarker(blocks[itemAbove.start]?.text ?? '') : '';
    if (CARRIED_ALONE.test(body) && BUSINESS_PUT.test(business)) {
      add('resolution', business.replace(/^To resolve (?:to|that)\s+/i, ''), segment, `${business} ${body}`, {
        formal: false,
        rule: 'the business on its item’s line, carried by the vote under it',
      });
      return;
    }
    const before = found.length;
    narrative(
      withoutOwnTitle(body, segment),
      segment,
      add,
      segments.slice(Math.max(0, index - 8), index).map((s) => s.text),
      segments.slice(index + 1, index + 9).map((s) => s.text),
    );
    // "The following payments were approved:": the list below is what was decided.
    const stated = found.length > before ? found.at(-1) : undefined;
    const partsFollow = segments[index + 1] !== undefined && isPartOf(segments[index + 1] as Segment);
    // "The Councillors further approved" over "(5) the Annual Internal Audit Report": the verb alone, its parts below.
    const verbOverParts = stated !== undefined && partsFollow && DECIDED_TO_ONLY.test(stated.text);
    // "That approval be given to support the following priorities:" over "• Priority 1 – Safer Streets": what was approved,
    // its terms listed below it, not decisions of their own.
    // So too "The following payments were agreed" over "4.1 Internal Auditor - £50", "4.2 …", its colon lost: one
    // decision, its payments (with the colon, the lead-in below reads them so).
    const paymentsBelow =
      stated !== undefined && PAYMENTS_LISTED_BELOW.test(stated.text) && !/:-?\s*$/.test(stated.text);
    if (stated && partsFollow && (TERMS_LISTED_BELOW.test(stated.text) || paymentsBelow)) {
      // A paragraph's lead-in is of no list: whatever marks the lines below, they are its details.
      runDetails = { stated, family: isPart ? familyOf(index) : 'none', joined: 0, lastIndex: index };
      return;
    }
    if (
      stated &&
      (endsAsLeadIn(stated.text) || verbOverParts || (RECOMMENDATIONS_CARRIED.test(stated.text) && partsFollow))
    ) {
      // The same lead-in again in the same item ("The following payments were approved:" twice) goes on with the same decision.
      const earlier = found.find(
        (c) =>
          c !== stated && c.itemIndex === stated.itemIndex && c.text.toLowerCase().startsWith(leadInOf(stated.text)),
      );
      if (earlier) found.pop();
      // "It was resolved that the objection be made as follows:" over "1. Concern was expressed regarding parking …": the
      // objection's grounds, not decisions of their own.
      const groundsFollow = GROUNDS_FOLLOW.test(stated.text);
      lead = {
        kind: stated.kind,
        stated: earlier ?? stated,
        parts: 0,
        open: true,
        line: text,
        partsMustDecide: groundsFollow || RECORDS_SIGNED_OVER_LIST.test(stated.text),
      };
    }
  });

  // "Review the CCTV document. Action – Mr Jacob." over "Action complete – the system complies.": an earlier action, done.
  const done = (c: Candidate) =>
    c.kind === 'action' &&
    (ACTION_STATUS_ONLY.test(c.text) ||
      // Within a short block only: a page run together into one paragraph says "Action complete" of other actions.
      doneInItsBlock(blocks[c.blockIndex]?.text ?? '') ||
      ACTION_DONE_BELOW.test(blocks[c.blockIndex + 1]?.text ?? ''));
  // "167. Report on Recent Planning Applications" over "24/01240/TREES – 3 Mill Lane – fell one Birch – support.
  // Permitted.": the planning authority's decisions, reported; this meeting decided nothing there.
  const decidedElsewhere = (c: Candidate) =>
    c.itemIndex !== null &&
    DECIDED_ELSEWHERE_ITEM.test(stripMarker(items[c.itemIndex]?.title ?? '')) &&
    APPLICATION.test(c.text);
  // "1. Open Forum" over "Mr. Ash asked that the minutes be more meaningful.": what a member of the public asked for, which
  // no one took on; the meeting's answer, where it gave one, is read for itself.
  const publicAsked = (c: Candidate) =>
    c.kind === 'request' &&
    c.itemIndex !== null &&
    PUBLIC_ITEM.test(stripMarker(items[c.itemIndex]?.title ?? '')) &&
    MEMBER_OF_THE_PUBLIC.test(stripMarker(c.text));
  return eachDecisionOnce(
    found.filter((c) => !done(c) && !decidedElsewhere(c) && !publicAsked(c)),
    blocks,
  );

  /**
   * "1039/16 Mill Farm, Fen Road – extension …": an application's line, not the next item's heading ("4462/20 HIGHWAYS"),
   * whose number has the same shape.
   */
  function isApplicationLine(segment: Segment): boolean {
    const reference = OPENS_WITH_APPLICATION.exec(segment.text)?.[0];
    if (!reference || segment.blockKind === 'heading') return false;
    const rest = segment.text.slice(reference.length).trim();
    return /[a-z]/.test(rest) || rest.split(/\s+/).length >= 6;
  }

  /** A part follows the paragraph at `index` ("… the Executive resolved to:" over "• Endorse …"). */
  function partFollows(index: number): boolean {
    const next = segments[index + 1];
    return next !== undefined && isPartOf(next);
  }
  /** The part at `index` is followed by parts of another kind ("1. … to:" over "(i) … (ii) …"): its own parts. */
  function leadsIntoOwnParts(index: number): boolean {
    const next = segments[index + 1];
    return (
      next !== undefined &&
      isPartOf(next) &&
      // "8. Budget" after "- the Clerk to arrange a meeting …," is the next item's title, not a part of this one.
      !(next.opensBlock && items.some((item) => item.start === next.blockIndex)) &&
      markerFamily(next.marker) !== markerFamily(segments[index]?.marker ?? null)
    );
  }

  /** "Christmas tree- agreed to buy the tree again": a one-line item read without its title before the dash. */
  function withoutOwnTitle(body: string, segment: Segment): string {
    const title = segment.opensBlock ? items.find((i) => i.start === segment.blockIndex)?.title : undefined;
    if (!title || !body.startsWith(title)) return body;
    const rest = body.slice(title.length);
    return /^\s*[-–—]\s*\S/.test(rest) ? rest.replace(/^\s*[-–—]\s*/, '') : body;
  }
}

/** "Action: Clerk", "ACTION: JH/NO": who does the action written just before. */
/** "Action: KA", "ACTION: Clerk and Chair": who, not what ("ACTION: Financial Regulations 2021 adopted"). */
function ownerOnly(text: string): boolean {
  return (
    text.split(/\s+/).length <= 6 &&
    !/\bto\b/.test(text) &&
    /^[A-Z]/.test(text) &&
    !/\b[a-z]{2,}ed\b|\b\d{4}\b/.test(text)
  );
}

function giveOwner(found: Candidate[], owner: string, segment: Segment, tag: string): void {
  const last = found.at(-1);
  const tidy = owner.replace(/[.;,]$/, '');
  if (last && segment.blockIndex - last.blockIndex <= 2) {
    last.owner = tidy;
    // "Minutes to be posted on the website. Action: Clerk/Webmaster": the tag on the same line is quoted with its action.
    if (segment.blockIndex === last.blockIndex && !last.quote.includes(tag)) last.quote = `${last.quote} ${tag}`;
    if (last.kind === 'follow-up' || last.kind === 'resolution') last.kind = 'action';
  }
}

/**
 * "Appointed …", "Received nominations and appointed …", "Received the Annual Audit Letter": a part that says, in the past, what
 * was done. So does a planning decision: "Approve with Conditions", "Refuse for the reasons set out".
 */
const DECIDED_VERB_FIRST =
  /^(?:Received [^.;:]{3,60}? and )?(?:Appointed|Elected|Approved|Agreed|Determined|Established|Adopted|Endorsed|Noted|Received|Welcomed|Supported|Approve(?=\s+(?:with|subject)\b)|Refuse(?=\s+(?:for|on|planning)\b)|Grant(?=\s+(?:with|subject|planning|permission|consent)\b))\b/i;
/** "… the Executive recommends the proposals to Council, that:": a lead-in whose decisions are its parts. */
// Not what something relates to: "Members noted the overspend relating to:" over what the overspend was on.
const ENDS_THAT_OR_TO =
  /\b(?<!\b(?:relating|related|according|due|owing|with regard|in relation) )(?:that|to)\s*[:;,–-]*\s*$/i;
/** "… agreed to establish a Domestic Violence Topic Group to:" over "1. review …", "2. look at …": the group and its remit. */
const REMIT_LEAD =
  /\b(?:establish|set up|create|form|convene)\b[^.;:]{3,80}\b(?:group|panel|party|review|committee|forum)\b[^.;:]{0,40}\bto\s*:-?\s*$/i;
/** "(1) the Cabinet recommends to the Council the approval of … as follows:": a part in which the body decides, its list its details. */
const BODY_DECIDES =
  /^(?:the |The )?(?:[A-Z][\w&'’-]*\s){0,4}(?:Committee|Council|Cabinet|Board|Panel|Executive|Authority)\s+(?:recommends|agrees|approves|notes|resolves|endorses|requests|asks)\b/;
/** "… that the following be appointed for the coming year:": a keyword's line that leads into what follows. */
const FOLLOWING_LEADS_IN = /\bthe following\b[^.]*:-?\s*$/i;
/** "The Councillors further approved": a lead-in that ends on the verb of what was decided, with no colon. */
const ENDS_ON_DECIDING_VERB = /\b(?:approved|agreed|noted|endorsed|adopted|ratified|accepted|authori[sz]ed)\.?$/i;
/** "… agreed to contact", "… resolved to write to": a verb whose object is who, which each part below names. */
const WHOM_TO_ASK = 'contact|ask|invite|inform|thank|write to';
const ENDS_ON_WHOM_TO_ASK = new RegExp(String.raw`\bto (?:${WHOM_TO_ASK})\s*:?$`, 'i');
/** "3. / Owen to book the hall …": a table's row whose cells are set apart by slashes. */
const SLASH_ROW = /^(?:\S{1,6}\s+)?\/\s/;
/** "… for March. / Owen", "… report back. / Jo/Lorna": such a row's last cell, naming who acts. */
const OWNER_CELL = /^(.*\S)\s+\/\s+((?:[A-Z][\w'’-]+)(?:\s*(?:\/|&|and)\s*[A-Z][\w'’-]+){0,3})\.?$/;
/** "CLERK", "CHAIRMAN": who is to act, their role printed in capitals. */
const ROLE_IN_CAPITALS = /^(?:CLERK|CHAIR(?:MAN|PERSON)?|TREASURER|SECRETARY|OFFICE)$/;
/** "… be noted and that": a part whose parts below are further decisions. */
const AND_THAT = /\s+and that\s*[:–-]?\s*$/i;
/** "That PCSO Lee be": a lead-in whose parts each finish its sentence. */
const ENDS_ON_BE = /\sbe\s*[:–-]?\s*$/;
/**
 * "The recommendation in the report was moved, seconded, voted on and carried.", "Cabinet agreed to the
 * recommendations": what, the parts below say.
 */
const RECOMMENDATIONS_CARRIED =
  /^(?:The |These |This |Those )?(?:recommendations?|motion|proposals?)\b[^.;]{0,80}\b(?:was|were)\b[^.;]{0,60}\b(?:carried|agreed|approved|adopted)\b[^.;]{0,30}\.?$|^(?:The )?[A-Z][\w ,&'’-]{0,60}? (?:agreed|approved|accepted|endorsed|supported)(?: to)? (?:all )?(?:of )?the recommendations?\.?$/i;
/**
 * "Following consideration, the Committee resolved to:", "… agreed to note:", "… resolved that the Committee:", "The Board
 * approved:": who decided, and nothing of what, which its parts say. Not a business line and its outcome after a dash
 * ("Chair - Minutes of the last meeting - approved"), which is whole.
 */
const DECIDED_TO_ONLY = new RegExp(
  String.raw`^(?:[^.,;]{3,80},\s+)?(?:the |this )?[\w &'’()-]{2,160}? (?:(?:resolved|agreed|decided|resolves|agrees|decides)(?: unanimously)? (?:that(?: (?:the |this )?(?:[A-Z][\w&'’-]*\s*){1,5})?|to(?: note| approve| agree| endorse| accept| adopt| recommend| (?:${WHOM_TO_ASK}|send|purchase|buy|fund|support)(?=\s*(?::-?)?\s*$))?)|(?<![-–—:] )(?:also )?(?:approved|agreed|noted|endorsed|approves|agrees|notes|endorses)|(?:commits|undertakes) to|will|shall)\s*(?::-?)?\s*$`,
  'i',
);
/**
 * "RESOLVED to note:", "RESOLVED to authorise:", "Resolved – That the Committee requests:", "RESOLVED as follows:",
 * "RESOLVED on a motion MOVED by … and SECONDED by …:", "RESOLVED, in terms of delegated powers:-" over its parts: the
 * verb, who moved it or by what power, and nothing of what.
 */
/** "to note.", "to approve it.": a decision's verb alone, ended with a full stop, no parts to come. */
const VERB_ALONE_ENDED =
  /^(?:that\s+)?to (?:note|receive|approve|accept|agree|endorse|adopt)(?: (?:it|this|them))?\.\s*$/i;
const VERB_ONLY =
  /^(?:(?:to )?(?:note|approve|agree|endorse|accept|adopt|confirm|support|recommend|authori[sz]e|ratify|receive|grant|award|appoint)|(?:that )?(?:the )?(?:[A-Z][\w-]* ){0,3}(?:Committee|Council|Board|Panel|Cabinet|Executive|Sub-Committee) (?:requests|agrees|notes|resolves|recommends|asks|approves|endorses)(?: to| that)?|as follows|(?:in terms of |under )?(?:its |the )?delegated powers?|(?:on (?:a|the) motion )?(?:moved|proposed) by [^.;:]{2,80}? (?:and )?seconded by [^.;:]{2,60}?)\s*[:;,–-]*\s*$/i;
/** "Resolved: That with effect from 1 April 2016:" over its parts: from when, and nothing of what. */
const FROM_WHEN_ONLY =
  /^(?:that,? )?(?:with (?:immediate )?effect(?: from [^.;:]{2,40}?)?|as from [^.;:]{2,40}?)\s*[:;,–-]*\s*$/i;
/** "RESOLVED – That the Fire Authority:" over its parts: who decided, and nothing of what. */
const BODY_ONLY =
  /^(?:the |this )?(?:[A-Z][\w&'’-]*\s+){0,5}(?:Committee|Council|Cabinet|Board|Panel|Authority|Executive|Forum|Group|Sub-Committee|Assembly|Commission|Partnership)\s*[:,-]*\s*$/i;

/** "The Board agreed that …", "Members also resolved to …": a sentence that names who decided and what. */
const BODY_DECIDED =
  /^(?:The |the )?(?:[A-Z][\w&'’-]*\s){0,4}(?:Committee|Council|Cabinet|Board|Panel|Forum|Executive|Sub-Committee|Members|Councillors)\s+(?:also\s+|further\s+|then\s+)?(?:agreed|resolved|decided|approved|requested|asked)\b/;
/** "… do hereby approve:": a decision's verb, what it approved on the line below. */
const APPROVES_WHAT_FOLLOWS = /\b(?:approve|agree|authori[sz]e|adopt|endorse|award|accept|ratify|confirm)d?\s*:-?\s*$/i;
/** "To approve the revised policy." on a decision page: what was decided, worded as in the report. */
const DECIDED_TO_DO =
  /^To (?:approve|agree|note|adopt|endorse|authorise|authorize|award|grant|accept|delegate|refuse|confirm|appoint)\b[^:]{3,400}\.$/;
/** "The Committee sends a letter to all staff …": a body doing something, said in the present, as a decision's part. */
const BODY_DOES =
  /^(?:The|This) (?:Panel|Committee|Sub-Committee|Board|Council|Cabinet|Executive|Forum|Authority) (?!was\b|is\b|has\b|does\b)[a-z]{3,}s\b/;

/**
 * "The Director of Public Health has approved the scheme …": an officer's decision, told under its entry's dated title;
 * or said in the present ("That the Leader approves the variations to the programme …").
 */
const WHO_HAS_DECIDED =
  /^(?:The )?[A-Z][^.;:]{2,80}? (?:has|have) (?:approved|agreed|authorised|authorized|decided|awarded|granted|adopted|endorsed)\b|^(?:That )?(?:the )?(?:[A-Z][\w'’&-]* ){1,6}(?:approves|agrees|authorises|authorizes|decides|awards|grants|adopts|endorses|notes)\b/;

/** "Effective from: 12/02/2024": the last field of a decisions list's entry, over its decision. */
/**
 * "A report was submitted, recommending that …", "Members were advised that the Executive Board voted to recommend …": a
 * decisions list's account of what was put to the meeting, before the decision it took.
 */
const ACCOUNT_OF_THE_REPORT =
  /^(?:(?:A|The) (?:[\w'’-]+ ){0,3}report (?:was|had been) (?:submitted|presented|considered|received)\b|(?:The )?(?:Members|Councillors|Committee|Board|Panel)\b[^.;]{0,40}? (?:was|were) (?:told|informed|advised|updated|reminded)\b)/;
const EFFECTIVE_FROM = /^Effective from\s*:\s*\d{1,2}\/\d{1,2}\/\d{2,4}\s*$/i;
/** A decision page's own fields: who decided, and when. */
const DECISION_PAGE_FIELD = /^(?:Decision Maker|Date of decision|Decided at meeting|Made at meeting)\s*:/i;

/**
 * "Decision Maker: Cabinet member for waste" … "To approve a change to the refuse vehicles." … "Publication date: …": a
 * decision page whose "Decision:" label the copy lost, its decision worded as the report's. Also a short page with no
 * fields whose decision is followed by its reasons ("To note the budget position." over "Reason for decision:").
 */
function decisionWithItsLabelLost(segments: Segment[]): Set<number> {
  // Not a forward plan's entry, whose decision is still due.
  const decisionPage =
    segments.some((s) => DECISION_PAGE_FIELD.test(s.text)) && !segments.some((s) => /^Decision due\b/i.test(s.text));
  // A page that prints its "Decision:" label or a keyword says where its decision is.
  if (segments.some((s) => FIELD_LABEL.exec(s.text)?.[1] === 'Decision' || matchHead(stripMarker(s.text))))
    return new Set();
  const at = segments.findIndex(
    (s, i) =>
      !isPartOf(s) &&
      DECIDED_TO_DO.test(s.text) &&
      (decisionPage || NOT_DECIDED_SECTION.test(segments[i + 1]?.text ?? '')),
  );
  if (at >= 0) return new Set([at]);
  // "1. To approve the procedures …" "2. To delegate authority …" on a decision page: its decision in numbered parts,
  // to where the numbering starts again (the reasons, their label lost too).
  const first = decisionPage
    ? segments.findIndex((s) => /^1[.)]?$/.test(s.marker?.trim() ?? '') && DECIDED_TO_DO.test(stripMarker(s.text)))
    : -1;
  const parts = new Set<number>();
  for (let i = first, n = 1; i >= 0 && i < segments.length; i++, n++) {
    const s = segments[i] as Segment;
    if (!new RegExp(`^\\(?${n}[.)]?$`).test(s.marker?.trim() ?? '') || !/^To [a-z]+\b/.test(stripMarker(s.text))) break;
    parts.add(i);
  }
  return parts;
}

/** "1. To grant permission for late-night refreshment:-" over its hours: a hearing's decision, its details below. */
const GRANTS_WHAT_FOLLOWS = /^To (?:grant|refuse|revoke|suspend|vary|impose|attach|modify)\b[^:]*:\s*-?\s*$/;
/** A part whose sentence its list finishes: "That the grounds for call-in be:", "The leads of the groups be as follows:". */
const FINISHED_BY_ITS_LIST =
  /^(?:that|the)\b(?![^:]*\bthe following\b).*\b(?:be|are|is|include|includes|comprise)(?: as follows)?\s*(?::-?|:\s*-|–)\s*$/i;
/**
 * "That the working group be split into two groups:" over "(i) Housing" "(ii) Transport": a part that decides, in the
 * subjunctive, and ends on what its list names; not "… be asked to:", whose parts are what is decided.
 */
const DECIDES_OVER_ITS_LIST =
  /^(?:that|the)\b(?![^:]*\bthe following\b)[^:]*\bbe [a-z]{3,}(?:ed|en)\b[^:]*\s(?!(?:to|that|be|by|of|for|and|into|as|from|with|follows|following|include|includes|including|namely|on|in)\b)[a-z]+\s*:-?\s*$/i;
/** "i. To approve the map; ii.": parts in a list, the next part on the line below. */
const LISTED_PARTS = /(?:^|\s)\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})[.)](?:\s|$)/;

/** "(g) that a sum of £100,000 be used to support the following projects:": a decision, its list the details of what it does. */
const LISTS_ITS_OBJECT =
  /^that\b(?!\s+the following\b)[^:]*\bbe [a-z]{3,}\b[^:]*\bthe following [a-z ]{2,30}:\s*-?\s*$/i;

/** The first marker of a list: "1.", "(a)", "i)". */
const FIRST_MARKER = /^\(?(?:1|a|i)[.)]$/i;

/** A block of a flattened table: cells parted by "|", or a cell that ends its row with one. */
const TABLE_CELL = /\S\s*\|\s*$|\s\|\s/;

/** "Steps considered:", "Options available:": a label over the things a body could do, not what it did. */
const OPTIONS_LISTED = /^(?:Steps|Options) (?:considered|available)\s*:?$/;

/** A short line with no verb and no full stop: the name of a report or topic (not "To approve the fees"). */
/** "Allotment Gardens", "The Black Path": a short title, each longer word capitalised, with no verb. */
const TITLE_OF_A_MATTER =
  /^(?!To\s|That\s)(?:The |the )?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|the|for|in|on|to|&|[a-z]{1,3})){0,5}$/;

/** "The Clerk informed Members that …": what someone told the meeting. */
const AN_ACCOUNT_GIVEN =
  /^(?:The |A |An )?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:informed|reported|advised|explained|told|updated|outlined)\b/;

/** "(Generic delegations 2 and 3 will be used to enact this.)": a note in brackets on a line of its own. */
const NOTE_IN_BRACKETS = /^\([^()]{3,200}\)\.?$/;

const SUBHEADING =
  /^(?!To [a-z]+\b|That\s)(?![^]*\b(?:is|are|was|were|be|been|has|have|had|noted|agreed|approved|resolved|supported|endorsed|asked|requested|recommended|accepted|adopted|refused|granted|deferred|welcomed|thanked|received)\b)[A-Z][^.;:!?]{2,80}$/;

/**
 * "Have voted in favour of levying the following amounts:-", "approved the following payments:", "authority be delegated
 * to … to GRANT planning permission subject to:", "the freehold be purchased, the cost to be funded through:": what decides its
 * list.
 */
const DECIDES_ITS_DETAILS =
  /\b(?:approve[sd]?|agree[sd]?|noted|voted|resolved|authori[sz]e[sd]?|levy(?:ing)?|grant(?:ed|s)?|awards?|awarded|allocate[sd]?|delegated|be [a-z]+ed)\b/i;
/** "… as set out below, are noted.": a decision whose words are listed under it. */
const SET_OUT_BELOW = /\b(?:as )?(?:set out|listed|shown|detailed) below\b/i;
/** "The following five key outcomes be approved as the basis of the strategy:-": what was approved, listed under it. */
const FOLLOWING_DECIDED =
  /\bthe following\b[^:;]{0,80}?\bbe (?:approved|adopted|agreed|endorsed|noted|accepted|confirmed)\b[^:;]*:\s*-?\s*$/i;
/**
 * "The Chair welcomed …", "The meeting was being streamed …", "Extracts from the protocol were included …": how the
 * meeting went. So too "There were no registered speakers.", "Members were concerned that …", and the application a
 * planning decision is on: "Proposed development comprising a new square …", "Erection of a single storey extension".
 */
const ACCOUNT_OF_PROCEEDINGS =
  /^(?:The (?:Chair(?:man|person)?|Vice[- ]Chair(?:man)?|Mayor|meeting|Clerk|[A-Z][\w ,&-]{2,60}? Officer)|Extracts? from [^.]{3,80}?) (?:welcomed|invited|introduced|explained|was being|were included|was included|undertook a roll call|reminded|read out|opened|reported that the meeting)\b|^There (?:were|was) no (?:registered |public )?(?:speakers?|objectors?|questions?|deputations?)\b|^(?:Members|Councillors) (?:were concerned|expressed (?:their )?concerns?|raised concerns?|discussed|debated|commented)\b|^(?:Proposed (?:development|erection|construction|demolition|change of use)|Erection of|Construction of|Demolition of|Change of use of|Installation of|Conversion of|Outline (?:planning )?application for)\b/;
/** The stems of deciding, asking or acting: "agree", "resolved", "request", "to be" (what someone would do is a rule's). */
const DECIDING_STEM =
  /\b(?:agree|approv|resolv|decid|decision|endors|accept|adopt|refus|grant|defer|support|recommend|request|asked|delegat|authori[sz]|elect|appoint|undert(?:ake|ook)|to be)/i;
/** "…, noting:", "… to enable:-": a decision's last words, over what it took account of or is for. */
const NOTING_ITS_DETAILS = /\b(?:noted|noting|including|namely|in particular|to enable|to allow)\s*:-?\s*$/i;
/** "… the Executive resolved to:", "… it was agreed that:-": who decided, its parts below. */
const DECIDED_OVER_PARTS = /\b(?:resolved|agreed|decided)(?: to| that)?\s*:-?\s*$/i;
const decidesItsList = (body: string) =>
  (DETAILS_LEAD.test(body) && DECIDES_ITS_DETAILS.test(body)) || FOLLOWING_DECIDED.test(body);

/** "a) Note the update and support the Director in:" over "i. …", "ii. …": the decision's objects, listed under it. */
const OBJECTS_BELOW = /\s(?:in|on|with|regarding|about|towards)\s*:\s*-?\s*$/i;

/** Whether a quote starts with what the outcome says (its own words first), give or take case and spacing. */
function printedFrom(quote: string, text: string): boolean {
  return outcomeKey(quote).startsWith(outcomeKey(text).slice(0, 40));
}

/** An action's line under "Further Action Required:" is short: longer, it is the minutes going on. */
const SHORT_ACTION = 150;
/** Words enough for a listed part to be a decision of its own rather than an entry of a list ("Hall hire £24.00"). */
const OWN_PART_WORDS = 8;
/** "… approved the following:", "… the manoeuvres as described below:": a decision whose details are listed under it. */
const LISTS_BELOW = /\b(?:the following|(?:as )?(?:set out|listed|shown|detailed|described) below)\b[^:]*:-?\s*$/i;

/** "… support the following priorities:", "… adopt these principles:": what was approved, its terms listed below it. */
const TERMS_LISTED_BELOW =
  /\b(?:the following|these|its|the)\s+(?:[\w-]+\s+)?(?:priorities|objectives|principles|themes|aims|values|ambitions)\b[^:.;]*:\s*-?\s*$/i;

/** "The following payments were agreed", "… approved the following accounts for payment:": payments listed below it. */
const PAYMENTS_LISTED_BELOW =
  /\bthe following (?:[\w-]+\s+)?(?:payments|accounts|invoices|cheques|bills|amounts|sums|grants|donations)\b[^.;:]*?(?:\b(?:were|was|be|are)\s+(?:approved|agreed|authori[sz]ed|made|paid)\b[^.;:]*)?:?\s*-?\s*$/i;

/** A detail of a decision joined to its text: "… the following payments: Clerk's salary £412.50; hall hire £45". */
function joinDetail(stated: Candidate, body: string, joiner: string): void {
  // "The following payments were authorised –" over the payments: the first detail after the dash as printed.
  const dash = joiner === ': ' ? /\s([–—-])\s*$/.exec(stated.text)?.[1] : undefined;
  stated.text = `${stated.text.replace(/[:;,.\s–-]+$/, '')}${dash ? ` ${dash} ` : joiner}${tidyText(body)}`;
}
/** "To note that …", "To agree the …": a part of a decision in the infinitive, as a keyword's parts are written. */
const INFINITIVE_PART =
  /^To (?:note|agree|approve|accept|adopt|endorse|receive|ask|request|thank|support|defer|delegate|authorise|authorize)\b/;
/** "Precept – DP to prepare by year end": a short title, a dash, and what was said or done. */
const TITLE_THEN_SAID = /^[^.–—]{2,60}?\s[–—-]\s+(\S.{8,})$/;
/** "… It was resolved to recommend the SLA to the Council": a decision run on after an item's title, with or without its full stop. */
const DECIDED_AFTER_TITLE =
  /(?<=[a-z]\s)It was (?:also |further |unanimously )?(?:resolved|agreed|decided|RESOLVED|AGREED|DECIDED)\b.{8,}$/;
/**
 * "The half year budget was approved.", "Standing Orders were approved without change", "Nigel was confirmed as a co-opted
 * appointment": a whole sentence that says what was decided (its full stop may be lost, when what follows the verb is short).
 * Not what the item is about ("Matters arising that were agreed at the last meeting").
 */
const WHOLE_SENTENCE =
  /^(?!(?:Matters|Items?|Reports?|Minutes|Actions?|Issues|Decisions|Updates?)\b)[A-Z][^:]{5,}\b(?:(?:was|were|has been|have been) (?:duly |unanimously )?(?:approved|agreed|accepted|adopted|noted|refused|granted|deferred|(?:re-)?elected|(?:re-)?appointed|co-opted|confirmed as)|(?:agreed|resolved|decided) (?:to|that))\b(?:[^:]*\.|(?: [\w'’-]+){0,6})$/;
/** "KP to find out who owns the verge.", "The Clerk is to write to the school.": who is to act, then what, as a line opens. */
const OWNER_TO_DO = new RegExp(String.raw`^${ACTS} (?:is |are )?to [a-z]{3,}`);
/** "To approve the accounts", "To consider applications": the business as the agenda listed it. */
const TO_DO = /^(?:to|To) [a-z]+\b/;

/** A lead-in's words before its closing colon: "The following payments were approved", not only "Recommendation". */
/** "to:- Put the draft budget …": a lead-in whose first part runs on after it. */
const PART_RUN_ONTO_LEAD_IN = /\b(?:to|that|following)\s*:-\s*[A-Z]/;
const leadInOf = (text: string) => text.replace(/\s*:-?\s*$/, '').toLowerCase();

/** "Resolved to accept quote.": which quote is said in the sentence before. */
const ACCEPTS_WHAT_ABOVE =
  /^(?:to\s+)?(?:accept|approve|agree|go with|proceed with)\s+(?:the |this |that )?(?:quote|quotation|tender|estimate|proposal|offer)s?\.?$/i;
/**
 * "this be noted", "That the above be approved": a decision whose subject is what was said before it; so is a quote
 * accepted.
 */
const THIS_ALONE = new RegExp(
  `^(?:that\\s+)?(?:this|these|the above|it|same)\\s+(?:be|is|was|were)\\b|${ACCEPTS_WHAT_ABOVE.source}`,
  'i',
);

/** "Report on Recent Planning Applications", "Planning Decisions of the District Council": an item of decisions made elsewhere. */
const DECIDED_ELSEWHERE_ITEM =
  /^(?:\d+\.?\s*)?(?:Report on )?(?:Recent |Notified |Received )?(?:Planning )?(?:Decisions?|Applications?) (?:of|by|from|received from|notified by|made by|issued by) (?:the )?(?:District|Borough|County|City|Unitary|Local Planning|Planning)\b|^(?:\d+\.?\s*)?(?:Report on )?(?:Recent|Determined|Decided) Planning (?:Applications|Decisions)\b|^(?:\d+\.?\s*)?Planning Decisions\b(?! (?:to be|for)\b)/i;

/** "… the objection be made as follows:": a response whose parts are its grounds. */
/** "… be signed as a true record:": the minutes of the meetings listed below approved. */
const RECORDS_SIGNED_OVER_LIST =
  /\b(?:signed|approved|agreed|confirmed|adopted|accepted)\b[^.;]{0,40}\b(?:true|correct|accurate)\s+record\s*(?::-?)?\s*$/i;
/** "… be granted subject to the following conditions:": a decision whose numbered conditions follow. */
const CONDITIONS_FOLLOW =
  /\bsubject to (?:the following|these) (?:planning )?(?:conditions|terms)\b[^.;]{0,40}:?\s*-?\s*$/i;

const GROUNDS_FOLLOW =
  /\b(?:objections?|comments?|observations?|response|reasons?|grounds)\b[^.;]{0,60}\bas follows\b/i;
