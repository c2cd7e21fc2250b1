import type { OutcomeKind } from '../../../shared/domain';
import { findDuePhrase } from '../../tracker/due-dates';
import type { RawBlock } from '../blocks';
import type { ParsedItem } from './agenda-items';
import { HEAD_RULES, PROPOSAL_LEADS, type HeadRule } from './decision-heads';
import { refineKind } from './outcome-kinds';
import { segmentBlocks, sentencesOf, type Segment } from './segments';
import { NOT_OUTCOMES, SENTENCE_RULES } from './sentence-rules';
import { capitaliseFirst } from './text-shapes';

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

const FIELD_LABEL = /^(Decision|Minutes|Additional documents|Supporting documents)\s*:\s*/;
/** Where a page's decision stops: its reasons and the options it rejected. */
const NOT_DECIDED_SECTION =
  /^(?:REASONS?$|Reasons?$|Reasons? for (?:the )?decisions?|REASONS? FOR (?:THE )?DECISIONS?|(?:Alternative|Other) options|(?:ALTERNATIVE|OTHER) OPTIONS|\[?Reason\s*:)/;
/** One-line fields of a decision page: dates, status, who decided. */
const FIELD_LINE =
  /^(?:Publication date|Date of decision|Decided at meeting|Made at meeting|Decision published|Effective from|Accompanying Documents|Report author|Lead officer|Decision Maker|Decision status|Is Key decision|Is subject to call in|Call-in deadline|Wards? affected)\b/i;
/** An item's title on a meeting page, with its papers: "Budget 2025/26 pdf icon PDF 204 KB". */
const ITEM_TITLE_LINE = /\bpdf icon\b|\bPDF \d+ KB\b/i;
/** "Documents to be considered: …": a field of a listing, which ends a decision's text. */
const ANY_FIELD = /^[A-Z][\w ()'’/-]{2,40}:\s+\S/;
const DATED_TITLE = /^\d{1,2}\/\d{1,2}\/\d{4}\s+-\s+/;
const NOTHING = /^(?:none|nil|n\/a|noted|no (?:items?|declarations|business)\b.*)\.?$/i;

/** A keyword's line that only leads into its parts: "That", "to:", "that the Scrutiny Board:". */
const LEAD_IN_ONLY =
  /^(?:that|to)?\s*(?:(?:the |this )?(?:[A-Z][\w&'’-]*,? (?:and |of |for |& )*){0,8}(?:Committee|Council|Cabinet|Board|Panel|Executive|Forum|Sub-Committee|Commission|Group|Assembly)(?: (?:agreed|resolved|decided|noted))?(?: to| that)?)?\s*(?::-?|-|–)?\s*$/i;
const DECISION_WORDS =
  /\b(?:be|is|are|was|were|been) (?:hereby |formally |duly |now )?(?:noted|approved|agreed|endorsed|accepted|adopted|appointed|elected|re-elected|set up|established|granted|confirmed|received|brought|added|updated|delegated|authorised|requested|asked|circulated|provided|reviewed|deferred|given|made|removed|included|referred|supported|thanked|passed|recorded|considered|invited|written|sent|undertaken|allocated|awarded|paid|co-opted|nominated)\b/;
/** "… be appointed", "… be brought to a future meeting": the subjunctive of a decision, not "would be". */
const SUBJUNCTIVE =
  /(?<!\b(?:would|will|could|should|may|might|can|must|to|not|cannot)\s)\bbe (?:hereby |formally |now )?(?:noted|approved|agreed|endorsed|accepted|adopted|appointed|elected|re-elected|set up|established|granted|confirmed|received|brought|added|updated|delegated|authorised|requested|asked|circulated|provided|reviewed|deferred|given|removed|included|referred|supported|thanked|passed|recorded|invited|written|sent|allocated|awarded|paid|co-opted|nominated)\b/;
const DECISION_VERB_FIRST =
  /^(?:noted|agreed|approved|endorsed|resolved|accepted|adopted|requested|asked|recommended|instructed|welcomed|supported|confirmed|invited|thanked|referred|delegated|authorised|appointed|decided|deferred|NOTED|AGREED|APPROVED|ENDORSED|RESOLVED|REQUESTED|RECOMMENDED|Note|Notes|Agree|Agrees|Approve|Approves|Endorse|Endorses|Accept|Accepts|Adopt|Adopts|Request|Requests|Recommend|Recommends|Ask|Asks|Delegate|Delegates|Authorise|Authorises|Confirm|Confirms|Support|Supports|Refer|Refers|Appoint|Appoints|Instruct|Instructs|Welcome|Welcomes|Receive|Receives|Thank|Thanks)\b/i;

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

  const add = (
    kind: OutcomeKind,
    text: string,
    segment: Segment,
    quote: string,
    options: { formal: boolean; weak?: boolean; owner?: string | null; rule: string },
  ): Candidate | null => {
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

    if (ITEM_TITLE_LINE.test(text)) {
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

    const current: Lead | null = lead;
    if (current && isPart && (current.open || current.parts > 0)) {
      current.parts++;
      if (current.partsMustDecide && !isDecisionShaped(body)) return;
      if (endsAsLeadIn(body) && !DECISION_WORDS.test(body)) return;
      if (current.stated && !isDecisionShaped(body)) {
        current.stated.text = `${current.stated.text.replace(/[:;,.\s–-]+$/, '')}; ${tidyText(body)}`;
        return;
      }
      // The first part is quoted with the keyword's line above it ("RESOLVED that: 1) the plan be approved").
      const quote = current.parts === 1 && !current.stated && current.line ? `${current.line} ${text}` : text;
      add(current.kind, body, segment, quote, { formal: true, rule: 'a part under a keyword' });
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
      current.stated = add(current.kind, body, segment, `${current.line} ${text}`, {
        formal: true,
        rule: 'the paragraph under a keyword',
      });
      return;
    }
    lead = null;

    if (section === 'decision') {
      if (!excluded(body)) add('resolution', body, segment, text, { formal: true, rule: 'a "Decision:" field' });
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
    narrative(body, segment, add, segments[index - 1]?.text ?? '');
  });

  return keepEachOnce(dropSupersededNarrative(found));
}

type Add = (
  kind: OutcomeKind,
  text: string,
  segment: Segment,
  quote: string,
  options: { formal: boolean; weak?: boolean; owner?: string | null; rule: string },
) => Candidate | null;

function narrative(text: string, segment: Segment, add: Add, previousText: string): void {
  // "2.3.1 It was agreed that…": the paragraph's number is not part of what was said.
  const clauses = sentencesOf(text.replace(PARAGRAPH_NUMBER, '')).flatMap((sentence) => sentence.split(/;\s+(?=\S)/));
  clauses.forEach((sentence, i) => {
    const next = clauses[i + 1] ?? '';
    const before = i > 0 ? (clauses[i - 1] ?? '') : previousText;
    if (excluded(sentence)) {
      // "It was proposed … that a grant be awarded. All in favour.": a proposal the vote then carried.
      if (PROPOSED.test(sentence) && CARRIED_BY_VOTE.test(next)) {
        add('resolution', `${sentence} ${next}`, segment, `${sentence} ${next}`, {
          formal: false,
          rule: 'a proposal, then the vote that carried it',
        });
      }
      return;
    }
    const rule = SENTENCE_RULES.find(
      (r) => (!r.opensBlock || (i === 0 && segment.opensBlock)) && r.pattern.test(sentence),
    );
    if (!rule) return;
    const match = rule.pattern.exec(sentence);
    const owner = rule.owner ? (match?.[rule.owner]?.trim() ?? null) : null;
    const after = match ? sentence.slice(match.index + match[0].length) : sentence;
    // "This project was approved." says what only with the sentence before it; so does a
    // planning response in capitals on a line of its own.
    const leansBack = (ANAPHOR.test(sentence) && i > 0) || (rule.kind === 'resolution' && BARE_RESPONSE.test(sentence));
    const quote = leansBack && before ? `${before} ${sentence}` : sentence;
    const words =
      rule.keep === 'after-match'
        ? after
        : rule.keep === 'owner-to-rest' && owner
          ? `${owner} to ${after}`
          : leansBack
            ? quote
            : sentence;
    add(rule.kind, words, segment, quote, {
      formal: false,
      weak: rule.weak,
      owner: owner?.replace(/^the /i, ''),
      rule: rule.shape,
    });
  });
}

const PARAGRAPH_NUMBER = /^\(?\d{1,3}(?:\.\d{1,3}){1,3}\)?\.?\s+/;
const ANAPHOR = /^(?:This|These|That|It|They)\b(?! was (?:agreed|resolved|decided) (?:that|to)\b)/;
const BARE_RESPONSE = /^(?:NO (?:OBJECTIONS?|OBSERVATIONS?|COMMENTS?)|OBJECTS?|SUPPORTS?)\.?$/;
const PROPOSED = /^(?:It was )?(?:proposed|moved|PROPOSED|MOVED)\b|\b(?:proposed|moved) (?:by|and seconded)\b/i;
const CARRIED_BY_VOTE =
  /^(?:All in favour|Carried|Agreed|Unanimously(?: agreed| carried)?|This was (?:agreed|carried)|Resolved|The (?:motion|proposal) was carried)\b/i;

function isPartOf(segment: Segment): boolean {
  return segment.marker !== null || (segment.opensBlock && segment.blockKind === 'list-item');
}

/**
 * Numbered or lettered parts with no keyword above them ("a. That … b. … c. …")
 * are a decision when one of them decides by itself; then all of them are.
 * Returns the indexes of the segments in such runs.
 */
function runsThatDecide(segments: Segment[]): Set<number> {
  const deciding = new Set<number>();
  let run: number[] = [];
  let family: string | null = null;
  const decides = (i: number) => {
    const body = stripMarker(segments[i]?.text ?? '');
    return sentencesOf(body).length <= 2 && decidesByItself(body);
  };
  const close = () => {
    // "(a) That … (b) … (c) …": a block that opens as a decision is one throughout.
    if (run[0] !== undefined && decides(run[0])) run.forEach((i) => deciding.add(i));
    else run.filter(decides).forEach((i) => deciding.add(i));
    run = [];
    family = null;
  };
  segments.forEach((segment, index) => {
    const part = segment.marker !== null && segment.blockKind !== 'heading';
    const partFamily = markerFamily(segment.marker);
    if (!part || (family !== null && partFamily !== family && !nestedFamily(family, partFamily))) close();
    if (!part) return;
    family ??= partFamily;
    run.push(index);
  });
  close();
  return deciding;
}

/** "(i)" under "(1)", "(a)" under "1.": parts of a part. */
const nestedFamily = (outer: string, inner: string) => outer !== inner && inner !== 'bullet' && outer !== 'bullet';

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

const markerFamily = (marker: string | null) =>
  marker === null
    ? 'bullet'
    : /^\(?\d/.test(marker)
      ? 'number'
      : /^\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)]/i.test(marker)
        ? 'roman'
        : 'letter';

function matchHead(text: string): { rule: HeadRule; rest: string } | null {
  for (const rule of HEAD_RULES) {
    const match = rule.pattern.exec(text);
    if (match) return { rule, rest: text.slice(match.index + match[0].length).trim() };
  }
  return null;
}

function excluded(sentence: string): boolean {
  return NOT_OUTCOMES.some((rule) => rule.pattern.test(sentence));
}

/** What a keyword's own line says, without the "That" or "to" that leads into its parts. */
function withoutLeadIn(rest: string): string {
  const own = stripMarker(rest)
    .replace(/(?:\s*\band)?\s*(?::-?|-|–)\s*$/, '')
    .replace(LEAD_IN_ONLY, '')
    .trim();
  return own.length < 3 ? '' : own;
}

function endsAsLeadIn(text: string): boolean {
  return (
    /(?::-?|:\s*-|\bthat|\bto)\s*$/i.test(text) ||
    /\b(?:the following(?: amendments?| changes?)?|as follows)\s*[:,-]?\s*$/i.test(text)
  );
}

/** A part of a lead-in's list that is a decision of its own, not a detail of the lead-in's. */
export function isDecisionShaped(text: string): boolean {
  return /^that\b/i.test(text) || DECISION_WORDS.test(text) || DECISION_VERB_FIRST.test(text) || decidesByItself(text);
}

/**
 * A numbered or lettered part with no keyword above it that is still a decision:
 * "That …", "… be appointed", "The Panel noted …". Numbered paragraphs of
 * narrative ("(3) Members were told that places would be allocated…") are not.
 */
function decidesByItself(text: string): boolean {
  return (
    /^that\b/i.test(text) ||
    SUBJUNCTIVE.test(text) ||
    SENTENCE_RULES.some((r) => r.kind !== 'action' && r.kind !== 'request' && !r.weak && r.pattern.test(text))
  );
}

/**
 * A "Decision:" field with no decision keyword under it (a motion's text, a
 * plain sentence) is the decision itself; one that holds a RESOLVED block is
 * narrative around it. Returns the indexes of the first kind of label.
 */
function sectionsWithoutKeywords(segments: Segment[]): Set<number> {
  const found = new Set<number>();
  segments.forEach((segment, index) => {
    const label = FIELD_LABEL.exec(segment.text);
    if (label?.[1] !== 'Decision') return;
    const texts = [segment.text.slice(label[0].length)];
    for (const next of segments.slice(index + 1)) {
      if (FIELD_LABEL.test(next.text) || NOT_DECIDED_SECTION.test(next.text) || DATED_TITLE.test(next.text)) break;
      texts.push(next.text);
    }
    if (!texts.some((t) => matchHead(stripMarker(t.trim())))) found.add(index);
  });
  return found;
}

/**
 * On a page that prints each item's agenda text and then its "Minutes:", what
 * comes before the minutes is the agenda's description of the item, not what
 * the meeting did.
 */
function agendaTextBeforeMinutes(segments: Segment[], itemOf: (blockIndex: number) => number | null): Set<number> {
  const skip = new Set<number>();
  const firstLabel = new Map<number | null, number>();
  segments.forEach((segment, index) => {
    const label = FIELD_LABEL.exec(segment.text)?.[1];
    const item = itemOf(segment.blockIndex);
    if ((label === 'Minutes' || label === 'Decision') && !firstLabel.has(item)) firstLabel.set(item, index);
  });
  let itemStart = 0;
  segments.forEach((segment, index) => {
    const item = itemOf(segment.blockIndex);
    if (index > 0 && item !== itemOf(segments[index - 1]?.blockIndex ?? -1)) itemStart = index;
    const label = firstLabel.get(item);
    const minutesLabel = segments.some(
      (s, i) => i >= itemStart && itemOf(s.blockIndex) === item && /^Minutes\s*:/.test(s.text),
    );
    if (label !== undefined && minutesLabel && index < label && index >= itemStart) skip.add(index);
  });
  return skip;
}

/** Narrative requests that a formal decision later in the same item restates or settles. */
function dropSupersededNarrative(found: Candidate[]): Candidate[] {
  return found.filter(
    (c, i) => !c.weak || !found.slice(i + 1).some((later) => later.formal && later.itemIndex === c.itemIndex),
  );
}

/** Each decision once, though a page prints it under "Decision:" and again under "Minutes:". */
function keepEachOnce(found: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  const keys: string[] = [];
  for (const candidate of found) {
    const key = candidate.text.toLowerCase().replace(/[^a-z0-9]+/g, '');
    const same = keys.findIndex(
      (k) => k === key || (key.length >= 30 && k.length >= 30 && (k.includes(key) || key.includes(k))),
    );
    if (same >= 0) continue;
    keys.push(key);
    kept.push(candidate);
  }
  return kept;
}

const MARKER =
  /^(?:\(\d{1,2}\)|\d{1,2}[.)]|\([a-z]\)|[a-z][.)]|\((?:i{1,3}|iv|vi{0,3}|ix|x)\)|(?:i{1,3}|iv|vi{0,3}|ix|x)[.)])\s+/i;

function stripMarker(text: string): string {
  return text.replace(MARKER, '').trim();
}

function tidyText(text: string): string {
  const tidy = stripMarker(text)
    .replace(/^(?:that|to)\b[,:]?\s*/i, '')
    .replace(/\s*\|\s*$/, '')
    .replace(/\s*;\s*(?:and|or)?\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return capitaliseFirst(tidy);
}
