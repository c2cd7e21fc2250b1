import type { OutcomeKind } from '../../../shared/domain';
import { findDuePhrase } from '../../tracker/due-dates';
import type { RawBlock } from '../blocks';
import type { ParsedItem } from './agenda-items';
import { PROPOSAL_LEADS } from './decision-heads';
import { narrative, type Add } from './narrative';
import { refineKind } from './outcome-kinds';
import {
  DECISION_WORDS,
  endsAsLeadIn,
  excluded,
  isDecisionShaped,
  matchHead,
  stripMarker,
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
  NOT_DECIDED_SECTION,
  runsThatDecide,
  sectionsWithoutKeywords,
} from './page-sections';
import { segmentBlocks, sentencesOf, type Segment } from './segments';

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

/** A keyword or lead-in whose parts follow it. */
interface Lead {
  kind: OutcomeKind;
  /** The outcome the lead-in itself stated, which detail parts join. */
  stated: Candidate | null;
  parts: number;
  /** Waiting for its first part or paragraph. */
  open: boolean;
  /** The keyword's own line, quoted with the paragraph or first part under it. */
  line: string;
  partsMustDecide: boolean;
}

const NOTHING = /^(?:none|nil|n\/a|noted|no (?:items?|declarations|business)\b.*)\.?$/i;

/**
 * What the meeting decided or asked for, read by the shape of the text: each
 * part of a decision block under its keyword, decisions written as narrative,
 * requests, undertakings and actions. Discussion, proposals and lost motions are
 * left out; a decision printed twice (a "Decision:" and a "Minutes:" block) is
 * kept once.
 */
export function findOutcomes(blocks: RawBlock[], items: ParsedItem[]): ParsedOutcome[] {
  return findOutcomeCandidates(blocks, items).map(
    ({ formal: _formal, weak: _weak, rule: _rule, ...outcome }) => outcome,
  );
}

