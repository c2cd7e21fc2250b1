import type { RawBlock } from '../blocks';
import { saidOfAnotherMatter } from '../same-outcome';
import type { Candidate } from './outcomes';

/**
 * Each decision once. Minutes often say one thing twice: a discussion and then the
 * decision, a request and the undertaking that answers it, a "Decision:" field and the
 * same decision in the minutes. These passes keep one outcome of each, the fuller or
 * the formal one, in the order the minutes give them.
 */
export function eachDecisionOnce(found: Candidate[], blocks: RawBlock[] = []): Candidate[] {
  return keepEachOnce(
    namedBySubject(
      dropRestatedInFull(
        answersJoinTheirRequests(
          carriedOutWithItsDecision(
            dropSupersededNarrative(dropBareVotesAfterTheirDecision(dropBareApprovalBesideParts(found))),
          ),
        ),
      ),
      blocks,
    ),
    mattersOf(blocks, found),
  );
}

/** "Village Hall Roof (Appendix B)" on a line of its own: what the decision below it is on. Not a vote's line. */
const SUBJECT_LINE =
  /^(?!(?:Agreed|Carried|Approved|Noted|Resolved|Decision|Minutes|For|Against|Abstentions?|Vote|Unanimous)\b)[A-Z][^.!?;:]{2,100}$/i;

/** "(iii) Grant budget to 30th June: RESOLVED: …": what the decision is on, before its keyword on its own line. */
const SUBJECT_BEFORE_KEYWORD =
  /^(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s*)?([A-Z][^.!?;:]{2,100}?)\s*:\s*(?:RESOLVED|AGREED|DECIDED|Resolved|Agreed|Decided)\b/;

/**
 * "Village Hall Roof (Appendix B)" over "RESOLVED that the application be refused." and "Play Area (Appendix C)" over the
 * same words: two decisions, each said with what it is on, not one.
 */
function namedBySubject(found: Candidate[], blocks: RawBlock[]): Candidate[] {
  const decides = new Set(found.map((c) => c.blockIndex));
  const subjectOf = (c: Candidate): string | null => {
    const above = blocks[c.blockIndex - 1]?.text.trim() ?? '';
    if (SUBJECT_LINE.test(above) && !decides.has(c.blockIndex - 1)) return above;
    return SUBJECT_BEFORE_KEYWORD.exec(blocks[c.blockIndex]?.text ?? '')?.[1] ?? null;
  };
  return found.map((c) => {
    const subject = subjectOf(c);
    const twins = found.filter((o) => o !== c && o.itemIndex === c.itemIndex && keyOf(o.text) === keyOf(c.text));
    if (!subject || twins.length === 0 || twins.some((t) => subjectOf(t) === subject)) return c;
    return {
      ...c,
      text: `${subject}: ${c.text.replace(/^(?:The|That|A|An)\b/, (word) => word.toLowerCase())}`,
      quote: `${subject} ${c.quote}`,
    };
  });
}

/** "(b) Orkney Islands Council – Ferry Bus Issues": a lettered or numbered heading of one matter, with no full stop. */
const MATTER_HEADING = /^\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s*[A-Z][^.!?;:]{2,100}$/;

/** "2. RESOLVED that the reports be noted." under one heading, "3. RESOLVED that the reports be noted." under the next: minutes numbered by their decisions. */
const NUMBERED_DECISION = /^\(?\d{1,4}[.)]\s+(?:It was )?(?:RESOLVED|Resolved|AGREED|Agreed|DECIDED|Decided)\b/;

/**
 * For each block, the lettered heading of the matter it is under ("(b) Ferry Bus Issues", "(c) Marine Plan"): a heading
 * that holds no outcome of its own ("(1) That the report be noted" is a decision, not a heading).
 */
function mattersOf(blocks: RawBlock[], found: Candidate[]): (blockIndex: number) => number {
  const decides = new Set(found.map((c) => c.blockIndex));
  const heading: number[] = [];
  let last = -1;
  blocks.forEach((block, i) => {
    if ((!decides.has(i) && MATTER_HEADING.test(block.text.trim())) || NUMBERED_DECISION.test(block.text)) last = i;
    heading.push(last);
  });
  return (blockIndex) => heading[blockIndex] ?? -1;
}

/** "Motion carried.", "Carried unanimously.": a vote that says nothing of what it carried. */
const BARE_VOTE =
  /^(?:(?:The )?(?:motion|proposal|recommendation|amendment)s? (?:was |were )?)?(?:duly |unanimously )?carried(?: unanimously| by \w+ votes? to \w+)?\.?$/i;

