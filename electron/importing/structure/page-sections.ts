import { decidesByItself, matchHead, stripMarker, SUBJUNCTIVE_DECISION } from './outcome-shapes';
import { sentencesOf, type Segment } from './segments';

/**
 * How a page of minutes is laid out: the fields of a ModernGov page ("Decision:",
 * "Minutes:", reasons, dates), the agenda text above an item's minutes, and the
 * numbered or lettered runs of parts that make one decision.
 */

/** A web page's field over an item's text; not a title that dates the minutes below it ("Minutes: December 9th 2015"). */
export const FIELD_LABEL =
  /^(Decision|Minutes|Additional documents|Supporting documents)\s*:(?!(?<=^Minutes\s*:)\s*(?:\w+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]+\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}\s*$)\s*/;

/** Where a page's decision stops: its reasons, the options it rejected, and a note added after the meeting. */
export const NOT_DECIDED_SECTION =
  /^(?:REASONS?(?:\(S\))?:?$|Reasons?(?:\(s\))?:?$|Reasons?(?:\(s\))? for (?:the )?[Dd]ecisions?|REASONS? FOR (?:THE )?DECISIONS?|(?:Alternative|Other) [Oo]ptions?|(?:ALTERNATIVE|OTHER) OPTIONS|\[?Reason\s*:|(?:The )?[Rr]easons? (?:are|is|for (?:the|this|these) decisions? (?:are|is))\s*:?$|Relevant (?:Scrutiny|Overview) (?:Committee|Panel|Board)s?:?$|(?:[Pp]ost|POST)[- ](?:[Mm]eeting|MEETING) (?:[Nn]otes?|[Uu]pdates?|NOTES?|UPDATES?):?$)/;

/** One-line fields of a decision page: dates, status, who decided. */
export const FIELD_LINE =
  /^(?:Publication date|Date of decision|Decided at meeting|Made at meeting|Decision published|Effective from|Accompanying Documents|Report author|Lead officer|Decision Maker|Decision status|Is Key decision|Is subject to call in|Call-in deadline|Wards? affected)\b/i;

/** An item's title on a meeting page, with its papers: "Budget 2025/26 pdf icon PDF 204 KB". */
export const ITEM_TITLE_LINE = /\bpdf icon\b|\bPDF \d+ KB\b/i;

/** "Documents to be considered: …": a field of a listing, which ends a decision's text. */
export const ANY_FIELD = /^[A-Z][\w ()'’/-]{2,40}:\s+\S/;

/** A decision keyword anywhere in a piece of text. */
const DECISION_KEYWORD_INSIDE =
  /\b(?:RESOLVED|Resolved|AGREED|DECIDED|RECOMMENDED|(?:was|were) (?:agreed|resolved|decided))\b|\bResolution:/;

export const DATED_TITLE = /^\d{1,2}\/\d{1,2}\/\d{4}\s+-\s+/;

export function isPartOf(segment: Segment): boolean {
  return (
    segment.marker !== null || segment.bulleted === true || (segment.opensBlock && segment.blockKind === 'list-item')
  );
}

/**
 * "Cllr Ash called for a named vote.", "Councillors Birch, Cole and Dale for.", "Councillor Ash abstained.", "Carried.":
 * how the vote on a part went, which does not make the part a narrative.
 */
const VOTE_TOLD =
  /\bcalled for a (?:named|recorded) vote\b|^(?:Cllrs?|Councill?ors?)\b[^.;]{0,200}\s(?:for|against|abstained)\.?$|^(?:Carried|Agreed|Lost)(?: unanimously)?\.?$/i;
/** "To note the out-turn.", "Agree to set the fees …": a part worded as what is to be done. */
const TO_VERB =
  /^(?:To (?:note|approve|agree|endorse|adopt|accept|confirm|delegate|authorise|appoint|request|ask|recommend|refer|defer|receive|support|establish|allocate|award|grant|thank|welcome)|(?:Note|Approve|Agree|Endorse|Adopt|Accept|Confirm|Delegate|Authorise|Appoint|Request|Recommend|Refer|Defer|Support|Establish|Allocate|Award|Grant)s?)\b/;

/**
 * Numbered or lettered parts with no keyword above them ("a. That … b. … c. …")
 * are a decision when one of them decides by itself; then all of them are.
 * In minutes, a run whose every part is worded "To note …", "To approve …", with no
 * lead-in above it ("The Committee was asked:"), is what was decided under a lost keyword.
 * Returns the indexes of the segments in such runs.
 */
export function runsThatDecide(segments: Segment[], minutes = true): Set<number> {
  const deciding = new Set<number>();
  let run: number[] = [];
  let family: string | null = null;
  const decides = (i: number) => {
    const body = stripMarker(segments[i]?.text ?? '');
    return sentencesOf(body).filter((sentence) => !VOTE_TOLD.test(sentence)).length <= 2 && decidesByItself(body);
  };
  const infinitives = () =>
    minutes &&
    run.length >= 2 &&
    run.every((i) => TO_VERB.test(stripMarker(segments[i]?.text ?? ''))) &&
    !/[:–-]\s*$/.test(segments[(run[0] ?? 0) - 1]?.text ?? '');
  // "(a) … (b) … (c) … RESOLVED (d) That …": the keyword's own part goes on from the run above, whose keyword was lost.
  const keywordGoesOn = (next: Segment | undefined) => {
    const marker = KEYWORD_THEN_MARKER.exec(next?.text ?? '')?.[1];
    return marker !== undefined && markerFamily(marker) === family;
  };
  const close = (next?: Segment) => {
    // "(a) That … (b) … (c) …": a block that opens as a decision is one throughout; not one whose first part has
    // its own keyword ("1. RESOLVED that … 2. The Chair agreed to write …"), whose parts are read each for itself.
    const opensWithKeyword = run[0] !== undefined && matchHead(stripMarker(segments[run[0]]?.text ?? '')) !== null;
    // "1. Election of Chairman … 1. Apologies … 1. Declarations …": a page that lost its list's numbers is no block.
    const repeats = run.filter((i) => segments[i]?.marker === segments[run[0] ?? 0]?.marker).length;
    const numbersLost = repeats >= 3 && repeats * 2 >= run.length;
    // "8. WLDC Report: Cllr Bierley's report …", "9. Finance: Resolved to pay …": the items of the minutes, each titled.
    const titled = run.filter((i) => ITEM_TITLED.test(stripMarker(segments[i]?.text ?? ''))).length >= 2;
    // "The introduction included the following points" over "1. That a notice was received …": what was said, not decided.
    // The list's lead-in is above any parts nested in it: "… gave the following reasons:" over "1. …", "2. …", "i. …",
    // "3. …".
    let first = run[0] ?? 0;
    for (let j = first - 1; j >= Math.max(0, first - 12); j--) {
      const marker = segments[j]?.marker;
      if (marker && markerFamily(marker) === family) first = j;
    }
    if (
      POINTS_MADE.test(segments[(run[0] ?? 0) - 1]?.text ?? '') ||
      POINTS_MADE.test(segments[first - 1]?.text ?? '')
    ) {
      run = [];
      family = null;
      return;
    }
    // "1. … asked for nominations. 2. Cllr A proposed, and Cllr B seconded, that C be elected Chair." over "RESOLVED: That C
    // be elected Chair.": the minute's paragraphs tell how it came to its resolution, which is below them.
    // Not parts worded as decisions themselves ("(a) That the report be noted …"; "(1) Note the results;", "(2) Approve the
    // programme;" above a recommendation to Council).
    const toldBeforeKeyword =
      run[0] !== undefined &&
      !opensWithKeyword &&
      !/^that\b/i.test(stripMarker(segments[run[0]]?.text ?? '')) &&
      !(run.length >= 2 && run.every((i) => TO_VERB.test(stripMarker(segments[i]?.text ?? '')))) &&
      !keywordGoesOn(next) &&
      matchHead(next?.text ?? '') !== null;
    if (toldBeforeKeyword) {
      run = [];
      family = null;
      return;
    }
    if (
      run[0] !== undefined &&
      !numbersLost &&
      !titled &&
      ((decides(run[0]) && !opensWithKeyword && !REPORTED.test(segments[run[0]]?.text ?? '')) ||
        infinitives() ||
        keywordGoesOn(next))
    )
      // Not a part that tells what was noted or reported ("c. It was noted that a letter had come from the railway …"),
      // unless it decides by itself: it is read for what it says.
      run
        .filter((i) => i === run[0] || decides(i) || !TOLD.test(stripMarker(segments[i]?.text ?? '')))
        .forEach((i) => deciding.add(i));
    else run.filter(decides).forEach((i) => deciding.add(i));
    run = [];
    family = null;
  };
  segments.forEach((segment, index) => {
    const part = segment.marker !== null && segment.blockKind !== 'heading';
    const partFamily = markerFamily(segment.marker);
    // "c) … prior to publication." then "1. The Council's ambitions …": a list of another kind after a part that ended
    // its sentence is a list of its own (the reasons), not parts of that part.
    const above = segments[index - 1];
    const nested =
      family !== null &&
      nestedFamily(family, partFamily) &&
      (!/\.\s*$/.test(above?.text ?? '') ||
        /\b(?:below|as follows|the following)\b/i.test(above?.text ?? '') ||
        (above?.marker != null && markerFamily(above.marker) === partFamily));
    if (!part || (family !== null && partFamily !== family && !nested)) close(segment);
    if (!part) return;
    family ??= partFamily;
    run.push(index);
  });
  close();
  return deciding;
}

/**
 * "a) Street lighting – the Clerk reported that the lamp had been fixed and it was agreed that the matter is closed.":
 * a part that tells what was reported, which may end in a decision of its own, but does not make its run a decision.
 */
const REPORTED = /\b(?:reported|advised|informed|explained|said|stated|updated)\b/;

/** "It was noted that …", "The Clerk reported that …": a part that tells what someone noted or reported. */
const TOLD =
  /^(?:It was (?:noted|reported|confirmed|explained|advised)|(?:The |the )?(?:[\w'’-]+ ){0,5}?(?:noted|reported|advised|explained|said|stated|confirmed|informed (?:the )?(?:meeting|members|council|committee)) that)\b/;

/** "Finance: Accounts for payment …", "Community Speed Watch – SW accepted …": a part that opens with its matter's title and a colon or dash. */
// Also a place with its house number: "4 South View: outline planning permission …".
const ITEM_TITLED = /^(?:\d{1,4}[a-z]? )?[A-Z][^.:;–—]{2,60}(?::\s|\s[–—]\s+[A-Z\d])/;

/**
 * "The introduction included the following points", "the Director advised as follows:-": what someone said, listed below.
 * So too what was noted, listed under it: "Members noted the overspend relating to:" over "• Salaries: with reasons noted.".
 * And what members were told they had to decide: "the Committee was informed that it had to determine (1) that …"; and
 * what they were reminded of: "The Chair reminded the Group of the factors agreed in June: 1) …"; and a hearing's
 * reasons for what it decided: "The Sub-Committee made findings of fact and gave the following reasons:"; and what a
 * report told: "There was submitted a report by the Director … advising" over "(1) that …", "(2) of …".
 */
const POINTS_MADE =
  /\b(?:noted|discussed|considered|reviewed)\b[^.]{0,80}\b(?:relating to|regarding|concerning|in respect of)\s*:\s*-?\s*$|\b(?:included|made|raised|covered|highlighted|outlined) the following(?: (?:points|issues|comments|matters))?\s*[:.]?-?\s*$|\b(?:advised|reported|explained|said|stated|informed (?:the )?(?:members|committee|panel))\b[^.]{0,40}\bas follows\s*[:.]?-?\s*$|\bthe following (?:points|issues|comments) were (?:made|raised|noted)\s*[:.]?-?\s*$|\b(?:was|were) (?:informed|advised|told|reminded) that\b[^.:;]{0,80}$|\breminded\b[^.]{0,200}:\s*-?\s*$|\b(?:gave|made|set out|stated) (?:the following |its |their )?(?:reasons|findings(?: of fact)?)\b[^.]{0,40}:\s*-?\s*$|\b(?:report|note|update|briefing)\b[^.]{0,300}\b(?:advising|intimating|outlining|setting out|detailing|indicating|highlighting|summarising)(?:,? inter alia,?)?\s*[:,]?\s*-?\s*$/i;

/** "RESOLVED (d) That …": a keyword, then a part's marker. */
const KEYWORD_THEN_MARKER = /^(?:It was )?(?:RESOLVED|AGREED|DECIDED|RECOMMENDED)\s*[:–—-]?\s*(\(?[a-h\d]{1,2}[.)])\s/;

/** "(i)" under "(1)", "(a)" under "1.": parts of a part. */
const nestedFamily = (outer: string, inner: string) => outer !== inner && inner !== 'bullet' && outer !== 'bullet';

export const markerFamily = (marker: string | null, markerBefore: string | null = null) =>
  marker === null
    ? 'bullet'
    : /^\(?\d/.test(marker)
      ? 'number'
      : /^\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)]/i.test(marker) && !nextLetter(markerBefore, marker)
        ? 'roman'
        : 'letter';

/** "(i)" after "(h)", "v)" after "u)": the next letter of a lettered list, not a roman numeral. */
function nextLetter(before: string | null, marker: string): boolean {
  const letter = (m: string | null) => /^\(?([a-z])[.)]$/i.exec(m?.trim() ?? '')?.[1]?.toLowerCase();
  const was = letter(before);
  const is = letter(marker);
  return was !== undefined && is !== undefined && is.charCodeAt(0) === was.charCodeAt(0) + 1;
}

/** "Further Action Required:": a decision page's heading over the actions that carry the decision out. */
export const ACTIONS_REQUIRED = /^(?:Further )?[Aa]ctions? [Rr]equired\s*:?$/;

/**
 * A "Decision:" field with no decision keyword under it (a motion's text, a
 * plain sentence) is the decision itself; one that holds a RESOLVED block is
 * narrative around it. Returns the indexes of the first kind of label.
 */
export function sectionsWithoutKeywords(
  segments: Segment[],
  itemOf: (blockIndex: number) => number | null = () => null,
): Set<number> {
  const found = new Set<number>();
  segments.forEach((segment, index) => {
    const label = FIELD_LABEL.exec(segment.text);
    if (label?.[1] !== 'Decision') return;
    const texts = [segment.text.slice(label[0].length)];
    const item = itemOf(segment.blockIndex);
    for (const next of segments.slice(index + 1)) {
      // The section ends at the next field, or at the next item, or at the actions that carry the decision out ("Further
      // Action Required:"), which are read under their own heading.
      if (
        FIELD_LABEL.test(next.text) ||
        NOT_DECIDED_SECTION.test(next.text) ||
        DATED_TITLE.test(next.text) ||
        ACTIONS_REQUIRED.test(next.text)
      )
        break;
      if (itemOf(next.blockIndex) !== item) break;
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
export function agendaTextBeforeMinutes(
  segments: Segment[],
  itemOf: (blockIndex: number) => number | null,
): Set<number> {
  const firstLabel = new Map<number | null, number>();
  const withMinutes = new Set<number | null>();
  segments.forEach((segment, index) => {
    const label = FIELD_LABEL.exec(segment.text)?.[1];
    const item = itemOf(segment.blockIndex);
    if (label === 'Minutes') withMinutes.add(item);
    if ((label === 'Minutes' || label === 'Decision') && !firstLabel.has(item)) firstLabel.set(item, index);
  });
  const skip = new Set<number>();
  segments.forEach((segment, index) => {
    const item = itemOf(segment.blockIndex);
    // With no items found, "1. Minutes:the minutes … were approved" is one item's heading, not a page's field.
    if (item !== null && withMinutes.has(item) && index < (firstLabel.get(item) ?? -1)) skip.add(index);
  });
  for (const index of agendaTextOverItsDocuments(segments, itemOf, firstLabel)) skip.add(index);
  for (const index of agendaTextCutShort(segments)) skip.add(index);
  for (const index of rowTextBeforeLabels(segments)) skip.add(index);
  return skip;
}

/**
 * "Dog Control pdf icon PDF 129 KB / To seek approval … / RECOMMENDED that the Cabinet considers … / Additional
 * documents: / Agreed that …": an agenda page's item prints its agenda text above the list of its further papers, and
 * what was decided below it, its "Decision:" label lost.
 */
function agendaTextOverItsDocuments(
  segments: Segment[],
  itemOf: (blockIndex: number) => number | null,
  firstLabel: Map<number | null, number>,
): number[] {
  const documentsAt = new Map<number, number>();
  segments.forEach((segment, index) => {
    const item = itemOf(segment.blockIndex);
    if (item === null || documentsAt.has(item) || FIELD_LABEL.exec(segment.text)?.[1] !== 'Additional documents')
      return;
    const decidedBelow = segments
      .slice(index + 1)
      .find((next) => itemOf(next.blockIndex) === item && !FIELD_LABEL.test(next.text));
    if (decidedBelow && (firstLabel.get(item) ?? Infinity) > index) documentsAt.set(item, index);
  });
  const agenda = segments.flatMap((segment, index) => {
    const item = itemOf(segment.blockIndex);
    return item !== null && index < (documentsAt.get(item) ?? -1) ? [index] : [];
  });
  // With no items found, the line just above the further papers: "COVID-19 Update / Public Health to report /
  // Additional documents:". Not the last item's decision, its keyword lost: "That the annual letter be noted." above the
  // next item's "Additional documents:".
  segments.forEach((segment, index) => {
    const above = segments[index - 1];
    if (
      itemOf(segment.blockIndex) === null &&
      FIELD_LABEL.exec(segment.text)?.[1] === 'Additional documents' &&
      above &&
      !FIELD_LABEL.test(above.text) &&
      !DECISION_KEYWORD_INSIDE.test(above.text) &&
      !SUBJUNCTIVE_DECISION.test(above.text)
    )
      agenda.push(index - 1);
  });
  return agenda;
}

/** "… for a four-year term with the option to extend up  ...  view the full agenda text for item 101.": a page's link on to an item's agenda text. */
const AGENDA_TEXT_CUT = /\bview the full agenda text for item\b/i;
/** Where the agenda text of an item begins at the latest: its title, the last item's cut text, a field or a decision. */
const BEFORE_AGENDA_TEXT =
  /\bview the full (?:agenda|minutes) text\b|\bpdf icon\b|\bPDF \d+ KB\b|\bRESOLVED\b|^Resolved\b/i;

/** A short line with no stop, colon or semicolon: a title. */
const UNMARKED_TITLE = /^[^.:;!?]{2,120}$/;

/** The agenda text that a page cuts short with a link to the rest of it, back to the item's title. */
function agendaTextCutShort(segments: Segment[]): number[] {
  const cut: number[] = [];
  segments.forEach((segment, index) => {
    if (!AGENDA_TEXT_CUT.test(segment.text)) return;
    cut.push(index);
    for (let before = index - 1; before >= 0 && index - before <= 40; before--) {
      const segment = segments[before];
      const text = segment?.text ?? '';
      if (BEFORE_AGENDA_TEXT.test(text) || FIELD_LABEL.test(text)) break;
      // A title with no papers marked ("Outcomes from the Board"): the item's start, above which is the last item's.
      if (segment?.blockKind === 'heading' || UNMARKED_TITLE.test(text)) break;
      cut.push(before);
    }
  });
  return cut;
}

/**
 * A flattened table prints each item as one row: "QUESTIONS To receive questions …
 * Decision: Two written questions. |". What the row says before its first label is the
 * item's title and agenda text, even where no item was recognised; unless it holds a
 * decision keyword of its own.
 */
function rowTextBeforeLabels(segments: Segment[]): number[] {
  const rowText: number[] = [];
  let run: number[] = [];
  segments.forEach((segment, index) => {
    if (segment.opensBlock) run = [];
    if (!FIELD_LABEL.test(segment.text)) {
      run.push(index);
      return;
    }
    // Not the parts under a lead-in on the line above ("RESOLVED that Cabinet:-" over "Supports the plan; and 2. Endorses
    // … Minutes: |"), which the row's line break parted from it.
    const underLeadIn =
      /:\s*-?\s*$/.test(segments[(run[0] ?? 0) - 1]?.text ?? '') &&
      DECISION_KEYWORD_INSIDE.test(segments[(run[0] ?? 0) - 1]?.text ?? '');
    if (
      !segment.opensBlock &&
      run.length > 0 &&
      !underLeadIn &&
      run.every((i) => !DECISION_KEYWORD_INSIDE.test(segments[i]?.text ?? ''))
    )
      rowText.push(...run);
    run = [];
  });
  return rowText;
}
