/**
 * Whether anyone must act on an outcome, read from its wording.
 *
 * Requests, information requests, actions, follow-ups, work programme additions
 * and recommendations always need chasing. A resolution may only record what the
 * meeting did: noted a report, approved the last minutes, elected a chair. Such
 * a resolution is shown with its meeting and found by search, but it is not an
 * open item that ages in the tracker.
 *
 * A resolution is recorded when it has wording that records (RECORDS below) and,
 * once that wording is set aside, nothing left asks anyone to act (ASKS below).
 * Anything else needs chasing: when unsure, an outcome stays in front of the chair.
 *
 * Pure: no I/O. Rules read the shape of the words, never one council's phrasing.
 */
import type { OutcomeKind } from '../../shared/domain';
import { OUTCOME_KIND_LABEL } from '../../shared/labels';
import { plainWords } from './plain-words';

export interface ChasingRule {
  /** What the rule reads, in plain English: also shown to the chair. */
  reads: string;
  /** The wording the rule exists for. */
  example: string;
  pattern: RegExp;
}

export interface ChasingReading {
  needsChasing: boolean;
  /** Why, in a sentence the chair can check. */
  because: string;
}

// ---------------------------------------------------------------------------
// Words

/** Verbs that ask for something to be done, as written after "to", "will", "would"... */
const DO =
  'provide|circulate|recirculate|arrange|investigate|explore|ensure|liaise|prepare|produce|publish|develop|implement|' +
  'consider|reconsider|bring|write|send|share|submit|forward|seek|undertake|organi[sz]e|schedule|attend|respond|' +
  'clarify|notify|inform|advise|contact|monitor|pursue|examine|establish|invite|report|review|revisit|update|present|' +
  'add|include|meet|visit|discuss|raise|check|confirm|commission|chase|amend|revise|draft|explain|come back|' +
  'feed ?back|follow up|look (?:into|at)|set up|return|give|make available|keep (?:\\S+ ){0,3}?under review|' +
  'obtain|order|purchase|buy|repair|install|book|collect|apply|email|speak to';

/** The same verbs as written after "be": "be circulated", "be brought back". */
const DONE =
  'provided|circulated|recirculated|arranged|investigated|explored|ensured|prepared|produced|published|developed|' +
  'implemented|considered|reconsidered|brought|written|sent|shared|submitted|forwarded|sought|undertaken|' +
  'organi[sz]ed|scheduled|notified|informed|advised|briefed|contacted|monitored|pursued|examined|established|' +
  'invited|asked|requested|reported|reviewed|revisited|updated|presented|added|included|discussed|raised|checked|' +
  'confirmed|commissioned|chased|amended|revised|drafted|explained|referred|passed(?: on)? to|fed ?back|' +
  'followed up|looked (?:into|at)|set up|returned|given|made available|kept under review|communicated|agreed with';

/** Verbs that are never nouns, so "officers provide..." asks even without "to" or "will". */
const DO_BARE =
  'provide|circulate|recirculate|arrange|investigate|explore|ensure|liaise|prepare|produce|publish|develop|' +
  'implement|consider|reconsider|bring|write|send|share|submit|forward|seek|undertake|organi[sz]e|schedule|attend|' +
  'respond|clarify|notify|inform|advise|contact|monitor|pursue|examine|establish|invite|report back|come back|' +
  'feed ?back|follow up|look (?:into|at)|set up|return to|keep (?:\\S+ ){0,3}?under review|' +
  'update (?:members|councillors|the (?:board|committee|panel|council))';

const CHAIR = '(?:(?:vice|deputy)[- ]?)?(?:chair(?:man|woman|person)?|mayor)';
/** A few words with no "that" or "to" in them: who, not what is to be done. */
const NAME_ONLY = String.raw`(?:(?!\b(?:that|to)\b)[^.;]){1,80}?`;
const MODAL = '(?:to|will|would|shall|should|must|could|can|may|might)';

/** Who holds a role, in lower case: "cllr b birch", "cllrs garside" (and "penhale" after it), "dr jane dowd", "the chairman". */
const HOLDER = String.raw`(?:(?:cllrs?\.?|councill?ors?|mr|mrs|ms|miss|dr)\s+[\w'’.-]+(?:\s+(?!and\b)[\w'’.-]+){0,2}|the\s+(?:(?:vice|deputy)[- ])?(?:chair(?:man|person)?|clerk|mayor)|(?<=(?:,|and|&)\s+)(?!and\b)[\w'’-]+)`;

// ---------------------------------------------------------------------------
// The tables