/** The outcomes with the rule that found each. */
export function findOutcomeCandidates(blocks: RawBlock[], items: ParsedItem[]): Candidate[] {
  const itemOf = (blockIndex: number) => {
    const found = items.findIndex((item) => blockIndex >= item.start && blockIndex < item.end);
    return found >= 0 ? found : null;
  };
  const presentersOf = (itemIndex: number | null) =>
    itemIndex === null ? null : (items[itemIndex]?.presenters ?? null);
  const segments = segmentBlocks(blocks);
  const decisionSections = sectionsWithoutKeywords(segments);
  const agendaText = agendaTextBeforeMinutes(segments, itemOf);
  const decidingRuns = runsThatDecide(segments);
  const found: Candidate[] = [];

  const add: Add = (kind, text, segment, quote, options) => {
    const tidy = tidyText(text);
    if (tidy.length < 3 || NOTHING.test(tidy)) return null;
    const itemIndex = itemOf(segment.blockIndex);
    const refined = refineKind(kind, tidy);
    const candidate: Candidate = {
      kind: refined,
      text: tidy,
      blockIndex: segment.blockIndex,
      quote,
      owner:
        options.owner ??
        (refined === 'request' || refined === 'information-request'
          ? (presentersOf(itemIndex) ?? (refined === 'information-request' ? 'Officers' : null))
          : null),
      dueHint: findDuePhrase(quote),
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
  let topicMarker: string | null = null;
  let section: 'decision' | 'skip' | null = null;
  let lastItem: number | null = null;

  segments.forEach((segment, index) => {
    const item = itemOf(segment.blockIndex);
    if (item !== lastItem) {
      lead = null;
      proposals = false;
      section = null;
      lastItem = item;
    }
    if (agendaText.has(index)) return;
    let text = segment.text;
    const label = FIELD_LABEL.exec(text);
    if (label) {
      section = label[1] === 'Decision' && decisionSections.has(index) ? 'decision' : null;
      lead = null;
      proposals = false;
      text = text.slice(label[0].length).trim();
      if (text === '') return;
    }
    if (section === 'decision' && ANY_FIELD.test(text)) section = null;
    if (NOT_DECIDED_SECTION.test(text) || DATED_TITLE.test(text) || FIELD_LINE.test(text)) {
      section = NOT_DECIDED_SECTION.test(text) ? 'skip' : null;
      lead = null;
      return;
    }
    if (section === 'skip') {
      if (segment.blockKind === 'heading' || matchHead(stripMarker(text))) section = null;
      else return;
    }

    // An item's own title line ("9) Correspondence") opens the item; it decides nothing.
    const titleLine =
      segment.opensBlock && items.some((i) => i.start === segment.blockIndex && i.title.length >= text.length - 6);
    if (ITEM_TITLE_LINE.test(text) || titleLine) {
      lead = null;
      return;
    }
    const isPart = isPartOf(segment);
    const body = stripMarker(text);

    if (PROPOSAL_LEADS.some((p) => p.pattern.test(body)) && /(?::-?|-|–)\s*$|^\D{0,40}$/.test(body)) {
      proposals = true;
      proposalText = /(?::-?|:\s*-|–)\s*$/.test(body);
      lead = null;
      return;
    }
    if (proposals) {
      // The parts of what was proposed, or the motion's words on the line below "moved:-".
      if (isPart || (proposalText && /^that\b/i.test(body))) {
        proposalText = false;
        return;
      }
      proposals = false;
    }

    const head = matchHead(body);
    if (head) {
      const { rule, rest } = head;
      if (rule.wholeSentence) {
        const sentence = sentencesOf(body).find((s) => rule.pattern.test(s)) ?? body;
        if (!excluded(sentence)) add(rule.kind, sentence, segment, sentence, { formal: true, rule: rule.shape });
        lead = null;
        return;
      }
      const own = withoutLeadIn(rest);
      if (rule.kind === 'action' && own && ownerOnly(own)) {
        giveOwner(found, own, segment);
        return;
      }
      const stated = own ? add(rule.kind, own, segment, text, { formal: true, rule: rule.shape }) : null;
      lead = {
        kind: rule.kind,
        stated,
        parts: 0,
        open: own === '' || endsAsLeadIn(rest),
        line: text,
        partsMustDecide: rule.partsMustDecide ?? false,
      };
      return;
    }

    // A heading ends what a keyword or lead-in opened: it is the next item or section, not a part.
    const current: Lead | null = segment.blockKind === 'heading' ? null : lead;
    if (current && isPart && (current.open || current.parts > 0)) {
      current.parts++;
      if (current.partsMustDecide && !isDecisionShaped(body)) return;
      if (endsAsLeadIn(body) && !DECISION_WORDS.test(body)) return;
      if (current.stated && !isDecisionShaped(body)) {
        const joiner = /:\s*-?\s*$/.test(current.stated.text) ? ': ' : '; ';
        current.stated.text = `${current.stated.text.replace(/[:;,.\s–-]+$/, '')}${joiner}${tidyText(body)}`;
        return;
      }
      if (current.stated && current.parts === 1 && /\b(?:the following|as follows)\b/i.test(current.stated.text)) {
        // "To approve the following motion:" over parts that each decide: the parts are the decisions.
        found.splice(found.indexOf(current.stated), 1);
        current.stated = null;
      }
      // The first part is quoted with the keyword's line above it ("RESOLVED that: 1) the plan be approved").
      const quote = current.parts === 1 && !current.stated && current.line ? `${current.line} ${text}` : text;
      add(current.kind, body, segment, quote, { formal: true, rule: 'a part under a keyword' });
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
      (!current.partsMustDecide || isDecisionShaped(body))
    ) {
      current.open = false;
      if (current.stated && endsAsLeadIn(current.stated.text)) {
        // "The following observation was agreed:" over the observation itself.
        current.stated.text = `${current.stated.text.replace(/[:;,.\s–-]+$/, '')}: ${tidyText(body)}`;
        return;
      }
      current.stated = add(current.kind, body, segment, `${current.line} ${text}`, {
        formal: true,
        rule: 'the paragraph under a keyword',
      });
      // "To approve the following motion:": its parts follow.
      current.open = current.stated !== null && endsAsLeadIn(current.stated.text);
      return;
    }
    lead = null;

    if (section === 'decision') {
      if (excluded(body, true)) return;
      // "That the recommendations be approved, as follows:" over the parts that say what they were.
      const before = found.at(-1);
      if (before?.rule === 'a "Decision:" field' && /\b(?:as follows|the following)\b[^.]*:-?\s*$/i.test(before.text))
        found.pop();
      add('resolution', body, segment, text, { formal: true, rule: 'a "Decision:" field' });
      return;
    }
    if (!isPart) {
      listedTopics = /(?::-?|:\s*-)\s*$/.test(body);
      topicMarker = null;
    } else if (listedTopics) {
      // A list of another kind after the topics ("(a)" after bullets) is not one of them.
      const family = markerFamily(segment.marker);
      if (topicMarker === null) topicMarker = family;
      else if (family !== topicMarker) listedTopics = false;
    }
    if (isPart && !listedTopics && decidingRuns.has(index) && !excluded(body)) {
      add('resolution', body, segment, text, { formal: true, rule: 'a part of a numbered block that decides' });
      return;
    }
    const before = found.length;
    narrative(
      body,
      segment,
      add,
      segments.slice(Math.max(0, index - 8), index).map((s) => s.text),
    );
    // "The following payments were approved:": the list below is what was decided.
    const stated = found.length > before ? found.at(-1) : undefined;
    if (stated && endsAsLeadIn(stated.text)) {
      // The same lead-in again in the same item ("The following payments were approved:" twice) goes on with the same decision.
      const earlier = found.find(
        (c) => c !== stated && c.itemIndex === stated.itemIndex && leadInOf(c.text) === leadInOf(stated.text),
      );
      if (earlier) found.pop();
      lead = { kind: stated.kind, stated: earlier ?? stated, parts: 0, open: true, line: text, partsMustDecide: false };
    }
  });

  return keepEachOnce(dropRestatedInFull(answersJoinTheirRequests(dropSupersededNarrative(found))));
}

/** "Action: Clerk", "ACTION: JH/NO": who does the action written just before. */
function ownerOnly(text: string): boolean {
  return text.split(/\s+/).length <= 6 && !/\bto\b/.test(text) && /^[A-Z]/.test(text);
}

function giveOwner(found: Candidate[], owner: string, segment: Segment): void {
  const last = found.at(-1);
  const tidy = owner.replace(/[.;,]$/, '');
  if (last && segment.blockIndex - last.blockIndex <= 2) {
    last.owner = tidy;
    if (last.kind === 'follow-up' || last.kind === 'resolution') last.kind = 'action';
  }
}

const leadInOf = (text: string) => text.split(':')[0]?.toLowerCase() ?? text;

/** A formal decision that points back at the discussion: "That the work programme be updated to reflect discussions." */
const REFLECTS_DISCUSSION = /\bto reflect (?:the )?(?:discussions?|comments|points|views)\b/i;
const ASKS_FOR_A_REPORT = /\breport\b/i;

/**
 * Narrative that a formal decision later in the same item restates or settles: weak
 * narrative requests; a request for a report that the decision then makes
 * ("requested a further report …" before "That the Committee receive a further
 * report …"); and what was agreed in discussion when the decision says it reflects
 * the discussion, whose words then join the decision's.
 */
function dropSupersededNarrative(found: Candidate[]): Candidate[] {
  return found.filter((c, i) => {
    if (c.formal) return true;
    const later = found.slice(i + 1).filter((l) => l.formal && l.itemIndex === c.itemIndex);
    if (c.weak && later.length > 0) return false;
    const asksForReport = (o: Candidate) =>
      (o.kind === 'request' || o.kind === 'information-request') && ASKS_FOR_A_REPORT.test(o.text);
    if (asksForReport(c) && later.some(asksForReport)) return false;
    const reflecting = later.find((l) => REFLECTS_DISCUSSION.test(l.text));
    if (reflecting && c.kind !== 'request' && c.kind !== 'action') {
      reflecting.text = `${reflecting.text.replace(/[.;,\s]+$/, '')}: ${c.text}`;
      return false;
    }
    return true;
  });
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
    return !found.some((d) => d !== c && d.itemIndex === c.itemIndex && keyOf(d.text).includes(own));
  });
}

/** Each decision once, though a page prints it under "Decision:" and again under "Minutes:". */
function keepEachOnce(found: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  const keys: string[] = [];
  for (const candidate of found) {
    const key = keyOf(candidate.text);
    const same = keys.findIndex(
      (k) => k === key || (key.length >= 30 && k.length >= 30 && (k.includes(key) || key.includes(k))),
    );
    if (same >= 0 || kept.some((k) => k.itemIndex === candidate.itemIndex && nearlyTheSame(k.text, candidate.text)))
      continue;
    keys.push(key);
    kept.push(candidate);
  }
  return kept;
}

/** The same decision in slightly different words, as a page that prints it twice gives it ("as amended"). */
function nearlyTheSame(a: string, b: string): boolean {
  const words = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? []);
  const [x, y] = [words(a), words(b)];
  if (x.size < 5 || y.size < 5) return false;
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / (x.size + y.size - shared) >= 0.7;
}