/** "All members voted to accept the nomination.": a vote for what was put, saying nothing of it. */
const VOTED_FOR_IT =
  /^(?:The |All )?(?:[Mm]embers|[Cc]ouncill?ors|(?:[A-Z][\w-]* ){0,3}(?:Council|Committee|Board|Panel))(?: present)? (?:(?:then|all|unanimously) )*voted (?:unanimously )?(?:to (?:accept|approve|support|adopt|agree(?: to)?)|in favour of) (?:the|this|that) (?:proposal|motion|nomination|recommendation)s?\.?$/;

/**
 * "Proposed by BD … that the allotment be let to Ms Lee. Carried 4 for and 1 against. Motion carried.": one decision.
 * "Cheque to be made out accordingly." and then "Cheque to be made out accordingly. Duly resolved.": one decision,
 * the one that says it was resolved.
 */
function dropBareVotesAfterTheirDecision(found: Candidate[]): Candidate[] {
  return found.filter((c, i) => {
    const before = found[i - 1];
    const after = found[i + 1];
    const lastSentence = c.text.split(/(?<=[.;])\s+(?=[A-Z])/).at(-1) ?? c.text;
    if (
      after?.blockIndex === c.blockIndex &&
      after.text.length > lastSentence.length &&
      after.text.startsWith(lastSentence)
    )
      return false;
    // "Members all voted to accept the proposal. Cllr Ash … was duly elected.": the vote, then what it decided, in
    // the same paragraph or the next.
    if (
      VOTED_FOR_IT.test(c.text) &&
      after?.kind === 'resolution' &&
      after.itemIndex === c.itemIndex &&
      after.blockIndex - c.blockIndex <= 1
    )
      return false;
    // "That Mrs Ash be appointed Chair." then "Motion Carried" on a line of its own below it.
    return !(
      BARE_VOTE.test(c.text) &&
      before &&
      before.itemIndex === c.itemIndex &&
      c.blockIndex - before.blockIndex <= 2 &&
      before.kind === c.kind
    );
  });
}

/** "Outcome: Recommendations Approved", "Recommendations agreed.": that the recommendations passed, saying none of them. */
const RECOMMENDATIONS_PASSED =
  /^(?:Outcome:\s*)?(?:The |All )?recommendations?(?: (?:as set out|in the report))? (?:were |was |are |is )?(?:approved|agreed|adopted|accepted|endorsed)\.?$/i;

/**
 * A decision page's "Outcome: Recommendations Approved" beside the decision's own parts: the parts say what passed, and
 * the field says it again. Alone, with the recommendations printed nowhere as decided, it is the outcome and stays.
 */
function dropBareApprovalBesideParts(found: Candidate[]): Candidate[] {
  return found.filter(
    (c) =>
      !RECOMMENDATIONS_PASSED.test(c.text) ||
      !found.some(
        (o) =>
          o !== c &&
          o.formal &&
          o.itemIndex === c.itemIndex &&
          (o.kind === 'resolution' || o.kind === 'recommendation') &&
          !RECOMMENDATIONS_PASSED.test(o.text),
      ),
  );
}

/** "… the proposal was CARRIED UNANIMOUSLY.": how the vote went. */
const VOTE_CARRIED = /\bcarried\b/i;
/** A formal decision that points back at the discussion: "That the work programme be updated to reflect discussions." */
const REFLECTS_DISCUSSION = /\bto reflect (?:the )?(?:discussions?|comments|points|views)\b/i;
const ASKS_FOR_A_REPORT = /\breport\b/i;

/**
 * Narrative that a formal decision later in the same item restates or settles: weak
 * narrative requests, and a vote told before the decision it carried; a request for a report that the decision then makes
 * ("requested a further report …" before "That the Committee receive a further
 * report …"); and what was agreed in discussion when the decision says it reflects
 * the discussion, whose words then join the decision's.
 */