/** Wording that records what the meeting did. Each match is set aside before ASKS reads the rest. */
export const RECORDS: readonly ChasingRule[] = [
  {
    reads: 'approves the minutes as a correct record',
    example: 'The minutes of the meeting on 4 March be confirmed as a true record and signed by the Chair',
    pattern: new RegExp(
      `\\b(?:(?:approved|confirmed|agreed|accepted|adopted|signed)\\s+(?:and\\s+(?:approved|confirmed|agreed|signed)\\s+)?)?` +
        `(?:as\\s+)?(?:being\\s+)?(?:an?|the)\\s+(?:true|correct|accurate|full|fair)(?:\\s+and\\s+(?:true|correct|accurate|full))?\\s+record` +
        `(?:\\s+of\\s+(?:the|that)\\s+(?:\\w+\\s+)?meeting)?` +
        `(?:,?\\s*(?:and\\s+)?(?:that\\s+)?(?:they\\s+|it\\s+)?(?:be\\s+|to\\s+be\\s+|were\\s+|was\\s+)?signed\\s+by\\s+the\\s+${CHAIR})?` +
        `|\\b(?:approve[sd]?|agree[sd]?|confirm(?:s|ed)?|sign(?:s|ed)?)\\s+(?:as\\s+(?:an?\\s+)?(?:correct|true|accurate)(?:\\s+record)?\\s+)?the\\s+minutes\\b` +
        `|\\bminutes\\b[^.;]{0,80}?\\b(?:be|were|was|are)\\s+(?:duly\\s+)?(?:approved|confirmed|agreed|accepted|adopted|signed)(?:\\s+and\\s+(?:approved|confirmed|agreed|signed))?(?:\\s+by\\s+the\\s+${CHAIR})?`,
      'g',
    ),
  },
  {
    reads: 'elects or appoints a chair or vice-chair',
    example: 'Councillor Amari Osei be elected Vice-Chairman for the coming municipal year',
    // Also "It was proposed and seconded that Cllr Cedar be the new vice chairman.", "… and voted in as Vice Chair."
    pattern: new RegExp(
      `\\b(?:duly\\s+)?(?:(?:re-?)?(?:elect|elected|appoint|appointed)|confirmed|nominated|voted(?:\\s+in)?)\\b(?:\\s+(?:[\\w'’.-]+\\s+){0,4}?(?:as|to be)|\\s+(?:councillor|cllr|mrs?|ms|dr)\\.?(?:\\s+[\\w'’.-]+){1,2},)?\\s+(?:the\\s+)?(?:${CHAIR}|secretary|treasurer)\\b|\\bbe\\s+(?:the\\s+)?new\\s+(?:${CHAIR}|secretary|treasurer)\\b`,
      'g',
    ),
  },
  {
    reads: 'records that someone was duly elected',
    example: 'Cllr Ash nominated Cllr Lee for Chair. He was unanimously elected and took the Chair.',
    pattern: /\b(?:was|were)\s+(?:duly|unanimously)\s+(?:re-?)?elected\b(?:\s+and\s+took\s+the\s+chair)?/gi,
  },
  {
    reads: 'names an office-bearer and who proposed and seconded them',
    example: 'Vice-Chairman; Ann Lee proposed Tom Reid, seconded Sam Ward',
    pattern: new RegExp(
      `^(?:${CHAIR}|secretary|treasurer|president|(?:vice[- ]?)?convener)\\s*[:;–—-]\\s*${NAME_ONLY}\\b(?:proposed|nominated)\\b${NAME_ONLY}\\bseconded\\b[^.;]*`,
      'gi',
    ),
  },
  {
    reads: 'records the election of an office-bearer',
    example: 'Election of Chairman: Mrs Hart nominated Mr Dale, seconded Mr Lowe, unanimous decision',
    pattern: new RegExp(
      `\\belection\\s+of\\s+(?:the\\s+)?(?:${CHAIR}|secretary|treasurer|president|(?:vice[- ]?)?convener)\\b[^.;]*`,
      'gi',
    ),
  },
  {
    reads: 'gives the council’s response to a planning application',
    example: '24/00101/B 3 Quay Road, new porch: no objection, unanimous decision',
    // Also "There were no issues with this planning application", "again recommended the refusal of …", "was opposed on
    // grounds of …", "Objection to the application based on …", "Members supported this application".
    pattern:
      /\b(?:no\s+(?:objections?|observations?|comments?|issues|concerns)|(?:approval|refusal|permission)\s+recommended|recommend(?:s|ed)?\s+(?:the\s+)?(?:approval|refusal|permission)|(?:was|were)\s+(?:opposed|objected\s+to)\s+on\s+(?:the\s+)?grounds?|objections?\s+to\s+(?:this|the)\s+(?:planning\s+)?application(?:\s+(?:based\s+on|on\s+(?:the\s+)?grounds?|as|because|due\s+to)\b[^;]*)?|(?:agree|agreed|support|supported|objected\s+to)\s+(?:this|the)\s+(?:planning\s+)?application)\b(?:,?\s+(?:(?:a\s+)?(?:unanimous|majority)\s+(?:decision|vote)|unanimously))?/gi,
  },
  {
    reads: 'approves payments',
    example: 'The invoices for May were approved for payment',
    pattern:
      /\b(?:approved|agreed|authori[sz]ed|ratified)\s+(?:for\s+)?(?:the\s+)?payments?\b(?:\s+of\s+(?:the\s+)?[^.;]{0,80}?(?=$|[.;]))?|\b(?:authori[sz]ation\s+of\s+)?(?:payments?|cheques?|invoices?)\s+(?:agreed|approved|authori[sz]ed)\b(?:\s+as\s+follows)?(?:\s*:[^.]*)?/gi,
  },
  {
    reads: 'approves the year’s accounts, governance or accounting statement, or internal audit report',
    example: 'b) Accounting Statement 2023-24 – Approved.',
    // Also "The accounts were proposed and seconded and passed unanimously."
    pattern:
      /\b(?:annual\s+)?(?:governance|accounting)\s+statements?\b[^.;]{0,40}?\b(?:approved|agreed|adopted|signed)\b|\bthe\s+(?:year-end\s+|annual\s+)?accounts\s+(?:were|was)\b[^.;]{0,40}?\b(?:approved|agreed|adopted|signed|passed)\b|\b(?:approved|agreed|adopted|signed)\s+(?:the\s+)?(?:annual\s+)?(?:(?:governance|accounting)\s+statements?|internal\s+audit\s+report|(?:year-end\s+|end\s+of\s+year\s+)?accounts)\b/gi,
  },
  {
    reads: 'adopts its own standing orders, financial regulations, code of conduct or terms of reference',
    example: 'Adopt the standing orders addendum (circulated) for remote meetings.',
    // Also "The revised Financial Regulations were adopted.", "Standing Orders were approved without change". They take effect
    // as they are adopted; no one is asked to act.
    pattern:
      /\b(?:re-?)?adopt(?:s|ed)?\s+(?:the\s+)?(?:council['’]s\s+)?(?:revised\s+|updated\s+|supplementary\s+|new\s+)?(?:standing\s+orders|financial\s+regulations|code\s+of\s+conduct|terms\s+of\s+reference)\b[^.;]*|\b(?:standing\s+orders|financial\s+regulations|code\s+of\s+conduct|terms\s+of\s+reference)\b[^.;]{0,60}?\b(?:were|was|be)\s+(?:re-?)?(?:adopted|approved|confirmed|agreed)\b(?:\s+(?:without|with\s+no)\s+(?:change|amendment)s?)?/gi,
  },
  {
    reads: 'records that the meeting was satisfied',
    example: 'Members went through the auditor’s report and resolved they were satisfied with the controls',
    pattern:
      /\b(?:were|was|is|are)\s+(?:fully\s+)?(?:satisfied|content|assured)\s+(?:with|that|by)\b(?:(?!\band\b)[^.;,])*/g,
  },
  {
    reads: 'names who holds a role',
    example: 'Staffing Sub-Committee: The Chairman and Cllrs Garside and Penhale.',
    // Also one holder ("2.1 Tree Warden: Cllr B Birch") or someone who is not a councillor ("Rights of Way: Dr Jane
    // Dowd."); the text is in lower case here.
    pattern: new RegExp(
      String.raw`^(?:\d{1,2}(?:\.\d{1,2})+\.?\s+)?[^.:;–—]{2,60}?\s*[:–—-]\s*(?:${HOLDER}(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)?)+\.?$`,
      'g',
    ),
  },
  {
    reads: 'appoints members to a body',
    example: 'Councillors Ruiz and Okafor be appointed to the Highways Working Group',
    // Also "Those present voted unanimously to co-opt Ann Lee to the Parish Council."
    pattern:
      /\b(?:(?:re-?)?appointed|co-opted|confirmed)\s+(?:as\s+)?(?:an?\s+)?(?:(?:co-opted|substitute|voting|non-voting|independent)\s+)?(?:members?|representatives?|substitutes?|councill?ors?|appointments?)\b|\bvoted\s+(?:on)?to\s+(?:the\s+)?(?:parish\s+|town\s+|community\s+)?council\b|\bco-opt(?:ed)?\s+(?:[\w'’.-]+\s+){0,4}?(?:on)?to\s+(?:the\s+)?(?:parish\s+|town\s+|community\s+)?council\b|\b(?:re-?)?appointed\s+(?:to|on)\s+(?:serve\s+on\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:sub-committee|committee|panel|board|group|forum)\b/g,
  },
  {
    reads: 'records declarations of interest',
    example: 'There were no declarations of interest',
    pattern:
      /\b(?:declarations?\s+of\s+(?:\w+\s+){0,3}interests?|declared\s+(?:an?\s+)?(?:[\w-]+\s+){0,4}interests?|interests?\s+(?:were\s+|was\s+)?declared)\b/g,
  },
  {
    reads: 'excludes the press and public',
    example: 'The press and public be excluded for the next item, as it would disclose exempt information',
    pattern:
      /\b(?:exclude[sd]?|exclusion\s+of)\s+(?:the\s+)?(?:press|public|members\s+of\s+the\s+public)\b[^.]*|\b(?:press|public)\s+(?:and\s+(?:the\s+)?(?:press|public)\s+)?(?:be|were|was|are)\s+excluded\b[^.]*/g,
  },
  {
    reads: 'takes a report for information',
    example: 'The annual complaints summary be accepted for information',
    pattern: /\bfor\s+(?:information|noting)(?:\s+only|\s+purposes)?\b/g,
  },
  {
    reads: 'notes something',
    example: 'The Committee noted the quarterly performance update',
    pattern: /\b(?:took\s+note\s+of|notes?|noted|noting)\b(?:\s+with\s+(?:thanks|concern|interest))?/g,
  },
  {
    reads: 'receives or accepts a report',
    example: 'That the library service update be received',
    // "would receive a further report" looks ahead: that is for ASKS.
    // "accept the quote from …" is work to commission: that is not recorded wording.
    pattern: new RegExp(
      `(?<!\\b${MODAL}\\s+(?:also\\s+)?)\\b(?:receive[ds]?|accept(?:s|ed)?)\\b(?!\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\w'’-]+\\s+)?(?:quotes?|quotations?|tenders?|estimates?|bids?|offers?)\\b)`,
      'g',
    ),
  },
  {
    reads: 'records what the meeting considered or discussed',
    example: 'The Panel considered and discussed the draft housing strategy',
    pattern: /(?<!\bbe(?:ing)?\s+(?:\w+ly\s+)?)\b(?:considered|discussed|debated|scrutini[sz]ed|examined|reviewed)\b/g,
  },
  {
    reads: 'thanks, welcomes or comments',
    example: 'The Board thanked the witnesses and welcomed the progress made',
    pattern:
      /\b(?:thank(?:s|ed|ing)?|welcome[ds]?|congratulate[ds]?|(?:made|make|making)\s+comments?|commented\s+on)\b/g,
  },
  {
    reads: 'says no further action is needed',
    example: 'No further action be taken on the petition',
    pattern: /\bno\s+(?:further\s+)?action\b(?:[^.;]{0,40}?\b(?:required|needed|necessary|taken))?/g,
  },
  {
    reads: 'notes the dates of meetings',
    example: 'The dates of future meetings be noted',
    pattern: /\bdates?\s+(?:and\s+times?\s+)?of\s+(?:the\s+)?(?:next|future|forthcoming|remaining)\s+meetings?\b/g,
  },
];

/** Wording that asks someone to act. Any of these in what RECORDS leaves means the outcome needs chasing. */
export const ASKS: readonly ChasingRule[] = [
  {
    reads: 'asks or requests',
    example: 'The Committee noted the report and asked officers for the vacancy figures',
    pattern: /\b(?:ask(?:s|ed)?|request(?:s|ed)?|invite[sd]?|urge[sd]?|instruct(?:s|ed)?|call(?:s|ed)?\s+(?:up)?on)\b/,
  },
  {
    reads: 'says someone is to do something',
    example: 'The update was noted and officers would circulate the survey results',
    pattern: new RegExp(
      `\\b${MODAL}\\s+(?:also\\s+|then\\s+|now\\s+|further\\s+|urgently\\s+|jointly\\s+)?(?:${DO}|be\\s+(?:\\w+ly\\s+)?(?:${DONE}))\\b`,
    ),
  },
  {
    reads: 'says something be done',
    example: 'The report be noted and the action plan be shared with ward members',
    // "be noted and circulated": the second verb shares the first one's "be".
    pattern: new RegExp(`\\bbe\\s+(?:\\w+ly\\s+)?(?:${DONE})\\b|\\bbe\\b[^.;]{0,40}?\\b(?:and|or)\\s+(?:${DONE})\\b`),
  },
  {
    reads: 'tells someone to do something',
    example: 'Noted the position, and that the Director arrange a site visit for members',
    pattern: new RegExp(`(?:^|\\bthat\\s+|\\band\\s+)(?:[\\w'’-]+\\s+){0,6}?(?:${DO_BARE})\\b`),
  },
  {
    reads: 'recommends to the Cabinet or council',
    example: 'The Panel noted the review and recommends to Cabinet that the charges be frozen',
    pattern:
      /\brecommend(?:s|ed|ing)?\b|\brecommendations?\s+(?:to|for)\s+(?:the\s+)?(?:cabinet|council|executive|mayor|leader)\b/,
  },
  {
    reads: 'adds to the work programme',
    example: 'The update was noted, with road safety near schools added to the work programme',
    pattern:
      /\b(?:add(?:s|ed)?|include[sd]?|inclusion|place[sd]?|put|schedule[sd]?)\s+(?:[\w'’-]+\s+){0,6}?(?:on|to|in|into|onto)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+)?work\s+(?:programme|plan)\b/,
  },
  {
    reads: 'delegates authority',
    example: 'The plan was noted and delegated authority given to the Head of Planning to finalise it',
    // Not "delegated budgets": a delegation says to whom, or of what.
    pattern: /\bdelegat(?:e|es|ed|ing)\s+(?:\w+\s+)?(?:authority|powers?|decisions?|to)\b|\bdelegation\s+(?:of|to)\b/,
  },
  {
    reads: 'approves, endorses or adopts something others must now carry out',
    example: 'Noted the consultation responses and approved the revised parking policy',
    // "grant" as a verb ("granted", "grant planning permission"), not a grant of money ("The grant offer letter be noted").
    pattern:
      /\b(?:approve[sd]?|approval|endorse[sd]?|adopt(?:s|ed)?|authori[sz]e[sd]?|granted|grants?\s+(?:(?:planning\s+|listed\s+building\s+)?permission|consent|approval|licen[cs]es?|a|an|the|delegated))\b/,
  },
  {
    reads: 'looks to a later meeting or a further report',
    example: 'The progress was noted; a further update to come to a future meeting',
    pattern:
      /\b(?:next|future|later|following|subsequent)\s+(?:[\w'’-]+\s+){0,2}?meeting\b|\bfurther\s+(?:report|update|information|details?|briefing|paper)s?\b|\bin\s+due\s+course\b/,
  },
  {
    reads: 'sets a deadline',
    example: 'The Board noted the report, with the data due within six weeks',
    pattern:
      /\bwithin\s+(?:\w+\s+)?(?:working\s+)?(?:days?|weeks?|months?|fortnight)\b|\bby\s+the\s+end\s+of\b|\bas\s+soon\s+as\s+possible\b/,
  },
];

// ---------------------------------------------------------------------------
// Reading

/** Reads an outcome: whether it needs chasing, and why. */
export function readChasing(kind: OutcomeKind, text: string): ChasingReading {
  if (kind !== 'resolution') {
    return { needsChasing: true, because: `Every ${OUTCOME_KIND_LABEL[kind].toLowerCase()} needs chasing.` };
  }
  let rest = plainWords(text);
  const recorded: string[] = [];
  for (const rule of RECORDS) {
    const next = rest.replace(rule.pattern, ' · ');
    if (next !== rest) recorded.push(rule.reads);
    rest = next;
  }
  if (recorded.length === 0) {
    return {
      needsChasing: true,
      because: 'Nothing in its wording reads as only a matter of record, so it stays to be chased.',
    };
  }
  for (const rule of ASKS) {
    const asked = rule.pattern.exec(rest);
    if (asked) {
      return {
        needsChasing: true,
        because: `It ${rule.reads} (“${asked[0].trim()}”), so it needs chasing.`,
      };
    }
  }
  return { needsChasing: false, because: `It ${recorded.join(' and ')}; it asks no one to act.` };
}

/** Whether anyone must act on an outcome: the tracker lists these; the rest are recorded. */
export function needsChasing(kind: OutcomeKind, text: string): boolean {
  return readChasing(kind, text).needsChasing;
}
