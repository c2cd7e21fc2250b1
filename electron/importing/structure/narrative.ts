import type { OutcomeKind } from '../../../shared/domain';
import type { Candidate } from './outcomes';
import {
  APPLICATION,
  applicationLines,
  KEYWORD_ALONE,
  NOTHING_ELSE_PUT,
  KEYWORD_ON_ITS_OWN,
  OFFICE_BEARER,
  PLANNING_RESPONSE,
  VAGUE_ACTION,
  VAGUE_ACTION_LINE,
} from './bare-shapes';
import {
  CAPITALS_LABEL,
  decidesByItself,
  excluded,
  FURTHER_INFINITIVE,
  firstReadRule,
  INFINITIVE_LEAD_IN,
  isOutcomeClause,
} from './outcome-shapes';
import { sentencesOf, type Segment } from './segments';
import { SENTENCE_RULES } from './sentence-rules';
import { capitaliseFirst, escapeForRegExp } from './text-shapes';
import { matches } from './words-a-match-needs';

/**
 * "… agreed the recommendations as listed on the report", "The motion was unanimously agreed.": what was decided, told
 * by the formal decision of its item; not "… accepted the recommendations and asked that progress be reported", nor what
 * they called for, said as its source ("… pass on to the service the actions required by the motion").
 */