function dropSupersededNarrative(found: Candidate[]): Candidate[] {
  return found.filter((c, i) => {
    if (c.formal) return true;
    const later = found.slice(i + 1).filter((l) => l.formal && l.itemIndex === c.itemIndex);
    // An action written under it ("ACTION: The Clerk to write …") carries the decision out; it does not restate it.
    if (c.weak && later.some((l) => l.kind !== 'action')) return false;
    // "… and the proposal was CARRIED. CLLR ASH WAS DULY ELECTED CHAIRMAN.": the vote, then what it decided, in
    // the same paragraph.
    const next = found[i + 1];
    if (c.weak && VOTE_CARRIED.test(c.text) && next?.blockIndex === c.blockIndex && next.kind === 'resolution')
      return false;
    const asksForReport = (o: Candidate) =>
      (o.kind === 'request' || o.kind === 'information-request') && ASKS_FOR_A_REPORT.test(o.text);
    if (asksForReport(c) && later.some(asksForReport)) return false;
    // "It was agreed to task Mrs Forrest with updating the role …" then "The Board agreed to: … (2) task Mrs Forrest
    // with updating the role …": the discussion's agreement, restated as the decision.
    if (later.some((l) => l.kind === c.kind && sharesAPhrase(c.text, l.text))) return false;
    const reflecting = later.find((l) => REFLECTS_DISCUSSION.test(l.text));
    if (reflecting && c.kind !== 'request' && c.kind !== 'action') {
      reflecting.text = `${reflecting.text.replace(/[.;,\s]+$/, '')}: ${c.text}`;
      return false;
    }
    return true;
  });
}

/** Words too common in minutes to tie two outcomes together. */
const COMMON_WORD =
  /^(?:the|and|that|this|with|from|for|into|onto|would|will|should|could|shall|been|being|have|has|had|were|was|are|next|meeting|report|reports|committee|council|board|panel|cabinet|clerk|officers?|members?|agreed|noted|their|its|his|her|them|they|also|further|any|all|on|to|of|in|at|by|be|a|an|as|or|it|is)$/;

