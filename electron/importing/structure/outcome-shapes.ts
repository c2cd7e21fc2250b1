import { HEAD_RULES, type HeadRule } from './decision-heads';
import { OPENING_MARKER, sentencesOf } from './segments';
import { NOT_OUTCOMES, SENTENCE_RULES } from './sentence-rules';
import { BODY_TO_ACT, capitaliseFirst } from './text-shapes';
import { matches, mayMatch } from './words-a-match-needs';

/**
 * What a piece of minutes is worded like: a decision keyword's line, a part that
 * decides by itself or only details its lead-in, and what is not an outcome.
 * The words themselves are the tables of decision-heads.ts and sentence-rules.ts.
 */

/** A keyword's line that only leads into its parts: "That", "to:", "that the Scrutiny Board:". */
/**
 * "That the Planning Committee:-", "THAT THE COUNCIL –", "that the Mayor:": who decides, over what it decided (names in
 * capitals, so not "… be referred to Council").
 */
const LEAD_IN_ONLY =
  /^(?:[Tt]hat|THAT|[Tt]o|TO)?\s*(?:(?:[Tt]he |THE |[Tt]his |THIS )?(?:[A-Z][\w&'’-]*,? (?:and |of |for |& |AND |OF |FOR )*){0,8}(?:[Cc]ommittee|[Cc]ouncil|[Cc]abinet|[Bb]oard|[Pp]anel|[Ee]xecutive|[Ff]orum|[Ss]ub-[Cc]ommittee|[Cc]ommission|[Gg]roup|[Aa]ssembly|COMMITTEE|COUNCIL|CABINET|BOARD|PANEL|EXECUTIVE|SUB-COMMITTEE|[Mm]ayor|MAYOR|[Ll]eader|LEADER|(?<=(?:Cabinet|Executive) )Member|(?<=Portfolio )Holder)(?: (?:agreed|resolved|decided|noted|AGREED|RESOLVED|DECIDED|NOTED))?(?: to| that| TO| THAT)?)?\s*(?::-?|-|–)?\s*$/;

/** "in accordance with the Finance Act 1992:": under what power, over the parts decided. */
const UNDER_WHAT_POWER =
  /^(?:[Tt]hat,?\s+)?(?:in accordance with|under|pursuant to|in exercise of)\s+(?:the\s+)?(?:[\w'’&(),-]+\s+){0,10}?(?:Act|Regulations|Order|Constitution|Standing Orders|powers?)(?:\s+\d{4})?(?:\s+\([^)]*\))?$/i;

/** "That Full Council be recommended": who is recommended, over the numbered recommendations. */
const BODY_BE_RECOMMENDED =
  /^(?:that\s+)?(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){1,5}be (?:recommended|asked|requested)\s*[:–—-]?\s*$/i;

/** "RECOMMEND: (to Council)", "RECOMMENDED to Cabinet:": the lead-in of a recommendation, what is recommended below it. */
const RECOMMEND_ONLY =
  /^RECOMMEND(?:ED|S)?\s*[:–—-]?\s*(?:\(?(?:to|for) (?:the )?[A-Z][\w ]{2,40}\)?)?\s*(?::-?|-|–)?\s*$/;

export const DECISION_WORDS =
  /\b(?:be|is|are|was|were|been) (?:hereby |formally |duly |now )?(?:noted|approved|agreed|endorsed|accepted|adopted|appointed|elected|re-elected|set up|established|granted|confirmed|received|brought|added|updated|delegated|authorised|requested|asked|circulated|provided|reviewed|deferred|given|made|removed|included|referred|supported|thanked|passed|recorded|considered|invited|written|sent|undertaken|allocated|awarded|paid|co-opted|nominated)\b/;

/**
 * "… be appointed", "… be brought to a future meeting", "… be dissolved": the subjunctive of a
 * decision, whatever its verb, not "would be", "may only be" or "to be".
 */
/** "be approved", "be formally set up", "be brought": what is to be done, in the subjunctive. */
const BE_DONE = String.raw`be (?:hereby |formally |now |duly )?(?:set up|brought|given|written|sent|paid|held|made|kept|put|met|sold|spent|told|[a-z]{3,}ed|[a-z]{3,}en)\b`;
const SUBJUNCTIVE = new RegExp(
  String.raw`(?<!\b(?:would|will|could|should|may|might|can|must|to|not|cannot|otherwise)\s(?:(?:only|also|then|now|still|usually|normally|always|never|just|first|again)\s)?)\b${BE_DONE}`,
);

/**
 * "Noted …", "Agree …", and under a "Decision" heading "To note …"; not "Noted that …", which records what was said.
 * Also a part that says what the body considered, then what it decided: "considered the draft plan and recommended its
 * approval to both Councils"; and what a decision gives or does: "(i) Give consent to the Order.", "Enter into a contract",
 * "1.2 Acknowledged the commitment by the Credit Union to keep the service"; and a licensing decision: "To refuse the
 * application for a street trading consent"; and what was noted, then decided: "(b) noted that the plan was a draft and
 * agreed to delegate its sign-off to the Chair".
 */
const DECISION_VERB_FIRST =
  /^(?!noted that\b(?![^.;]*\band (?:agreed|resolved|approved|decided) (?:to|that)\b))(?:To\s+(?:(?:also|further|otherwise|[a-z]+ly)\s+)?(?=[a-z]))?(?:considered [^.;]{3,200}? and (?:then )?(?=(?:noted|agreed|approved|endorsed|resolved|recommended|supported)\b))?(?:noted|agreed|approved|endorsed|resolved|accepted|adopted|requested|asked|recommended|instructed|supported|confirmed|invited|thanked|referred|delegated|authorised|appointed|decided|deferred|NOTED|AGREED|APPROVED|ENDORSED|RESOLVED|REQUESTED|RECOMMENDED|Note|Notes|Agree|Agrees|Approve|Approves|Endorse|Endorses|Accept|Accepts|Adopt|Adopts|Request|Requests|Recommend|Recommends|Ask|Asks|Delegate|Delegates|Authorise|Authorises|Confirm|Confirms|Support|Supports|Refer|Refers|Appoint|Appoints|Instruct|Instructs|Welcome|Welcomes|Receive|Receives|Received|Thank|Thanks|Sets|Recognises|Calls on|Resolves|Commits|Condemns|Stop|Stops|Extend|Extends|Proceed|Proceeds|Commission|Commissions|Establish|Establishes|Continue|Continues|Reject|Rejects|Award|Awards|Allocate|Allocates|Grant|Grants|Retain|Retains|Amend|Amends|Adopt|Give|Gives|Provide|Provides|Release|Releases|Enter into|Enters into|Procure|Procures|Consult|Consults|Transfer|Transfers|Acknowledge|Acknowledges|Acknowledged|Refuse|Refuses|Revoke|Revokes|Suspend|Suspends|Renew|Renews)\b/i;

/** "to approve the following payments:": a part that decides by its verb, whatever it lists below. */
export function opensWithDecidingVerb(text: string): boolean {
  return DECISION_VERB_FIRST.test(text.replace(DECIMAL_MARKER, ''));
}

export function matchHead(text: string): { rule: HeadRule; rest: string } | null {
  for (const rule of HEAD_RULES) {
    const match = mayMatch(rule.pattern, text) ? rule.pattern.exec(text) : null;
    if (!match) continue;
    const rest = text.slice(match.index + match[0].length).trim();
    // "Action 2.2 - TB: to ask …": who acts, named before the colon, stays with what they are to do.
    const who = match.groups?.who;
    return { rule, rest: who && /^to\s/i.test(rest) ? `${who} ${rest}` : rest };
  }
  return null;
}

/** @param underDecision the sentence sits under a "Decision:" field or heading, where "To note …" is what was decided. */
export function excluded(sentence: string, underDecision = false): boolean {
  const said = sentence.replace(CAPITALS_LABEL, '');
  return NOT_OUTCOMES.some((rule) => !(underDecision && rule.decidedUnderAHeading) && matches(rule.pattern, said));
}

/** "APOLOGIES FOR ABSENCE: Apologies were received …": an inline heading in capitals, not a keyword. */
export const CAPITALS_LABEL =
  /^(?:(?:\d+(?:\.\d+)*\.?\s+)?(?!(?:RESOLVED|AGREED|DECIDED|CONCLUDED|DECISIONS?|ACTIONS?|RECOMMEND\w*|NOTED|APPROVED)\b)[A-Z][A-Z0-9 &'’/,()-]{3,60}(?::|\s[–—-])|(?:Decision|Action)\s?\/\s?(?:Decision|Action):)\s+(?=\S)/;

/** "The Board did not approve the proposal", "… did not have the figure and would provide it": the rule read before the shapes that are not outcomes. */
export function firstReadRule(sentence: string) {
  if (NOT_OUTCOMES.some((r) => r.beforeFirstRead && matches(r.pattern, sentence))) return undefined;
  return SENTENCE_RULES.find((r) => r.beforeNotOutcomes && matches(r.pattern, sentence));
}

/** "RESOLVED: (Unanimously)", "RESOLVED by 7 votes to 2 with 1 abstention": how the vote went, not what was decided. */
const VOTE_COUNT =
  /^(?:\((?:unanimously|nem\.? con\.?|for:?\s*\d+[^)]*|\w+ votes? (?:to|for) \w+[^)]*)\)|by \w+ votes? to \w+(?:,? with \w+ abstentions?)?)\s*[:.,-]?\s*/i;

/** What a keyword's own line says, without the "That" or "to" that leads into its parts. */
export function withoutLeadIn(rest: string): string {
  const own = stripMarker(rest)
    .replace(VOTE_COUNT, '')
    .replace(RECOMMEND_ONLY, '')
    .replace(/(?:\s*\band)?\s*(?::-?|-|–)\s*$/, '')
    .replace(LEAD_IN_ONLY, '')
    .replace(BODY_BE_RECOMMENDED, '')
    .replace(UNDER_WHAT_POWER, '')
    .trim();
  return own.length < 3 ? '' : own;
}

export function endsAsLeadIn(text: string): boolean {
  return (
    // Also with a semicolon for its colon: "RESOLVED – The Committee resolved to;".
    /(?::-?|:\s*-|(?:\bthat|\bto|\bbe);?)\s*[–—-]?\s*$/i.test(text) ||
    // "That Full Council be recommended" over the numbered recommendations.
    BODY_BE_RECOMMENDED.test(text) ||
    // "… be extended as indicated –" over (a) and (b).
    /\b(?:the following(?: amendments?| changes?)?|as follows|as (?:indicated|shown|listed|set out|detailed)(?: below)?)\s*[:,–—-]?\s*$/i.test(
      text,
    ) ||
    // "The following response was agreed by the PC;" over the response itself.
    // So is "That the following be noted;" over (i)–(iii).
    /\b[Tt]hat the following (?:[\w’'-]+ ){0,2}be (?:noted|approved|agreed|adopted|endorsed)\s*;\s*$/.test(text) ||
    /\bThe following (?:[\w’'-]+ ){0,3}(?:was|were|has been|have been) (?:unanimously )?(?:agreed|approved|resolved|submitted|adopted|made|sent)(?: by [^.;:]{2,40})?\s*[;:,-]?\s*$/.test(
      text,
    ) ||
    // "The Panel noted that the following terms were agreed by both sides at the hearing -" over (A), (B).
    /\bthe following (?:[\w’'-]+ ){0,3}(?:was|were|had been|have been)\b[^.;:]{0,120}\s[–—-]\s*$/i.test(text)
  );
}

/** "1.2 Approved …": the decimal number a lead-in's part may carry instead of "(b)". */
const DECIMAL_MARKER = /^\d{1,2}\.\d{1,2}\.?\s+(?=[A-Z])/;

/** A part of a lead-in's list that is a decision of its own, not a detail of the lead-in's. */
export function isDecisionShaped(numbered: string): boolean {
  const text = numbered.replace(DECIMAL_MARKER, '');
  return (
    /^that\b/i.test(text) ||
    /^NOTED that\b/.test(text) ||
    DECISION_WORDS.test(text) ||
    DECISION_VERB_FIRST.test(text) ||
    SOMEONE_TO_ACT.test(text) ||
    decidesByItself(text)
  );
}

/**
 * "the Treasurer write to the Home Office …", "the Director of Housing report to Cabinet …": who is to act, in the
 * subjunctive; or in the future, as a decision's part says it: "(b) the Leader will write to the Commander …".
 */
const SOMEONE_TO_ACT =
  /^(?:that\s+)?(?:the\s+)?(?:[A-Z][\w&'’-]*\s+(?:(?:of|for|and|&|the)\s+)*){0,5}[A-Z][\w&'’-]*\s+(?:(?:will|shall)\s+)?(?:write|report|provide|circulate|arrange|investigate|contact|liaise|bring|prepare|consult|review|seek|ensure|raise|respond|reply|update|send|submit|present|monitor|explore|publish|share|undertake|meet)\b/;

/**
 * A numbered or lettered part with no keyword above it that is still a decision:
 * "That …", "… be appointed", "The Panel noted …". Numbered paragraphs of
 * narrative ("(3) Members were told that places would be allocated…") are not.
 */
export function decidesByItself(text: string): boolean {
  return (
    /^that\b/i.test(text) ||
    SUBJUNCTIVE.test(text) ||
    BODY_TO_ACT.test(text) ||
    SENTENCE_RULES.some(
      (r) => r.kind !== 'action' && r.kind !== 'request' && !r.weak && !r.opensBlock && matches(r.pattern, text),
    )
  );
}

/**
 * "Cllr Ash agreed to circulate the quotes.": someone named taking on something to do; "MM noted that she would forward
 * the form to him.": an undertaking in what someone said, read before the shapes that are not outcomes.
 */
export function takesOnAnAction(sentence: string): boolean {
  return SENTENCE_RULES.some(
    (r) =>
      r.kind === 'action' && ((r.owner && !excluded(sentence)) || r.beforeNotOutcomes) && matches(r.pattern, sentence),
  );
}

/** A sentence or clause that decides or asks by itself. */
export function isOutcomeClause(clause: string): boolean {
  return (
    !excluded(clause, true) &&
    (decidesByItself(clause) || SENTENCE_RULES.some((r) => !r.weak && !r.opensBlock && matches(r.pattern, clause)))
  );
}

/** "to thank the working party …" after "Agreed to adopt …;": the same decision's next infinitive. */
/**
 * A decision worded in the subjunctive, its keyword lost or printed above it: "That the annual letter be noted.", "that
 * the review be continued", "That Cllr Ash be appointed", "A work plan be brought to the next meeting".
 */
export const SUBJUNCTIVE_DECISION = new RegExp(
  String.raw`^(?:[Tt]hat\s+(?:An?\s|The\s|the\s)?|(?:An?|The|the)\s)[^.;]{3,200}?\s${BE_DONE}`,
);

export const FURTHER_INFINITIVE = /^(?:and (?:also )?)?to (?!be\b)[a-z]{3,}\b/;
/** "Agreed unanimously to endorse …", "The Cabinet resolved to note …": the lead-in a further infinitive takes. */
export const INFINITIVE_LEAD_IN =
  /^((?:(?:The )?(?:[A-Z][\w-]* ){0,3}(?:Council|Committee|Board|Panel|Cabinet|Members|Councillors) (?:also |unanimously )?|It was (?:also |unanimously )?)?(?:agreed|resolved|decided|Agreed|Resolved|Decided|AGREED|RESOLVED|DECIDED)(?: unanimously)?) to [a-z]/;

/** A paragraph of two or more sentences or clauses that each decide or ask by themselves ("X was elected Chairman; Y was elected …"). */
export function severalDecisions(text: string): boolean {
  if (/^that\b/i.test(text)) return false;
  const clauses = sentencesOf(text).flatMap((sentence) => sentence.split(/;\s+(?=\S)/));
  // "Agreed unanimously to support the scheme; to approve £18,000 for it": the lead-in's further infinitives decide too.
  const furtherInfinitives = INFINITIVE_LEAD_IN.test(clauses[0] ?? '')
    ? clauses.slice(1).filter((c) => FURTHER_INFINITIVE.test(c)).length
    : 0;
  return clauses.filter(isOutcomeClause).length + furtherInfinitives >= 2;
}

/**
 * "Biodiversity post: The Director reported an offer of funding. It was agreed that Council would match it.": a
 * paragraph that tells what happened, then what was decided on it; a matter of its own, not the details of a lead-in
 * above it.
 */
export function decidesAfterItsAccount(text: string): boolean {
  return sentencesOf(text).slice(1).some(isOutcomeClause);
}

/** A part's words without its list marker ("(1)", "b.", "[a]", "iv)", or a paragraph's "5.2.1" before a sentence). */
export function stripMarker(text: string): string {
  return text.replace(OPENING_MARKER, '').replace(PARAGRAPH_NUMBER, '').replace(MINUTE_REFERENCE, '').trim();
}

/** "Min. 72: It was agreed …", "Minute 14. The Clerk …": the minute's own reference before what it records. */
const MINUTE_REFERENCE = /^Min(?:ute)?\.?\s*(?:[Nn]o\.?\s*)?\d{1,4}[a-z]?(?:\/\d{2,4})?\s*[:.]\s+(?=\S)/;

/** "5.2.1 The Chairman would …", "7.3. Members agreed …": a paragraph's number, two or three levels deep. */
const PARAGRAPH_NUMBER = /^\d{1,3}(?:\.\d{1,3}){1,2}\.?\s+(?=[A-Z][a-z]|[A-Z]\s)/;

export function tidyText(text: string): string {
  const tidy = stripMarker(text)
    // "1. / Dai to review the rota / Dai": a table's row, its cells set apart by slashes.
    .replace(/^\/\s+/, '')
    // "15/81 Following discussion the clerk was asked …": a minute's number before what it records (not an application's
    // reference: "16/0123 Mill Lane – no objection", "0811/06 Rear conservatory – recommend approval").
    .replace(/^\d{1,3}\/\d{2,3}\s+(?=[A-Z][a-z])/, '')
    // "7.2 That Mr Ash be re-appointed …": a paragraph's number before the decision's "That".
    .replace(/^\d{1,2}\.\d{1,2}\.?\s+(?=that\b)/i, '')
    // Not "To this end the Chair will …", where "To" opens a phrase, not the decision's words.
    .replace(/^(?:that|to)\b(?! (?:this|that) end\b)[,:]?\s*/i, '')
    // "that (a) the report be noted": the part's marker after the keyword's "that".
    .replace(/^\((?:[a-hA-H]|\d{1,2}|i{1,3}|iv|vi{0,3}|ix|x)\)\s+/, '')
    // "… Recommendation: Refuse ______": a table's cell rule or separator after the last cell.
    .replace(/\s*(?:[|/]|_{2,})\s*$/, '')
    // "… about the broken stile," / "… the fence, and": a list's separator left at the end of a part.
    .replace(/\s*[;,]\s*(?:(?:and|or)\s*)?$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  // The last clause of a quoted motion keeps the motion's closing quote mark.
  const unquoted = /^[^"“”]*["”]$/.test(tidy) ? tidy.slice(0, -1) : tidy;
  return capitaliseFirst(unquoted);
}