const THE_RECOMMENDATIONS =
  /(?<!\b(?:required|called for|set|asked for) by )\bthe (?:officers?['’]? )?(?:recommendations?|motion)\b(?![^.]*\band (?:also )?(?:asked|requested|instructed|invited|undertook)\b)/i;

/** "… proposed the recommendations at section 2.1 of the report": a proposal that says nothing of what it decides. */
const NAMES_ONLY_THE_RECOMMENDATIONS = /\b(?:proposed|moved) (?:the )?(?:recommendations?|motion)\b(?![^.;]*\bthat\b)/i;

/**
 * Decisions, requests and actions written as narrative: each sentence (and each
 * clause after a semicolon) is read against the table of sentence rules.
 */

export type Add = (
  kind: OutcomeKind,
  text: string,
  segment: Segment,
  quote: string,
  /** `dueFrom`: where to look for a due date when the quote holds more than the outcome (an item's title). */
  options: { formal: boolean; weak?: boolean; owner?: string | null; rule: string; dueFrom?: string },
) => Candidate | null;

/** "(Note: … .)", "(NB …)": a sentence in brackets, labelled as a note. */
const NOTE_IN_BRACKETS = /^\((?:Note|NB|N\.B\.)\s*[:–-]?\s*([A-Z][^()]+?)\)?$/i;
/** "(It was agreed that Ann Ash would be co-opted.)": a decision told in brackets, after what it settles. */
const DECISION_IN_BRACKETS =
  /^\(((?:It was|The (?:Council|Committee|Board|Panel|[Mm]eeting)) (?:unanimously |also |further |then )?(?:agreed|resolved|decided)\b[^()]+?)\)?\.?$/;
/** "(AP1 – Clerk to write to Highways).": an action in brackets after what it answers. */
const ACTION_IN_BRACKETS = /^\(((?:[A-Z]{1,4}\d{0,3}\s*[:–—-]\s*)?[A-Z][^()]{1,60}? to [a-z][^()]*?)\)\.?$/;
/** The action inside the brackets; not "(Clerk to action)", which says only who acts on the sentence before. */
const actionInBrackets = (sentence: string) => {
  const inside = ACTION_IN_BRACKETS.exec(sentence)?.[1];
  return inside && !VAGUE_ACTION.test(inside) ? inside : null;
};

/** "(Clerk to contact Nigel Gibbons …)", "(Cllr Ash to write …)": someone to act, in brackets inside a sentence. */
const ACTION_INSIDE_BRACKETS =
  /\s*\(((?:[Tt]he )?(?:[Cc]lerk|Chair(?:man)?|(?:Cllr|Councill?or)\.? [A-Z][\w'’-]+|[A-Z]{2,3}) to [a-z]{3,}[^()]{3,200})\)/;

function actionInsideBrackets(sentence: string, quotes: Map<string, string>): string[] {
  const found = ACTION_INSIDE_BRACKETS.exec(sentence);
  const inside = found?.[1];
  if (!found || !inside || VAGUE_ACTION.test(inside) || found.index === 0) return [sentence];
  const rest = sentence.replace(found[0], '');
  // The action first, with its own full stop: a sentence after, "These would be addressed at the next meeting.", goes
  // on from what was reported, not from the action.
  const action = `${inside.replace(/[.\s]+$/, '')}.`;
  quotes.set(action, sentence);
  return [action, rest];
}

// Not after a clause that says why ("… there being no objections, the Committee agreed that …"): one sentence.
// Not after when an earlier meeting decided: "At Planning Committee on 4 March 2024, the Committee resolved …".
const COUNCIL_DECIDES_AFTER_COMMA =
  /(?<!\b(?:there being|having|in the absence of)\b[^,.;]{0,60})(?<!^At [^,.;]{3,80}\bon [^,.;]{3,40}),\s+(?=the (?:Parish |Town |Community )?(?:Council|Committee) (?:welcomed|agreed|resolved|decided|approved)\b|the Chair(?:man|person)? (?:therefore |then |also )?(?:requested|asked) that\b)/;

/** "(Clerk to action)", "(Action: Clerk)", "(Action – JH)", "(Act GR)": who is to act on the sentence before. */
const OWNER_IN_BRACKETS =
  /^\((?:([A-Z][\w/&, ]{1,30}?) to action|Action\s*[:–—-]?\s*([A-Z][\w/&, ]{1,30}?)|Act\s+([A-Z][\w/&, ]{1,30}?))\)\.?$/i;

/** "Clerk to action.", "(Action)": who acts on the action before, or that it is one, in a sentence of its own. */
const OWNER_TO_ACTION = /^(?:([A-Z][\w/&, ]{1,30}?) to action|\((?:Action|ACTION)\))\.?$/;

/** The same at the end of the sentence it is for, with no full stop between. */
const OWNER_IN_BRACKETS_AT_END =
  /(?<=[a-z\d?])\s*(\((?:[A-Z][\w/&, ]{1,30}? to action|Action\s*[:–—-]?\s*[A-Z][\w/&, ]{1,30}?|Act\s+[A-Z][\w/&, ]{1,30}?)\))\.?$/;

/** "… to be delivered. AB.": initials alone after a sentence's full stop, at the end. */
const INITIALS_AFTER_SENTENCE = /(?<=[a-z)]\.)\s+(?=[A-Z]{2,3}(?:\/[A-Z]{2,3})*\.?$)/;
/** "… EF seconded and AB proposed GH as minute secretary …": a second proposal after the first's seconder. */
const TWO_PROPOSALS =
  /(?<=\bseconded)\s+and\s+(?=(?:[A-Z]{2,3}|(?:Cllr|Councill?or|Mr|Mrs|Ms|Dr)\.? [A-Z][\w'’-]+) (?:proposed|nominated)\b)/;

/**
 * " and Cllr Chivers would advise …", " and the Clerk would report to the next meeting", " and Officers will confirm …",
 * " and he would write …" after a clause in which someone would act; " and the Secretary is to check …" after "The Chair
 * agreed to allow …"; " and community council will write to …" after "Cllr Ash will follow this up"; " but in the meantime
 * the Clerk agreed to …" after "It was agreed to place this on the next agenda"; but "… and the Clerk would send it"
 * finishes the same action, and "Mr and Mrs Ash" are two people. So too " and Omar would draw up …", " and RB will …":
 * someone named by first name or initials. So too after "the Clerk to contact …" ("… the Clerk to contact the county
 * and the Chairman agreed to speak to …").
 */
export const TWO_UNDERTAKINGS =
  /(?<=\b(?:would|will|agreed to|undertook to|(?:[Cc]lerk|[Cc]hair(?:man|person)?|RFO|[Ss]ecretary) to) [a-z]{3,}[^.;]{5,200}?)(?<!\b(?:Mr|Mrs|Ms|Dr))(?:\s+and|,?\s+but (?:in the meantime|meanwhile),?) (?=(?:Cllr\.?|Councill?or|Mr|Mrs|Ms|Dr) [A-Z][^.;]{0,40}?(?:would|will) [a-z]{3,}|(?:the |[Tt]he )?(?:[Cc]lerk|[Cc]hair(?:man)?) (?:agreed|undertook|offered) to [a-z]{3,}|(?:the |[Tt]he )?(?:[Pp]arish |[Tt]own |[Cc]ommunity )?[Cc]ouncil (?:would|will) (?:write|contact|ask|send|seek|invite|apply|pursue|chase|respond|reply|follow up|look into)\b|(?:(?:the |[Tt]he )?(?:(?:Town|Parish) |[A-Z]{2,5} )?(?:[Cc]lerk|[Oo]fficers)|he|she) (?:would|will) [a-z]{3,}\b(?! (?:it|this|that|them|these|so|on)\b)|(?:the )?(?:[Cc]lerk|[Ss]ecretary|Sec|[Tt]reasurer|Chair(?:man)?) (?:is|was) to [a-z]{3,}\b|(?:Cllr\.?|Councill?or) [A-Z][\w'’-]+ (?:explore|investigate|contact|write|obtain|check|liaise|speak|arrange|draft|prepare|seek|email|circulate|send|follow up|look into)\b|(?!(?:The|This|That|These|Those|It|There|They|We|He|She|Council|Committee|Members|Officers|Everyone|All|Each|Both)\b)(?:[A-Z][a-z]{2,15}|[A-Z]{2,3}) (?:would|will) (?!(?:be|not|have|need|like)\b)[a-z]{3,}\b)/;

/** Who is to act, in a line of actions: "PS", "Clerk", "the Clerk", "Cllr Ash", "SH and LB". */
export const ACTS = String.raw`(?:[A-Z]{2,3}|(?:[Tt]he )?[Cc]lerk|[Cc]hair(?:man)?|(?:Cllr\.?|Councill?or|Mr|Mrs|Ms|Dr) [A-Z][\w'’-]+)(?:\s+(?:and|&)\s+[A-Z]{2,3})?`;
/** "G. Ash", "Ben Birch": someone named, not a body ("Parish Council", "Highways Team"). */
const SOMEONE_NAMED = String.raw`(?:[A-Z]\.\s?(?:Mc|Mac)?[A-Z][a-z]+|(?!(?:The|This|That|Parish|Town|County|City|District|Borough|Community|Highways|Police)\b)[A-Z][a-z]+ (?!(?:Council|Committee|Board|Panel|Group|Trust|Office|Officers?|Team|Services|Manager|Director|Lead|Adviser|Advisor)\b)(?:Mc|Mac)?[A-Z][a-z]+)`;
/**
 * "No funding had been set aside and G. Ash offered to ask the trust.", "… might have a shelter and Ben Birch would make
 * enquiries.": what was reported, then someone's undertaking, joined by "and". Not after a decision or a vote ("Voting
 * was unanimous and Cllr Ash will sign …"), which the undertaking belongs with.
 */
const AND_SOMEONE_UNDERTOOK = new RegExp(
  String.raw`(?<=\b(?:was|were|had|has|have|is|are|could|might)\b[^.;]{5,200}?[a-z)])(?<!\b(?:unanimous|agreed|resolved|decided|elected|carried|approved)\b[^.;]*)(?<!\b(?:Committee|Council|Board|Panel|Clerk|Chair(?:man)?|Officers?))\s+and\s+(?=(?:${ACTS}|${SOMEONE_NAMED}) (?:(?:offered|undertook|volunteered) to|would|will) (?!be\b)[a-z]{3,})`,
);
/**
 * "Members supported the changes and CM to inform the contractor.": a decision, then who acts on it, in initials (not
 * "welcomed the talk and CP to send a poster", one action).
 */
const AND_INITIALS_TO_ACT =
  /(?<=\b(?:agreed|resolved|decided|supported|approved|endorsed|accepted)\b[^.;]{5,}[a-z)])\s+and\s+(?=[A-Z]{2,3} to [a-z]{3,}\b)/;
/** ", then CD to sign …": a further task, someone else's, after one. */
const THEN_SOMEONE_ELSE = new RegExp(String.raw`,\s+then\s+(?=${ACTS} (?:to|will|would) [a-z]{3,})`);

/**
 * "PS to contact the contractor, JC to contact the Forestry Commission and Clerk to contact the district council.": three
 * actions; "JS agreed to complete a report and Clerk will keep the accounts.": two; "Cllr Hudson would get quotations,
 * Cllr Bull would contact Highways and Cllr Ormston would investigate funding": three. Not those written to: "The Clerk
 * will write to Ann Ash and Cllr Birch to thank them" is one action.
 */
const SEVERAL_TO_ACT = new RegExp(
  String.raw`(?<=^${ACTS} (?:(?:agreed |undertook |offered |volunteered )?to|will|would) [a-z][^.;]{3,200}?)(?<!\b(?:will|would) (?:write|speak|talk|send|reply|respond|pass)\b[^.;]{0,20}?\b(?:to|with) (?:(?:Cllr\.?|Councill?or|Mr|Mrs|Ms|Dr) )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})(?:,\s+|\s+(?:and|&)\s+)(?=${ACTS} (?:to|will|would|shall) [a-z]{3,})`,
);

/**
 * @param previous the texts of the pieces just before this one, nearest last: a planning
 * response on a line of its own ("NO OBJECTIONS") is quoted with its application's lines.
 * @param later the texts of the pieces after this one, nearest first: a vote's line leads into the motion below it,
 * and a motion's fate may be told a few pieces on.
 */
export function narrative(
  text: string,
  segment: Segment,
  addOutcome: Add,
  previous: string[],
  later: string[] = [],
): void {
  const following = later[0] ?? '';
  // Which clause last gave a decision: a clause after it may be a further part of the same decision.
  let clause = 0;
  let decidedAt = -1;
  /** The lead-in of the last further infinitive read, and the clause it was read in. */
  let lastLeadIn: string | undefined;
  let infinitiveOf = -1;
  /** The lead-in of the last further part read that opens with its verb, and the clause it was read in. */
  let lastBodyLead: string | undefined;
  let verbPartOf = -1;
  let addedAt = -1;
  let actedAt = -1;
  let lastAdded: Candidate | null = null;
  const add: Add = (kind, ...rest) => {
    const added = addOutcome(kind, ...rest);
    if (added) [addedAt, lastAdded] = [clause, added];
    if (added && kind === 'resolution') decidedAt = clause;
    if (added && kind === 'action') actedAt = clause;
    return added;
  };
  // "2.3.1 It was agreed that…": the paragraph's number is not part of what was said.
  const quotes = new Map<string, string>();
  // "Work has started on the footpaths; the clerk will check progress.": a clause after a semicolon quotes its sentence.
  const sentenceOfClause = new Map<string, string>();
  const clauses = sentencesOf(text)
    // "1.1. Noted the progress made.": a paragraph's number that the sentences split off on its own says nothing.
    .filter((sentence) => !NUMBER_ALONE.test(sentence))
    .map((sentence) => sentence.replace(PARAGRAPH_NUMBER, '').replace(TITLE_IN_CAPITALS_RUN_IN, ''))
    // "Arising from minute 96 (the pilot scheme), this would be reported on in November.": the minute it arises from says
    // which matter, not what was done.
    .map((sentence) =>
      ARISING_FROM_MINUTE.test(sentence) ? capitaliseFirst(sentence.replace(ARISING_FROM_MINUTE, '')) : sentence,
    )
    // "(Note: the Chairman would buy a gift on behalf of Members.)": a note in brackets says what it says.
    .map(
      (sentence) =>
        NOTE_IN_BRACKETS.exec(sentence)?.[1] ??
        DECISION_IN_BRACKETS.exec(sentence)?.[1] ??
        actionInBrackets(sentence) ??
        sentence,
    )
    // "Lights 5 and 45 need contractor attendance (Act Clerk)": who is to act, in brackets at the end of the sentence.
    .flatMap((sentence) => {
      const owner = OWNER_IN_BRACKETS_AT_END.exec(sentence);
      if (!owner?.[1] || owner.index === 0) return [sentence];
      const said = `${sentence.slice(0, owner.index).trim()}.`;
      quotes.set(said, sentence);
      return [said, owner[1]];
    })
    // "… known as “Plan 41” (Clerk to contact Nigel Gibbons to ask for the email) …": an action in brackets inside a
    // sentence is an action of its own, quoted with the sentence.
    .flatMap((sentence) => actionInsideBrackets(sentence, quotes))
    // "Councillors agreed that it is too late to buy a bin and clerk was instructed to contact …": the decision, then the action.
    // "The reports were noted and it was agreed that future reports …", "Ms Hunt was elected Chair (proposed …)
    // and it was AGREED to suspend …": two decisions in one sentence. "… the county had agreed to restore four signs
    // … a request for £1,200 after discussion it was RESOLVED that …": what was reported, then what was decided. "This will
    // be an agenda item for the next meeting and it was agreed to invite …": what is to come, then what was decided. "No
    // questions were received but it was clarified that co-option would be added to the agenda": nothing, then something.
    // "Only three volunteers came forward, as six are recommended, it was agreed that the council would not pursue it": a
    // long account, then the decision after a comma.
    .flatMap((sentence) =>
      quotedWhole(
        sentence,
        /(?<=[\w)])\s+and (?=it was (?:also |further )?(?:agreed|resolved|decided|AGREED|RESOLVED|DECIDED) (?:that|to)\b)|(?<=^[^.;]{60,}),\s+(?=it was (?:also |further |therefore |then )?(?:agreed|resolved|decided) (?:that|to)\b)|,?\s+but (?=it was (?:also )?(?:agreed|resolved|decided|clarified|confirmed) (?:that|to)\b)|(?<=\b(?:agreed|decided|resolved) that\b[^.;]{5,200}?)\s+and (?=(?:the )?[Cc]lerk (?:was|is) (?:instructed|asked|requested|directed|authorised|tasked) to [a-z])|(?<=[\w.)])(?<!\b(?:and|but|so|then|or))\s+(?=(?:after|following) (?:some |further |much )?discussion,? it was (?:also |further )?(?:agreed|resolved|decided|AGREED|RESOLVED|DECIDED) (?:that|to)\b)/,
        quotes,
      ),
    )
    // "Cllr Neave would raise the matter with the panel and Cllr Chivers would advise the trustees.": two people, each
    // taking on an action of their own.
    .flatMap((sentence) => sentence.split(TWO_UNDERTAKINGS))
    // "AB proposed CD as secretary, EF seconded and AB proposed GH as minute secretary, IJ seconded.": two nominations.
    .flatMap((sentence) => sentence.split(TWO_PROPOSALS))
    // "Leaflets to be delivered. AB.": who is to act, in initials after the sentence, read as its own clause.
    .flatMap((sentence) => sentence.split(INITIALS_AFTER_SENTENCE))
    .flatMap((sentence) => sentence.split(SEVERAL_TO_ACT))
    .flatMap((sentence) => quotedWhole(sentence, AND_SOMEONE_UNDERTOOK, quotes))
    .flatMap((sentence) => quotedWhole(sentence, AND_INITIALS_TO_ACT, quotes))
    // "AB to draft the letter, then CD to sign it and post it": one task, then the next, each someone's.
    .flatMap((sentence) => quotedWhole(sentence, THEN_SOMEONE_ELSE, quotes))
    // "Clerk advised that the tip would not accept shredded paper – Clerk to ask the council for advice": what was said,
    // then the action it led to, each read for itself (the "not" of the first is not the second's). A topic before the
    // dash stays with its action: "AP1 – Clerk to write to Highways". So too "… was a safety issue – Councillor Ash
    // undertook to speak to the owner".
    .flatMap((sentence) => quotedWhole(sentence, SAID_THEN_CLERK_TO_ACT, quotes))
    // "… did not know of any agreement, clerk to send out a copy, Parish Council had no problem with the plans.": notes
    // spliced with commas, the clerk's action one of them.
    .flatMap((sentence) => quotedWhole(sentence, CLERK_TO_ACT_SPLICED, quotes))
    // "Format agreed and content will be put on the site by Ned, Fay will post the minutes.": a decision or undertaking,
    // then someone else's, spliced with a comma.
    .flatMap((sentence) => quotedWhole(sentence, SOMEONE_WILL_AFTER_COMMA, quotes))
    // "It was reported that the valuation would not affect premiums, and the Clerk was asked to contact the Valuer": what
    // was reported, then the action asked for, each read for itself.
    .flatMap((sentence) => quotedWhole(sentence, REPORTED_THEN_CLERK_ASKED, quotes))
    // "It was noted that Mr Lees had offered to plant the planters, the Council welcomed this offer and agreed …": what
    // was noted, then the council's decision, spliced with a comma. So too "… seconded an amendment to the recommendations,
    // the Chairman therefore requested that a further report be brought …": the chair's request, read for itself.
    .flatMap((sentence) => sentence.split(COUNCIL_DECIDES_AFTER_COMMA))
    // "… the Committee asked if Members could have paper copies – officers agreed to take this up …": the question, then the answer.
    .flatMap((sentence) => (ASKED.test(sentence) ? quotedWhole(sentence, ANSWER_AFTER_DASH, quotes) : [sentence]))
    // "It was agreed to buy more play equipment, the Clerk to contact a trustee …", "… resolved to buy one, Cllr Ash to get
    // quotes", "Ann passed a photograph to Ben, Cai agreed to send him the charges", "…, with Councillor Birks agreeing
    // to speak with the owner", "… there was agreement to seek one, Cllr McDonald agreed to write up the proceedings",
    // "… agreed not to close the lane, however office to make signs for the cones", "… resolved to hire out the hall at £20 an
    // hour, and that the Clerk would ask the insurers": the decision, then who acts on it.
    .flatMap((sentence) =>
      DECIDED.test(sentence)
        ? quotedWhole(sentence, CLERK_TO_ACT_AFTER_COMMA, quotes).map((part, i) => {
            if (i === 0 || /^[A-Z]/.test(part)) return part;
            // "office to make signs" read as "Office to make signs", its quote the whole sentence.
            const told = capitaliseFirst(part);
            quotes.set(told, sentence);
            return told;
          })
        : [sentence],
    )
    // "There was a request for news from officers, and it was confirmed that there would be an update at the next
    // meeting": what was asked, then what was agreed, each a sentence of its own.
    .flatMap((sentence) => quotedWhole(sentence, AND_IT_WAS_AGREED, quotes))
    // "The Panel welcomed the update, noted the timetable, agreed to hold a seminar, and asked that …": a body's
    // decisions in a series, each read with the body.
    .flatMap((sentence) => seriesOfOneBody(sentence, quotes))
    // "Councillors resolved to apply for a grant and agreed that the hall would be a suitable location.": two decisions.
    .flatMap((sentence) => twoDecisionsOfOneBody(sentence, quotes))
    // "That the update be noted and that the action plan be refreshed …": two decisions, their keyword
    // lost.
    .flatMap((sentence) => (/^That\s/.test(sentence) ? subjunctivesQuoted(sentence, quotes) : [sentence]))
    // "It was noted that Ann could not serve on the hall committee and agreed that for now no one would be nominated":
    // what was noted, then what was agreed, read as "It was agreed that …".
    .flatMap((sentence) => notedThenAgreed(sentence, quotes))
    .flatMap(
      (sentence) =>
        inlineParts(sentence, quotes) ??
        (SENTENCE_RULES.some((r) => r.keepsSemicolons && matches(r.pattern, sentence))
          ? [sentence]
          : splitAtSemicolons(sentence, sentenceOfClause)),
    );
  // "… proposed changes to the work plan, which were to:" over "move the update to February;", "add a review of fees;",
  // then "Members were in agreement with the proposed changes": each change listed above was agreed.
  const agreedList = clauses.some((c) => AGREED_WITH_THE_LISTED.test(c)) ? changesListedAbove(previous) : [];
  // Changes to a work plan are changes to what the body will look at.
  const toWorkPlan = agreedList.length > 0 && WORK_PLAN.test(previous[previous.length - agreedList.length - 1] ?? '');
  for (const change of agreedList)
    addOutcome(
      toWorkPlan ? 'work-programme' : 'resolution',
      change.replace(/[;,\s]+$/, '').replace(/\s+and$/, ''),
      segment,
      change,
      {
        formal: false,
        rule: 'changes listed above, then agreed with',
      },
    );
  const votesRead = new Set<number>();
  clauses.forEach((sentence, i) => {
    clause = i;
    if (votesRead.has(i)) return;
    // "Cllr Ash proposed and Cllr Birch seconded that Cai Cole be co-opted." over "This was passed unanimously.": the
    // proposal above was read as the decision; its vote, on a line of its own, adds nothing.
    if (i === 0 && VOTE_ON_ITS_OWN.test(sentence) && PROPOSED_SECONDED_THAT.test(previous.at(-1) ?? '')) return;
    // "… it was agreed to accept the offer. All in favour. Motion carried.": the vote on what was just read as decided.
    if (
      MOTION_CARRIED_ALONE.test(sentence) &&
      addedAt >= 0 &&
      clauses.slice(addedAt + 1, i).every((c) => CARRIED_ALONE.test(c))
    )
      return;
    // "To authorise the accounts of £3,490.74. (prop Cllr Kinsey, sec Cllr Blackman – all in favour)": business, then its vote.
    if (BRACKETED_VOTE.test(sentence) && !LOST.test(sentence)) {
      add('resolution', sentence, segment, sentence, {
        formal: false,
        rule: 'business, then who proposed and seconded it and the vote, in brackets',
      });
      return;
    }
    // "The Clerk asked for authority to pay the bill of £121.69. P. Mrs Ash, S. Mrs Birch.": what was proposed
    // and seconded, marked after it.
    // So too "It was moved to note the report. (P) AA (S) BB. Agreed.", whose "(P)" may be read as a part's letter.
    if (PROPOSER_AND_SECONDER_MARKS.test(sentence) && (i > 0 || previous.length > 0)) {
      const proposal =
        i > 0 ? (clauses[i - 1] ?? '') : (sentencesOf(previous.at(-1) ?? '').at(-1) ?? '').replace(TITLE_LABEL, '');
      const agreed = CARRIED_ALONE.test(clauses[i + 1] ?? '') ? ` ${clauses[i + 1]}` : '';
      if (agreed) votesRead.add(i + 1);
      // On a line of its own, the marks follow a proposal on the line above: one that decided by itself was read there.
      const readAbove = i === 0 && (DECIDED_ABOVE.test(proposal) || decidesByItself(proposal));
      if ((i === 0 || addedAt !== i - 1) && proposal && !readAbove)
        add('resolution', proposal, segment, `${proposal} ${sentence}${agreed}`, {
          formal: false,
          rule: 'what was proposed and seconded, with "P." and "S." after it',
        });
      return;
    }
    // "The Clerk was to meet a member of NCC to discuss this. (Clerk to action)": who acts, in brackets after what.
    const bracketed = OWNER_IN_BRACKETS.exec(sentence);
    if (i > 0 && bracketed) {
      const action = clauses[i - 1] ?? '';
      if (addedAt !== i - 1 && action)
        add('action', action, segment, quotes.get(action) ?? `${action} ${sentence}`, {
          formal: false,
          owner: bracketed[1] ?? bracketed[2] ?? bracketed[3] ?? null,
          rule: 'what was said, then who is to act on it in brackets',
        });
      // "Ann agreed to update the Board. (Action: Ann)": the action already read is quoted with who acts on it.
      else if (addedAt === i - 1 && lastAdded) {
        lastAdded.quote = `${lastAdded.quote} ${sentence}`;
        lastAdded.owner ??= bracketed[1] ?? bracketed[2] ?? bracketed[3] ?? null;
      }
      return;
    }
    // "Clerk to forward the reports. Clerk to action.": so too without brackets, after the action it is for; and "(Action)"
    // after what was agreed someone would do.
    // So too initials alone after the action they are for ("Clerk to forward the form. JB").
    const toAction = OWNER_TO_ACTION.exec(sentence) ?? (endsItsNote(clauses, i) ? OWNER_COLUMN.exec(sentence) : null);
    if (toAction && addedAt === i - 1 && (lastAdded?.kind === 'action' || (!toAction[1] && lastAdded))) {
      lastAdded.quote = `${lastAdded.quote} ${sentence}`;
      lastAdded.owner ??= toAction[1]?.replace(/\.$/, '') ?? null;
      return;
    }
    // "The Board agreed to note the changes; and that the changes be submitted to the Constitution Committee": a
    // further part of the decision before it.
    if (i > 0 && decidedAt === i - 1 && FURTHER_PART.test(sentence)) {
      add('resolution', sentence.replace(/^(?:and (?:also )?|also )/i, ''), segment, sentence, {
        formal: false,
        rule: 'a further part of the decision before it, after a semicolon',
      });
      return;
    }
    // "The Members agreed that the Council supports the scheme; and continue to develop the policy": a further part of the
    // decision before it, opening with its verb, read with the lead-in and the body it names. So too a paragraph of its own
    // after one that ended with a semicolon.
    const bodyLead =
      i > 0
        ? decidedAt === i - 1
          ? (AGREED_THAT_BODY.exec(clauses[i - 1] ?? '')?.[1] ?? (verbPartOf === i - 1 ? lastBodyLead : undefined))
          : undefined
        : leadOfPartsAbove(previous);
    if (bodyLead && VERB_PART.test(sentence)) {
      [lastBodyLead, verbPartOf] = [bodyLead, i];
      const part = `${bodyLead} ${sentence.replace(/^(?:and |also )+/i, '').replace(/[;,\s]+$/, '')}`;
      add('resolution', part, segment, sentence, {
        formal: false,
        rule: 'a further part of the decision before it that opens with its verb, after a semicolon',
      });
      return;
    }
    // "Agreed unanimously to adopt the play strategy; to thank the working party for its work;": a further
    // infinitive of the decision before it, read with its lead-in.
    // "…; to approve …; and to thank …": each further infinitive takes the lead-in of the first.
    const leadIn =
      i > 0 && decidedAt === i - 1
        ? (INFINITIVE_LEAD_IN.exec(clauses[i - 1] ?? '')?.[1] ?? (infinitiveOf === i - 1 ? lastLeadIn : undefined))
        : undefined;
    if (leadIn && FURTHER_INFINITIVE.test(sentence)) {
      [lastLeadIn, infinitiveOf] = [leadIn, i];
      const part = `${leadIn} ${sentence.replace(/^and (?:also )?/i, '').replace(/[;,\s]+$/, '')}`;
      add('resolution', part, segment, sentence, {
        formal: false,
        rule: 'a further infinitive of the decision before it, after a semicolon',
      });
      return;
    }
    const next = clauses[i + 1] ?? following;
    const before = i > 0 ? (clauses[i - 1] ?? '') : (previous.at(-1) ?? '');
    // "Proposed by Cllr Ash, seconded by Cllr Birch." then "That Cllr Ash be Chair.": the motion's words, its keyword
    // lost; nothing when the vote below it, at once or after an amendment, says it fell.
    const mover = previous.at(-1) ?? '';
    if (i === 0 && MOTION_WORDS.test(sentence) && SECONDED_LINE.test(mover)) {
      if (!LOST.test(next) && !lostBelow(mover, later))
        add('resolution', sentence, segment, sentence, {
          formal: false,
          rule: 'a motion’s words after who proposed and seconded it',
        });
      return;
    }
    // "The motion was made by the Chair – that the minutes be signed." then "The motion was seconded by
    // Cllr Birch, put and agreed.": the motion's words are what was decided.
    const made = MOTION_MADE.exec(sentence);
    if (made?.[1] && SECONDED_AND_AGREED.test(next)) {
      add('resolution', made[1], segment, `${sentence} ${next}`, {
        formal: false,
        rule: 'a motion’s words, then who seconded it and that it was agreed',
      });
      return;
    }
    // "Invitations will be issued. MG Action." ("… Action: MG"): the sentence is the action, the initials whose it is.
    const ownerLine =
      OWNER_ACTION.exec(next) ??
      ACTIONED_BY.exec(next) ??
      (endsItsNote(clauses, i + 1) && TO_BE_DONE.test(sentence) ? OWNER_COLUMN.exec(next) : null);
    const actionOwner = ownerLine?.[1] ?? ownerLine?.[2] ?? ownerLine?.[3];
    // "Cllr Hunt will produce a copy and circulate it. It will then go out with the newsletter. It will also be delivered
    // to new residents. Action JH.": the action was read already; the sentences after it only say what follows from it.
    if (actionOwner && ANAPHOR.test(sentence) && addedAt >= 0 && addedAt < i - 1) return;
    if (actionOwner && !OWNER_ACTION.test(sentence)) {
      // "It was suggested that the Clerk contact the Police again. Cllr Cole also reported … Action Clerk": the sentence
      // that names who is to act, when the last one does not.
      const owned = new RegExp(String.raw`\b${escapeForRegExp(actionOwner)}\b`, 'i');
      // But not past a last sentence that is itself what was agreed or is to be done: "AB has asked for a quote. It was
      // agreed that the shelter is cleaned each quarter. Action AB", "Nothing yet from the county. New quotes to be obtained. Action CD".
      const named =
        owned.test(sentence) || BARE_RESPONSE.test(sentence) || ANAPHOR.test(sentence) || isOutcomeClause(sentence)
          ? undefined
          : clauses.slice(Math.max(0, addedAt + 1), i).findLast((c) => actsIn(c, owned) && !excludedAsReport(c));
      if (named) {
        add('action', named, segment, named, {
          formal: false,
          owner: actionOwner,
          rule: 'a sentence marked as someone’s action',
        });
        return;
      }
      // "… asked RB for an estimate. Agreed. ACTION RB.": a bare "Agreed." says what only with the sentence before it.
      const what =
        (BARE_RESPONSE.test(sentence) || ANAPHOR.test(sentence)) && before ? `${before} ${sentence}` : sentence;
      // "The Clerk would send contact details. Clerk", said under two matters: each quoted with what it answers.
      const answers = what === sentence && before && sentence.split(/\s+/).length <= SHORT_WORDS ? `${before} ` : '';
      add('action', what, segment, `${answers}${what} ${next}`, {
        formal: false,
        owner: actionOwner,
        rule: 'a sentence marked as someone’s action',
      });
      return;
    }
    if (
      OWNER_ACTION.test(sentence) ||
      ACTIONED_BY.test(sentence) ||
      (i > 0 && endsItsNote(clauses, i) && OWNER_COLUMN.test(sentence))
    )
      return;
    // "The clerk asked that she now apply for the by-laws to be approved. All agreed.": what was put to the meeting, and
    // the meeting's agreement to it on its own.
    if (
      i + 1 < clauses.length &&
      AGREED_BY_ALL.test(next) &&
      PUT_TO_THE_MEETING.test(sentence) &&
      !excluded(sentence)
    ) {
      add('resolution', `${sentence} ${next}`, segment, `${sentence} ${next}`, {
        formal: false,
        rule: 'what was put to the meeting, then "All agreed."',
      });
      votesRead.add(i + 1);
      return;
    }
    // "The Board did not approve the proposal", "… did not have the figure and would provide it": an outcome
    // though worded with a negative, so read before the shapes that are not outcomes.
    // So too after a word that links it to the sentence before: "However, the Council will re-submit the bid".
    const readFirst = firstReadRule(sentence) ?? firstReadRule(withoutLinkingWord(sentence));
    if (readFirst) {
      // "Cllr Ash proposed Cllr Lee as Vice Chair. He was duly elected.": who and to what, said in the sentence before.
      const said =
        /^(?:He|She|They) /.test(sentence) && ELECTED_TO_NO_OFFICE.test(sentence) && before
          ? `${before} ${sentence}`
          : sentence;
      add(readFirst.kind, said, segment, said, {
        formal: false,
        weak: readFirst.weak || THE_RECOMMENDATIONS.test(sentence),
        rule: readFirst.shape,
      });
      return;
    }
    // "Cllr Buckley PROPOSED that a grant of £350 is awarded; SECONDED by Cllr Wall. The vote was unanimous.":
    // the proposal the vote carried.
    // "Cllr Ash proposed that £4,710 is used …. Proposal that council commits £1,500 …. Seconded by Cllr Birch. All in
    // favour.": the vote carries each proposal before it.
    let afterProposals = i + 1;
    while (FURTHER_PROPOSAL.test(clauses[afterProposals] ?? '')) afterProposals++;
    const voteLine = clauses[afterProposals] ?? following;
    const vote = SECONDED_ONLY.test(voteLine) ? (clauses[afterProposals + 1] ?? '') : voteLine;
    const proposal = sentence.replace(TITLE_LABEL, '');
    if ((PROPOSED_BY_SOMEONE.test(proposal) || FURTHER_PROPOSAL.test(proposal)) && CARRIED_BY_VOTE.test(vote)) {
      add('resolution', sentence, segment, `${sentence}; ${next}`, {
        formal: false,
        // "X proposed the recommendations in the report": what they were, a decision block below may say.
        weak: NAMES_ONLY_THE_RECOMMENDATIONS.test(sentence),
        rule: 'a proposal, then the vote that carried it',
      });
      // "Both proposals were seconded and carried.": the vote is read with the proposal.
      const voteAt = SECONDED_ONLY.test(voteLine) ? afterProposals + 1 : afterProposals;
      if (voteAt < clauses.length) votesRead.add(voteAt);
      return;
    }
    // "Cllr Ash proposed that the thanks of the council be recorded. This was seconded by Cllr Birch." and no vote after
    // it: a parish's record of what it decided.
    if (
      PROPOSED_BY_SOMEONE.test(proposal) &&
      SECONDED_ONLY.test(voteLine) &&
      voteLine !== following &&
      vote === '' &&
      !VOTE_OR_RESULT.test(following)
    ) {
      add('resolution', sentence, segment, `${sentence} ${voteLine}`, {
        formal: false,
        rule: 'a proposal and who seconded it, with no vote after it',
      });
      return;
    }
    // "It was proposed by Cllr Clark and seconded by Cllr Lane that the payments should be made.": a parish's record of
    // what it decided, when no vote or result follows to say otherwise.
    // The next paragraph tells the vote only when the proposal ends its own: "… that Ann Ash accepts the post. The clerk
    // was asked to write to her." has moved on, and the next item's "… is elected Chair" is not this proposal's result.
    const movedOn = clauses.slice(i + 1).some((c) => !SECONDED_ONLY.test(c));
    const saidAfter = [...clauses.slice(i + 1, i + 4), movedOn ? '' : following].join(' ');
    // "… seconded by Cllr Birch, all in favour, that …": the vote is told in the proposal itself.
    const carriedWithin = /,\s*(?:all|unanimously) (?:in favour|agreed),/i.test(proposal);
    if (PROPOSED_AND_SECONDED_THAT.test(proposal) && (carriedWithin || !VOTE_OR_RESULT.test(saidAfter))) {
      add('resolution', sentence, segment, sentence, {
        formal: false,
        rule: 'proposed by one and seconded by another, with no vote after it',
      });
      return;
    }
    // "Having read the letter, Mr Ash proposed awarding a grant of £500, seconded by Mrs Birch." then "There were no
    // counter motions.": what was proposed, carried with no other motion put.
    if (
      PROPOSED_THEN_SECONDED.test(proposal) &&
      (NO_OTHER_MOTION.test(clauses[i + 1] ?? '') || !VOTE_OR_RESULT.test(saidAfter))
    ) {
      add('resolution', sentence, segment, sentence, {
        formal: false,
        rule: 'someone proposed something, seconded by another, with no vote or other motion after it',
      });
      return;
    }
    // "The accounts to be adopted was proposed by Ann Ash, Seconded by Ben Birch." and no vote or result after it: what
    // was proposed, as a club's or a parish's minutes record a decision.
    if (THING_PROPOSED_AND_SECONDED.test(proposal) && !VOTE_OR_RESULT.test(saidAfter)) {
      add('resolution', sentence, segment, sentence, {
        formal: false,
        rule: 'something proposed by one and seconded by another, with no vote after it',
      });
      return;
    }
    // "GR was proposed by MD & GB. All agreed.", "Chair proposed BB as Vice Chair. Sec MD. All agreed.": who was
    // proposed, and the vote that carried it.
    const seconder = SECONDER_ONLY.test(next) ? next : '';
    const agreed = seconder ? (clauses[i + 2] ?? '') : next;
    // "Councillor Ash was proposed and seconded." over "RESOLVED" and "(1) That Councillor Ash is elected …": the keyword
    // leads into the decision below it, which says it; it is no vote of its own.
    const keywordOverDecision =
      agreed === following && KEYWORD_ON_ITS_OWN.test(agreed) && /^(?:\(\d{1,2}\)\s*)?That\b/i.test(later[1] ?? '');
    if (
      !keywordOverDecision &&
      WHO_PROPOSED.test(sentence) &&
      !excluded(sentence) &&
      (CARRIED_BY_VOTE.test(agreed) || (seconder !== '' && /\ball agreed\.?$/i.test(seconder)))
    ) {
      const vote = [seconder, CARRIED_BY_VOTE.test(agreed) ? agreed : ''].filter(Boolean).join(' ');
      add('resolution', `${sentence} ${vote}`, segment, `${sentence} ${vote}`, {
        formal: false,
        rule: 'someone proposed (and seconded) in initials, then all agreed',
      });
      return;
    }
    // "Formal co-option of Ann Ash to the council. KL proposed MN seconded.": the business, then who proposed and seconded
    // it in initials, with no vote after: a parish's record of what it decided.
    if (
      INITIALS_PROPOSED_SECONDED.test(sentence) &&
      i > 0 &&
      addedAt !== i - 1 &&
      BUSINESS_WITHOUT_VERB.test(before) &&
      !VOTE_OR_RESULT.test(next)
    ) {
      add('resolution', `${before} ${sentence}`, segment, `${before} ${sentence}`, {
        formal: false,
        rule: 'business, then who proposed and seconded it in initials',
      });
      return;
    }
    // "Cllr Harlow had sent a report for the Clerk to read out. Clerk to action.": the action is the sentence before.
    // Not when the sentence before was read as an action already: "… the Clerk agreed to forward the points. Clerk to action."
    if (VAGUE_ACTION_LINE.test(sentence)) {
      if (i > 0 && before && !VAGUE_ACTION_LINE.test(before) && actedAt !== i - 1) {
        add('action', `${before} ${sentence}`, segment, `${before} ${sentence}`, {
          formal: false,
          owner: sentence.split(/ to /i)[0] ?? null,
          rule: 'a vague action after what it is about',
        });
      }
      return;
    }
    // "It was proposed by Cllr Ash, seconded by Cllr Birch and – That Cllr Cedar be elected Chair." then
    // "(Vote: For - 33, Against - 3)": the motion, unless the vote below it or the words after it say it fell.
    const seconded = MOTION_AFTER_SECONDER.exec(sentence)?.[1];
    if (seconded) {
      if (!LOST.test(next) && !lostByCount(next) && !lostBelow(sentence, [clauses.slice(i + 1).join(' '), ...later]))
        add('resolution', seconded, segment, sentence, {
          formal: false,
          rule: 'a motion after who proposed and seconded it',
        });
      return;
    }
    if (excluded(sentence)) {
      // "It was proposed … that a grant be awarded. All in favour.": a proposal the vote then carried.
      if (PROPOSED.test(sentence) && CARRIED_BY_VOTE.test(next)) {
        add('resolution', `${sentence} ${next}`, segment, `${sentence} ${next}`, {
          formal: false,
          weak: NAMES_ONLY_THE_RECOMMENDATIONS.test(sentence),
          rule: 'a proposal, then the vote that carried it',
        });
      }
      return;
    }
    // "… seconded and CARRIED: 9 for, 0 against." then "THAT THE COUNCIL GRANTS …": the vote, then what it carried.
    const voteBefore = i > 0 ? [clauses[i - 1] ?? ''] : previous.slice(-2).reverse();
    const carriedAbove =
      VOTE_BEFORE_MOTION.test(voteBefore[0] ?? '') ||
      (VOTE_COUNT_LINE.test(voteBefore[0] ?? '') && VOTE_BEFORE_MOTION.test(voteBefore[1] ?? ''));
    if (carriedAbove && MOTION_AFTER_VOTE.test(sentence)) {
      add('resolution', sentence, segment, sentence, { formal: false, rule: 'the motion a vote above it carried' });
      return;
    }
    // "Councillor Gordon moved a procedural motion …", "Councillor Reece seconded the motion.", then "It was agreed.":
    // the motion, carried on a line of its own.
    const [moved, secondedIt] = previous.slice(-2);
    if (
      i === 0 &&
      CARRIED_ALONE.test(sentence) &&
      moved &&
      secondedIt &&
      SECONDED_ONLY.test(secondedIt) &&
      MOVED_BY.test(moved)
    ) {
      const carried = `${moved} ${secondedIt} ${sentence}`;
      add('resolution', carried, segment, carried, {
        formal: false,
        rule: 'a motion moved and seconded, then agreed on its own line',
      });
      return;
    }
    // "Cllr Walters nominated Cllr Lloyd to be the Mayor." then "Cllr Rogers seconded this proposal and all members were
    // in favour of this.": the seconder's line carries the nomination before it.
    if (SECONDED_AND_CARRIED.test(sentence) && MOVED_BY.test(before ?? '')) {
      const carried = `${before} ${sentence}`;
      add('resolution', carried, segment, carried, { formal: false, rule: 'a proposal seconded and carried' });
      return;
    }
    // "Vice Chairman – Ann Ash." then "Proposed by Ben Birch, Seconded by Cai Cole.": an office bearer elected, and who
    // proposed and seconded them.
    if (NAMES_WHO_MOVED.test(sentence.replace(/\.$/, '')) && OFFICE_AND_HOLDER.test(before ?? '')) {
      const elected = `${before} ${sentence}`;
      add('resolution', elected, segment, elected, {
        formal: false,
        rule: 'an office and its holder, then who proposed',
      });
      return;
    }
    // "Graham Ash: proposed by Ann Birch, seconded by Con Dale. All in favour": the vote carries the proposal before it.
    // But "It was RESOLVED to approve the minutes …" over "Proposed: Cllr Ash, seconded: Cllr Birch. All in favour.": who
    // proposed and seconded, and the vote, on the decision read above.
    if (
      ALL_IN_FAVOUR.test(sentence) &&
      i === 1 &&
      /^(?:Proposed|Moved)\b/i.test(before ?? '') &&
      previous.slice(-2).some((line) => DECIDED_ABOVE.test(line))
    )
      return;
    if (ALL_IN_FAVOUR.test(sentence) && PROPOSED_AND_SECONDED.test(before ?? '')) {
      const carried = `${before} ${sentence}`;
      add('resolution', carried, segment, carried, { formal: false, rule: 'a proposal carried by all in favour' });
      return;
    }
    // "APP/24/0929 Alterations – Mill House, Dunmore. No comment.", or "24/01234/FUL – 3 Mill Lane. Two houses." over
    // "HPC Object to this application on the grounds …": the response, told with the application it answers.
    const noComment = NO_COMMENT.test(sentence);
    if (noComment || (i === 0 && RESPONSE_TO_THIS_APPLICATION.test(sentence))) {
      const from = noComment ? clauses.slice(0, i).findLastIndex((c) => APPLICATION.test(c)) : -1;
      const application = from >= 0 ? clauses.slice(from, i).join(' ') : i === 0 ? applicationLines(previous) : '';
      if (APPLICATION.test(application)) {
        const response = `${application} ${sentence}`;
        add('resolution', response, segment, response, {
          formal: false,
          rule: noComment
            ? 'no comment on the application before it'
            : 'a response to "this application", told with the application above it',
        });
        return;
      }
    }
    // The vote's own line leads into the motion below it.
    if (VOTE_BEFORE_MOTION.test(sentence) && /:\s*$/.test(sentence)) return;
    if (VOTE_BEFORE_MOTION.test(sentence) && MOTION_AFTER_VOTE.test(next)) return;
    // "MATTERS ARISING: Councillors would request …": the shapes are read with the inline heading and without it, or
    // without two ("Matters Arising Minute 16 – Planning Seminar – The Committee noted that …").
    // "Consequently officers agreed to …", "Likewise, Officers would review …": read without the word that links it.
    const unlabelled = withoutLinkingWord(
      sentence.replace(CAPITALS_LABEL, '').replace(TITLE_LABEL, '').replace(TITLE_LABEL, ''),
    ).replace(OWNER_CELL_AT_END, '$1');
    // "18/77 Noise from the depot, Mill Lane – The parish council will ask …": a long topic before a spaced dash.
    const afterTopic = sentence.replace(TOPIC_BEFORE_DASH, '');
    const readAs = (r: (typeof SENTENCE_RULES)[number]) =>
      matches(r.pattern, sentence)
        ? sentence
        : unlabelled !== sentence && matches(r.pattern, unlabelled)
          ? unlabelled
          : afterTopic !== sentence && matches(r.pattern, afterTopic)
            ? afterTopic
            : null;
    const rule = SENTENCE_RULES.find(
      (r) => !r.beforeNotOutcomes && (!r.opensBlock || (i === 0 && segment.opensBlock)) && readAs(r) !== null,
    );
    if (!rule) return;
    // "Cllr Ash proposed that …; Cllr Birch seconded." then "The motion was lost.": nothing was decided. So too after
    // the vote's own line: "PROPOSED: A.Ash SECONDED: B.Birch Vote: one in favour, four against." then "… was lost."
    const [nextSaid = '', thenSaid = ''] = [...clauses.slice(i + 1), ...sentencesOf(following)];
    if (rule.motion && (LOST.test(nextSaid) || (VOTE_LINE.test(nextSaid) && LOST.test(thenSaid)))) return;
    // "Cllr Fenn proposed Cllr Pell as Vice-Chairman, which was seconded." then "Cllr Pell was duly elected.": the
    // election, said next, is the decision.
    if (rule.motion && ELECTED_NEXT.test(clauses[i + 1] ?? '')) return;
    // "Cllr Ash proposed Cllr Birch be elected as Chair, which was seconded …" over "Resolved: To elect Cllr Birch as
    // Chair.": the resolution below says what was decided.
    if (rule.motion && RESOLUTION_BELOW.test(following)) return;
    const read = readAs(rule) ?? sentence;
    const match = rule.pattern.exec(read);
    const owner = rule.owner ? (match?.[rule.owner]?.trim() ?? null) : null;
    const after = match ? read.slice(match.index + match[0].length) : read;
    // "This project was approved." says what only with the sentence before it; so does a
    // planning response in capitals on a line of its own.
    // "Proposed Cllr Ash, seconded Cllr Birch, all in favour." says what only with the sentence before it.
    // So does "Mrs Cole was unanimously elected." under the office's heading ("Honorary Secretary").
    const bare =
      rule.kind === 'resolution' &&
      (BARE_RESPONSE.test(sentence) || VOTE_ONLY.test(sentence) || ELECTED_TO_NO_OFFICE.test(sentence));
    // "It was moved … that the recommendations be approved. On being put to the vote the motion was CARRIED.":
    // the vote says what it carried only with the proposal before it. So does "Motion put, and on a show of hands,
    // declared CARRIED." under the motion's own numbered paragraph.
    const carriedProposal = CARRIED_MOTION.test(sentence) && PROPOSED.test(before ?? '');
    // "v) To agree Standing Orders." over "These were agreed and signed.": a short line above the paragraph says what.
    const shortLineAbove =
      i === 0 && POINTS_UP.test(sentence) && before !== '' && before.split(/\s+/).length <= SHORT_LINE_ABOVE_WORDS;
    const leansBack =
      ((ANAPHOR.test(sentence) && (i > 0 || shortLineAbove)) || bare || carriedProposal) && !quotes.has(sentence);
    // "18a South Street. Replacement of windows. No objection.": the site's short line before the description too.
    // So is the application's reference, printed as a sentence of its own ("08/01234/FUL. Mill Farm. No objections.").
    const site = bare && i > 1 && siteOrReference(clauses[i - 2] ?? '') ? `${clauses[i - 2]} ` : '';
    // "… it was proposed that the minutes be approved." over "Proposed: Cllr Ash Seconded: Cllr Birch" over "The proposal
    // was accepted unanimously.": the proposal, above who proposed and seconded it.
    const twoBack = i > 1 ? clauses[i - 2] : i === 1 ? previous.at(-1) : previous.at(-2);
    const proposalAbove =
      carriedProposal && NAMES_WHO_MOVED.test(before ?? '') && twoBack && /\b(?:proposed|moved)\b/i.test(twoBack)
        ? `${twoBack} `
        : '';
    // "… tourist accommodation." over "Noted. No Objections.": the application's lines before the bare "Noted." too.
    const afterNoted = bare && i === 1 && /^Noted\.?$/i.test(before);
    // "… Cllr Ash seconded. There were no other nominations. IT WAS AGREED.": the proposal, past the sentence that says
    // only that nothing else was put.
    const twoBefore = clauses[i - 2] ?? '';
    const proposalPast =
      i > 1 && NOTHING_ELSE_PUT.test(before) ? `${sentenceOfClause.get(twoBefore) ?? twoBefore} ` : '';
    const record =
      i === 0 && bare
        ? applicationLines(previous)
        : afterNoted
          ? `${applicationLines(previous)} ${before}`
          : // "Cllr Cole PROPOSED acceptance of the minutes; Cllr Ash seconded. IT WAS AGREED.": the whole of the sentence before.
            `${site}${proposalAbove}${proposalPast}${sentenceOfClause.get(before) ?? before}`;
    // "Resident commented on thefts from gardens. Clerk to contact PCSO": a short decision or action is quoted with what
    // it answers, which tells it from the same words said under another matter.
    // So is one that points back at it: "Now priced at £40 for two. Agreed by the PC to cover this cost."
    const short =
      i > 0 &&
      before &&
      !sentenceOfClause.has(sentence) &&
      (sentence.split(/\s+/).length <= SHORT_WORDS || POINTS_BACK_TO_IT.test(sentence));
    const quote =
      leansBack && record
        ? `${record} ${sentence}`
        : short
          ? `${before} ${sentence}`
          : (sentenceOfClause.get(sentence) ?? sentence);
    // "Location: Mill House, Lane End. It was resolved that the Parish Council make no objection.": a response to a
    // planning application that does not name it says which with the application's lines before it.
    const unnamed =
      rule.kind === 'resolution' && !leansBack && PLANNING_RESPONSE.test(sentence) && !APPLICATION.test(sentence);
    const application = unnamed ? unansweredApplication([...previous, ...clauses.slice(0, i)]) : '';
    // "The bus shelter glass is cracked. / Clerk to report": an action with no object is told with the matter before it.
    const objectBefore = rule.kind === 'action' && before !== '' && ACTION_WITHOUT_OBJECT.test(sentence);
    const words = `${application}${
      rule.keep === 'after-match'
        ? after
        : rule.keep === 'owner-to-rest' && owner
          ? `${owner} to ${after}`
          : leansBack || objectBefore
            ? quote
            : sentence
    }`;
    // "The above payment was agreed. Proposed: Ann Ash. Seconded: Ben Birch.", "… No objection. Unanimous decision.":
    // the vote after a decision is part of it.
    let voteAfter = '';
    // So too after what was agreed would be done ("It was agreed that £50 would be given. 9 in favour, 2 against.").
    const decided = rule.kind === 'resolution' || (rule.kind === 'follow-up' && /\bagreed\b/i.test(sentence));
    for (let j = i + 1; decided && VOTE_AFTER_DECISION.test(clauses[j] ?? ''); j++) {
      voteAfter += ` ${clauses[j]}`;
      votesRead.add(j);
    }
    // "… access. Support with comments. Concerns were raised about the footpath …": the comments it was given with.
    if (bare && WITH_COMMENTS.test(sentence))
      for (let j = i + 1; j < clauses.length; j++) {
        voteAfter += ` ${clauses[j]}`;
        votesRead.add(j);
      }
    add(rule.kind, `${words}${voteAfter}`, segment, `${application}${quotes.get(sentence) ?? quote}${voteAfter}`, {
      formal: false,
      // "Cllr Graham proposed that the Executive agree to the recommendations …": the resolution below says what they were.
      // Not a vote read with what it carried, said before it ("Members were not in favour of the dwelling. This objection
      // was carried."): that says what was decided.
      weak: (rule.weak && !(leansBack && record)) || THE_RECOMMENDATIONS.test(words),
      owner: owner?.replace(/^the /i, ''),
      rule: rule.shape,
    });
  });
}

/** "It was proposed by Cllr Ash and seconded by Cllr Birch that …": who moved and who seconded, then what. */
/** Also with no names: "It was proposed and seconded that Abigail Muller be the new chairman." */
/**
 * "18/77 Reports of noise from the depot, Mill Lane – ": a topic of up to a line before a spaced dash and a capital; or
 * before a spaced slash, a table's cells run together ("Control of Payments / The Board ratified …").
 */
// Not who spoke: "Cllr Ash – Asked that the Council consider a second bench" is a member's report; nor a list's few words
// after the dash ("Two huts at Mill Farm – Approved", another body's decision reported); nor a planning application's
// site and description ("25/0202 Mill Lane – Application to remove condition 2").
const TOPIC_BEFORE_DASH =
  /^(?!(?:The )?(?:Cllrs?\.?|Councill?ors?|Mr|Mrs|Ms|Dr|Clerk|Chair\w*)\b)[^.;:–—]{3,120}?\s[–—/]\s+(?=[A-Z]\S*(?:\s+\S+){3})(?!(?:Application|Proposals?|Proposed|Erection|Construction|Demolition|Change|Variation|Removal|Retrospective|Outline|Listed|Prior|Installation|Conversion|Extension)\b)/;
// Also with no "It was", after the item's title, and with the vote before what was carried: "PRECEPT – Proposed by Cllr
// Ash and seconded by Cllr Birch, all in favour, that a precept of £5,000 be agreed."
const PROPOSED_AND_SECONDED_THAT =
  /^(?:[^.;]{0,80}?\s[–—-]\s+)?(?:It was p|P)roposed(?: by [^.;]{2,60}?)?,? and seconded(?: by [^.;]{2,60}?)?,?(?:\s*(?:all|unanimously) (?:in favour|agreed),?)?\s+that\b/i;
/** "Mr Ash proposed awarding a grant of £500, seconded by Mrs Birch.": a proposal with its seconder, in one sentence. */
const PROPOSED_THEN_SECONDED =
  /^(?:[^.;]{0,300}?[,:]\s+)?(?:(?:Cllr\.?|Councill?or|Mr|Mrs|Ms|Miss|Dr)\s+)?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? proposed (?!that\b)[^.;]{5,200}?,\s*(?:and )?seconded by [^.;]{2,60}\.?$/;
/** "There were no counter motions.", "There was no amendment.": nothing else was put, so the proposal carried. */
const NO_OTHER_MOTION = /^There (?:were|was) no (?:counter[- ]?motions?|amendments?|other (?:motions?|proposals?))\b/i;
/** What a vote or its result says: "The motion was carried.", "… was elected", "On a vote …". */
const VOTE_OR_RESULT =
  /\b(?:carried|lost|defeated|fell|elected|agreed|approved|resolved|RESOLVED|passed|votes?|voted|in favour|against|abstentions?|amendment|nominations?)\b/i;

/** "Support with comments.", "No objection, with the following comments:": a response whose comments follow it. */
const WITH_COMMENTS = /\bwith (?:the following )?comments?\s*[.:]?$/i;

/** A decision or action this short says what it is about only with the sentence before it. */
const SHORT_WORDS = 7;

/** "… to cover this cost", "… agreed to fund it": a decision whose object is the sentence before. */
const POINTS_BACK_TO_IT =
  /\b(?:this|these|those) (?:costs?|sums?|amounts?|figures?|items?|works?|matters?|proposals?|requests?|quotes?|quotations?|expenditure|purchases?|prices?|fees?|payments?)\b|\b(?:fund|pay for|cover|approve|support|accept|arrange) (?:this|it|them)\b/i;

/**
 * "Unanimous decision.", "All in favour.", "Proposed: Ann Ash.", "Proposed Cllr Ash, seconded Cllr Birch.", "9 Councillors
 * in favour, 2 against.": a vote, no more.
 */
const VOTE_AFTER_DECISION =
  /^(?:\d{1,2} (?:(?:Cllrs|[Cc]ouncill?ors|[Mm]embers|votes) )?(?:in favour|for)(?:,? (?:and )?\d{1,2} against)?(?:,? (?:and )?\d{1,2} abstentions?)?|Unanimous(?: decision| vote)?|All (?:(?:Cllrs|[Cc]ouncill?ors|[Mm]embers)(?: present)? )?(?:in favour|agreed)(?: of [^.;]{2,80}| by all)?|Carried(?: unanimously)?|(?:Proposed|Seconded)(?: by)?:? (?:Cllr\.? |Councill?or )?[A-Z][\w.'’ -]{1,40}?(?:,? (?:and )?seconded(?: by)?:? (?:Cllr\.? |Councill?or )?[A-Z][\w.'’ -]{1,40}?)?(?:,? (?:all in favour|carried|agreed)(?: unanimously)?)?)\.?$/i;

/** "It was RESOLVED that (i) …", "It was agreed: (i) to …": a decision's lead-in over parts numbered inside the sentence. */
const INLINE_PARTS_LEAD = /^(.*?\b(?:resolved|agreed|decided)\b(?: unanimously)?(?:,? that:?|:))\s+\(?(?:i|a|1)\)\s+/i;
const INLINE_PART_BREAK = /;?\s+(?:and\s+)?\(?(?:ii|iii|iv|v|vi|vii|viii|ix|x|[b-h]|[2-9])\)\s+/;

/**
 * "It was RESOLVED that (i) the Clerk book the hall; and (ii) Cllr Evans book the band.": each part is
 * read with the lead-in's sense ("It was RESOLVED that Cllr Evans book the band") and quoted as printed.
 */
function inlineParts(sentence: string, quotes: Map<string, string>): string[] | null {
  const lead = INLINE_PARTS_LEAD.exec(sentence);
  if (!lead) return null;
  // One part is still a list ("Resolved that: 1) the accounts be received.", its page cut after it).
  const parts = sentence.slice(lead[0].length).split(INLINE_PART_BREAK);
  return parts.map((part) => {
    // "It was agreed: (i) to appoint …": the lead-in's colon is not part of the sentence each part makes.
    const clause = `${(lead[1] ?? '').replace(/(?<=\b(?:resolved|agreed|decided)):$/i, '')} ${part.replace(/[;,]\s*(?:and|or)?\s*$/, '')}`;
    quotes.set(clause, part);
    return clause;
  });
}

/** "Resolved: To elect …", "RESOLVED – That …": the next paragraph is the resolution of what was moved. */
const RESOLUTION_BELOW = /^(?:It was\s+)?(?:RESOLVED|Resolved|AGREED|Agreed)\s*[:–—-]\s*(?:[Tt]hat|[Tt]o)\b/;

/** "… as and when time allows. / AB": an action column's cell run onto the end of its sentence. */
const OWNER_CELL_AT_END = /([.!])\s+\/\s+[A-Z][\w'’-]{0,20}(?:\s*(?:\/|&|and)\s*[A-Z][\w'’-]{0,20}){0,3}$/;

/** "Consequently", "Likewise,", "In the meantime,": a word that links a sentence to the one before it. */
const LINKING_WORD =
  /^(?:Consequently|However|Likewise|Accordingly|Therefore|Subsequently|Additionally|Furthermore|Moreover|Similarly|Thereafter|Meanwhile|In addition|As a result|In the meantime|In the interim|To that end),?\s+([A-Za-z])/;
/** The sentence as if it began after its linking words: "In the meantime the policy …" is read as "The policy …". */
const withoutLinkingWord = (sentence: string) =>
  sentence.replace(LINKING_WORD, (_linking, first: string) => first.toUpperCase());

/**
 * "Community Website- K. Ash is to …", "Police Report:- The Secretary was to …", "Foundation: Mr Dale has agreed to …",
 * "Play area swings (min.101 refers) Cllr Ash will …": a topic's title run into its minute, which may open with its
 * decision in small letters ("Library van (min.124 refers) resolved that the Clerk write …").
 * Also after a minute's number with a stroke ("30/26 Hall: It was resolved …"), or glued to it ("13/21Audit: The
 * Committee noted …"). Not who seconded ("Seconded: Ann Ash all in
 * favour"): the vote on what was proposed above.
 */
const TITLE_LABEL =
  /^(?!Second(?:ed|er)\b)(?:(?:\d+(?:\.\d+)*|\d{1,4}\/\d{2})\.?\s+|\d{1,4}\/\d{2}(?=[A-Z][a-z]))?[A-Z][A-Za-z0-9'’&/, -]{2,40}?(?:(?<=[a-z])-|:-?|(?<=[a-z0-9])\s[–—-]|\s\((?:[Mm]in(?:ute)?s?\.?\s*(?:[Nn]o\.?\s*)?\d[\w/.]*(?:\s+refers?)?|[Ss]ee (?:[Mm]in(?:ute)?s?\.?\s*)?\d[\w/.]*)\))\s+(?=[A-Z]|(?:resolved|agreed|decided) (?:that|to)\b)/;

/** A line above that says it decided, so was read as a decision there. */
const DECIDED_ABOVE = /\b(?:RESOLVED|AGREED|DECIDED|[Rr]esolved|[Aa]greed)\b/;

/**
 * "P. Mr Scott, S. Mrs Stannard.": who proposed and who seconded, by initial letters; or in initials after the words, with
 * the vote ("Proposed: AA Seconded: BB All were in agreement."); or who seconded the proposal before, and the vote
 * ("AB proposed that a bench be bought. CD seconded, all agreed.").
 */
const PROPOSER_AND_SECONDER_MARKS =
  /^[A-Z]{2,3} seconded,?\s*(?:all (?:were )?(?:agreed|in favou?r)|carried|agreed)(?: unanimously)?\.?$|^(?:\(P\)\s*)?[A-Z]{2,3}\s*\(S\)\s*[A-Z]{2,3}\.?$|^(?:P|Prop(?:osed)?)(?: by)?\s*[:.]\s*[A-Z]{2,3}\.?,?\s+(?:S|Sec(?:onded)?)(?: by)?\s*[:.]\s*[A-Z]{2,3}\.?(?:,?\s+(?:All (?:were )?in (?:agreement|favour)|All agreed|Carried|Agreed)(?: unanimously)?\.?)?$|^P\.\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s*)?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,?\s+S\.\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s*)?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?\.?$/;

/** "(prop Cllr Kinsey, sec Cllr Mrs Blackman – all in favour)": who proposed and seconded, and the vote, in brackets at the end. */
const BRACKETED_VOTE =
  /\s\((?:prop(?:osed)?\.?(?: by)?)\s[^()]{2,60}?,?\s*sec(?:onded)?\.?(?: by)?\s[^()]{2,60}?[–—,-]\s*(?:all (?:in favour|agreed)|unanimous(?:ly agreed)?|carried|agreed)\)\.?$/i;

/** ", and it was confirmed that …": a second sentence run on after a comma and "and". */
const AND_IT_WAS_AGREED = /,\s+and\s+(?=it was (?:also |further )?(?:agreed|confirmed|resolved|decided)\b)/;

/** "and that the changes be submitted …": a clause that goes on with the decision before it. */
const FURTHER_PART = /^(?:and (?:also )?|also )?that\s[^;]{3,200}?\bbe\s+[a-z]{3,}/i;

/**
 * "The Members agreed that Ashby Town Council supports …": who decided, and the body whose further parts may follow with
 * their verbs alone ("; continues to …", "; and explore …"). A "That" before it is the resolution's.
 */
const AGREED_THAT_BODY =
  /^(?:That\s+)?((?:[Tt]he )?(?:Members|Councillors|(?:[A-Z][\w-]* ){0,3}(?:Council|Committee|Board|Panel|Cabinet)) (?:also |unanimously )?(?:agreed|resolved|decided) that (?:the )?(?:[A-Z][\w&'’-]* ){0,4}(?:Council|Committee|Board|Panel|Cabinet|Authority))\s+(?=[a-z])/;

/** "continues to promote exercise …", "and explore that …": a part that opens with its verb, its body the lead-in's. */
const VERB_PART =
  /^(?:and |also )*(?!(?:the|a|an|this|that|these|those|it|its|they|their|there|which|who|whose|where|when|while|but|however|although|as|if|so|not|in|on|at|for|with|from|by|to|of|all|any|some|each|no|more|most|further|other)\b)[a-z]{3,}\s+(?=[a-z])/;

/** "Members were in agreement with the proposed changes", "The Committee agreed these changes": what was listed above. */
const AGREED_WITH_THE_LISTED =
  /\b(?:was|were) in agreement with (?:the|these|those) (?:proposed |suggested )?(?:revisions|changes|amendments|proposals)\b|\b(?:agreed|approved|endorsed|accepted) (?:the|these|those|all) (?:proposed |suggested |above )?(?:revisions|changes|amendments|proposals)\b/i;

/** "… changes to our forward plan …", "… to the work programme …": a work plan or programme. */
const WORK_PLAN = /\b(?:work|forward) (?:plan|programme)\b/i;

/** What the lead-in above proposes: "… the proposed changes, which in summary were to:". */
const PROPOSES_WHAT_FOLLOWS = /\b(?:propos\w*|suggest\w*|changes?|revisions?|amendments?)\b[^.]*:-?\s*$/i;

/**
 * The parts listed above, each opening with its verb ("move the update to February;"), when the line over them proposes
 * them; none otherwise.
 */
function changesListedAbove(previous: string[]): string[] {
  let first = previous.length;
  while (first > 0 && VERB_PART.test(previous[first - 1] ?? '') && /^[a-z]/.test(previous[first - 1] ?? '')) first--;
  const parts = previous.slice(first);
  return parts.length >= 2 && PROPOSES_WHAT_FOLLOWS.test(previous[first - 1] ?? '') ? parts : [];
}

/** The lead-in of the paragraphs above, when each ended with a semicolon: this paragraph is their next part. */
function leadOfPartsAbove(previous: string[]): string | undefined {
  for (let i = previous.length - 1; i >= 0; i--) {
    const text = previous[i] ?? '';
    if (!/;\s*(?:and|or)?\s*$/.test(text)) return undefined;
    const lead = AGREED_THAT_BODY.exec(text)?.[1];
    if (lead) return lead;
  }
  return undefined;
}

/** "Proposal that council commits £1,500 …": a further proposal after the first, carried by the same vote. */
const FURTHER_PROPOSAL =
  /^(?:(?:A )?(?:further |second )?[Pp]roposal|It was (?:also |further |unanimously |then )proposed) that\b/;

/** A sentence's clauses at its semicolons, each remembering the sentence it came from. */
function splitAtSemicolons(sentence: string, sentenceOfClause: Map<string, string>): string[] {
  // Also a label glued to its text by a semicolon: "Any other business;Trestle tables to be lent …".
  const clauses = sentence.split(/;\s+(?=\S)|;(?=[A-Z][a-z])/);
  if (clauses.length > 1) for (const clause of clauses) sentenceOfClause.set(clause, sentence);
  return clauses;
}

/**
 * Who decided, what, and a second decision of theirs after "and": "Councillors resolved to … and agreed that …",
 * "Members noted the contents of the report and requested that time be set aside …", "The Board noted the report and agreed
 * the action plan", "Councillors agreed the budget headings but asked for more analysis of the field's costs", "After discussion,
 * the Panel agreed its findings and tasked the Officer to draft the report".
 */
const TWO_DECISIONS =
  /^((?:(?:After|Following) (?:some |further |a )?(?:discussion|debate),\s+(?:the|The) |[Tt]he )?(?:Members|Councillors|(?:[A-Z][\w-]* ){0,3}(?:Council|Committee|Board|Panel|Cabinet))(?: (?:also|unanimously|then))?) ((?:(?:resolved|agreed|decided) (?:to|that)|noted|(?:agreed|approved|endorsed) (?:the|a|an|its|their)) [^.;]{10,}?),? (?:and|but) (?:also )?((?:(?:resolved|agreed|decided) (?:to|that)|(?:agreed|approved|endorsed) (?:the|a|an)|requested(?: that|(?= (?:a|an|the|further) [^.;]{3,80}\bbe [a-z]+(?:ed|en|ought)\b))|asked (?:that|for)|(?:tasked|asked|instructed) (?:the )?(?:[A-Z][\w-]*|[Oo]fficers?|[Cc]lerk) (?:to [a-z]{3,}|with [a-z]{3,}ing)) [^.;]{10,})$/;

/**
 * "It was resolved that Cllr Evans be thanked for his report and that clarity be requested about CIL.", "It was agreed
 * that Cllr Ash would review the work and that an analysis should be carried out": two decisions.
 */
const TWO_THATS =
  /^((?:It was|(?:The )?(?:[A-Z][\w-]* ){0,3}(?:Council|Committee|Board|Panel|Members|Councillors))(?: (?:also|unanimously|then))? (?:resolved|RESOLVED|agreed|AGREED|decided) that) ([^.;]{6,}?\b(?:be [a-z]+ed|(?:would|should|will) [a-z]{3,})\b[^.;]*?) and that ([^.;]{6,}?\b(?:be [a-z]+ed|(?:would|should|will) [a-z]{3,})\b[^.;]*)$/;

/** "It was agreed that the first plan was preferred but it was also agreed to ask residents": two agreements in one sentence. */
const TWO_AGREEMENTS =
  /^(It was (?:unanimously )?(?:agreed|resolved|decided) (?:that|to) [^.;]{6,}?),? (?:but|and) (it was (?:also |further )?(?:agreed|resolved|decided) (?:that|to) [^.;]{6,})$/;

/** "Councillors asked the Clerk to put it in the newsletter and Councillor Ash agreed to display the leaflets": a request, then someone's undertaking. */
const REQUEST_AND_UNDERTAKING =
  /^((?:Councill?ors|Members|The (?:[A-Z][\w-]* ){0,3}(?:Council|Committee|Board|Panel)) asked (?:the )?(?:[A-Z][\w'’-]*|[Cc]lerk|[Oo]fficers?) to [^.;]{6,}?),? and ((?:Councill?or|Cllr\.?|Mr|Mrs|Ms|Dr)\.? (?:[A-Z]\. ?)*[A-Z][\w'’-]+ (?:agreed|undertook|offered|volunteered) to [^.;]{6,})$/;

/**
 * "It was agreed that the Clerk would send a reply and Councillor Ash would speak to the Chairman": two people, each with
 * a task of their own.
 */
const TWO_PEOPLE_TO_ACT = new RegExp(
  String.raw`^((?:It was|(?:The )?(?:[A-Z][\w-]* ){0,3}(?:Council|Committee|Board|Panel|Members|Councillors))(?: (?:also|unanimously|then|discussed and))? (?:resolved|agreed|decided) that) ((?:the |[A-Z])[^.;]{2,60}? (?:would|will|should) [a-z]{3,}[^.;]*?),? and ((?:the (?:[Cc]lerk|[Cc]hair(?:man|person)?|[Tt]reasurer)|(?:Cllr|Councill?or|Mr|Mrs|Ms|Dr)\.? (?:[A-Z]\. ?)*[A-Z][\w'’-]+) (?:would|will|should) [a-z]{3,}[^.;]*)$`,
);

/** A body, then its first verb: "The Committee noted …", "Members agreed …". */
const BODY_THEN_VERB =
  /^((?:The )?(?:[A-Z][\w-]* ){0,3}(?:Committee|Council|Board|Panel|Cabinet|Group|Forum)|Members|Councillors) (?=(?:noted|agreed|approved|endorsed|welcomed|thanked|asked|requested|supported|accepted)\b)/;
/** ", agreed to …", ", and asked that …": where the next decision of the series begins. */
const NEXT_IN_SERIES =
  /,\s+(?:and\s+)?(?=(?:noted|agreed|approved|endorsed|asked|requested|supported|accepted)\b(?! that the\b[^,]{0,40}\bwas\b))/;

function seriesOfOneBody(sentence: string, quotes: Map<string, string>): string[] {
  const body = BODY_THEN_VERB.exec(sentence)?.[1];
  if (!body) return [sentence];
  const parts = sentence.split(NEXT_IN_SERIES);
  // Three or more, so that "noted the report, and agreed …" stays for the reading of two decisions.
  if (parts.length < 3) return [sentence];
  return parts.map((part, i) => {
    const said = i === 0 ? part : `${body} ${part}`;
    quotes.set(said, sentence);
    return said;
  });
}

function twoDecisionsOfOneBody(sentence: string, quotes: Map<string, string>): string[] {
  const parts = twoDecisionsOf(sentence);
  if (!parts) return [sentence];
  for (const part of parts) quotes.set(part, sentence);
  return parts;
}

/** The two decisions of one body in one sentence, each with who decided; null when it holds one. */
export function twoDecisionsOf(sentence: string): string[] | null {
  const text = sentence.replace(/\.$/, '');
  // "… and Councillor Ash would speak to the Chairman about:" over what about: the lead-in stays on the last task.
  const leadsIn = /:$/.test(text) ? ':' : '.';
  const thats = TWO_THATS.exec(text) ?? TWO_PEOPLE_TO_ACT.exec(text.replace(/:$/, ''));
  const match = TWO_DECISIONS.exec(text);
  const agreements = TWO_AGREEMENTS.exec(text) ?? REQUEST_AND_UNDERTAKING.exec(text);
  if (agreements?.[1] && agreements[2]) return [`${agreements[1]}.`, `${agreements[2].replace(/^i/, 'I')}${leadsIn}`];
  const parts =
    thats?.[1] && thats[2] && thats[3]
      ? [`${thats[1]} ${thats[2].replace(/,$/, '')}.`, `${thats[1]} ${thats[3]}${leadsIn}`]
      : match?.[1] && match[2] && match[3]
        ? [
            `${match[1]} ${match[2].replace(/,$/, '')}.`,
            `${match[1].replace(/ (?:also|unanimously|then)$/, '')} ${match[3]}.`,
          ]
        : null;
  return parts;
}

/**
 * "That the report be noted, and that a briefing sheet be attached to the minutes" under a keyword: two decisions, each
 * worded "be …ed"; so is "the risk register be noted and a report on the fraud policy be brought to a future meeting". Not "that officers ensure that the plan be kept and that …", whose second "that" goes on with a
 * clause of the first.
 */
// Also "That the diversion order be NOTED and that Ann Ash would send her route to the officer …": the verb in capitals, and a
// second decision that someone will act.
const TWO_SUBJUNCTIVES =
  /^(?:[Tt]hat\s+)?((?:(?!\bthat\b)[^.;]){6,}?\bbe (?:[a-z]+ed|[A-Z]+ED)\b[^.;]*?),? and (?:that |(?=(?:a|an|further) ))((?:[a-z]|(?<=that )[A-Z])[^.;]{6,}?\b(?:be (?:[a-z]+ed|brought|sent|made|given|taken|held|kept|set up|sought|written|drawn up)|would|will|should)\b[^.;]*?)\.?$/;

/** The two decisions of a keyword's "… be noted, and that … be attached …"; null when it holds one. */
export function twoSubjunctivesOf(decided: string): string[] | null {
  const match = TWO_SUBJUNCTIVES.exec(decided);
  // "… to charge £18 an hour, and that the Clerk would ask the insurers …": a decision, then who acts on it.
  const parts = match?.[1] && match[2] ? [match[1], match[2]] : decided.split(SOMEONE_WOULD_ACT_AFTER);
  if (parts.length !== 2) return null;
  return parts.map((part) => `${part.charAt(0).toUpperCase()}${part.replace(/\.$/, '').slice(1)}.`);
}

/**
 * Whether the owner of an action is named in a sentence as one who may act: not "the draft prepared by the Clerk" or
 * "a letter from the Clerk", which name what the owner did before.
 */
function actsIn(sentence: string, owner: RegExp): boolean {
  return owner.test(sentence.replace(/\b(?:by|from) (?:the )?[\w'’.-]+(?: [A-Z][\w'’.-]+)?/gi, ''));
}

/** A sentence split in two where the second part begins, each part quoting the whole sentence it came from. */
function quotedWhole(sentence: string, at: RegExp, quotes: Map<string, string>): string[] {
  const parts = sentence.split(at);
  if (parts.length > 1) for (const part of parts) quotes.set(part, sentence);
  return parts;
}

function subjunctivesQuoted(sentence: string, quotes: Map<string, string>): string[] {
  // Each read as a decision "That …" of its own; "be NOTED" as "be noted", as the decision's own sentence would be.
  // Someone who "would" or "will" act is read as they are written: "Ann Ash would submit her proposal …".
  const parts = twoSubjunctivesOf(sentence)?.map((part) =>
    /\bbe [a-z]+\b/i.test(part)
      ? `That ${part.charAt(0).toLowerCase()}${part.slice(1)}`.replace(
          /\bbe ([A-Z]{3,})\b/,
          (_, verb: string) => `be ${verb.toLowerCase()}`,
        )
      : part,
  );
  if (!parts) return [sentence];
  for (const part of parts) quotes.set(part, quotes.get(sentence) ?? sentence);
  return parts;
}

const NOTED_THEN_AGREED = /^(It was (?:also )?noted that [^.;]{5,200}?)\s+and (?:it was )?(agreed (?:that|to)\b.*)$/;

function notedThenAgreed(sentence: string, quotes: Map<string, string>): string[] {
  const found = NOTED_THEN_AGREED.exec(sentence);
  if (!found?.[1] || !found[2]) return [sentence];
  const parts = [`${found[1]}.`, `It was ${found[2]}`];
  for (const part of parts) quotes.set(part, quotes.get(sentence) ?? sentence);
  return parts;
}

/** ", Fay will post the minutes" after a clause that agreed or undertook something: where the next undertaking begins. */
// Also an answer, then what officers will do: "They were not free of charge, however Officers would look into …".
const SOMEONE_WILL_AFTER_COMMA =
  /(?<=\b(?:agreed|will|would)\b[^.;,]{3,200}?),\s+(?=[A-Z][a-z]{2,14} (?:will|would) (?!be\b|have\b)[a-z]{3,}\b)|,\s+(?:however|but)\s+(?=(?:[Oo]fficers|[Tt]he (?:[Cc]lerk|[Cc]hair(?:man)?|[A-Z][\w-]* (?:Officer|Manager|Director))) (?:would|will) (?!be\b|have\b|not\b)[a-z]{3,}\b)/;

/** "… advised that the tip would not accept shredded paper – Clerk to ask …": where the clerk's action begins. */
const SAID_THEN_CLERK_TO_ACT =
  /(?<=\b(?:advised|reported|said|stated|explained|informed|confirmed|noted)\b[^–—]{3,200}?)\s+[–—]\s+(?=(?:The |the )?[Cc]lerk to [a-z]|(?:Cllr|Councill?or|Mr|Mrs|Ms|Dr)\.? [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:undertook|agreed|offered|volunteered) to [a-z])/;

/** The lines of the last application above, from its reference, with a space after; none if it was answered already. */
function unansweredApplication(lines: string[]): string {
  const from = lines.findLastIndex((line) => APPLICATION.test(line));
  if (from < 0 || lines.length - from > 8 || lines.slice(from).some((line) => PLANNING_RESPONSE.test(line))) return '';
  return `${lines.slice(from).join(' ')} `;
}

/** "18a South Street.", "08/01234/FUL.": a site's or an application's short line before a bare response. */
const siteOrReference = (clause: string) => SITE_SENTENCE.test(clause) || APPLICATION.test(clause);

/** "Clerk reported that there had been a break-in": what someone reported, which is no action of theirs. */
const excludedAsReport = (sentence: string) =>
  /^[^.;]{0,60}\b(?:reported|said|explained|advised|informed)\b/.test(sentence);

/** "…, clerk to send out a copy, Parish Council had …": where a clerk's action, in note form, spliced in with commas begins and ends. */
const CLERK_TO_ACT_SPLICED = /,\s+(?=clerk to [a-z]{3,}\b)|(?<=,\s+clerk to [a-z]{3,}\b[^,.;]{3,80}),\s+(?=[A-Z])/;

/** "It was reported that …, and the Clerk was asked to …": where the action asked for begins. */
const REPORTED_THEN_CLERK_ASKED =
  /(?<=\b(?:reported|noted|explained|stated|advised|said|informed)\b that [^.;]{5,250}?),?\s+and (?=(?:the )?[Cc]lerk (?:was|is) (?:instructed|asked|requested|directed|authorised|tasked) to [a-z])/;

/** A decision's verb, which an action after a comma may follow. */
const DECIDED = /\b(?:agreed|resolved|decided)\b/i;
/** "… at £18 an hour, and that the Clerk would ask the insurers …": where the undertaking after a decision begins. */
const SOMEONE_WOULD_ACT_AFTER =
  /,\s+and that\s+(?=(?:the |The )?(?:(?:Town |Parish |Deputy |Assistant )?[Cc]lerk|[Oo]fficers?|(?:Cllr|Councill?or)\.?\s+[A-Z][\w'’-]+) (?:would|will) [a-z]{3,}\b)/;
const CLERK_TO_ACT_AFTER_COMMA = new RegExp(
  String.raw`,\s+(?:however,?\s+)?(?=(?:the |The )?(?:[Cc]lerk|[Oo]ffice|[Oo]fficers) (?:is |are |was )?to [a-z]{3,}\b)|,\s+(?=(?:Cllr|Councill?or|Mrs?|Ms|Dr)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:(?:agreed|offered|volunteered|undertook) )?to [a-z]{3,}\b)|,\s+(?=[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:agreed|offered|volunteered|undertook) to [a-z]{3,}\b)|,\s+with\s+(?=(?:(?:Cllr|Councill?or|Mrs?|Ms|Dr)\.?\s+[A-Z][^,.;]{0,40}?|the [Cc]lerk) (?:agreeing|offering|volunteering|undertaking) to [a-z]{3,}\b)|${SOMEONE_WOULD_ACT_AFTER.source}`,
);

/** A question put to the meeting, which an answer after a dash may follow. */
const ASKED = /\b(?:asked|queried|enquired|questioned)\b/;
/**
 * "… asked if Members could have copies – officers agreed to take this up": where the answer begins. Also after a comma
 * and "and" when the answer is someone who took something on: "… asked when the loans were taken out, and Ann Ash
 * undertook to check the schedule".
 */
const ANSWER_AFTER_DASH =
  /,\s+and\s+(?=(?:the |The )?(?:[Oo]fficers?|[Cc]lerk|Chair(?:man)?|[A-Z][a-z]+ [A-Z][a-z]+|(?:Cllr|Councill?or)\.? [A-Z][\w'’-]+) (?:agreed to|undertook to|offered to)\b)|\s[–—]\s+(?=(?:the |The )?(?:[Oo]fficers?|[Cc]lerk|Chair(?:man)?|[A-Z][a-z]+ [A-Z][a-z]+|(?:Cllr|Councill?or)\.? [A-Z][\w'’-]+) (?:agreed to|undertook to|would|will|offered to|confirmed (?:that )?(?:they|he|she) would)\b)/;

/** "18a South Street, Caistor.", "4 Broadacres.": an application's site, a short line with a number or a street. */
const SITE_SENTENCE =
  /^(?=[^.]{0,60}\.?$)(?:\d+[a-z]?\s+[A-Z]|.*\b(?:Road|Street|Lane|Close|Avenue|Drive|Way|Farm|Cottages?|House|Green)\b)/;

/**
 * "9.1 ", "(4.2.1) ", "9.A1 ", "(2020 – 071) ": a paragraph's or minute's number before its first sentence, or a
 * sub-paragraph's inside a run-on one.
 */
/**
 * "3. TO APPOINT A VICE CHAIRMAN Cllr Ash proposed …": an agenda's wording of the item in capitals run into its first
 * sentence, with no stop or colon between; it says only what the item was to do.
 */
const TITLE_IN_CAPITALS_RUN_IN =
  /^(?:\d{1,3}\.?\s+)?TO\s+(?!(?:[A-Z'’]+\s+)*?(?:RESOLVED|AGREED|DECIDED|NOTED|APPROVED|ACTION)\b)(?:[A-Z][A-Z'’&/-]*\s+){1,12}(?=(?:Cllrs?\.?|Councill?ors?|The|It|Members|Mr|Mrs|Ms|Dr)\s)/;
/** "Arising from minute 96 (the pilot scheme),", "Arising from minute 97 the Forum …": which earlier minute a matter arises from. */
const ARISING_FROM_MINUTE =
  /^Arising from (?:minute|min\.?|item)\s*[\w/.]*\d(?:\s*\((?:[^()]|\([^()]{0,40}\)){0,400}\))?,?\s+(?=[A-Za-z])/i;

// Also a minute's number and a colon: "071/24: All Cllrs agreed that …"; and an earlier minute named in a review
// of actions: "Minute 121 – The Chief Executive confirmed he will follow this up."; and an earlier minute's number in a
// run-on review of matters arising: "9 – The Clerk reported that … and agreed to chase."; and a paragraph's number in a
// table's cell of its own: "1.4 / The Chairman advised that he would report back"; and a decision's number in a record
// of decisions, before the body that decided: "19/2010 The Cabinet recommended to Council …".
const NUMBER_ALONE = /^\(?\d{1,3}(?:\.\d{1,3}){1,3}[.)]?$/;
const PARAGRAPH_NUMBER =
  /^(?:\(?\d{1,3}(?:\.(?:\d{1,3}|[A-Za-z]\d{0,2})){1,3}\)?\.?(?:\s+[/|](?=\s))?|\(\d{2,4}\s*[–—/.-]\s*\d{1,4}\)|\d{2}\/\d{2}\/\d{2}(?=\s+[A-Z][a-z])|\d{1,4}\/\d{2}:|\d{1,4}\/\d{2,4}(?=\s+The [A-Z][a-z])|Minute\s+\d{1,4}\s+[–—-]|\d{1,3}(?:\([a-z0-9]{1,6}\))?\s+[–—](?=\s+[A-Z]))\s+/;

/**
 * "MG Action.", "RS/MG Action" (an action column run into the text), "Action: HM", "ACTION: Cllr Sinclair",
 * "ACTION KMacR.", "Action SH", "Action CLERK", "Action Councillors.", "Action Sub-committee", "Action Treasurer": whose the
 * sentence before is. Not a heading
 * ("ACTION LOG", "Action Points").
 */
const OWNER_ACTION =
  /^(?:([A-Z]{2,3}(?:\/[A-Z]{2,3})*) Action|(?:(?:Action|ACTION)\s*[:–-]\s*|ACTIONS?\s+|Action\s+(?=(?:[A-Z]{2,4}|CLERK|Clerk|CHAIR|Chair)(?:\s*[/,&]\s*[A-Z]{2,4})*\.?$|(?:Sub-[Cc]ommittee|Treasurer|Secretary|Chairman|Chairperson|Working (?:Group|Party))\.?$|(?:(?:Cllrs?\.?|Councill?ors?) )?[A-Z][a-z]+ [A-Z][a-z'’-]+\.?$))((?!(?:Noted|None|Agreed|Done|Complete|Completed|Ongoing|Closed|Open|LOG|Log|LIST|List|SHEET|Sheet|PLAN|Plan|POINTS|Points|TAKEN|Taken)\b)[A-Z][A-Za-z]{1,5}(?:\s*[/,&]\s*[A-Z][A-Za-z]{1,5})*(?!-)|Sub-[Cc]ommittee|Treasurer|Secretary|Chairman|Chairperson|Working (?:Group|Party)|(?:Cllrs?\.?|Councill?ors?) [A-Z][\w'’-]+(?: [A-Z][a-z'’-]+)?(?: (?:and|&) [A-Z][\w'’-]+)?|[A-Z][a-z]+ [A-Z][a-z'’-]+))\.?(?:\s*[-–—])?$|^Action\s+((?:All )?(?:Councill?ors|Members))\.?$/;

/** "… will be reported to the rights-of-way officer. Clerk": an action column run on at the end of the row. */
const TO_BE_DONE = /\b(?:will|would|shall|is to|are to|to be)\b/;
/** Also initials ("AB.", "AB/CD"), or an initial and a surname ("D. Ash/S. Birch"), as a matters-arising list ends a line. */
const OWNER_COLUMN =
  /^((?:The )?(?:Clerk|Chair(?:man)?|RFO)|(?:Cllrs?|Councill?or)\.? (?:(?:Mrs|Mr|Ms|Dr)\.? )?[A-Z][\w'’-]+|[A-Z]{2,3}(?:\/[A-Z]{2,3})*|[A-Z]\.\s?[A-Z][a-z'’-]+(?:\/[A-Z]\.\s?[A-Z][a-z'’-]+)*)\.?$/;

/**
 * Whether clause i ends its note: the paragraph's last, or the last before the next numbered note run on after it
 * ("… forward to the council. JB 2 Untidy land: …").
 */
const endsItsNote = (clauses: string[], i: number) =>
  i === clauses.length - 1 || /^\d{1,2}\.?\s+[A-Z]/.test(clauses[i + 1] ?? '');

/** "To be actioned by Cllr G Marshall" on a line of its own: whose the sentence before is. */
const ACTIONED_BY =
  /^To be (?:actioned|progressed|followed up|taken forward) by\s+((?:Cllrs?\.?|Councill?ors?|Mr|Mrs|Ms|Dr|the Clerk|Clerk|[A-Z]{2,4}\b)[^.;]{0,60}?)\.?$/;

const VOTE_ONLY =
  /^(?:(?:Proposed|Moved)(?: by)? [^.;]{2,60}?,? (?:and )?seconded(?: by)? [^.;]{2,60}?(?:,? (?:all|unanimously) in favour|(?:,|\s[–—-])\s+(?:agreed|carried) (?:nem\.? ?con\.?|unanimously))|All (?:Cllrs|[Cc]ouncill?ors|[Mm]embers)(?: present)? (?:agreed|in favour))\.?$/i;

/** "No comment.", "There were no issues with this planning application.": a response that says which application only with the one before it. */
const NO_COMMENT =
  /^No comments?\.?$|^There (?:were|was) no (?:objections?|comments?|issues|concerns|problems) (?:to|on|with|about) this (?:planning )?application\.?$/i;
const ALL_IN_FAVOUR = /^All (?:in favour|agreed)\.?$/i;
/** "KL proposed MN seconded.", "Proposed AB, seconded CD.": who proposed and seconded, in initials, and nothing else. */
const INITIALS_PROPOSED_SECONDED =
  /^(?:[A-Z]{2,3} proposed,?(?: and)? [A-Z]{2,3} seconded|Proposed:? [A-Z]{2,3},? [Ss]econded:? [A-Z]{2,3})\.?$/;
/** "Formal co-option of Ann Ash to the council.": business named, with no verb of its own. */
const BUSINESS_WITHOUT_VERB =
  /^(?![^.;]*\b(?:is|are|was|were|be|been|has|have|had|will|would|should|can|could|[a-z]{3,}ed)\b)[A-Z][^.;:!?]{5,120}\.?$/;
/** "This was passed unanimously.", "The motion was carried.": a vote and nothing else. */
const VOTE_ON_ITS_OWN =
  /^(?:This|It|The (?:motion|proposal)) was (?:passed|carried|agreed)(?: unanimously| by all(?: present)?| nem\.? con\.?)?\.?$/i;
/** "Motion carried.": the vote, in note form, on its own. */
const MOTION_CARRIED_ALONE =
  /^(?:The )?(?:motion|proposal|resolution) (?:was )?(?:duly )?carried(?: unanimously)?\.?$/i;
/** "Cllr Ash proposed and Cllr Birch seconded that …": a proposal with who seconded it, in one sentence. */
const PROPOSED_SECONDED_THAT = /\bproposed\b[^.;]{0,80}\bseconded\b[^.;]{0,40}\bthat\b/i;
/** "All agreed.", "Agreed by all.", "Everyone was in favour.", "All agreed – action AB.": the meeting's agreement, on its own. */
const AGREED_BY_ALL =
  /^(?:(?:All|Everyone|Everybody)(?: (?:present|members|councillors))? (?:agreed|(?:were |was )?in favour)|(?:Agreed|Approved) by all(?: present)?|Unanimously agreed)(?:\s*[–—-]\s*action:?\s+[A-Z][\w.'’ ]{0,30})?\.?$/i;
/**
 * A sentence that puts something to the meeting: a suggestion, a request or advice (a proposal has rules of its own); also
 * "AB sought approval for the new gate", "it was thought that the notes should be shared more widely".
 */
const PUT_TO_THE_MEETING =
  /\b(?:suggest(?:s|ed)?|recommend(?:s|ed)?|advise[sd]?|request(?:s|ed)?|asked (?:that|if|whether|for)|would like|sought (?:the )?(?:approval|agreement|permission|consent)|it was (?:thought|felt|considered) that\b[^.;]*\bshould)\b/i;
/** "Cllr Ash seconded the proposal and all members were in favour of it.", "… seconded the motion, which was then unanimously agreed.": who seconded, and the vote carried it. */
const SECONDED_AND_CARRIED =
  /^(?:Cllr\.?|Councill?or|Mr|Mrs|Ms|Miss|Dr)\s+(?:[A-Z][\w.'’-]*\s?){1,3} seconded (?:this|the) (?:proposal|nomination|motion)(?:,? and (?:all (?:members |councillors |those present )?(?:were in favour|agreed|voted in favour)(?: of (?:this|it))?|(?:this|it) was (?:carried|agreed)(?: unanimously)?)|,? which was (?:then )?(?:unanimously )?(?:carried|agreed)(?: unanimously)?)\.?$/;
/** "Graham Ash: proposed by Ann Birch, seconded by Con Dale.": who was proposed, and by whom; not a seconder alone. */
const PROPOSED_AND_SECONDED = /^(?!Seconded\b)[^.;]{0,80}\bproposed\b[^.;]{2,80}\bseconded\b[^.;]{2,60}\.?$/i;

/** "On being put to the vote the motion was CARRIED.", "The recommendations were put to the vote and agreed.". */
const CARRIED_MOTION =
  /^(?:(?:On|Upon) (?:being put to (?:the|a) vote|a vote being taken)|(?:On|Upon|Following|After) a vote)?,?\s*(?:the )?(?:motion|proposal|recommendations?)\b[^.;]{0,40}?\b(?:(?:was|were) (?:duly )?(?:put to (?:the|a) vote and )?(?:declared )?|declared )(?:carried|agreed|accepted|passed)\b[^.;]{0,40}\.?$/i;
/** "Vice Chairman – Ann Ash.", "Treasurer: Ben Birch": an office, then who holds it, and nothing else. */
const OFFICE_AND_HOLDER = new RegExp(
  String.raw`^${OFFICE_BEARER}\s*[:–—-]\s*[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}\.?$`,
);
/** "Proposed: Cllr G Ash Seconded: Cllr E Birch": who moved and seconded, and nothing of what. */
const NAMES_WHO_MOVED = /^(?:Proposed|Moved)(?: by)?:?\s[^.;]{2,60}?Seconded(?: by)?:?\s[^.;]{2,60}$/i;

/**
 * "Cllr Pell was duly elected without opposition.", "There being no other nominations it was agreed that …", "Mr Ash
 * accepted the nomination and it was agreed unanimously.": who a nomination made.
 */
const ELECTED_NEXT =
  /^(?:[^.;]|(?<=\b(?:Cllrs?|Mrs?|Ms|Dr|[A-Z]))\.){2,60}\b(?:was|were) (?:duly |unanimously |then )*(?:elected|re-elected|appointed|co-opted)\b|^There being no other nominations?,? it was (?:unanimously )?(?:agreed|resolved|RESOLVED|AGREED)\b|^(?:[^.;]|(?<=\b(?:Mrs?|Ms|Dr|[A-Z]))\.){2,40}\baccepted the nomination and (?:it|this) was (?:unanimously )?(?:agreed|approved|carried)\b/;

/** The most words a line above a paragraph may have to be read as what the paragraph's "These were agreed." means. */
const SHORT_LINE_ABOVE_WORDS = 12;
/** "These were agreed and signed.", "It was approved.": a paragraph that says only that what was above it was decided. */
const POINTS_UP =
  /^(?:These|This|They|It) (?:was|were|is|are|has been|have been) (?:duly |unanimously |all |then )?(?:agreed|approved|accepted|adopted|noted|signed|ratified|endorsed)(?: (?:and|&) (?:signed|adopted|approved|accepted|noted))?(?: by all| unanimously)?\.?$/i;
/**
 * "This was agreed.", "IT WAS AGREED.", "Both were declared duly elected" lean on the sentence before it; "This was
 * agreed to purchase …" and "It was decided Rob Dix would not take the course" say what themselves, and so do "It was
 * also resolved that …" and "It was RESOLVED for the matter to go back to the committee" (not "This was agreed for the
 * retiring Chair", which leans on the sentence before).
 */
const ANAPHOR = new RegExp(
  String.raw`^(?:This|These|That|It|They|Both(?= (?:were|are|have|had|will|would)\b))\b(?! was (?:also |further |then |unanimously )?(?:agreed|resolved|decided|AGREED|RESOLVED|DECIDED) (?:that\b|to\b|for [^.;]{1,60}? to [a-z])(?!\.?$))(?! was (?:agreed|resolved|decided),? (?!(?:By|Unanimously|And|On|At|With|In)\b)(?:(?:Cllr|Mrs?|Ms|Dr)\.? )?[A-Z][a-z]+ (?:[A-Z][a-z]+ )?(?:would|will|should|is|was|be|to)\b)|${KEYWORD_ALONE.source}`,
);

/** "Clerk to report", "AB to chase.": who is to act and the verb, with nothing of what. */
const ACTION_WITHOUT_OBJECT =
  /^(?:The )?(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?) to (?:report|chase|action|follow up|investigate|check|respond|reply|contact|apply|arrange|pursue|write|liaise)\.?$/;

/** "Mrs Cole was unanimously elected.": someone elected, the office named only in the heading above. */
const ELECTED_TO_NO_OFFICE =
  /^(?:[A-Z][^.;]{2,60}?|He|She|They) (?:was|were) (?:unanimously |duly |then )?(?:re-)?(?:elected|appointed)(?: and took the [Cc]hair)?\.?$/;

/**
 * A response that names no application: "No objection.", "Objection and comment", "Comment: Ashby Parish Council has no
 * objections.", "Comment: No objection"; "Agreed – All in favour".
 */
const BARE_RESPONSE =
  /^(?:(?:Comments?|Response|Observations?)\s*:\s*)?(?:NO (?:OBJECTIONS?|OBSERVATIONS?|COMMENTS?)|There (?:were|was) no (?:objections?|observations?)|No (?:[Oo]bjections?|[Oo]bservations?|[Cc]omments?)(?: (?:raised|made|to make))?|OBJECTS?|SUPPORTS?|Support(?:ed)?|Objection|Object|(?:The )?[Aa]pplication (?:supported|opposed|objected to|not supported)|(?:Duly|Unanimously) (?:resolved|agreed|approved|carried)|(?:Approved|Agreed|Accepted)(?: in [Ff]ull| ?[–—,-] ?(?:[Aa]ll in favour|[Uu]nanimous(?:ly)?))?|Ratified|(?:Authori[sz]ed|Noted) and (?:approved|agreed)|Recommend(?:ed)? (?:[Rr]efusal|[Aa]pproval)|(?:No objections?|Objections?|Support(?:ed)?) (?:and|with) comments?|(?:Comments?|Response|Observations?):\s*(?:The )?(?:[A-Z][\w'’-]+\s+){0,3}(?:(?:Parish|Town|Community)\s+)?Council\s+(?:has|had|raised) no (?:objections?|comments?|observations?))\.?$/;

/** "Proposed by Cllr Ash, seconded by Cllr Birch.", or "Ann nominated Ben as chair. This was seconded by Cai.": the motion below's mover. */
export const SECONDED_LINE =
  /^(?:It was (?:then |further )?)?(?:Proposed|Moved) by [^.;]{2,80}?,? (?:and )?seconded by [^.;]{2,80}\.?$|^[^.;]{2,80}? (?:nominated|proposed|moved) [^.;]{2,160}\.\s+(?:This|The (?:nomination|proposal|motion)) was seconded by [^.;]{2,80}\.?$/i;

/** "… there being an equal number of votes for and against the motion, the motion therefore was not carried.": its fate. */
const FATE = /\b(?:carried|lost|fell|defeated|withdrawn|agreed)\b/i;

/**
 * "Moved by A and seconded by B as an amendment –": whether the vote told in the pieces below, on the amendment
 * or on the motion as the mover's line says, was lost. A bare "Motion carried" below it says it was not.
 */
function lostBelow(mover: string, later: string[]): boolean {
  const what = /\bas an amendment\b/i.test(mover) ? /\bamendment\b/i : /\bmotion\b/i;
  for (const sentence of later.slice(0, 8).flatMap((piece) => sentencesOf(piece))) {
    if (what.test(sentence) && FATE.test(sentence)) return LOST.test(sentence);
    if (/^(?:motion|proposal) carried\.?$/i.test(sentence)) return false;
  }
  return false;
}

/** "That Cllr Ash be Chair", "That the steering group comprise …": a motion's words, in the subjunctive. */
const MOTION_WORDS =
  /^That\b[^.;]{3,300}?\b(?:be|comprise|include|consist|receive|note|approve|agree|endorse|adopt|write|ask|request|establish|continue|meet|proceed|undertake|support|recommend|delegate|appoint|accept)\b/;

/** "The motion was made by the Chair – that …": who moved it, then its words. */
const MOTION_MADE =
  /^(?:The |A )?(?:motion|proposal) (?:was )?(?:made|moved|proposed|put) by [^.;–:-]{2,80}?\s*[–:,-]?\s*(that\b.{10,})$/i;
/** "The motion was seconded by Cllr Birch, put and agreed.": the vote on the motion before it. */
const SECONDED_AND_AGREED =
  /^(?:The |This )?(?:motion|proposal) (?:was|were) seconded by [^.;]{2,80}?,? (?:and )?(?:put(?: to the vote)?,? and )?(?:agreed|carried)\b/i;

const LOST = /\b(?:lost|fell|defeated|withdrawn|not carried|not agreed)\b/i;
/** "PROPOSED: A.Ash SECONDED: B.Birch Vote: one in favour, four against.": who moved a motion and how the vote went. */
const VOTE_LINE = /^(?:PROPOSED|SECONDED)\b|\bVote\s*[:–—-]/;

/** "It was proposed … seconded … and CARRIED: 9 for, 0 against, 0 abstentions.", "… and CARRIED unanimously:". */
const VOTE_BEFORE_MOTION =
  /\b(?:proposed|moved|seconded)\b.*\b(?:carried|agreed|resolved)\b[^.;:]{0,20}:\s*(?:\d+ (?:for|in favour)\b[^.;:]*)?\.?$/i;

/** "It was proposed by Cllr Ash, seconded by Cllr Birch and – That …", "… seconded by Cllr Dale – That …": who moved the motion, then its words. */
const MOTION_AFTER_SECONDER = /\bseconded by\b[^.;]{2,80}?(?:,? and|,)?\s*[–—:-]\s*(That\b.{10,})$/;

/** "(Vote: For – 15, Against – 21, Abstentions – 0)": more against than for. */
function lostByCount(text: string): boolean {
  const count = /\bFor\s*[-–—:]?\s*(\d+)[^\d]{1,12}Against\s*[-–—:]?\s*(\d+)/i.exec(text);
  return count !== null && Number(count[2]) > Number(count[1]);
}

/** "9 for, 0 against, 0 abstentions.": the count on a line of its own. */
const VOTE_COUNT_LINE = /^\(?\d+ (?:for|in favour)\b[^.;:]*\)?\.?$/i;

const MOTION_AFTER_VOTE = /^(?:THAT|That)\s+\S/;

/**
 * "Cllr J Buckley PROPOSED that …", "Cllr Jackman PROPOSED approval of …": who proposed, and what; also after what led
 * to it ("After Members considered the details submitted, Cllr Buckley PROPOSED that …").
 */
const PROPOSED_BY_SOMEONE =
  /^(?:(?:After|Following) [^.;]{3,120}?,\s*)?(?:Cllr|Councill?or|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z][\w.'’-]*\s?){1,3}(?:,[^,.;]{3,120},\s)?(?:PROPOSED|proposed|MOVED|moved)\s+(?:that|approval|the|to|(?:[A-Z][\w.'’-]*\s){1,4}be\s)/;
/** "SECONDED by Cllr Wall.", "This was seconded by Cllr White.", "Councillor Reece seconded the motion.": who seconded, on its own. */
const SECONDED_ONLY =
  /^(?:and )?(?:SECONDED|[Ss]econded) by\b[^.;]{2,60}\.?$|^(?:This|It|The (?:motion|proposal)) was (?:duly )?seconded by\b[^.;]{2,60}\.?$|^(?:Cllr\.?|Councill?or|Mr|Mrs|Ms|Miss|Dr)\s+(?:[A-Z][\w.'’-]*\s?){1,3} seconded(?: (?:the|this) (?:motion|proposal|amendment))?\.?$/;
/** "Councillor Gordon moved a procedural motion …": who moved a motion, at the start of its line. */
const MOVED_BY =
  /^(?:Cllr\.?|Councill?or|Mr|Mrs|Ms|Miss|Dr|The (?:Chair\w*|Leader|Mayor))\s+(?:[A-Z][\w.'’-]*\s){0,3}(?:moved|proposed|nominated)\b/;
/**
 * "It was agreed.", "Carried.", "All in favour by a show of hands.": a vote on a line of its own, which says what only
 * with the motion (or the item's business) above it.
 */
export const CARRIED_ALONE =
  /^(?:(?:It|This|The motion|The proposal) was (?:agreed|carried)|Agreed|Approved|Carried|All (?:(?:Cllrs|[Cc]ouncill?ors|[Mm]embers)(?: present)? )?(?:in favou?r|agreed)|Unanimously (?:agreed|carried|approved))(?: unanimously)?(?: by (?:a )?show of hands| by all)?\.?$/i;

/**
 * "GR was proposed by MD & GB.", "Chair proposed BB as Vice Chair.": who was proposed for what; or what someone named
 * without a title proposed ("Ann proposed that the job description be approved.").
 */
/** Also after what led to it: "Following the resignation of R. Smiley, M. Cullen nominated B. Felstead as Chairman." */
const WHO_PROPOSED =
  /(?:^|,\s+|\band\s+)(?:The )?(?:[A-Z][\w.’'-]*\s){1,3}(?:was |were )?(?:proposed|nominated)\b(?:[^.;]|(?<=\b[A-Z])\.){0,160}\.?$/;
/**
 * "The accounts to be adopted was proposed by Ann Ash, Seconded by Ben Birch.": a thing proposed, with who seconded it;
 * not the last meeting's minutes, proposed as a true record, nor a motion or amendment, nor someone nominated, which a
 * vote decides.
 */
const THING_PROPOSED_AND_SECONDED =
  /^(?!(?:It|This|That|There|(?:The )?(?:Chair\w*|Vice|Cllrs?|Councill?ors?|Mrs?|Ms|Miss|Dr))\b)(?![A-Z][a-z]+ [A-Z][a-z]+ (?:was|were)\b)(?![^.;]*\b(?:[Mm]inutes|[Aa]mendments?|[Mm]otions?|[Rr]ecommendations?)\b)[A-Z][^.;]{3,120}? (?:was|were) proposed by (?:[^.;]|(?<=\b[A-Z])\.){2,60}?,? (?:and )?[Ss]econded by (?:[^.;]|(?<=\b[A-Z])\.){2,60}\.?$/;
/** "Sec MD.", "Seconded GB all agreed.": the seconder alone, in initials or a name. */
const SECONDER_ONLY = /^(?:Sec(?:onded)?\.?|Seconded by)\s+[^.;]{1,40}\.?$/i;

/** "HPC Object to this application …", "The Council has no objection to this application": a response that names no application. */
const RESPONSE_TO_THIS_APPLICATION =
  /^(?:[A-Z]{2,5}|(?:The )?(?:Parish |Town |Community )?Council|Members|Councillors)\s+(?:[Oo]bjects?|[Ss]upports?|(?:has|have|raised?) no objections?) (?:to )?this (?:planning )?application\b/;

const PROPOSED =
  /^(?:It was )?(?:proposed|moved|PROPOSED|MOVED)\b|\b(?:proposed|moved) (?:by|and seconded)\b|\b(?:proposed|moved) and [^.;]{2,60}? seconded\b/i;

/** "All in favour.", "Carried.", "Unanimous": the vote on what was put. Not "Unanimous vote to hold the quiz again", a decision of its own. */
const CARRIED_BY_VOTE =
  /^(?:All in favour|All (?:(?:members|councillors|those) )?(?:present )?(?:were |voted )in favour|All (?:present )?agreed|Agreed by all|The vote was unanimous|Unanimous(?! vote to [a-z])|Carried|Agreed(?!\s*[:–—-]\s*$)|Unanimously(?: agreed| carried)?|This was (?:agreed|carried|passed)|Resolved(?!\s*[:–—-]?\s*(?:that|to)\b|\s*:|\s*[–—-]\s*$)|The (?:motion|proposal) was carried|(?:The|Both|All) (?:motions?|proposals?) (?:was|were) (?:seconded by [^.;]{2,40}? and )?(?:carried|agreed)|Seconded by (?:[^.;]|(?<=\b(?:Mrs?|Ms|Dr|Cllr|[A-Z]))\.){2,60}? and (?:unanimously )?(?:carried|agreed))\b/i;