/** Four words that say something, in the same order in both ("Forrest updating role responsibilities"). */
function sharesAPhrase(a: string, b: string): boolean {
  const words = (text: string) =>
    (
      text
        .toLowerCase()
        .replace(/[’']/g, '')
        .match(/[a-z0-9]+/g) ?? []
    ).filter((w) => w.length > 2 && !COMMON_WORD.test(w));
  const [x, y] = [words(a), words(b)];
  const runs = new Set(x.slice(3).map((_, i) => x.slice(i, i + 4).join(' ')));
  return y.slice(3).some((_, i) => runs.has(y.slice(i, i + 4).join(' ')));
}

/** An undertaking that points back at what was asked: "The Head of Service agreed to arrange this." */
const POINTS_BACK = /\b(?:this|it|that|so|them|these)\.?$/i;

/**
 * "Councillor Dhillon asked that the figures be circulated. The Head of Service agreed to
 * arrange this.": one outcome, the request, which the undertaking gives its owner.
 */
function answersJoinTheirRequests(found: Candidate[]): Candidate[] {
  return found.filter((c, i) => {
    const asked = found[i - 1];
    if (c.kind !== 'action' || !c.owner || !POINTS_BACK.test(c.text) || !asked) return true;
    const isRequest =
      asked.kind === 'request' || asked.kind === 'information-request' || asked.kind === 'work-programme';
    if (!isRequest || asked.itemIndex !== c.itemIndex || c.blockIndex - asked.blockIndex > 2) return true;
    asked.owner = c.owner;
    return false;
  });
}

/** "… that the Governance Statement be approved": what was decided, whose last word names it. */
const THING_DECIDED =
  /\bthe (?:[\w’'-]+ ){0,3}?(\w+) (?:be|was|were|is|are) (?:duly |unanimously )?(?:approved|adopted|agreed|accepted)\b/gi;
/** "The Statement to be signed and sent to the auditor …": the same thing, and what is to be done with it. */
const THING_TO_BE_DONE = /^The (?:[\w’'-]+ ){0,3}?(\w+) to be [a-z]+ed\b/;

/**
 * "… and agreed that the Governance Statement be approved. The Statement to be signed and sent to the auditor by
 * June.": the thing just decided, and how it is to be carried out, in the same paragraph: one
 * decision, saying both. "The Clerk to write …" names someone, and stays an action of its own.
 */
function carriedOutWithItsDecision(found: Candidate[]): Candidate[] {
  return found.filter((c, i) => {
    const decided = found[i - 1];
    if (c.kind !== 'action' || !decided || decided.kind !== 'resolution' || decided.blockIndex !== c.blockIndex)
      return true;
    const thing = THING_TO_BE_DONE.exec(c.text)?.[1]?.toLowerCase();
    const approved = [...decided.text.matchAll(THING_DECIDED)].map((m) => m[1]?.toLowerCase());
    if (!thing || !approved.includes(thing)) return true;
    decided.text = `${decided.text.replace(/\s+$/, '')} ${c.text}`;
    return false;
  });
}

/** Text that stops without a full stop or other closing mark. */
const CUT_SHORT = /[\p{L}\d]$/u;

const keyOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * A lead-in's words that another outcome of the same item states in full ("The
 * following observation was agreed: E/38022 Change of use …" and the response
 * "E/38022 Change of use … NO OBJECTIONS") are one decision: the fuller is kept.
 */
function dropRestatedInFull(found: Candidate[]): Candidate[] {
  return found.filter((c) => {
    const colon = c.text.indexOf(':');
    if (colon < 0) return true;
    const own = keyOf(c.text.slice(colon + 1));
    if (own.length < 30) return true;
    // The fuller one opens with those words; not the same words answering another matter: "PL/22/041 … Resolved:
    // Support – Favourable to environment." and "PL/22/045 … Resolved: Support – Favourable to environment." are two.
    // Nor the same words printed twice: "Recommendation: Members supported this application." under two applications.
    return !found.some((d) => {
      const at = keyOf(d.text).indexOf(own);
      return d !== c && d.itemIndex === c.itemIndex && at >= 0 && at <= 20 && keyOf(d.text) !== keyOf(c.text);
    });
  });
}

/** "a) … RESOLVED: To receive the information." and "b) … RESOLVED: To receive the information.": on one line, under two parts. */
const PART_MARKER = /^\(?[a-h][.)]\s/;
const underTwoParts = (a: Candidate | undefined, b: Candidate) =>
  a !== undefined &&
  a.blockIndex === b.blockIndex &&
  (PART_MARKER.test(a.quote) || PART_MARKER.test(b.quote)) &&
  a.quote !== b.quote;

/** "a) Note the approvals to new policies …" and "b) Note the updates to policies …": neighbouring parts of one list, two decisions. */
const neighbouringParts = (a: Candidate, b: Candidate) => {
  // The first part may be quoted with its lead-in: "That the Cabinet Member: a) Note …".
  const [x, y] = [a, b].map((c) => /(?:^|:-?\s+)(\(?[a-h][.)])\s/.exec(c.quote)?.[1]);
  return a.blockIndex !== b.blockIndex && Math.abs(a.blockIndex - b.blockIndex) <= 3 && !!x && !!y && x !== y;
};

/** Two outcomes of narrative, the same few words quoted each with the sentence it answers. */
const narrativeOfAnotherMatter = (a: Candidate | undefined, b: Candidate) =>
  a !== undefined && !a.formal && !b.formal && saidOfAnotherMatter(a, b);

/** Two actions that name different people as who is to act. */
function byTwoPeople(a: Candidate, b: Candidate): boolean {
  return (
    a.kind === 'action' &&
    b.kind === 'action' &&
    a.owner !== null &&
    b.owner !== null &&
    a.owner.toLowerCase() !== b.owner.toLowerCase()
  );
}

/**
 * Each decision once, though a page prints it under "Decision:" and again under "Minutes:";
 * "Members noted the report." under two items is two decisions.
 */
function keepEachOnce(found: Candidate[], matterOf: (blockIndex: number) => number): Candidate[] {
  const kept: Candidate[] = [];
  const keys: { key: string; item: number | null }[] = [];
  for (const candidate of found) {
    const key = keyOf(candidate.text);
    const same = keys.findIndex(
      ({ key: k, item }, i) =>
        (item === candidate.itemIndex || item === null || candidate.itemIndex === null) &&
        // "(b) Ferry Bus Issues … RESOLVED to note the contents." and the same words under "(c) Marine Plan": two decisions.
        matterOf(kept[i]?.blockIndex ?? -1) === matterOf(candidate.blockIndex) &&
        RECOMMENDS.test(kept[i]?.text ?? '') === RECOMMENDS.test(candidate.text) &&
        // "… thefts from gardens. Clerk to contact PCSO" and "… motorbikes on the lane. Clerk to contact PCSO": the same
        // short words under two matters, quoted with each, are two actions.
        !narrativeOfAnotherMatter(kept[i], candidate) &&
        !underTwoParts(kept[i], candidate) &&
        (k === key ||
          (key.length >= 30 && k.length >= 30 && (k.includes(key) || key.includes(k))) ||
          // A page cut off in the middle of the decision's second printing: "That the Enforcement Policy and Ser".
          (key.length >= 15 && CUT_SHORT.test(candidate.text) && k.startsWith(key))),
    );
    const twin =
      same >= 0
        ? same
        : kept.findIndex(
            (k) =>
              k.itemIndex === candidate.itemIndex &&
              matterOf(k.blockIndex) === matterOf(candidate.blockIndex) &&
              !narrativeOfAnotherMatter(k, candidate) &&
              // "AB to update at next meeting." and "Ann to update at next meeting": two people, each with their own action.
              !byTwoPeople(k, candidate) &&
              !neighbouringParts(k, candidate) &&
              nearlyTheSame(k.text, candidate.text),
          );
    if (twin >= 0) {
      // A report's "That the Assembly agrees to …" and then "Resolved: That … be agreed.": the decision is the resolution.
      const first = kept[twin];
      // So is a page's "DECISIONS – the Cabinet Member agreed to: 1) …" after the report's "RECOMMENDED that the Cabinet
      // Member agrees to: a) …" in the same words.
      const decidedAfterProposal =
        first?.kind === 'recommendation' &&
        candidate.kind !== 'recommendation' &&
        candidate.formal &&
        /^RECOMMENDED\b/.test(first.quote) &&
        !/^RECOMMENDED\b/.test(candidate.quote);
      // A page's "Decision:" field and then the minutes' "RESOLVED: That …" in the same words: the minutes' resolution is
      // the record, and the paper's own words for it.
      const resolvedAfterField =
        first?.formal === true &&
        /^(?:It was )?RESOLVED\b/i.test(candidate.quote) &&
        !/\bRESOLVED\b/i.test(first.quote);
      if (first && candidate.formal && (!first.formal || decidedAfterProposal || resolvedAfterField)) {
        kept[twin] = candidate;
        keys[twin] = { key, item: candidate.itemIndex };
      }
      continue;
    }
    keys.push({ key, item: candidate.itemIndex });
    kept.push(candidate);
  }
  return kept;
}

/**
 * The same decision in slightly different words, as a page that prints it twice gives it ("as amended");
 * not two decisions worded alike for different people, sums or dates ("Councillor Ash be elected Chair",
 * "Councillor Birch be elected Vice-Chair").
 */
function nearlyTheSame(a: string, b: string): boolean {
  const words = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? []);
  const [x, y] = [words(a), words(b)];
  if (x.size < 5 || y.size < 5) return false;
  // A name or figure in either that the other lacks: two decisions ("… on sickness absence …", "… on Local
  // Wealth Creation …"). Naming the body adds nothing ("after consulting the Chair of the Committee").
  const names = (text: string) => namesOrFigures(text).filter((w) => !BODY_WORD.test(w));
  const [namesA, namesB] = [names(a), names(b)];
  if (namesA.some((w) => !namesB.includes(w)) || namesB.some((w) => !namesA.includes(w))) return false;
  // "Chair Ann Lee was proposed by Tom Reid …" and "Secretary Tom Reid was proposed by Ann Lee …": the same names in
  // another order, two elections.
  if (namesA.join(' ') !== namesB.join(' ')) return false;
  if (oneWordSwapped(a, b)) return false;
  // "Note the appointments …" and "Recommend to Council to note the appointments …": a decision, and a recommendation.
  if (RECOMMENDS.test(a) !== RECOMMENDS.test(b)) return false;
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / (x.size + y.size - shared) >= 0.7;
}

/** "… accept contractor A as recommended …" and "… accept supplier A as recommended …": one word in its place changed, two decisions. */
function oneWordSwapped(a: string, b: string): boolean {
  const [x, y] = [a, b].map((text) => text.toLowerCase().match(/[a-z0-9]+/g) ?? []);
  if (!x || !y || x.length !== y.length) return false;
  const changed = x.flatMap((word, i) => (word === y[i] ? [] : [[word, y[i] ?? '']]));
  return changed.length === 1 && changed.every((pair) => pair.every((word) => /^[a-z]{4,}$/.test(word)));
}

const RECOMMENDS = /\brecommend/i;

const BODY_WORD = /^(?:Committee|Council|Cabinet|Board|Panel|Executive|Authority|Chair(?:man|person)?)$/;

/** The names and figures in a decision: capitalised words after its first, and anything with a digit. */
const namesOrFigures = (text: string) =>
  (text.match(/[\p{L}\d£.,/-]+/gu) ?? [])
    .filter((w, i) => /\d/.test(w) || (i > 0 && /^\p{Lu}/u.test(w)))
    .map((w) => w.replace(/[.,]+$/, ''));
