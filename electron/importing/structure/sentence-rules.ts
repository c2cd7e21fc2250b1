import type { OutcomeKind } from '../../../shared/domain';
import { OFFICE_BEARER, PLANNING_AUTHORITY_DECIDED } from './bare-shapes';
import { NAMED_OR_CLERK } from './text-shapes';

/**
 * Decisions, requests and actions written as narrative, with no keyword before
 * them, and what is not an outcome however much it looks like one. One rule per
 * shape of sentence, each with the example it exists for
 * (tests/unit/outcome-rules.test.ts reads every example). No rule names a council.
 */
export interface SentenceRule {
  shape: string;
  example: string;
  pattern: RegExp;
  kind: OutcomeKind;
  /** Only as the first sentence of a block (a decision page's body). */
  opensBlock?: boolean;
  /** Discussion when a formal decision of the same item follows it. */
  weak?: boolean;
  /** The group of the match that names who acts. */
  owner?: number;
  /** The outcome's words: by default the whole sentence; some rules keep only what was decided. */
  keep?: 'after-match' | 'owner-to-rest';
  /**
   * Read before the shapes that are not outcomes: a decision worded as a negative ("did not approve"), or an
   * undertaking after one ("said he did not have the figure and would provide it").
   */
  beforeNotOutcomes?: boolean;
  /** A motion moved and seconded: not an outcome when the sentence after it says it was lost. */
  motion?: boolean;
  /** Read as one sentence though it holds semicolons ("Chair: Ann Lee; Proposed by …; Seconded by …"). */
  keepsSemicolons?: boolean;
}

/**
 * A meeting body as the subject of a sentence: "The Committee", "Council", "The Scrutiny Panel", "The Joint Committee for
 * Strategic Planning", "The Parish Council (PC)".
 */
const BODY = String.raw`(?!(?:The |the )?(?:Chair\w*|Vice|Member|Leader|Director|Head|Officer|Clerk|Councill?or|Cllr|Mayor|Convener|Representative|Portfolio|Cabinet Member|Chief|Deputy|Assistant|Interim|Acting|Executive (?:Member|Director))\b)(?:The |This |the )?(?:(?:[A-Z][\w&'’()-]*|parish|town|community|city|county|district|borough|full|joint|project|steering|working|task|advisory|management|new),? (?:and |of |for |the |& )*){0,8}(?:[Ss]ub-|SUB-)?(?:[Cc]ommittee|[Cc]ouncil|[Cc]abinet|[Bb]oard|[Pp]anel|[Ee]xecutive|[Ff]orum|[Ss]ub-[Cc]ommittee|[Cc]ommission|[Gg]roup|[Aa]ssembly|[Aa]uthority|[Bb]ureau|[Pp]artnership|[Cc]onvention|[Cc]onference|Team|Conservators|Commissioners|Trustees|Trust|Governors|(?:[A-Z]{0,3}(?:PC|TC)|PCC)\b(?! [A-Z][a-z]))(?: (?:for|of|on) (?:the )?[A-Z][\w&'’-]*(?:(?: and| &)? [A-Z][\w&'’-]*){0,4})?(?: \([A-Z]{2,6}\))?`;
/** The capitalised words of a post's title: "Planning and Building Control", "Housing, Homes & Communities". */
const TITLE_WORDS = String.raw`[A-Z][\w&]*(?:(?:,? and|,| &| of| for| the)? [A-Z][\w&]*){0,6}`;
/**
 * A person or role as the subject: "Cllr. O. Williams", "Clrs. Kidney and Haynes", "The Clerk", "Town Clerk/Financial
 * Officer", "The Director of Place", a team ("The Licensing Team"), a role and the name of who holds it ("Town Centre Manager Jo Dale"), "NO", "GE/NO", "(PO)", "Office", initials printed twice where a column was
 * doubled ("MTMT"), initials with a stop between ("J.B"), and initials of a name with a particle or a hyphen ("KdS", "KS-C");
 * also "the officer" in small letters, a community support officer ("CSO Patel"), a first name and an initial ("Sam T", not
 * "Option B"), and initials with a full stop before what they will do ("HJ. will …").
 */
const PERSON = String.raw`(?:(?:Convenor|Convener|Treasurer|Secretary|Chair(?:man|person)?|Vice[- ]Chair(?:man|person)?) [A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}(?= (?:to|will|would|agreed|undertook|offered)\b)|(?:The |the )?(?:(?:[Cc]lerk|CLERK)(?:\/(?:RFO|Chair(?:man|person)?))?|[Tt]reasurer|[Ss]ecretary|Sec(?= (?:agreed|is to|was to|to|will|would|was asked|was requested) )|Office|[Pp]olice|PCSO|(?:[A-Z][\w-]* )?Secretariat|(?:(?:newly )?(?:appointed|new|incoming|outgoing) )?[Cc]hair(?:man|person|woman)?(?= of (?:the )?[A-Z])(?: of (?:the )?${TITLE_WORDS})|[Cc]hair(?:man|person|woman)?|[Vv]ice[- ][Cc]hair(?:man|person)?|[Cc]onvener|[Ll]eader|[Mm]ayor|[Dd]eputy [Cc]lerk|(?:Democratic|Scrutiny|Committee|Governance) (?:Services )?Officer|(?:(?:[Ss]crutiny|[Pp]lanning|[Ll]icensing|[Hh]ighways|[Cc]ouncil) )?[Oo]fficers?|(?:(?:Assistant |Deputy |Interim )?Director|Head|Chief Officer) (?:of|for) ${TITLE_WORDS}|(?:[A-Z][\w-]* ){0,3}Director(?: (?:of |for )?${TITLE_WORDS})?|(?:[A-Z][\w-]* (?:(?:and|&) (?=[A-Z]))?){0,4}(?:Manager|Officer|Lead|Member|Clerk|Commissioner|Treasurer|Secretary|Superintendent|Inspector|Adviser|Advisor|Solicitor|Engineer|Team)(?: (?:of|for) ${TITLE_WORDS})?(?: [A-Z][a-z]+ [A-Z][\w'’-]+(?= (?:to|will|would|agreed|undertook|offered)\b))?|Chief Executive(?: (?:for|of) ${TITLE_WORDS})?)(?:\/(?:(?:[A-Z][\w-]* ){0,2}(?:Officer|Manager|Treasurer|Clerk|RFO)|[A-Z]{2,5}\b))?|(?:[Cc]ll?rs\.?|[Cc]ouncill?ors)\s+[A-Z][\w'’-]+(?:(?:,| and| &) [A-Z][\w'’-]+){1,5}(?=\s+(?:(?:along|together) with (?:the )?[A-Z][\w'’.]+(?: [A-Z][\w'’.]+){0,3},?\s+)?(?:would|will|to|agreed|undertook|offered|volunteered)\b)|(?:(?:C\/|County |[A-Z][a-z]{3,} (?=Cllr)|[A-Z]{2,3} (?=Cllr\b))?[Cc]ll?rs?\.?|(?:(?:County|Town|Parish|District|Borough|City|Ward) )?[Cc]ouncill?ors?|Counc?\.?|(?:Mr|Mrs|Ms|Miss|Dr)\.?|PC|PCSO|PSCO|CSO|PS|Sgt|Insp|Sergeant|Inspector)(?:\s+|(?<=\.)(?=[A-Z][a-z]))(?:[A-Z][\w'’.-]*\s?){1,4}|(?:The |the )?(?:Ward|County|District|Borough|Town|Parish|City|Unitary) [Cc]ouncill?ors|(?!A\s)[A-Z](?:\.\s?| )(?:Mc|Mac|O['’])?[A-Z][a-z]{2,}|(?!(?:Option|Item|Part|Appendix|Annex|Phase|Plan|Zone|Block|Area|Site|Section|Stage|Schedule|Class|Type|Grade|Band|Route|Unit|Plot|Field|Room|Level|Table|Figure|Lot|Ward|Group|Team|Category|Tier|Priority|Scenario|Model|Proposal|Programme|Project|Road|Street|Lane|Flat|Gate|Hall|Pitch|Court|Bay|Vitamin)\b)[A-Z][a-z]{2,} [A-Z](?=\s(?:&|and|to|will|would|agreed|undertook|offered|volunteered|was|is|also)\s)|[A-Z]{1,3}(?:PC|TC|CC|DC|BC)\b|[A-Z]{2,4}(?: ?\/ ?[A-Z]{2,3})*(?:\.(?= (?:will|would|to|agreed|undertook|offered)\b))?|[A-Z][a-z][A-Z]\b|[A-Z]\.[A-Z]\b\.?|[A-Z]{1,3}-[A-Z]{1,2}\b|[A-Z]{1,2}Mc[A-Z]{1,2}\b|\([A-Z]{2,3}\))`;
/** The words of a decision in the subjunctive: "be approved", "be brought to a future meeting". */
const SUBJUNCTIVE_WORDS = String.raw`\bbe (?:hereby |formally |now )?(?:noted|approved|agreed|endorsed|accepted|adopted|appointed|re-appointed|reappointed|elected|re-elected|set up|established|granted|confirmed|received|brought|added|updated|delegated|authorised|requested|asked|circulated|provided|reviewed|deferred|given|removed|included|referred|supported|thanked|passed|recorded|invited|recommended|written|sent|allocated|awarded|paid|co-opted|nominated|introduced|increased|reduced|extended|amended|made|held|submitted|instructed|refused|permitted|offered|informed|notified|commissioned|undertaken|prepared|published|implemented|retained|renewed|revoked|suspended|varied|maintained|withdrawn|upheld|dismissed|transferred|purchased|installed|replaced|funded|issued|taken|spent|used|vired|produced|advised|contacted|arranged|organised|investigated|sought|obtained|drafted|forwarded|[a-z]{3,}(?:ated|ised|ized|ified))\b`;
const PEOPLE = String.raw`${PERSON}(?:(?:,| and| &) ${PERSON}){0,5}`;
/** Any character of one sentence: not a full stop or semicolon, except the stop of an initial or title ("Mrs R. Page"). */
/** Words before a "be …" that make it a clause of another sentence, not its own verb: "that", "whether", a modal, "to". */
const NOT_ITS_OWN_VERB = [
  'that',
  'whether',
  'if',
  'which',
  'who',
  'whom',
  'when',
  'where',
  'because',
  'until',
  'unless',
  'should',
  'would',
  'could',
  'will',
  'may',
  'might',
  'must',
  'can',
  'cannot',
  'shall',
  'not',
  'also',
  'only',
  'otherwise',
  'never',
  'always',
  'then',
  'it',
  'asked',
  'suggested',
  'proposed',
  'requested',
  'recommended',
  'agreed',
  'resolved',
  'noted',
  'said',
]
  .map((word) => `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`)
  .join('|');
/** What a task in a list opens with: "Prepare …", "Circulate …", "Follow up …". */
const TASK_VERBS =
  'Prepare|Circulate|Bring|Stock|Make|Submit|Provide|Contact|Write|Send|Arrange|Draft|Check|Investigate|Organise|Obtain|Order|Chase|Update|Review|Ask|Find|Speak|Email|E-mail|Book|Seek|Confirm|Produce|Research|Look|Set up|Follow up|Complete|Collect|Publish|Share|Inform|Invite|Liaise|Source|Get|Buy|Purchase|Compile|Put|Raise|Monitor|Post|Print|Distribute|Identify|Approach|Request|Clarify|Establish|Agree|Finalise|Consider|Add|Remove|Repair|Replace|Install|Clear|Cut|Tidy|Report|Present|Take';
/** Words that head a note's last column but name no one: a day, a month, a role, a status, a part of a place. */
const NOT_A_PERSON = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Council|Committee|Clerk|Chair(?:man|person|woman)?|Vice|Members?|Public|Private|Confidential|Exempt|Apologies|Present|Absent|Ongoing|Complete|Done|Closed|North|South|East|West|Central|Update)\b`;
/** "D Birch", "E Le Grand": someone named by an initial and their surname; or by their first name, as a club's notes do ("Ben"). */
const OWNER_BY_NAME = String.raw`(?:[A-Z] [A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}|(?!${NOT_A_PERSON})[A-Z][a-z'’-]{2,15}(?: [A-Z][a-z'’-]{2,20})?)`;
/**
 * "Prepare a draft budget for the hall – D Birch by the next meeting.": a task, a dash, then who does it and by when (not a
 * title: "Update on Area Working Groups - East").
 */
export const TASK_THEN_OWNER = new RegExp(
  `^(?:(?:${TASK_VERBS}) (?!(?:on|of|from)\\b)[^.;–—]{3,160}?|[A-Z][^.;–—]{3,80}? to be [a-z]{3,}[^.;–—]{0,80}?)\\s[–—-]\\s+(?:by\\s+)?(${OWNER_BY_NAME}(?:(?:,|\\/| and| &)\\s*${OWNER_BY_NAME})*|All)(?: to [a-z]{3,})?(?:,? (?:by|before) [^.;]{2,40})?\\.?$`,
);
const NO_STOP = String.raw`(?:[^.;]|(?<=\b(?:[A-Z]|Mrs?|Ms|Mses|Messrs|Dr|Cll?rs?|Rev|St))\.)`;
/** Anyone named: "Joanne Carpenter", "The Head of Housing", "Ms Gleave". */
const NAMED = String.raw`(?!(?:It|This|That|They|He|She|We|Members|Councillors|There)\b|Min(?:ute)?s?\.? \d)(?:The |the )?[A-Z][\w’'.-]*(?:,? (?:[A-Z][\w’'.-]*(?:\/[A-Z][\w’'.-]*)?|of|for|and|&|\([A-Z][\w ]{1,30}\))){0,6}`;

/** What someone can undertake to do: "provide", "circulate", "report back", "look into", "come back with". */
const UNDERTAKEN = String.raw`provide|pursue|take (?:this|it|that|these|them|the (?:matter|issue|problem)) up|take up|get (?:an? )?(?:update|answer|response|reply|details|figures?)|circulate|send|have a look|make (?:a |an )?(?:request|enquiry|enquiries|application)|explore|share|report|add|write|arrange|investigate|look into|check|update|bring|include|follow up|find out|contact|raise|pass|forward|ask|request|liaise|meet|review|publish|email|speak|seek|give|supply|produce|prepare|chase|visit|confirm(?! that\b)|follow (?:this|it|that|these|them) up|e-mail|come back (?:to [^.;]{3,40}? )?with|work (?:on|with)`;

/**
 * Practical things someone named is to do: "Ann Ash to put a message on the forum", "Ben to create the wording", "Mark will
 * furnish the audit", "Roger will have a word with them".
 */
const PRACTICAL = String.raw`put|post|create|produce|buy|purchase|collect|deliver|distribute|print|approach|inform|notify|ring|phone|install|repair|replace|remove|tidy|clear|fix|paint|stain|mend|clean|trim|order|erect|transfer|pay|submit|book|obtain|draft|furnish|show|take over|have a word|canvass`;

/** The same, as it is being done: "would be presenting a paper", "would be looking into it". */
const UNDERTAKING = [...UNDERTAKEN.split('|'), 'present']
  .map((phrase) => phrase.replace(/^(\w+?)e?\b/, '$1ing'))
  .join('|');

/**
 * "In response to a question from Councillor Ash, …", "In reply to …,", "However, now the hedge is cut, …": a clause before
 * who undertook something; also what led to it, then "so": "The fund has been raised so Mrs Ash agreed to order it".
 */
const OPENING_CLAUSE = String.raw`(?:(?:(?:However|Meanwhile|In the meantime),?\s+)?(?:In (?:response|reply|answer)(?: to)?|As|Since|Once|Now(?: that)?|now(?: that)?|Responding to|Replying to|Following|After|Arising from|On|With regard to|Regarding|In relation to|Referring to|Turning to|To (?:this|that) end)\b[^,.]{0,200}(?:,\s+|\s+(?=(?:officers|the (?:[Cc]lerk|[Cc]hair(?:man)?)) (?:agreed|undertook|offered|would|will)\b))|At (?:the )?request of (?:the )?(?:[A-Z][\w'’-]* ?){1,5},?\s+|At (?:the )?(?:request|behest|suggestion|invitation) of (?:the )?[a-z][^,.]{2,60},\s+|(?:Following|After) (?:a |some )?(?:further |full |brief )?(?:discussion|debate|consideration)(?: and (?:careful |further |full )?(?:discussion|debate|consideration))?(?: of [^,.]{0,60}?)?\s+(?=the |The |[Cc]lerk\b)|[A-Z][^.;:]{10,200}?,?\s+so\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councill?or|[Tt]he [Cc]lerk)\b))?`;

/** "objected to the omission in the minutes": a complaint about the meeting's own record or conduct, not a response to a plan. */
const NOT_A_GRIEVANCE = String.raw`(?! to (?:the |a |an )?(?:omission|inclusion|absence|lack|wording|way|manner|tone|fact|remarks?|comments?|statement|conduct|behaviour|accuracy|delay)\b)`;

export const SENTENCE_RULES: SentenceRule[] = [
  {
    shape: 'a verb in capitals after "To"',
    example: 'To NOTE the quarterly performance figures.',
    // Not an agenda's business, which says the meeting is to resolve something: "To RESOLVE to receive apologies".
    pattern: /^To (?=[A-Z]{3,}\b)(?!(?:RESOLVE|DECIDE|CONSIDER) to\b)/,
    kind: 'resolution',
    keep: 'after-match',
  },
  {
    shape: 'a part that opens with its verb in capitals, its lead-in lost',
    example: "APPROVE the revised protocol for handling members' complaints;",
    // Also "AGREE TO DELEGATE AUTHORITY to the Director …". Not a heading in capitals ("NOTE ON THE ACCOUNTS") or a
    // label ("NOTE: the meeting was recorded"): the verb's object starts in small letters.
    pattern:
      /^(?:APPROVE|AGREE|NOTE|ENDORSE|ADOPT|ACCEPT|AUTHORISE|AUTHORIZE|DELEGATE|SUPPORT|CONFIRM|REQUEST|RECOMMEND|REFER|APPOINT)(?: TO(?: [A-Z]{2,}){1,2})? (?=the |to |that |a |an |its |their |this |these |[a-z]{3,} )/,
    kind: 'resolution',
  },
  {
    shape: 'a grant awarded, worded "To award" with its sum',
    example: 'To award £930 to Ashby 1st Scout Group for the purchase of camping equipment.',
    // Also the one awarded first: "To award Ashby Town Council £1,500 for new benches on the green". An agenda
    // asks the meeting to consider an application; it does not name the sum awarded.
    pattern: /^To (?:award|grant|allocate) (?:[^.;]{0,80}?\s)?£\s?\d[\d,]*(?:\.\d{2})?\b/,
    kind: 'resolution',
    beforeNotOutcomes: true,
  },
  {
    shape: 'DELEGATED in capitals at the start',
    example: 'DELEGATED to the Chief Finance Officer to agree the final figures with the Chair.',
    pattern: /^(?:It was\s+)?DELEGATED\b/,
    kind: 'resolution',
  },
  {
    shape: 'a motion or recommendation carried',
    example: 'The vote on the recommendation was then taken, and carried by 22 votes to one.',
    pattern:
      /\b(?:was|were) (?:then |therefore |thus )?(?:put to the vote and )?(?:duly |unanimously |accordingly |declared )?carried\b(?! out| forward| over| through| on)|\band carried (?:by|unanimously|nem)|\bput to the (?:vote|meeting|[A-Z][a-z]+)(?: as the substantive motion)? and (?:was )?(?:duly |unanimously |accordingly )?(?:carried|agreed)\b|\bwhich was (?:also |then |duly )?carried\b|\b(?:seconded|voted(?: on)?),? and (?:duly |unanimously )?carried\b|^(?:The )?(?:motion|recommendation|proposal|amendment)s? (?:\d+(?:(?:,| and) \d+)*(?: of the [^.;]{3,50}?)? )?(?:was |were )?(?:duly |unanimously )?carried\b(?! out| forward| over| through| on)|^(?:The )?(?:motion|recommendation|proposal)s? put\b[^.;]{0,40}\bdeclared carried\b/i,
    kind: 'resolution',
    // The decision the vote carried, written out after it, says what was decided.
    weak: true,
  },
  {
    shape: 'proposed, seconded and agreed',
    example: 'It was proposed by Cllr. Rees, seconded by Cllr. Hart and unanimously agreed that the grant be paid.',
    // Also a proposal by someone to do something: "Proposal by Cllr Ash to co-opt Mr Dale, seconded Cllr Birch, carried."
    // Not the lead-in to what was resolved, on the lines below ("It was moved by Cllr Ash, seconded by Cllr J. Birch and resolved –",
    // "… seconded by Councillor Thorne and" over "RESOLVED").
    pattern:
      /\b(?:(?:proposed|moved) by|(?:proposal|motion) by(?= [^.;]{1,60}? to [a-z])|on the (?:proposition|proposal|motion) of) .{1,120}?\b(?:and |, )(?:unanimously |duly )?(?:agreed|resolved|carried|approved|referred to (?:the )?[A-Z][\w-]*)\b(?!\s*(?:[–—-]|:-?)\s*$)(?!(?<=resolved|agreed)\s*$)|(?:^It was |(?:^|[–—-]\s+|:\s+))(?:proposed|moved),? (?:and )?seconded,? (?:and )?(?:unanimously |duly )?(?:agreed|resolved|carried|approved|passed)\b/i,
    kind: 'resolution',
  },
  {
    shape: 'someone proposed, another seconded, and all agreed, in one sentence',
    example: 'Cllr Ash proposed Cllr Birch as Chairman, Cllr Cole seconded this and all agreed.',
    pattern: new RegExp(
      String.raw`^${NAMED} (?:proposed|nominated) [^.;]{3,120}?,? ${NAMED} seconded(?: this| it| the (?:proposal|nomination))?,? and (?:all|everyone|all members|all present|the meeting) (?:agreed|were in favour)\.?$`,
    ),
    kind: 'resolution',
  },
  {
    shape: 'someone proposed that something be done, and it was seconded',
    example: 'Cllr Ash proposed that the grant be paid to the village hall; Cllr Birch seconded.',
    // Also after an update on the same line, and in the first person: "…, Cllr Ash proposed we order the signs, this was seconded …";
    // and agreed at once: "Cllr Ash proposed that the terms be adopted and the council agreed unanimously."
    pattern: new RegExp(
      String.raw`^(?:[^.;]{3,160}?,\s+)?${NAMED} (?:proposed|moved)(?: and nominated)? (?:that\b|we\b|to [a-z]|(?:a |an )?(?!the\b)[a-z]{4,} (?:to|of|for|with)\b|(?:[A-Z][\w'’.-]*\s){1,3}(?:(?:and|&) (?:[A-Z][\w'’.-]*\s){1,3})?(?:be|as|is)\b)[^.]{10,300}?(?:[,;]\s*(?:and )?(?:this was |which was |it was )?(?:duly )?seconded\b|[,;]\s*${NAMED} seconded\b|\band this was (?:duly )?seconded\b|\band (?:the )?(?:[Cc]ouncil|[Cc]ommittee|[Mm]eeting|[Mm]embers|[Cc]ouncillors) (?:unanimously )?(?:agreed|approved|resolved)(?: unanimously)?\.?$)`,
    ),
    kind: 'resolution',
    motion: true,
    keepsSemicolons: true,
  },
  {
    shape: 'someone proposed for an office, seconded and duly elected, in one sentence',
    example: 'Cllr Ash proposed Cllr Birch as Chair seconded by Cllr Cole and duly elected.',
    pattern: new RegExp(
      String.raw`^${NAMED} (?:proposed|nominated) ${NAMED} (?:as|for) [^.;]{2,60}?,? seconded by [^.;]{2,40}? and (?:was )?(?:duly |unanimously )?(?:elected|appointed)\b`,
    ),
    kind: 'resolution',
  },
  {
    shape: 'the vote for someone’s nomination, unanimous',
    example: 'Voting for Cllr Johnson’s nomination was unanimous.',
    pattern:
      /^(?:Voting|The vote) (?:for|on) (?:Cllr\.?|Councill?or|Mr|Mrs|Ms|Miss|Dr) [^.;]{2,40}?(?:nomination|election|appointment) was (?:unanimous|carried)\b/,
    kind: 'resolution',
  },
  {
    shape: 'what was said, and then the body or its members agreed',
    example: 'The Chair said that Mr Cole was unwell and Council agreed to write to him wishing him well.',
    pattern:
      /\band (?:the )?(?:Council|Committee|Board|Panel|Cabinet|Members|Councillors|members|councillors) (?:then |unanimously |also |all )?(?:agreed|resolved|decided) (?:to (?!be\b)[a-z]+|that\b)/,
    kind: 'resolution',
  },
  {
    shape: 'it was resolved or decided, in narrative',
    example: 'Following discussion, it was resolved by three votes to none to approve the accounts.',
    // Also after a clause of reason with no comma: "Given that the matter is nearly settled it was decided that …",
    // and after a line's topic with no stop at all: "Youth club – letter asking for a donation it was decided to give £50."
    // or "… a request for £1,200 after discussion it was RESOLVED that …"; but not a reason given for something else ("its
    // link with the Council is because it was decided that members would form its committee").
    pattern:
      /(?:^|[,;]\s+(?:and\s+|but\s+|so\s+)?|\s(?:and|so)\s+(?=it was)|\s[–—-]\s+(?=it was)|:\s+(?=it was)|(?<!\b(?:whether|if|that|what|when|how|why|where|said|thought|felt|noted|asked|believed|understood|because|since))(?<=[a-z])\s+(?=it was (?:unanimously |further |also |then )?(?:resolved|decided|RESOLVED|DECIDED)\b)|(?:^|[,;]\s+)(?:[Aa]fter|[Ff]ollowing|On|Upon|[Gg]iven|As|Since|[Bb]ecause|In view of|Due to|Having|Once|When)\s[^.;,]{2,100}?\s)(?:It|it) was (?:(?:unanimously|further|also|then|therefore|finally|eventually|subsequently) )*(?:resolved|decided|Resolved|RESOLVED|voted(?: \d+\s*[–-]\s*\d+| unanimously)?(?= that\b))\b(?: (?:by (?:a majority|\w+ votes? to \w+(?: with \w+ abstentions?)?)|unanimously|nem\.? con\.?),?)?/,
    kind: 'resolution',
  },
  {
    shape: 'who proposed and seconded, then "and resolved that" in the same sentence',
    example: 'Seconded by Mr Birch and unanimously Resolved that Mr Ash be re-elected Chairman for the ensuing year.',
    // Its proposer in the sentence before: "It was proposed by Mr Cole. Seconded by …".
    pattern:
      /\b[Ss]econded\b[^;]{0,80}?\band (?:(?:it )?was )?(?:unanimously |duly |then )?(?:[Rr]esolved|RESOLVED|[Aa]greed|AGREED)(?: unanimously)? (?:that|to)\s+/,
    kind: 'resolution',
    keep: 'after-match',
  },
  {
    shape: 'a body resolved that or to, after a clause with no comma',
    example:
      'Following on from the proposal to hold a campsite during the show Council resolved that this was not viable.',
    pattern:
      // Not how another body resolved, told in a letter: "The letter tells us how the County Council resolved to …".
      /(?<!\b(?:how|what|why|where)\b[^.;]{0,80})\s(?:the )?(?:[Cc]ouncil|[Cc]ommittee|[Ss]ub-[Cc]ommittee|[Bb]oard|[Pp]anel|[Cc]abinet|[Aa]uthority) (?:unanimously )?(?:resolved|RESOLVED) (?:that|to)\b/,
    kind: 'resolution',
  },
  {
    shape: 'a report "submitted and noted", with no keyword',
    example: 'There was submitted and noted Report No 12/24 by the Director of Roads on winter gritting.',
    // Also heard ("There was heard and noted a presentation by …"), and after the minute's number in a page run together
    // ("… Arrangements noted. 2 There was submitted and noted a report …").
    pattern:
      /^(?:\d{1,3}\s+)?There (?:was|were) (?:submitted|circulated|tabled|presented|heard) and (?:noted|approved|agreed|endorsed)\b/,
    kind: 'resolution',
  },
  {
    shape: 'a report or update noted, in the passive',
    example: 'The Police Report was noted.',
    // Also what is left of it after a request: "The report was otherwise noted.", and after what came first: "Following
    // scrutiny, the report was noted."; and whose, with an initial: "PCSO A. Dale’s report to the annual meeting was noted."
    pattern:
      /^(?:(?:Following|After) (?:scrutiny|consideration|discussion|debate|questions)(?: of (?:the|this) (?:report|item))?,?\s+)?(?:The |the |This |These |Both )?(?:[\w.'’&-]+ ){0,5}(?:[Rr]eports?|[Uu]pdates?|[Aa]ccounts|[Cc]orrespondence|[Ss]tatements?|[Bb]riefing|[Pp]resentation|[Tt]racker|[Pp]ayments|[Rr]eceipts|[Bb]alances?|[Ss]chedule|[Rr]egister|[Ff]igures|[Mm]inutes|[Ee]xpenditure|[Ii]ncome|[Bb]udgets?|[Pp]lans?|[Pp]rogrammes?|[Vv]ouchers|[Ss]trateg(?:y|ies)|[Rr]econciliations?|[Ff]orecasts?|[Tt]erms of [Rr]eference|[Pp]osition|[Pp]olic(?:y|ies)|[Ee]ditions?|[Ll]etters?|[Bb]ulletins?|[Nn]ewsletters?|[Cc]ontents|[Pp]ublications?|[Gg]uidance|[Rr]esponses?|[Rr]eturns?|[Aa]ssessments?)(?::? [^.;]{0,90})? (?:was|were) (?:duly |formally |otherwise |also )?(?:noted|NOTED|received and noted|noted and (?:updated|approved|agreed|accepted|signed))(?: by (?:the )?(?:[A-Z][\w-]*|[Mm]embers)(?: [A-Z][\w-]*){0,3})?(?:(?:,? as recommended)?(?: \([^()]{1,60}\))?[.:]?$| and (?=the ))/,
    kind: 'resolution',
  },
  {
    shape: 'a motion or amendment that became the finding of the meeting, as Scottish minutes say',
    example: 'On a division, the amendment became the finding of the meeting.',
    pattern:
      /\b(?:amendment|motion)\b[^.;]{0,80}?\bbecame (?:the )?(?:finding|decision|resolution) of the (?:meeting|Committee|Council|Board|Sub-Committee|Panel)\b/i,
    kind: 'resolution',
  },
  {
    shape: 'updates or a report on something, requested in the passive',
    example: 'Further updates on the masterplans and the air quality strategy were requested.',
    pattern:
      /^(?:(?:A |An )?(?:further |regular |written |full )?(?:updates?|reports?|briefings?|details|information|figures|data)) (?:on|about|regarding|in relation to) [^.;]{3,160}? (?:was|were) (?:also )?requested\b/i,
    kind: 'information-request',
  },
  {
    shape: 'all agreed something, with no one named and no "that"',
    example: 'All agreed the key box to be left unlocked for use in an emergency.',
    // Not agreement with a view ("All agreed with the Chair") nor a bare "All agreed." with nothing of what; "All agreed
    // that …" is read below, as what was to be done (not "All agreed that this was an excellent idea").
    pattern:
      /^(?:It was )?[Aa]ll (?:present |members |councillors )?agreed,? (?!with\b|that\b)(?:to |on )?[a-z][^.;]{6,}/,
    kind: 'resolution',
  },
  {
    shape: 'payments or the like "agreed to be paid", in a note’s few words',
    example: 'Annual payments and subscriptions agreed to be paid in the coming year.',
    pattern:
      /^[A-Z](?:[^.;]|\betc\.){3,120}? (?:(?:was|were) )?(?:unanimously )?agreed to be (?:paid|made|renewed|purchased|bought|given|donated|spent|continued|accepted|adopted|held)\b/,
    kind: 'resolution',
  },
  {
    shape: 'an office and who was elected to it, nominated and seconded, one a line',
    example: 'TREASURER – Ann Ash – nominated BB, seconded CC',
    pattern:
      /^(?:Chair(?:man|person|woman)?|Vice[- ]Chair(?:man|person|woman)?|Secretary|Minutes Secretary|Treasurer|President|Vice[- ]President|Convene?or)\s*[–—:-]\s*(?:(?:Cllr|Councill?or|Mr|Mrs|Ms|Dr)\.? )?[A-Z][a-z]+(?: [A-Z][\w'’-]+)+\s*[–—,:-]\s*(?:nominated|proposed)\b[^.;]{0,60}\bseconded\b/i,
    kind: 'resolution',
  },
  {
    shape: 'a letter asking for a donation, then the answer after a dash: "none given"',
    example: 'Air Ambulance – letter asking for a donation – none given this time',
    pattern:
      /\b(?:asking for|requesting|request for|appeal for) (?:a |an )?(?:donation|grant|contribution|sponsorship)s?\b[^.;]{0,60}?\s[–—-]\s*(?:none|no (?:donation|grant|contribution)s?|nothing) (?:given|made|agreed|awarded)\b/i,
    kind: 'resolution',
  },
  {
    shape: '"Agreed by the committee" at the start, with what was agreed after',
    example: 'Agreed by the committee for circulation at the AGM.',
    pattern: /^Agreed by (?:the )?(?:committee|council|members|board|group|meeting|all)\b[^.;]{3,}/i,
    kind: 'resolution',
  },
  {
    shape: 'approval given, in the passive',
    example: 'Approval was given for the responses made between meetings on two applications.',
    pattern:
      /^(?:[^.;]{0,80}?\s)?(?:Approval|Agreement|Authority|Authorisation|Authorization|Consent) (?:was|were) (?:unanimously |duly |formally )?(?:given|granted) (?:for|to)\b(?![^.;]{0,80}\bby (?:the )?(?:[A-Z][\w'’-]+ ){0,3}(?:District|County|Borough|City|Planning|Highways?) )/,
    kind: 'resolution',
  },
  {
    shape: 'candidates invited to join the council (co-option)',
    example: 'The Chair thanked the candidates and invited Ann Ash and Tom Birch to join the Council.',
    pattern:
      /\binvited (?:Mr |Mrs |Ms |Miss |Dr )?(?:[A-Z][\w'’-]+ ?){1,3}(?:(?:,| and) (?:Mr |Mrs |Ms |Miss |Dr )?(?:[A-Z][\w'’-]+ ?){1,3})* to (?:join|become (?:a )?members? of) the (?:Parish |Town |Community )?Council\b/,
    kind: 'resolution',
    beforeNotOutcomes: true,
  },
  {
    shape: 'a body that appointed or elected its chair',
    example: 'The Sub-Committee appointed A. Kelly as its Chairman for the hearing.',
    // Also "The Members elected Jim Wilson, formerly Vice-Chairman, to the office of Chairman."
    pattern:
      /^(?:The )?(?:[A-Z][\w-]* ){1,4}(?:appointed|elected|re-elected) (?:[A-Z][\w'’.-]* ?){1,4}(?:, [^,;.]{3,60},)? (?:as|to the (?:office|post|role|position) of) (?:(?:its|the|their|our|his|her) )?(?:new )?(?:(?:Vice|Deputy)[- ])?(?:Chair(?:man|person|woman)?|Mayor(?:ess)?|Consort|Chaplain|Convener|Leader|Presiding Member)\b/,
    kind: 'resolution',
  },
  {
    shape: 'noted, then resolved, with no subject',
    example: 'Noted and resolved to ask the Clerk to contact the district council about the verges.',
    pattern:
      /^(?:Noted|Received|Discussed|Considered)(?: and noted)?,? and (?:it was )?(?:resolved|agreed|decided) (?:to|that)\b/,
    kind: 'resolution',
  },
  {
    shape: 'a matter, a dash, then "Agreed", as a list of decisions puts it',
    example: 'Agree the aims and add them to the constitution - Agreed and constitution updated',
    pattern: /^[A-Z][^.;–—]{5,120}?\s[-–—]\s+Agreed\b(?:,? and [^.;]{2,60})?\.?$/,
    kind: 'resolution',
  },
  {
    shape: 'something that would be done, by someone named in initials',
    example: 'The square mowers would be serviced as necessary by TW.',
    pattern: /\b(?:would|will) be (?:[a-z]+ly )?[a-z]{3,}ed\b[^.;]{0,40}? by ([A-Z]{2,3})\b(?![a-z])/,
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'a decision in note form: what, then "agreed"',
    example: 'Authorisation of payments agreed.',
    // Not who agreed ("Cllr Lee agreed."): what was agreed has a word in lower case.
    // Nothing told of anyone: no verb before the last word ("The Clerk asked for payment of bills already agreed.").
    pattern:
      /^(?!(?:Cllrs?|Councill?ors?|Mr|Mrs|Ms|Dr|He|She|They|It|All|Members|Everyone|This|That|Minutes)\b)(?![^.;]*\b(?:was|were|is|are|be|been|has|have|had|who|which|that|said|could|would|should|will|can|may|might|must)\b)(?=[^.;]*\b[a-z]{3,}\b[^.;]* (?:agreed|approved|accepted|adopted|authorised|ratified|Agreed|Approved))[A-Z][\w'’&,/-]*(?: (?![a-z]+ed\b)[\w'’&,/£.-]+){0,9} (?:agreed|approved|accepted|adopted|authorised|ratified|Agreed|Approved)(?:(?: unanimously| by all)?\.| in (?:accordance|line) with [^.;]{3,60}\.?)$/,
    kind: 'resolution',
  },
  {
    shape: 'a payment approved, written as a note with no verb before it',
    example: 'Grass cutting – second half year and three extra cuts £415.00 Payment agreed',
    // Also "Cheques approved." on a line of its own.
    pattern:
      /(?:^|\s)(?:[Pp]ayments?(?: for [A-Z][a-z]+)?|[Aa]ccounts? for payment|[Ii]nvoices?|[Cc]heques?)\s+(?:agreed|approved|authorised|authorized|confirmed|ratified)\.?$/,
    kind: 'resolution',
  },
  {
    shape: 'what was approved, then its list after a colon',
    example: 'Payments approved: Clerk salary Q3 £412.50; chapel room hire £45.00.',
    // Also with its list on the lines below: "Cheques approved as follows:".
    pattern: /^(?:[A-Z][\w'’ -]{2,40}) (?:approved|agreed|authorised)(?:\s*:\s*\S| as follows\s*:\s*$)/,
    kind: 'resolution',
    keepsSemicolons: true,
  },
  {
    shape: 'a part that says, in the perfect, what the meeting has done',
    example: 'Have approved the Constables’ accounts, which have been duly audited.',
    // Also "Have named Mr Ash to audit the accounts", "Have received and accepted the reports of …".
    pattern:
      /^(?:Have|Has) (?:(?:received|considered|heard|noted),? and )?(?:approved|elected|re-elected|appointed|named|nominated|authorised|voted|resolved|decided|agreed|adopted|accepted|confirmed|fixed|set)\b/,
    kind: 'resolution',
  },
  {
    shape: 'someone elected or appointed to an office, in narrative',
    example: 'Councillor Ross, having been proposed and seconded, was elected Mayor of the Borough for the year.',
    // Not who someone is, in a clause of its own: "The Chairman welcomed Cllr Ash, who was elected as Vice-Chairman at Council".
    // Also "Mr Ash was, therefore, declared duly elected.", "Ann Ash has been voted in as vice-chair", and who declared it:
    // "The Chairman declared Mr Ash duly re-elected as Warden for a further three years"; and "Cllr Ash was once again
    // confirmed as Leader for the year", "… was named as the Mayor for the year"; and, after who was proposed for what, "She
    // was unanimously elected and took the Chair.".
    pattern: new RegExp(
      String.raw`(?<!\bwho )\b(?:was|were|has been|have been) (?:duly )?(?:(?:(?:proposed|nominated)(?:,? (?:and )?seconded)?,? and )?(?:subsequently |then |thus |therefore |once again |again )?(?:duly |unanimously |then )?(?:[Ee]lected|re-elected|[Aa]ppointed|voted(?: in)?|confirmed|named)(?: to serve)?(?: as| to the (?:role|office|post|position) of)?|(?:proposed|nominated),? (?:and )?seconded (?:to be|as|for))? (?:the )?(?:new )?(?:(?:[Dd]eputy|[Vv]ice)[- ])?(?:Mayor|RFO|Responsible Financ\w* Officer|Proper Officer|Tree Warden|[Cc]hair(?:man|person|woman)?|Leader|Convener|Provost|Lord Mayor|Sheriff)\b|(?<!\bwho )\b(?:was|were) (?:duly |unanimously |then )?(?:elected|re-elected|appointed|nominated)(?: as)? (?:the |our )?(?:[A-Z][\w’'-]* ){0,4}(?:[Rr]epresentatives?|[Dd]elegates?|[Tt]rustees?|[Tt]reasurer|[Ss]ecretary|Responsible Financial? Officer)\b|(?<!\bwho )\b(?:was|were),? (?:(?:therefore|then|thus|accordingly),? )?(?:duly )?declared (?:duly )?(?:elected|re-elected|ELECTED|RE-ELECTED)\b|(?<!\bwho )\b(?:was|were) (?:duly )?(?:proposed,? (?:and )?seconded,? and )?appointed (?:as (?:a |the )?nominee\b|to (?:the )?(?:[A-Z][\w&'’-]* ){1,5}(?:Committee|Panel|Board|Group|Working (?:Party|Group))\b)|\baccepted the (?:office|position|role|post) of\b|\baccepted the (?:position|role|post) and (?:all )?(?:others |members )?agreed\b|\b(?:will be|is to be) (?:a|the) (?:representative|delegate) (?:for|on|to)\b|\b(?:will be|is to be) the (?:[A-Z][\w'’&-]* ){1,4}(?:representative|delegate)\b|(?<!\bwho )\b(?:was|were) (?:duly )?declared (?:the )?(?:new )?(?:(?:[Dd]eputy|[Vv]ice)[- ])?(?:Chair(?:man|person|woman)?|Mayor|Convener|Secretary|Treasurer|President|Provost)\b|(?<!\bwho )\b(?:was|were) (?:duly )?(?:elected|re-elected|appointed) (?:unopposed|unanimously)\b|(?<!\bwho )\b(?:was|were) (?:nominated|proposed) by ${NO_STOP}{2,60}?,? (?:and )?seconded by ${NO_STOP}{2,60}? and (?:was |were )?(?:duly |unanimously )?(?:elected|re-elected|appointed|co-opted)\b|\bduly (?:co-opted|elected|appointed) (?:as|to|onto)\b|\bdeclared (?:him|her|them|(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councill?or)\.? )?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) (?:to be )?(?:duly )?(?:elected|re-elected)\b|^(?:He|She|They) (?:was|were) (?:duly|unanimously) (?:re-)?elected(?: and took the [Cc]hair)?\.?$`,
    ),
    kind: 'resolution',
    // Read first: "… was elected Chair for this meeting, and the Clerk confirmed the meeting was quorate."
    beforeNotOutcomes: true,
  },
  {
    shape: 'someone elected or appointed, written in capitals',
    example: 'CLLR ASH WAS ELECTED VICE-CHAIR FOR THE YEAR.',
    pattern:
      /^(?:(?:CLLR|COUNCILLOR|MR|MRS|MS|DR)\.? )?[A-Z'’-]{2,}(?: [A-Z'’-]{2,}){0,3} WAS (?:DULY |UNANIMOUSLY )?(?:RE-)?(?:ELECTED|APPOINTED)\b/,
    kind: 'resolution',
    beforeNotOutcomes: true,
  },
  {
    shape: 'someone nominated, with who nominated them, and voted in',
    example: 'A Ash was nominated by BB and CC and unanimously voted in as Chair.',
    // Also "DD was nominated (AA) as treasurer and voted in by members."
    pattern: /\b(?:was|were) nominated\b[^.;]{0,60}?\band (?:duly |unanimously )?voted\b/,
    kind: 'resolution',
    beforeNotOutcomes: true,
  },
  {
    shape: 'someone elected to an office, in note form without "was"',
    example: 'Nic Brown elected Chairman.',
    // Not the office-holder named by it: "The re-elected Chair thanked …".
    pattern:
      /^(?!(?:The|This|A|An|Our|Newly)\s)(?:(?:Cllr|Councill?or|Mr|Mrs|Ms|Miss|Dr)\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} (?:duly |unanimously )?(?:(?:re-)?(?:elected|appointed)|confirmed as) (?:as )?(?:the )?(?:(?:[Dd]eputy|[Vv]ice)[- ]?)?(?:[Cc]hair(?:man|person|woman)?|Mayor|Clerk|RFO|Treasurer|Secretary)\b/,
    kind: 'resolution',
  },
  {
    shape: 'someone to go on in a role, in note form',
    example: 'Michael Heybrook to continue as Footpaths Officer.',
    pattern:
      /^(?:(?:Cllr|Councill?or|Mr|Mrs|Ms|Miss|Dr)\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} to (?:continue|remain|act|serve) as (?:the )?(?:(?:[A-Z][\w'’-]* ){0,3}(?:Officer|[Rr]epresentative|Warden|[Cc]hair(?:man|person|woman)?|Clerk|Treasurer|Secretary|Lead|Champion|Trustee)\b|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}\.?$)/,
    kind: 'resolution',
  },
  {
    shape: 'someone chosen by a vote: elected, co-opted or nominated by a majority',
    example: 'Mr Darran Hill was nominated by a majority vote.',
    pattern:
      /\b(?:was|were) (?:duly |then )?(?:elected|re-elected|co-opted|nominated|appointed|chosen|selected)\b[^.;]{0,60}?\bby (?:a |an )?(?:clear |overall |simple )?(?:majority|unanimous|show of hands|\w+ votes? to \w+)\b/,
    kind: 'resolution',
    // The vote was taken: not "a nomination before the vote".
    beforeNotOutcomes: true,
  },
  {
    shape: 'someone staying on in an office',
    example: 'With no further nominations Mr Dean remains as Vice Chair.',
    pattern:
      /(?<!\b(?:indicated|said|stated|written)\b[^.;]{0,60})\b(?:remains?|continues?|(?:agreed|content|willing|happy) to continue|to continue) (?:as|in (?:the )?(?:role|post|office) of) (?:the )?(?:Vice[- ])?(?:Chair(?:man|person|woman)?|Clerk|Treasurer|Secretary|Convener|President|Responsible Financ\w* Officer|RFO|Internal Auditor|representative)\b/,
    kind: 'resolution',
  },
  {
    shape: 'members asked to send or pass something on',
    example: 'The Chairman asked members to send any requests to the Clerk by the end of the month.',
    pattern:
      /\basked (?:all )?(?:members|councillors|Members|Councillors|everyone) to (?:send|submit|forward|email|e-mail|pass|let|provide|report|bring|return|put forward)\b/,
    kind: 'request',
  },
  {
    shape: 'an office bearer elected in a table: the office, who, and who proposed',
    example: 'Vice Chairman   Chris Hobson   Proposed John Green',
    // Also with the office in one word: "Vicechair: Ann Ash Proposed: Ben Birch".
    pattern: new RegExp(
      String.raw`^${OFFICE_BEARER}(?:\s+|\s*[:;–—-]\s*)[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){0,3}[;,.]?\s+Proposed\b`,
    ),
    kind: 'resolution',
    keepsSemicolons: true,
  },
  {
    shape: 'someone named to an office, then who proposed them in brackets',
    example: 'Mr Tom Reid - Chairman (proposed by A Lee, Seconded by S Ward);',
    pattern: new RegExp(
      String.raw`^(?:(?:Cllr|Councill?or|Mr|Mrs|Ms|Miss|Dr)\.? )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}\s*[–—-]\s*${OFFICE_BEARER}\s*\((?:proposed|nominated) by\b`,
      'i',
    ),
    kind: 'resolution',
    keepsSemicolons: true,
  },
  {
    shape: 'an office and its holder in initials, then who proposed them',
    example: 'Election of Officers – Chair AB – CD proposed AB and EF seconded',
    // Also the holder between dashes: "Vice Chair – CD – AB proposed and all agreed".
    pattern: new RegExp(
      String.raw`^(?:[^.;:]{0,40}?[–—-]\s*)?${OFFICE_BEARER}(?:\s+[A-Z]{2,3}|\s*[–—-]\s*[A-Z]{2,3})\s*[–—-]\s*[A-Z]{2,3} (?:proposed|nominated)\b`,
    ),
    kind: 'resolution',
  },
  {
    shape: 'who proposed and seconded, and the election, under the nomination',
    example: 'Proposed by Cllr Ash and seconded by Cllr Birch and elected unanimously',
    // Also run on from the nomination's line and into the next, as lines with no full stops are joined.
    pattern:
      /(?:^|\s)(?:Proposed|Nominated) by [^.;]{2,60}? and seconded by [^.;]{2,60}? and (?:was |were )?(?:duly |unanimously )?(?:elected|re-elected|appointed|co-opted)\b/,
    kind: 'resolution',
  },
  {
    shape: 'someone willing to stand, and duly elected',
    example: 'Cllr Ash said that he was willing to stand and was duly elected.',
    pattern:
      /\bwilling to stand\b[^.;]{0,40}?\band (?:he |she |they )?(?:was|were) (?:duly |unanimously )?(?:elected|re-elected|appointed)\b/,
    kind: 'resolution',
    beforeNotOutcomes: true,
  },
  {
    shape: 'an office, then who proposed whom and who seconded',
    example: 'Vice-Chairman; Ann Lee proposed Tom Reid, seconded Sam Ward.',
    pattern:
      /^(?:Chair(?:man|person|woman)?|Vice[- ]Chair(?:man|person|woman)?|Secretary|Treasurer|President|Convener|Vice[- ]Convener)\s*[:;–—-]\s*[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} (?:proposed|nominated) [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3},? (?:and )?seconded\b/,
    kind: 'resolution',
    keepsSemicolons: true,
  },
  {
    shape: 'noted that something be done: the subjunctive decides',
    example: 'It was noted that another letter be sent requesting an answer.',
    // Not what would or should be done: "It was noted that the grant would be paid in March."
    pattern: new RegExp(
      String.raw`^It was (?:also |further )?noted that (?![^.;]*\b(?:would|will|could|should|may|might|must|can|cannot|to|had|has|have|not) be\b)[^.;]{3,120}?${SUBJUNCTIVE_WORDS}`,
    ),
    kind: 'action',
    beforeNotOutcomes: true,
  },
  {
    shape: 'someone duly elected, in note form',
    example: 'Mr Ash nominated Mrs Birch and Mr Cedar seconded the proposal, Mrs Birch duly elected.',
    // Also "Mr Dawson co-opted as Town Councillor for the south ward."
    pattern:
      /(?:^|[,;]\s+|\band\s+)(?:(?:Cllr\.?|Councill?or|Mr|Mrs|Ms|Miss|Dr) (?:[A-Z]\.? ?){0,3}[A-Z][\w'’-]+) (?:(?:duly|unanimously) (?:re-)?elected\b|(?<=^[^,;]*)(?:co-opted|elected|appointed) as (?:a |the )?(?:[A-Z][\w-]* ){0,3}(?:Councill?or|Chair(?:man|person)?|Vice[- ]Chair(?:man|person)?|Clerk|Treasurer|Secretary|Member)\b)/,
    kind: 'resolution',
  },
  {
    shape: 'members who voted for something',
    example: 'Members voted unanimously in favour of Sam Ash becoming the new chair.',
    // Not the vote on a motion or proposal, which is recorded as what was resolved.
    pattern:
      /^(?:(?:The )?(?:Members|Councillors|Cllrs|Trustees|Governors)(?: present)?|All (?:members|councillors|Cllrs|[Gg]overnors|[Tt]rustees|[Dd]irectors)(?: present)?) (?:then |duly )?voted (?:unanimously |by a majority )?(?:in favour of(?! (?:the |this |that )?(?:proposals?|motions?|recommendations?|amendments?|it|this)\b)|to (?!defer\b|adjourn\b)[a-z]{3,})\b/,
    kind: 'resolution',
  },
  {
    shape: 'someone asked whether they could do something: a request of them',
    example: 'The Police were asked if they could patrol the main street.',
    pattern: new RegExp(
      `^(${PEOPLE}) (?:was|were) (?:also )?asked (?:if|whether) (?:they|he|she) (?:could|would) (?!be\\b)[a-z]{3,}`,
    ),
    kind: 'request',
    owner: 1,
  },
  {
    shape: 'a body that asked whether something could be arranged or provided',
    example: 'The Panel asked if a briefing on the new system could be arranged before December.',
    // Asked of the officers, not a question: "could be arranged" is what they want done.
    pattern: new RegExp(
      String.raw`^${BODY} (?:also )?asked (?:if|whether) [^.;?]{3,200}? could be (?:arranged|provided|circulated|sent|supplied|made available|organised|shared|given|held)\b(?![^.;]*\?)`,
    ),
    kind: 'request',
    beforeNotOutcomes: true,
  },
  {
    shape: 'someone invited to take a seat on the council: a co-option',
    example: 'Subject to the council approving her nomination, Sally was invited to take a seat on the Council.',
    pattern:
      /\b(?:was|were) (?:formally |duly )?invited to take (?:up )?(?:a|her|his|their) seats? on the (?:[A-Z][\w&'’-]* ){0,3}(?:Council|Committee|Board|Panel)\b/,
    kind: 'resolution',
  },
  {
    shape: 'councillors all in agreement',
    example: 'The Chairman was prepared to continue and all Councillors were in agreement that this should happen.',
    // Also not to do something: "The Councillors were all in agreement not to accept the third application."
    pattern:
      /(?:^|\band\s+|,\s+)(?:[Aa]ll )?(?:[Tt]he )?(?:Cllrs|[Cc]ouncill?ors|[Mm]embers)(?: present)? (?:were|was) (?:all |unanimously )?in (?:full )?agreement(?: that| (?:not )?to| with (?:this|that|the (?:proposal|recommendation|suggestion)))\b/,
    kind: 'resolution',
  },
  {
    shape: 'members who do not object to an application: a planning response',
    example: 'Members don’t object to the application, but have slight concerns about the visual intrusion.',
    // Also after the application's line, run into it: "24/01234/FUL Erection of a garage Members don’t object …".
    pattern:
      /(?:^|(?<=\S\s))(?:(?:The )?(?:(?:Parish|Town|Community) )?(?:Council|Committee)|Members|Councillors)\s+(?:do not|don['’]t|did not|does not|doesn['’]t) (?:have any |raise any )?object(?:ion)?s?\b/,
    kind: 'resolution',
    beforeNotOutcomes: true,
  },
  {
    shape: 'councillors not in agreement with a proposal: a refusal',
    example: 'Councillors were not in agreement to the change of use for the cottages.',
    pattern:
      /(?:^|:\s+)(?:Councillors|Members|The (?:Council|Committee|Board|Panel)) (?:were|was) not in (?:agreement|favour)\b/,
    kind: 'resolution',
    beforeNotOutcomes: true,
  },
  {
    shape: 'members or councillors agreeing to do something',
    example: 'Members agreed to contribute £660.00 towards the cost of two blue plaques.',
    // Also which members, and why: "Partner council members therefore agreed to go ahead with the business"; "Members of the
    // Twinning Group agreed that the fair should be held every year"; "Members, therefore, agreed to set the reserve at …".
    pattern:
      /^(?:(?:At|During) (?:the|this|that) [^,.]{3,40}?,?\s+)?(?:(?:[A-Z][a-z]+ )?[a-z]+ (?=members\b))?(?:[Mm]embers|[Cc]ouncillors|Cllrs)(?: of the (?:[A-Z][\w&'’-]*\s){1,5}(?=agreed|resolved|decided))?\s*(?:,\s*(?:therefore|thus|accordingly|however|also),\s*|unanimously |then |also |further |therefore |thus |accordingly )?(?:agreed|resolved|decided|went on to agree|delegated|concurred)\s+(?:to\s+(?!be\b)[a-z]+|with the\b|authority\b|that\b(?=[^.;]*\b(?:should|would|will|be)\b))/,
    kind: 'resolution',
  },
  {
    shape: 'who proposed and who seconded, named before the words',
    example: 'Ann Pavel proposed, Ruth Dale seconded that the document was accurate.',
    // Also "Cllr Ash proposed, seconded by Cllr Birch that Cllr Cole be elected Chairman".
    pattern:
      /^(?:[^.;]{3,160},\s+)?(?:Cllr\.? |Councill?or )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} (?:proposed|moved),? (?:and )?(?:(?:Cllr\.? |Councill?or )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} seconded|seconded by (?:Cllr\.? |Councill?or )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) (?:that|the)\b/,
    kind: 'resolution',
    // "Cllr Ash proposed and Cllr Birch seconded that Cllr Cedar be elected Chair." then "Resolved: That Cllr Cedar
    // act as Chair.": the resolution says what was decided.
    weak: true,
  },
  {
    shape: 'a business line that ends with who proposed and who seconded it',
    example: 'A capital contribution of £1,000 to the hall – proposed by Cllr Eckles & seconded by Cllr Hastings.',
    // Also with "2nd" for the seconder: "Quotes accepted, proposed A Ash, 2nd B Birch". Not a nomination ("Councillor Ash
    // was proposed by … and seconded by …", "The Chairman was proposed by …"): who was elected, the vote says.
    pattern:
      /^(?!(?:Cllr|Councill?or|Mr|Mrs|Ms|Miss|Dr)\.? [^–—-]{2,40}\s[–—-]\s*(?:[Pp]roposed|[Nn]ominated))(?!(?:(?:Cllr|Councill?or|Mr|Mrs|Ms|Miss|Dr)\.? [^.;]{2,40}?|(?:The )?(?:Vice-? ?|Deputy )?(?:Chair(?:man|person|woman)?|Mayor|Leader|Convener)) was (?:proposed|nominated|moved)\b)(?![^.]*\b(?:[Mm]inutes|[Aa]pologies|[Nn]ominat\w*|[Aa]mendments?|[Mm]otions?|[Rr]ecommendations?|[Rr]esolutions?)\b).{6,200}?(?:\s[–—-]\s*|\s)(?:[Pp]roposed|[Mm]oved)(?: by)? (?:(?:Cllr|Councill?or|Mr|Mrs|Ms|Dr)\.? )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}(?:,? (?:&|and)|,) (?:seconded(?: by)?|2nd) (?:(?:Cllr|Councill?or|Mr|Mrs|Ms|Dr)\.? )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}\.?$/,
    kind: 'resolution',
    motion: true,
  },
  {
    shape: 'a proposal in capitals, its proposer, seconder and vote on the line below',
    example: 'PROPOSAL: That the entire bill of £873.75 be paid in full.',
    // Not a planning application's field: "PROPOSAL: / Siting of three benches" over "LOCATION: / …".
    pattern:
      /^PROPOSAL\s*[:–—-]\s*(?![|/])(?!(?:Installation|Erection|Siting|Alterations?|Application|Change of use|Demolition|Construction|Extensions?|Conversion|Replacement|Removal|Variation|Outline|Proposed)\b)\S/,
    kind: 'resolution',
    motion: true,
  },
  {
    shape: 'a member who asked a councillor for another council, the clerk or an officer if they could do something',
    example: 'Cllr Ash asked the Ward Councillors if they could chase the missing street sign.',
    pattern:
      /^(?:The )?(?:Chair(?:man|person)?|Vice[- ]Chair(?:man)?|(?:Cllr|Councill?or)\.? [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) asked (?:the )?(?:(?:Ward|County|District|Borough|Unitary|City) )?(?:Cllrs?|Councill?ors?|Members?|Clerk|PCSO|[Oo]fficers?)(?: [A-Z][\w'’-]+)? (?:if|whether) (?:he|she|they) (?:could|would|might|can|will) [a-z]{3,}/,
    kind: 'request',
  },
  {
    shape: 'a sum towards something, granted, in a note’s few words',
    example: '£150 towards the village hall’s new boiler granted.',
    pattern: /^£[\d,]+(?:\.\d{2})? (?:towards|to|for) [^.;]{3,80}? (?:granted|approved|agreed|awarded)\.?$/,
    kind: 'resolution',
  },
  {
    shape: 'a suggestion or proposal that was met with approval',
    example: 'The Chair’s idea of inviting Mr Dale to join the council was met with approval.',
    pattern:
      /\b(?:suggestion|proposal|idea|request|recommendation)s?\b[^.;]{0,160}?\b(?:was|were) (?:met|received) with (?:general |unanimous |full )?(?:approval|agreement|support)\b/,
    kind: 'resolution',
  },
  {
    shape: 'proposed and seconded to do something, in parish minutes',
    example: 'After discussion it was proposed and seconded to extend the dispensation until the elections.',
    pattern: /\b(?:it|It) was (?:proposed|moved) and seconded to (?!be\b)[a-z]+/,
    kind: 'resolution',
  },
  {
    shape: 'a decision line ending with the vote: all in favour',
    example: 'Proposed payments approved Cllr Hale, seconded Cllr Orme, all in favour.',
    // Also "… that the group would be a steering group, agreed with one abstention.", "Cllr Ash proposed support,
    // seconded Cllr Birch, voting unanimous in favour.", "Proposed by AA and seconded by BB, all voted in favour." and "… – A Ash
    // proposed £50, B Birch seconded, all in agreement", and "Proposed by Cllr Ash and Seconded by Cllr Birch – Agreed nem con".
    // Not a line of who proposed and
    // seconded in initials alone ("P: SC S: DH, All in favour"), nor who seconded ("Seconded: Ann Ash all in favour"): the
    // vote on the decision above it.
    pattern:
      /^(?!(?:P|Prop(?:osed)?|Proposer)\s*[:.]?\s*[A-Z]{1,4}\.?,?\s+(?:S|Sec(?:onded)?|Seconder)\s*[:.]?\s*[A-Z]{1,4}\b|Seconded\b)(?:.{10,}\b(?:all(?: unanimously)?(?: voted)?|unanimously(?: voted)?|voting unanimous(?:ly)?) in favour\.?$|^.{10,}(?:,|\s[–—-])\s+all in agreement\.?$|^.{10,}(?:,|\s[–—-])\s+agreed with (?:one|two|three|\d{1,2}) abstentions?\.?$|^.{10,}\bcarried unanimously\.?$|^.{10,}(?:,|\s[–—-])\s+(?:agreed|carried) (?:nem\.? ?con\.?|unanimously)\.?$|^.{20,}(?:,|\s[–—-])\s+(?:all|all those present|all present|all members|all councillors|everyone) agreed\.?$|^.{10,}?,\s+(?:a )?(?:unanimous|majority) (?:decision|vote)\.?$)/i,
    kind: 'resolution',
  },
  {
    shape: 'those present voted to do something',
    example: 'Those present voted unanimously to co-opt Ann Lee to the Parish Council.',
    // Also by a count: "Six members voted in support of Ann Ash returning to the council".
    pattern:
      /^(?:Those present|Members|Councillors|Cllrs|All (?:present|members|councillors)|The (?:Council|Committee|Board|meeting)|(?:\d{1,2}|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine) (?:members|councillors|Cllrs))\s+(?:then\s+)?voted\s+(?:unanimously\s+|by a majority\s+)?(?:in (?:favour|support) of\s+(?:[A-Z][\w'’-]+ ){0,3}\w+ing|to (?!not\b)[a-z]+)/,
    kind: 'resolution',
  },
  {
    shape: 'a unanimous or majority decision to do something',
    example: 'Unanimous decision to make the design anonymous in all campaigns.',
    pattern: /^(?:[^.;]{3,80}?\s[–—-]\s+)?(?:Unanimous|Majority|Council|Committee) decision to (?!be\b)[a-z]+/i,
    kind: 'resolution',
  },
  {
    shape: 'something that would be an item on a future agenda',
    example: 'The Chair said this would be an agenda item for consideration in January.',
    pattern:
      /\b(?:would|will|to) be (?:an|a future|on the next|on a future) agenda item\b|\b(?:would|will|to) be (?:placed|put) on (?:the next|a future) agenda\b/,
    kind: 'work-programme',
    beforeNotOutcomes: true,
  },
  {
    shape: 'something to be put on an agenda, or taken to the next meeting',
    example: 'Request for allotments – To be Agendered for the next planning meeting',
    pattern:
      /\b[Tt]o be [Aa]gend(?:aed|ered|arised|ised)\b|^(?:This |The )?[Ii]tem to (?:go|be taken|come back|be brought) to (?:the )?next\b/,
    kind: 'work-programme',
    beforeNotOutcomes: true,
  },
  {
    shape: 'someone proposed, another seconded, and the council agreed, in one sentence',
    example: 'Cllr Orr proposed Cllr Newton, seconded by Cllr Craig and agreed by the Council.',
    pattern:
      /^(?:Cllr|Councill?or|Mr|Mrs|Ms|Dr)\.? [A-Z][\w'’-]+ proposed [^.;]{2,120}?,? seconded by [^.;]{2,60}? and (?:unanimously )?(?:agreed|carried|approved)\b/,
    kind: 'resolution',
  },
  {
    shape: 'agreed unanimously or formally',
    example: 'It was unanimously agreed to renew the grass-cutting contract.',
    pattern:
      /(?<!\b(?:to be|yet to be|not yet|not been|to be) )\b(?:unanimously|formally) agreed\b(?! (?:as a|to be a) (?:correct|true))|(?<=\s)agreed unanimously (?:that|to)\b|^Unanimously agree to\b|\bnoted formally\b|\bformally noted\b/i,
    kind: 'resolution',
  },
  {
    shape: 'a decision that opens with how the vote went',
    example: 'Unanimous agreement, LW co-opted as a member of the community council.',
    pattern:
      /^(?:VOTE:?\s+)?(?:Unanimous(?:ly)? (?:agreement|agreed|decision|vote)|Agreed unanimously|Carried unanimously|All (?:agreed|in favour))\s*[,:;–—-]\s*(?=[A-Z][\w'’.-]*\s+\S)/,
    kind: 'resolution',
  },
  {
    shape: 'a body unanimously in favour of a proposal',
    example: 'The Community Council was unanimously in favour of the proposal to buy a defibrillator.',
    // Also all the members present: "All Councillors present were in favour of buying a defibrillator."
    pattern: new RegExp(
      String.raw`^${BODY} (?:was|were) (?:unanimously |all )?in favour of [^;]{0,40}?\b(?:proposal|motion|recommendation|suggestion|request|application|option)\b|^All (?:[Cc]ouncill?ors|[Mm]embers|[Cc]llrs)(?: present)? were in favour of (?:the |our |this |a |an )?[a-z]{4,}`,
    ),
    kind: 'resolution',
  },
  {
    shape: 'a change confirmed for future papers or meetings',
    example: 'It was confirmed that future reports would be amended to include two columns.',
    pattern:
      /^It was (?:also |further )?confirmed that (?:in future,? )?(?:(?:all )?future |the next )?[^.;]{2,80}? would (?:be (?:amended|updated|changed|included|provided|circulated|added|brought|reported|reviewed|revisited)|include|show|contain)\b/,
    kind: 'follow-up',
  },
  {
    shape: 'a paper promised to a later meeting',
    example: 'The Treasurer said that a note on the reserves policy will be brought to the next meeting.',
    // Also "Plans are to be presented at a future meeting.", "… noted that a paper on the play areas will be presented in due
    // course". Not a question: "It was asked whether a report would be
    // presented at a future meeting".
    pattern:
      /(?<!\b(?:whether|if)\b[^.;]{0,80})\b(?:will|would|is to|are to) be (?:brought|presented|reported|submitted|circulated|tabled|provided|offered|put) (?:back )?(?:to|at|before) (?:the |a )?(?:next|future|later|subsequent|following)\b(?: [A-Za-z]+){0,2} (?:meeting|committee|agenda)\b|\b(?:paper|report|update|briefing)\b[^.;]{0,80}\b(?:will|would) be (?:brought|presented|submitted|provided|circulated)(?: back)?(?: to (?:the |a )?(?:Board|Committee|Panel|Council|Members|Cabinet))? in due course\b/,
    kind: 'follow-up',
  },
  {
    shape: 'something that would be put on a list or agenda',
    example: 'The resident said the bushes needed pruning and this would be put on the lengthsman’s task list.',
    pattern:
      /\b(?:this|it|they|these|the matter|the issue) (?:would|will) be (?:put|added|placed|included) (?:on|to|in) (?:the |a |his |her |their )?[^.;]{0,40}?\b(?:list|agenda|schedule|programme|plan)\b/,
    kind: 'follow-up',
  },
  {
    shape: 'a further agreement in note form, naming who will act',
    example: 'Also agreed Nadia would keep the garage in the loop.',
    pattern:
      /^(?:Also|Further|It was also) agreed,? (?:that )?(?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*)? (?:would|will|to|should) [a-z]+/,
    kind: 'follow-up',
  },
  {
    shape: 'someone asked for a matter to be on the next agenda',
    example: 'The Chairman asked for this to be included on the next agenda.',
    pattern:
      /\basked for (?:this|it|the (?:matter|item|issue|subject)) to be (?:included|placed|put|added|listed) (?:on|in|to) (?:the )?(?:next|a future|the next meeting['’]s) (?:agenda|meeting)\b/,
    kind: 'follow-up',
  },
  {
    shape: 'it was felt that the council should do something',
    example:
      'Although the tree may not be ours, it was felt the Parish Council should take on the matter and ask for the work.',
    pattern:
      /\b[Ii]t was (?:generally |unanimously )?felt,? (?:that )?(?:the )?(?:[Pp]arish |[Tt]own |[Cc]ommunity )?(?:[Cc]ouncil|PC|[Cc]ommittee) should (?!not\b|be\b)[a-z]+/,
    kind: 'resolution',
  },
  {
    shape: 'the decision, told as what it was',
    example: 'The details were discussed and the decision was to remain with the present supplier.',
    pattern:
      /\b(?:[Tt]he|[Aa]) (?:final |unanimous )?decision was (?:made |taken )?(?:unanimously )?(?:to [a-z]{3,}|that\b)/,
    kind: 'resolution',
  },
  {
    shape: 'it was agreed that, in narrative',
    example: 'It was agreed that the working group would meet again in the spring.',
    // Also after "but": "The fence was welcomed but it was agreed that the hedge needed trimming meanwhile"; and under a power:
    // "It was agreed under Delegated Power 1 to progress making the path"; and after a clause of how it was reached: "It was
    // agreed, after consultation with Councillor Davey, that there was no longer any requirement …"; and in principle: "It was
    // agreed in principle to donate £250 to the appeal", or for the future: "It was agreed in future an annual sum would be
    // available"; and who will act, with no "that": "It was agreed Ann Ash, Ben Birch & Cai Cole would review the details",
    // "It was agreed RE should discuss the lights with the electrician", "It was agreed a further £500 be set aside", "It was
    // agreed a note on the open actions would come to the next meeting";
    // and after a reason with no comma: "Owing to the weather it was agreed to move the fete", and "agreed after discussion to …";
    // and what was put first: "It was suggested and agreed to write to the highways authority"; and by whom, named: "It was
    // also agreed by the Forum that reports cite their sources", or how: "It was agreed by unanimous vote to keep the grant as it
    // was", or with "also" after the verb: "It was agreed also that the remit be reviewed". Not an opinion all shared:
    // "It was agreed that it was not helpful that the shed had been moved".
    pattern:
      /(?:^|,\s+(?:and\s+)?|\s(?:and|so|but)\s+(?:after (?:some |further |much )?discussion,?\s+)?(?=it (?:was|is) )|\b(?:where|whereupon|when|which)\s+|^(?:As|Since|Because|Given that|Due to|Owing to|In view of) [^.;,]{3,160}?\s(?=it was (?:(?:also|further|then|therefore|unanimously) )*agreed\b))(?:It|it) (?:was|has been|had been|is),? (?:(?:also|further|then|therefore|unanimously|however),? )*(?:suggested and )?(?:agreed|Agreed|AGREED|determined|pledged|voted(?: upon)?)(?: also| in principle| in (?:the )?future,?| going forward,?| from now on,?| after (?:some |further |much )?discussion|,? however,?)?(?:,\s+(?:after|following|on|with|having)\b[^,.;]{3,80},)?(?: by (?:all|everyone|[Mm]embers|[Cc]ouncill?ors|all (?:[Mm]embers|[Cc]ouncill?ors)|the (?:[Cc]ouncil|[Cc]ommittee|meeting|[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3})|(?:a |an )?(?:unanimous|majority) (?:vote|decision)|a show of hands)(?: present)?)?(?: under (?:[A-Z][\w ]{2,30}?|delegated powers?))? (?:that\s+(?!it (?:was|is|would be) (?:not |very |most )?(?:helpful|unhelpful|appropriate|fair|unfair|right|wrong|unfortunate|regrettable|disappointing|important|clear|a shame|a pity|unacceptable|acceptable|useful|sensible)\b)|that,\s+(?![^.;]*\b(?:will|would|should|shall|did|do|does|could) not\b)|for\s+(?=(?:the |a )?[A-Z]|(?:the |a |this |these |that )?[a-z][\w'’-]*(?: [a-z][\w'’-]*){0,3} to [a-z])|(?=to\b)|(?=the\b)|(?=(?:we|they) (?:need|needed|should|must|will|would)\b)|(?=(?:[a-z][\w'’-]*|£[\d,.]*\d)(?: (?:[a-z][\w'’-]*|£[\d,.]*\d)){0,5} (?:would|should|will|be)\b)|(?=(?:(?:Cllrs?|Councill?ors?|Mr|Mrs|Ms|Dr)\.? )?(?:[A-Z][a-z'’-]+|[A-Z]{2,3})(?:(?:,| and| &) (?:(?:Cllr|Councill?or|Mr|Mrs|Ms|Dr)\.? )?[A-Z][a-z'’-]+| [A-Z][a-z'’-]+){0,7} (?:would|should|will)\b))/,
    kind: 'follow-up',
    keep: 'after-match',
  },
  {
    shape: 'a body that refused or did not agree something',
    example: 'The Board did not approve the proposal to merge the two funds.',
    // Not an argument put to a hearing that the body did not accept: its reasons, not its decision.
    // Nor the planning authority's refusal, reported: "Fenshire Council refused permission, and the applicant appealed".
    // Also "The Parish Council did not feel able to support the application".
    pattern: new RegExp(
      `^(?:[^.,;]{3,80},\\s+|(?:Recommendation|Decision|Resolution|Response|Observations?|Comments?):\\s+)?${BODY}\\s+(?:also |then |unanimously )?(?:did not|does not|declined to|refused to|resolved not to|agreed not to|decided not to|did not feel able to|felt unable to)\\s+(?:approve|agree|support|accept|endorse|adopt|grant|ratify|proceed|renew|fund|award|make|pursue|take)\\b(?! with\\b)(?<!\\baccept(?= the (?:points?|arguments?|submissions?|contentions?|views?) (?:made|put|that)\\b))|^(?:[^.,;]{3,80},\\s+)?(?!${PLANNING_AUTHORITY_DECIDED})(?:${BODY}|Members|Councillors)\\s+(?:also |then |unanimously )?(?:refused|rejected|declined)\\s+(?:the|this|that|a|an|to|permission|planning)\\b`,
    ),
    kind: 'resolution',
    beforeNotOutcomes: true,
  },
  {
    shape: 'the council’s decision in the present tense, as some parish minutes write it',
    example: 'The council is happy to renew its insurance on the same terms as last year.',
    // Also after "After some discussion, ": "… the Parish Council will draw up a list of objections"; and what it declines:
    // "The council is unable to support the campaign …"; and told in the past: "The council was pleased to support the litter pick";
    // and as a plural: "Council do not wish to comment on this application"; and its support: "The Council is supportive of the
    // new bus route", "… was not supportive of the bid".
    pattern:
      /(?:^(?:[A-Z][\w ,'’&-]{2,60}:\s+|(?:After|Following) [^.;,]{2,60},\s+)?|,? and )(?:The |the )?(?:[Pp]arish |[Tt]own |[Cc]ommunity )?[Cc]ouncil (?:(?:is|was|are|were) (?:not |fully |very )?supportive of|is (?:happy|content|pleased) to|was (?:happy|content|pleased) to (?:support|fund|agree|accept|approve|grant|donate|endorse|sponsor|contribute|adopt)\b|is (?:unable|not able) to (?:support|fund|agree|accept|assist|contribute|help|sponsor|donate|grant)|do(?:es)? not wish to|wish(?:es)? to|will (?!not\b|need\b|have\b|be\b|receive\b|get\b|lose\b|face\b|continue to receive\b|hear\b|consider\b|meet\b|debate\b|discuss\b)[a-z]+)\b/,
    kind: 'resolution',
    beforeNotOutcomes: true,
  },
  {
    shape: 'something accepted by the council, in a note’s few words',
    example: 'Draft newsletter presented to and accepted by the council.',
    // Not what was approved by the body before and is only being told ("The plan approved by the Council is now …"), nor
    // what is yet to be ("The Panel considered the statement to be approved by full Council").
    pattern:
      /^(?![^.;]*\b(?:is|are|was|were|has|have|had|will|would|being|considered|to be)\b)[A-Z][^.;]{3,120}?\b(?:accepted|approved|adopted|agreed|endorsed|ratified) by (?:the )?(?:full )?(?:[Pp]arish |[Tt]own |[Cc]ommunity )?(?:[Cc]ouncil|[Cc]ommittee|[Mm]eeting|[Mm]embers|[Cc]ouncillors|[Bb]oard)\b(?! (?:on|in|at) )/,
    kind: 'resolution',
  },
  {
    shape: 'a body that withholds its comments on an application',
    example: 'The Planning Committee withhold comments on this application as the applicant is a councillor.',
    pattern: new RegExp(
      `^${BODY}\\s+(?:(?:has|have) )?(?:withh[oe]ld|withholds|reserve[sd]?) (?:its |their )?(?:comments?|observations?|response)\\b`,
    ),
    kind: 'resolution',
  },
  {
    shape: 'it was agreed that something will not be done, or agreed not to do it',
    example: 'It was agreed that, until it is safe, the Council will not ask the litter picker to return.',
    pattern: new RegExp(
      String.raw`^(?:(?:After|Following) [^,.]{2,40}?,?\s+|However,\s+)?(?:[Ii]t was (?:also |unanimously |further )?(?:agreed|resolved|decided)|(?:${BODY}|Members|Councillors)(?: (?:were|was) [^.;]{3,100}? and(?: thus| therefore| so)?)? (?:also |unanimously )?(?:agreed|resolved|decided))(?:,? that\b[^.;]*\b(?:(?:will|would|should|shall|did|do|does|could) not|cannot)\b| not to (?:[a-z]{3,}|Object|Support|Oppose))`,
    ),
    kind: 'resolution',
    beforeNotOutcomes: true,
  },
  {
    shape: 'someone suggested, and the body accepted, that …',
    example:
      'The Chairman suggested, and the Committee accepted, that the exempt appendix be published with the minutes.',
    pattern: new RegExp(
      `\\b(?:suggested|proposed|recommended|moved),? and (?:the )?${BODY},? (?:then |unanimously )?(?:accepted|agreed|endorsed|approved),? that\\b`,
    ),
    kind: 'resolution',
    beforeNotOutcomes: true,
  },
  {
    shape: 'the decision of the body, or the unanimous decision, was to do something',
    example:
      'It was proposed by Cllr Dale and seconded by Cllr Fenn and it was the unanimous decision to let the plot.',
    pattern:
      /\b(?:it|this) was the (?:unanimous |majority |council['’]s |committee['’]s )?decision (?:of (?:the )?[\w ]{2,40}? )?to (?!be\b)[a-z]+/i,
    kind: 'resolution',
    beforeNotOutcomes: true,
  },
  {
    shape: 'work that will be done by someone named, on a day or by a date',
    example: 'The benches need oiling and this will be done by the caretaker on 3rd May.',
    pattern:
      /\b(?:will|is to) be (?:done|carried out|completed|cleaned|cleared|fixed|repaired|installed|painted|cut|undertaken) by (?:the |our )?(?:[Cc]lerk|[Cc]aretaker|[Hh]andyman|[Ll]engthsman|[Cc]ontractor|[Gg]roundsman|(?:Cllr\.?|Councill?or|Mr|Mrs|Ms) [A-Z]\w+)\b[^.;]{0,40}?\b(?:on|by|before|in) (?:the )?(?:\d{1,2}(?:st|nd|rd|th)?\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|next|the end)\b)/,
    kind: 'action',
    beforeNotOutcomes: true,
  },
  {
    shape: 'something that would be chased or followed up by someone named',
    example: 'The new bin was still not in place, so would be chased up once more by the Clerk.',
    pattern:
      /\bwould be (?:chased(?: up)?|followed up|pursued|taken up|looked into|investigated|raised) (?:again |once more |further )?(?:with [^.;]{2,60} )?by (?:the )?(?:Clerk|Chair\w*|Council|Cllr\.? [A-Z]\w+|Councill?or [A-Z]\w+)\b/,
    kind: 'action',
    beforeNotOutcomes: true,
  },
  {
    shape: 'a question put to the meeting, then agreed in the same sentence',
    example: 'Ann asked whether the club could be sent a card of thanks and it was agreed this was a good idea.',
    pattern:
      /\basked (?:if|whether)\b[^.;?]{5,200}?\band (?:it|this) was (?:(?:also|unanimously) )?agreed\b|\basked (?:if|whether)\b[^.;?]{5,200}?\band (?:all|members|councillors|the (?:council|committee|meeting)) (?:agreed|supported)\b/i,
    kind: 'follow-up',
    beforeNotOutcomes: true,
  },
  {
    shape: 'asked whether something could be received or provided: a request, though worded as a question',
    example: 'He also asked if the task group could receive a written statement from the enforcement contractor.',
    pattern:
      /\basked (?:if|whether) (?:the |a |an |members |councillors |they )?[\w ]{0,60}?could (?:receive|have sight of|be (?:provided|sent|given|circulated|shared|updated))\b/i,
    kind: 'information-request',
    beforeNotOutcomes: true,
  },
  {
    shape: 'officers who noted a request for something',
    example: 'Officers noted a request for a breakdown of the costs by ward.',
    // Also one officer by role: "The Head of Housing noted a request for the waiting list figures".
    pattern:
      /^(?:Officers|(?:The |the )?(?:[A-Z][\w-]* ){0,4}(?:Officer|Manager|Director|Head of [A-Z][\w ]{2,40}?|Clerk|Chief Executive)) (?:also )?noted (?:a|the|members['’]) requests? (?:from [^.;]{2,80}? )?for\b/,
    kind: 'information-request',
  },
  {
    shape: 'members who asked to be told something',
    example: 'Members asked to be advised how much the fair had given in past years.',
    // Also to be kept informed, or copied into letters: "The Chair asked to be copied into any reply."
    pattern: new RegExp(
      `^(?:The )?(?:Members|Councill?ors|Cllrs|(?:Vice[- ])?Chair(?:man|person)?|(?:Cllr|Councill?or)\\.? [A-Z][\\w'’-]+|${BODY}) (?:also |then )?(?:asked|requested) to be (?:kept )?(?:advised|informed|updated|told|notified|sent|provided with|given|copied (?:in|into|on))\\b`,
    ),
    kind: 'information-request',
  },
  {
    shape: 'an undertaking at the end of what someone said',
    example: 'The Leader said he did not have the figure to hand and would provide it after the meeting.',
    // Not what a protocol says happens ("… stated that where the parties agreed … the Committee would provide comments").
    // Not a reply given later in the same meeting: "… he will respond to the questions at Agenda Item No 9".
    pattern: new RegExp(
      `^(?![^;]*\\b(?:stated|states|provides|provided|says) that (?:where|if|when|once)\\b)${OPENING_CLAUSE}${NAMED}\\b[^;]{0,200}?\\b(?:said|replied|confirmed|explained|advised|agreed|indicated|stated|added|responded|answered|reported|commented|mentioned|noted|set out)\\b[^;]{0,200}?(?:\\band (?:that )?(?:(?:he|she|they) )?(?:would|will) |\\band (?:undertook|offered|agreed|promised) to |\\b(?:that )?(?:he|she|they|we|officers|the (?:Council|Committee|Clerk|officers?|[A-Z][a-z]+ Council)) (?:would|will) )(?:${UNDERTAKEN}|${PRACTICAL}|(?:respond|reply)(?![^.;]{0,60}\\b(?:at|under) (?:[Aa]genda )?[Ii]tem\\b)|be (?:${UNDERTAKING}))\\b`,
    ),
    kind: 'action',
    beforeNotOutcomes: true,
  },
  {
    shape: 'an undertaking after "but", when the answer was not to hand',
    example: 'The officer did not have the figures to hand but would confirm them to members after the meeting.',
    pattern: new RegExp(
      `^${OPENING_CLAUSE}${NAMED}\\b[^;]{0,200}?\\bbut (?:(?:he|she|they) )?(?:would|will) (?:${UNDERTAKEN}|confirm|let (?:members|councillors|the (?:committee|council)) know)\\b`,
    ),
    kind: 'action',
    beforeNotOutcomes: true,
  },
  {
    shape: 'someone who agreed that a note or report would be shared with the members',
    example:
      'The Director agreed that a briefing note on the timetable would be shared with the Board before its next meeting.',
    pattern:
      /\bagreed (?:that )?(?:an?|the) (?:[\w'’-]+ ){0,3}(?:note|report|briefing|update|timeline|timetable|summary|breakdown|paper|plan)\b[^.;]{0,100}? (?:will|would) be (?:shared|circulated|provided|sent|forwarded|emailed) (?:with|to) (?:all )?(?:the )?(?:[Cc]ommittee|[Mm]embers|[Cc]ouncill?ors|[Bb]oard|[Pp]anel)\b/,
    kind: 'action',
  },
  {
    shape: 'something someone said would be circulated or provided',
    example: 'The Chair said a reply was expected by the end of the month and that it would be circulated to members.',
    // Also "… and confirmed that a written response would be supplied and appended to the minutes", and "… confirmed that
    // copies of the slides could be circulated to Members".
    pattern: new RegExp(
      `^${OPENING_CLAUSE}${NAMED}\\b[^;]{0,200}?\\b(?:said|replied|confirmed|advised|agreed|undertook|stated|added|reported|explained|indicated|answered|responded|(?:answer|response|reply) was)\\b[^;]{0,200}?\\b(?:that |(?<=\\b(?:confirmed|said|advised|stated|added|indicated) )(?=(?:it|this|they) would\\b))(?:it|this|they|these|(?:the|a|an) [\\w' -]{2,40}?|copies of [\\w' -]{2,80}?|(?:further |more |additional )?(?:information|details|figures)\\b[\\w' -]{0,40}?) (?:would|(?<=\\bconfirmed that [^;]{2,120}?)could) be (?:circulated|provided|supplied|sent|shared|forwarded|made available|emailed|reported back|presented to|brought to|submitted to|sought|obtained|followed up|looked into|investigated|pursued|taken forward|raised (?:again )?with)\\b`,
    ),
    kind: 'action',
    beforeNotOutcomes: true,
  },
  {
    shape: 'members who will be kept informed, an undertaking with no one named',
    example: 'Members will be kept up to date by briefing notes from the Cabinet Member.',
    pattern:
      /^(?:All )?(?:[Mm]embers|[Cc]ouncill?ors|[Tt]he (?:Committee|Panel|Board|Council))(?: of the [A-Z][^.;]{2,40}?)? (?:will|would) (?:continue to )?be (?:kept (?:informed|updated|up to date|up-to-date|abreast)|updated|briefed)\b/,
    kind: 'action',
  },
  {
    shape: 'what members were told would be circulated or reported back to them',
    example: 'Members were advised that any changes to the terms of reference would be reported back in due course.',
    // Also "It was noted that the issues raised would be forwarded to those Portfolio Holders who were not present", "The
    // Chair informed the members that the responses would be circulated to them after the meeting", "It was noted that a
    // report would be brought to the Board on …", "The Chair reassured Mrs Ash that an update would be provided to Committee
    // Members before the next meeting". A promise made to the
    // meeting, read before "what the meeting was told".
    pattern:
      /^(?:It was noted|(?:The )?[A-Z][^.;]{0,80}? (?:informed|advised|told|(?:re)?assured) (?:the )?(?:members|Members|councillors|Councillors|Committee|committee|Board|board|Panel|panel|(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councill?or) [A-Z][\w'’-]+)|(?:Members|Councillors|The (?:Committee|Board|Panel)) (?:was|were) (?:advised|informed|told|(?:re)?assured)) that\b[^.;]{3,200}? (?:would|will) be (?:(?:circulated|sent|forwarded|emailed|provided|shared) to (?:them|members|all members|councillors|the (?:committee|board|panel|members)|(?:Committee|Board|Panel) Members|those)\b|reported back\b|circulated\b|(?<=\b(?:a|an) (?:(?:further|full|detailed|written) )?(?:report|update|paper) (?:would|will) be )brought (?:back )?to (?:the|a) (?:Board|Committee|Panel|Council|board|committee|panel|council|next|future)\b)/,
    kind: 'information-request',
    beforeNotOutcomes: true,
  },
  {
    shape: 'something that would be circulated to the members',
    example: 'The dates of next year’s meetings would be circulated to councillors.',
    // Not what will follow once something else is done: "Once the group is satisfied, the link will be sent to councillors".
    pattern:
      /^(?!(?:It|This|That|There|Once|If|When|Until|After|Before|As soon as)\b)[A-Z][^.;]{3,120}? (?:would|will) (?:also |then |now )?be (?:circulated|sent|forwarded|emailed|distributed) to (?:all )?(?:the )?(?:[Mm]embers|[Cc]ouncill?ors|[Cc]ounsell?ors|[Cc]ommittee|[Cc]ouncil|[Bb]oard)\b/,
    kind: 'action',
  },
  {
    shape: 'someone who agreed that what was raised would be reported back',
    example: 'Ann Ash agreed the residents’ concerns would be passed back to the developer.',
    pattern: new RegExp(
      String.raw`^(${NAMED}) agreed (?:that )?(?:these|the|this|those|their|its|all) [^.;]{2,80}? would be (?:reported|passed|fed|taken) back to\b`,
    ),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'something requested, in the passive, for future reports or meetings',
    example: 'A section on the river’s wildlife was requested for future reports.',
    pattern:
      /^(?!(?:It|This|That|There)\b)[A-Z][^.;]{3,120}? (?:was|were) (?:also )?requested (?:for|in|at) (?:all )?(?:future|the next|subsequent|later|each) (?:reports?|meetings?|updates?)\b/,
    kind: 'information-request',
  },
  {
    shape: 'information requested, in the passive, after a question',
    example: 'He asked whether the losses had been written off, and further information was requested.',
    // Also "Feedback was requested from the Press Office on …".
    pattern:
      /\b(?:further |more |additional |detailed |written )?(?:information|details|figures|feedback|(?:a|an) (?:further |written |full )?(?:briefing|breakdown|report|note|written answer|update|progress report|explanation)) (?:was|were) (?:then |also )?(?:requested|asked for|asked in respect of|sought)\b/i,
    kind: 'information-request',
    beforeNotOutcomes: true,
  },
  {
    shape: 'something that will be reported or fed back to the members',
    example: 'The review had begun and its outcome will be fed back to this committee.',
    pattern:
      /^(?![^.;]*\b(?:enquired|asked|queried)(?: as to)? (?:whether|if)\b)[^]*?\b(?:will|would|is to|are to|was to|were to) be (?:reported|fed|brought) back to (?:members|councillors|the (?:committee|panel|board|sub-committee|council)|this (?:committee|panel|board|sub-committee))\b/i,
    kind: 'information-request',
    beforeNotOutcomes: true,
  },
  {
    shape: 'a letter, invitation or details that would be sent, an undertaking with no one named',
    example: 'Members were told the survey was open and the link would be circulated to them to share.',
    // Also "a letter would soon go out to every household".
    pattern:
      /(?:^|\b(?:and|that) )(?:An?|The|an?|the) (?:invitation|letter|reply|response|written (?:reply|response|answer)|copy|briefing(?: note)?|note|e-?mail|link)\b[\w ,'’-]{0,60}? (?:would|will) (?:(?:soon |shortly )?go out\b|be (?:sent|circulated|provided|forwarded|issued|shared|emailed|written)\b)|^(?:[Tt]hese|[Tt]his|[Tt]he|[Dd]etails|[Cc]opies|[Ff]urther (?:information|details))\b[\w ,'’-]{0,60}? (?:would|will) be (?:emailed|circulated|forwarded|sent) to\b/,
    kind: 'action',
    beforeNotOutcomes: true,
  },
  {
    shape: 'members told that something would be shared or brought back: an undertaking',
    example: 'Members were advised that this information would be shared in due course.',
    // Also with no one named as told ("It was stated that further briefings would be arranged for members").
    pattern:
      /^(?:(?:Members|Councillors|The (?:Committee|Board|Panel|Sub-Committee)) (?:was|were) (?:advised|told|informed|assured)|It was (?:stated|confirmed|explained|advised|detailed|reported)) that (?:this|the|it|an?|further)\b[\w' -]{0,60}? would be (?:shared|circulated|provided|sent|made available|reported|brought|presented|forwarded|arranged)\b/,
    kind: 'information-request',
    beforeNotOutcomes: true,
  },
  {
    shape: 'the chair confirming that questions would be passed on to officers: an undertaking',
    example:
      'The Chair responded to confirm that questions about the project would be passed on to officers and answered.',
    pattern:
      /^(?:The )?(?:Chair(?:man|person)?|Vice[- ]Chair(?:man|person)?|Leader|Clerk|Cabinet Member|Portfolio Holder)\b[^.;]{0,60}?\bconfirm(?:ed)? that [^.;]{3,120}? (?:would|will) be (?:passed (?:on )?to|forwarded to|sent to|referred to|shared with|circulated to|raised with)\b/,
    kind: 'action',
    beforeNotOutcomes: true,
  },
  {
    shape: 'the chair agreeing that points made would be taken up',
    example: 'The Chair noted the comments and agreed they would be picked up.',
    pattern:
      /^(?:The )?(?:Chair(?:man|person)?|Vice[- ]Chair(?:man|person)?|Leader|Clerk)\b[^.;]{0,80}?\bagreed (?:that )?(?:they|it|this|these|the (?:points?|comments?|issues?|matters?|suggestions?))\b[^.;]{0,40}? (?:would|will) be (?:picked up|taken (?:up|forward|away)|followed up|looked (?:at|into)|considered|added|included|raised|passed on)\b/,
    kind: 'follow-up',
  },
  {
    shape: 'an update or report that would come to a future meeting',
    example: 'The Chair said that an update on this matter would be made to a future meeting.',
    // Or to a body's next meeting named: "… a report would be presented at the next Audit and Governance Committee". Not a
    // question ("It was asked whether a report would be presented at a future meeting").
    pattern:
      /(?<!\b(?:whether|if)\b[^.;]{0,200})\b(?:an? (?:further |full |written )?(?:update|report|briefing))\b[^.;]{0,100}? (?:would|will) be (?:made|brought|presented|provided|submitted|given|taken|written|prepared|produced) (?:to|for|at) (?:a |the )?(?:future|subsequent|later|next|following) (?:meeting\b|(?:[A-Z][\w&-]* (?:and )?){0,4}(?:Committee|Board|Panel|Cabinet|Forum|Group)\b)/,
    kind: 'information-request',
    beforeNotOutcomes: true,
  },
  {
    shape: 'an update there would be at a future meeting',
    example: 'It was confirmed that there would be a Highways update at the next meeting.',
    pattern:
      /(?<!\b(?:whether|if)\b[^.;]{0,200})\bthere (?:would|will) be an? (?:further |full |written )?(?:[A-Za-z][\w&-]* ){0,3}(?:update|report|briefing|presentation) (?:at|to|for) (?:a |the )?(?:future|subsequent|later|next|following) meeting\b/,
    kind: 'information-request',
    beforeNotOutcomes: true,
  },
  {
    shape: 'members noting or agreeing the report, after the discussion',
    example: 'Following a full debate, Members noted the report.',
    // Or another body's ("Members noted Cabinet’s response to the petition.").
    pattern:
      /^(?:(?:Following|After) (?:a )?(?:full |further |brief )?(?:discussion|debate|consideration)[^,.]{0,40},?\s+|[^.;]{3,120}?\s[–—-]\s+)?(?:Members|Councillors) (?:(?:received|considered|discussed) and )?(?:noted|agreed|approved|endorsed|accepted) (?:the|this|[A-Z][\w-]*['’]s|an?(?= (?:[\w-]+ ){0,3}(?:report|update|letter|statement|briefing|presentation)\b)) (?!(?:views?|concerns?|comments?|points?|importance|need|fact|difficult\w*|issues?)\b)[A-Za-z]/,
    kind: 'resolution',
  },
  {
    shape: 'something to be followed up by someone named',
    example: 'The delay to the pilot was raised and this was to be followed up by the Scrutiny Officer.',
    pattern:
      /\b(?:(?:was|is|were|are) to|will|would) be (?:followed up|looked into|investigated|taken forward|taken up|pursued|chased|progressed|sourced|drafted|prepared|organised|arranged|sent|circulated|contacted) by (?:the )?[A-Z]/,
    kind: 'action',
    beforeNotOutcomes: true,
  },
  {
    shape: 'a body that asked someone to do something, or asked for something',
    example: 'The Committee also asked the Head of Planning to circulate the update report before each meeting.',
    // Also after what the body remarked on: "The Board highlighted that air quality would be key and requested modelling data
    // be provided"; and "The Panel tasked the Officer to draft the report". Not a question put ("The Panel asked for
    // clarification of what the figures meant").
    pattern: new RegExp(
      `^(?:[^.,;]{3,80},\\s+(?:and\\s+)?)?${BODY}\\s+(?:(?:highlighted|commented|discussed|considered|acknowledged|emphasised|emphasized|stressed|expressed|raised)\\b[^.;]{3,200}?\\s+and\\s+)?(?:also |further |then |unanimously )?(?:asked|requested|instructed|tasked|invited|encouraged|urged)\\s+(?!whether\\b|if\\b(?! there could be\\b)|how\\b|what\\b|why\\b|when\\b|who\\b|about\\b|(?:a number of |several |various |some |further )?questions?\\b|the following\\b|for (?:further )?(?:clarification|clarity|an explanation)\\b)`,
    ),
    kind: 'request',
  },
  {
    shape: 'the chair who encouraged or urged the members to do something',
    example: 'The Chair encouraged the Committee to review these changes and feed back any comments to officers.',
    pattern:
      /^(?:The )?(?:Chair(?:man|person|woman)?|Vice[- ]Chair(?:man|person|woman)?) (?:also )?(?:encouraged|urged) (?:all )?(?:the )?(?:Committee|Board|Panel|Members|members|Councillors|councillors)(?: members)? to [a-z]/,
    kind: 'request',
  },
  {
    shape: 'members who asked officers to do something, or asked for something to be done',
    example: 'Members asked officers to continue working on a second round of drop-in sessions.',
    // Also with its "that" left out: "Members requested the letter be circulated to them by email.".
    pattern:
      /^(?:[^.,;]{3,80},\s+)?(?:The )?(?:Members|Councillors)(?: present)? (?:also |further )?(?:asked|requested) (?:that\b|(?:the|a|an) (?![^.;]*\b(?:whether|if|why|how|what|when)\b)[^.;]{2,80}?(?<!\b(?:would|will|could|should|might|can|to|not|may|must)) be (?:circulated|sent|provided|forwarded|shared|emailed|made available|included|added|reviewed|updated|brought|reported)\b|(?:the )?[Oo]fficers? to\b|for (?:a|an|further|more|additional|extra) (?!clarification|explanation)[a-z]+|for [^.;]{3,120}? to be (?:forwarded|circulated|sent|provided|passed on|shared|raised|reported|looked at)\b|to be (?:kept|provided|sent|given|updated)\b)/,
    kind: 'request',
  },
  {
    shape: 'members, or the body, who suggested that something be done',
    example: 'Members suggested that the training section be approached about opening its courses to Members.',
    // Also the body: "The Panel suggested that the school be written to", "the Group suggested the forum carry
    // out research". Not what they suggested was so: "Members suggested that the figures were out of date", nor what needs
    // doing by others: "Members suggested that the funding councils receive needs to be reviewed by the Government".
    pattern: new RegExp(
      String.raw`^(?:[^.,;]{3,120},\s+)?(?:(?:The )?(?:Members|Councillors)(?: present)?|${BODY}) (?:also |further )?suggested (?:that [^.;]{3,150}?\b(?<!\b(?:needs?|ought|has|have|had) to )(?:should )?be (?:[a-z]+ed|[a-z]+en|made|sent|held|given|set up|drawn up)\b|(?:that )?(?:the|a|an) [^.;]{2,60}? (?:should )?(?:carry ?out|undertake|consider|explore|investigate|review|contact|write to|seek|look into|research)\b)`,
    ),
    kind: 'request',
  },
  {
    shape: 'members who said they were in agreement with a proposal',
    example: 'Following the Chair’s summary, members indicated that they were in agreement with the proposed changes.',
    pattern:
      /\b(?:[Mm]embers|[Cc]ouncill?ors|the (?:Committee|Panel|Board|Council)) (?:all )?(?:indicated|confirmed|stated|said) (?:that )?(?:they|it) (?:were|was) (?:all )?in (?:full )?agreement with (?:the|this|these)\b/,
    kind: 'resolution',
  },
  {
    shape: 'someone named with their role in brackets, to do something',
    example: 'Ann Lee (Lead Scrutiny Adviser) to circulate the notes of the visit to the Commission.',
    pattern: /^((?:[A-Z][a-z]+ ){1,2}[A-Z][\w'’-]+) \([A-Z][^()]{2,60}\) to (?!be\b)[a-z]+/,
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'someone to be asked, contacted or invited',
    example: 'Cllr Dale to be asked if she would like to join the working group.',
    // Also "needs to be" or "was to be": "Cllr Hale needs to be advised of the council’s decision.", "NCC needs to be contacted".
    pattern: new RegExp(
      `^${PEOPLE} (?:(?:needs?|is|are|was|were) )?to be (?:asked|contacted|invited|approached|written to|reminded|consulted|advised|informed|notified|told)\\b`,
    ),
    kind: 'action',
  },
  {
    shape: 'a body’s minutes written as “we”: what we asked someone to do',
    example: 'We have asked officers to look into the costs and report back.',
    // Someone asked, not something ("We have also requested funds to support the web-site").
    pattern:
      /^(?:[^.;]{0,120}?,\s+)?[Ww]e (?:have |had )?(?:also |further |then )?(?:asked|requested|instructed) (?:the |our )?(?:officers?|members|councillors|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}) to [a-z]/,
    kind: 'request',
  },
  {
    shape: 'a body’s minutes written as “we”: what we will do next',
    example: 'We will invite the new ward councillor to our next meeting.',
    // Also after a clause ("Despite the good turnout, we will consider whether …"), or what it keeps on its agenda; not
    // what "we will" see, need or get.
    pattern:
      /^(?:[^.;]{0,120}?(?:,|\s[–—-])\s+)?[Ww]e will (?:also |now |then )?(?:reach out|consider|explore|divide|write|contact|invite|ask|arrange|seek|look into|follow up|organise|set up|share|publish|review|donate|prepare|produce|move to|switch to|change to|keep (?:this|it|the)\b[^.;]{0,40}\bon the agenda)\b/,
    kind: 'follow-up',
  },
  {
    shape: 'a body’s minutes written as “we”: what we noted, agreed, appointed or authorised',
    example: 'We have noted the manager’s report and agreed the timetable for the review.',
    pattern:
      /^(?:[^.;]{0,120}?,\s+)?[Ww]e (?:have |had )?(?:also |further |then |unanimously |formally )?(?:noted|agreed|approved|appointed|re-?appointed|authori[sz]ed|resolved|decided|endorsed|adopted|elected|delegated|accepted|confirmed|supported|recommended|nominated|ratified)\b/,
    kind: 'resolution',
  },
  {
    shape: 'a body of any name that resolved to do something, or not to',
    example: 'The States of Elmholm resolved not to renew the harbour lease.',
    // Also "The Parish Meeting resolved to …", "The Commissioners resolved that …"; not a person's resolve ("Mr Ash resolved
    // to …", "She resolved to …").
    pattern:
      /^(?!(?:Cllrs?|Councill?ors?|Mr|Mrs|Ms|Miss|Dr|He|She|They|It|I|We)\b)(?:The )?[A-Z][\w&'’-]*(?: (?:of (?:the )?)?[A-Z][\w&'’-]*){0,5} (?:unanimously |then |also |therefore )?resolved (?:to|not to|that)\b/,
    kind: 'resolution',
  },
  {
    shape: 'a report given, which the members noted',
    example: 'The tree warden gave her report, which was noted by members with thanks.',
    pattern:
      /\b(?:report|update|accounts|statement)\b[^.;]{0,80}?,? which (?:was|were) (?:duly |then )?(?:noted|accepted|approved) by (?:the )?(?:[Mm]embers|[Cc]ouncill?ors|[Cc]ommittee|[Cc]ouncil|[Bb]oard|[Mm]eeting|[Tt]rustees)\b(?! (?:at|on|in) )/,
    kind: 'resolution',
  },
  {
    shape: 'permission given or granted, in the passive',
    example: 'Permission was given for a headstone of grey granite on plot 42.',
    pattern: /^(?:[A-Z][^.;:]{2,60}:\s+)?Permission (?:was|has been) (?:duly )?(?:given|granted) (?:for|to)\b/,
    kind: 'resolution',
  },
  {
    shape: 'members who all expressed their support for a proposal',
    example: 'All members present expressed their support for the proposal.',
    pattern:
      /^(?:All (?:the )?)?(?:[Mm]embers|[Cc]ouncill?ors|[Tt]rustees)(?: present)? (?:all )?(?:expressed|gave|voiced|confirmed) (?:their )?(?:full |unanimous |strong )?support (?:for|to) (?:the|this) (?:proposal|application|request|idea|scheme|plan|project)\b/,
    kind: 'resolution',
  },
  {
    shape: 'everyone present asked to do something: a request',
    example: 'The harbour master asked all attendees to remind their crews to report any incidents.',
    // Also in the passive: "All members were urged to look out for new players".
    pattern:
      /\basked (?:all|everyone|everybody) (?:(?:the )?(?:attendees|members|[Cc]ouncillors|[Cc]llrs|those present|users|present))?\s*to (?!(?:be|attend)\b)[a-z]{3,}|^All (?:members|[Cc]ouncillors|those present) were (?:urged|encouraged|asked) to (?!(?:attend|note|consider|agree|approve)\b)[a-z]{2,}/,
    kind: 'request',
  },
  {
    shape: 'officers who agreed to stay in post',
    example: 'As no one else came forward, the present officers agreed to stay in post until the spring.',
    pattern: /\b(?:agreed|are|were|was|is) to (?:stay|remain|continue) in (?:post|office)\b/,
    kind: 'resolution',
  },
  {
    shape: 'something left to someone to do',
    example: 'After some discussion it was left to the Clerk to book the hall for the fete.',
    // Also "… so it was left for the Clerk to settle the dates with the school". Not a choice left to them: "… left to the
    // Chair to decide".
    pattern: new RegExp(`\\bit was left (?:to|for|with) (${PEOPLE}) to (?!decide\\b|judge\\b|determine\\b)[a-z]{3,}`),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'someone who will endeavour to do something',
    example: 'Signage: Kim will endeavour to get answers on these points for the next meeting.',
    pattern:
      /\b((?:(?:Cllr\.?|Councill?or|Mr|Mrs|Ms|Dr) )?[A-Z][\w'’-]+|[Tt]he (?:[Cc]lerk|[Ss]ecretary|[Cc]hair(?:man)?)) will (?:endeavour|try|attempt) to [a-z]{3,}/,
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'someone elected because no one else stood, at the sentence’s end',
    example: 'There were no other candidates and no objections so Ann Ash was elected.',
    pattern:
      /\b(?:so|and so|therefore|accordingly),? (?:(?:Cllr\.?|Councill?or|Mr|Mrs|Ms|Dr) )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} was (?:duly )?(?:elected|re-elected|appointed|co-opted)\b/,
    kind: 'resolution',
  },
  {
    shape: 'who proposed and seconded the item’s business, and that it was carried, on a line of its own',
    example: 'PROPOSED : Cllr Ash SECONDED : Cllr Birch CARRIED.',
    pattern:
      /^:?\s*PROPOSED\s*:\s*[^.;:]{2,60}?\s+SECONDED\s*:\s*[^.;:]{2,60}?\s+(?:CARRIED|AGREED)(?: UNANIMOUSLY)?\.?$/,
    kind: 'resolution',
    beforeNotOutcomes: true,
  },
  {
    shape: 'it was approved by the body, in the passive',
    example: 'It was duly approved by the Committee and signed by the Chair.',
    pattern:
      /^It was (?:duly |unanimously |formally )?(?:approved|agreed|accepted|adopted|ratified) by (?:the )?(?:[A-Z][\w'’-]* )?(?:Committee|Council|Board|Trustees|meeting|[Mm]embers|all(?: present)?)\b/,
    kind: 'resolution',
  },
  {
    shape: 'two people named, in initials or by name, who proposed and seconded something',
    example: 'AB and CD proposed and seconded the Treasurer’s report.',
    pattern:
      /^(?:[A-Z]{2,3}|(?:Cllr\.? )?[A-Z][a-z]+) (?:and|&) (?:[A-Z]{2,3}|(?:Cllr\.? )?[A-Z][a-z]+) proposed and seconded (?:the|a|an|that)\b/,
    kind: 'resolution',
  },
  {
    shape: 'something discussed and agreed, in the passive, its "and" lost',
    example: 'A draft safeguarding policy was discussed agreed.',
    pattern: /^(?:A|An|The) [^.;]{3,100}? (?:was|were) discussed,? (?:and )?(?:agreed|approved|adopted)\b/,
    kind: 'resolution',
  },
  {
    shape: 'a group set up or formed, in the passive',
    example: 'A working group for the high street was set up and members appointed.',
    pattern:
      /^(?:A|An|The) (?:new )?(?:[\w'’-]+ ){0,3}(?:working group|working party|sub-committee|committee|task group|steering group|panel|group) (?:[^.;]{0,60}? )?(?:was|were|has been) (?:set up|established|formed|created|appointed)\b/,
    kind: 'resolution',
  },
  {
    shape: 'proposed or agreed to put something on the next agenda',
    example: 'PROPOSED to put the bus shelter and the litter pick on the next agenda.',
    pattern:
      /^(?:PROPOSED|Proposed|AGREED|Agreed) to (?:put|place|add|include) [^.;]{2,120}? (?:on|onto|to) (?:the )?(?:next|future|a future|next month['’]s) (?:meeting['’]?s? )?agenda\b/,
    kind: 'work-programme',
  },
  {
    shape: 'a meeting at which it resolved to do something',
    example:
      'The Council held a meeting outdoors on 20th April at which it resolved to delegate decisions to the Clerk.',
    pattern:
      /\b(?:at which|whereupon|where) (?:it|the (?:[A-Z][\w-]* )?(?:Council|Committee|Board)) (?:resolved|decided|agreed) (?:to|that)\b/,
    kind: 'resolution',
  },
  {
    shape: 'a short label and a colon, then "Resolved" or "Agreed" to do something, or not',
    example: 'Youth festival: Resolved not to donate.',
    pattern: /^[A-Z][^.;:]{2,60}:\s+(?:Resolved|Agreed|Decided|RESOLVED|AGREED|DECIDED)\s+(?:not\s+)?(?:to|that)\b/,
    kind: 'resolution',
  },
  {
    shape: 'members who felt one thing but agreed another',
    example: 'Members felt this was a good cause but agreed that the Clerk should ask for its accounts.',
    pattern:
      /^(?:The )?(?:[Mm]embers|[Cc]ouncill?ors|(?:The )?[Cc]ommittee|(?:The )?[Cc]ouncil)\b[^.;]{3,100}\bbut (?:all )?agreed (?:that|to)\b/,
    kind: 'resolution',
  },
  {
    shape: 'a topic, a dash, then "Action" and who, named in full',
    example: 'Web site - Action Tony Ash',
    pattern: /^[A-Z][^.;]{2,60}\s[–—-]\s+Action:?\s+((?:(?:Cllr\.?|Councill?or) )?[A-Z][a-z]+ [A-Z][a-z'’-]+)\.?$/,
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'proposed by a majority, or unanimously: a vote already taken',
    example: 'Memorial plaque – it was proposed by majority that the Full Council consider allowing one on the bench.',
    pattern: /\b(?:it was|was) proposed (?:by (?:a )?majority|unanimously) that\b/i,
    kind: 'resolution',
    beforeNotOutcomes: true,
  },
  {
    shape: 'something the meeting did not think necessary',
    example: 'Signage – it was not considered necessary to add more signs.',
    pattern: /\bit was (?:not )?(?:considered|felt|thought) (?:un)?necessary to [a-z]{3,}/,
    kind: 'resolution',
  },
  {
    shape: 'a task, a dash, then who does it by initial and surname or first name, and by when',
    example: 'Prepare a draft budget for the hall – D Birch by the next meeting.',
    // The task opens with what is to be done ("Circulate …", "Interviews to be held …"); "All" does it too; the owners may
    // say what they will do ("– C Ash/J Birch to draft by the March meeting"); a club names them by first name ("Stock the
    // tea bar - Ben").
    pattern: TASK_THEN_OWNER,
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'a task in the imperative: someone named to ask, contact or chase',
    example: 'Ask the Scout Group if we can borrow their gazebo',
    // Also "Contact Ann Ash to book the hall.", "Chase Highways about the drain"; the one asked is named, in capitals.
    // Not what a page tells its reader: "Contact Ann Ash (01632 960 000).", "Ask the Clerk if you wish to speak.".
    pattern:
      /^(?![^.;:?]*(?:\byou(?:r)?\b|\(\d))(?:Ask|Contact|Chase|E-?mail|Phone|Ring|Write to|Speak to|Remind|Invite) (?!(?:Details|Officers?|Names?|Numbers?|Information|Us|Points?|Centre|Form)\b)(?:the )?[A-Z][\w'’&-]*\b[^.;:?]{3,200}(?:[.!]|\?(?<=\bif\b[^?]*\?))?$/,
    kind: 'action',
  },
  {
    shape: 'a topic, a dash, then what is to be done with it',
    example: 'Maintenance of the drain – to be included in the review of the lease',
    pattern:
      /^[A-Z][^.;–—]{2,80}\s[–—-]\s+to be (?:included|added|considered|reviewed|discussed|placed|put|raised|investigated|checked|obtained|sought|arranged|chased|followed up)\b/,
    kind: 'follow-up',
  },
  {
    shape: 'a proposal carried in the same sentence, with who abstained',
    example: 'Cllr Ash proposed the survey be arranged, one councillor abstained and all others were in favour.',
    pattern:
      /\b(?:proposed|moved)\b[^.;]{3,200}?,? (?:(?:one|two|three|four|\d{1,2}) (?:councillors?|members?|trustees?) abstained,? )?and (?:all (?:the )?others|all|everyone(?: else)?) (?:present )?(?:were |was )?in favour\.?$/,
    kind: 'resolution',
    beforeNotOutcomes: true,
  },
  {
    shape: 'something said or suggested, then agreed by everyone at the sentence’s end',
    example: 'Ann suggested a card of thanks be sent to the volunteers, and the meeting agreed.',
    // Also "…, this was agreed by all.", "…, this was agreed in principle." and "… – all those present agreed."
    pattern:
      /(?:,\s+and (?:the )?(?:meeting|committee|council|members|board|trustees|group)(?: all)? agreed|,\s+(?:this|which) was (?:agreed|accepted) by (?:all|everyone)(?: present)?|,\s+(?:this|which) was (?:agreed|approved|accepted) (?:in princip(?:le|al)|unanimously)|(?<=\basked (?:if|whether)\b[^.;]{3,150}),\s+agreed|\s[-–—]\s+all (?:those )?(?:present|members) agreed)\.?$/i,
    kind: 'resolution',
    beforeNotOutcomes: true,
  },
  {
    shape: 'a paper discussed and resolved on, in a note’s few words with no body named',
    example: 'Quotes for the ditch work tabled, discussed, and resolved unanimously to accept the lowest.',
    pattern:
      /\b(?:discussed|considered|reviewed|debated),? and (?:(?:it was|was) )?(?:unanimously )?resolved (?:unanimously )?(?:to|that)\b/,
    kind: 'resolution',
  },
  {
    shape: 'a planning application’s line ending in the council’s recommendation',
    example: 'HH/1234/16 Mr Ash 1 Park Lane Single storey rear extension Recommendation: Approve',
    // A planning log's row, its columns run together; the next row starts a sentence of its own (segments.ts).
    pattern:
      /\b(?:[A-Z]{1,4}\/)?\d{2,7}\/\d{2,7}(?:\/[A-Z]{2,5})?\b[^;]{5,300}?\bRecommendation\s*:\s*(?:Approve|Approval|Refuse|Refusal|Permit|Grant|No objections?|Support|Object)\b/,
    kind: 'resolution',
  },
  {
    shape: 'a body that notes, agrees, approves or endorses',
    example: 'The Scrutiny Panel noted the progress made against the action plan.',
    // Also "After discussing the report the members of the HR Committee agreed to approve …", with no comma; "The
    // Councillors also further approved …"; "Members NOTED the recruitment …" in capitals; a hearing's decision after a long
    // opening ("After careful consideration of the written evidence and the representations made, the Sub-Committee
    // upheld …"); "The Committee appointed
    // Councillors Ash and Birch as deputy chairs", "The Joint Committee then passed a motion thanking …"; after a reason
    // with no comma ("As Councillor Ash was unable to attend the meeting the Committee agreed that …"); after a long "In
    // response to …," ("In response to increasing demand to use the Commons for organised activities, the Board approved …"),
    // or "With reference to …," ("With reference to the concerns raised at the last meeting about the depot, the Board NOTED …");
    // "The Council acknowledged the payments listed", as a body notes them (not its thanks: "The Board acknowledged the
    // considerable work that had gone into the report"); a decision page's present tense ("Following
    // scrutiny, members note and endorse the overview …"); a planning response ("Members had no objections provided …");
    // a decision said again ("The Council repeated its decision not to widen the access"); what it had before it ("Council had
    // before it and NOTED the account summary"); "Council RECEIVED a Dual Assurance update", in capitals as NOTED is; "Councillors all agreed …"; after
    // a reason with no comma ("On this basis the Council objects to …", "In line with its policy all councillors agreed …");
    // what members noted they had received ("Members noted receipt of a road closure notice"); the body with who sat in
    // brackets ("Schools Forum (maintained school members) agreed …"); after "and" and an aside
    // between commas ("The hall group will not run it and, with no one else to, the Council agreed that …"); what it did
    // to a paper, listed ("The Council received, considered, and agreed the plan"); "That the Members agreed that …", a
    // resolution's "That" before the body.
    pattern: new RegExp(
      `^(?:[^.;]{0,20}?\\b(?:[A-Z]{1,3}\\/?\\d{2,6}\\/\\d{2,6}|\\d{2,4}\\/\\d{2,7}\\/[A-Z]{2,5})\\b[^.;]{5,300}?\\s(?=(?:Members|Councillors|The Council|Council) )|.{0,200}?\\s[–—]\\s|.{0,200}?\\s-\\s+(?=The (?:Parish |Town |Community )?Council (?:had|has) no\\b)|.{0,200}?\\s(?:following which|after which|whereupon)\\s+(?=[Tt]he [A-Z]|[A-Z])|.{0,200}?\\sto which\\s+(?=[^.;]{0,60}\\b(?:agreed|resolved|decided)\\s+(?:that|to)\\b)|.{0,250}?\\s(?:and|but|so)(?:,\\s+[^.;,]{3,120},)?\\s+(?=(?:the |all )?(?:[Mm]embers|[Cc]ouncill?ors|(?:Parish |Town |Community )?Council)\\s+(?:agreed|approved|resolved|decided|had no objections?|offers? no objections?)\\b)|.{0,200}?[a-z]-\\s+(?=[A-Z])|(?:[^.,;]{3,80},\\s+){1,2}|(?:After|Following|Upon) (?![^.;]{0,200}?\\b(?:at (?:the|its|a)|(?:19|20)\\d{2})\\b)[^.;]{3,200}?,\\s+(?=(?:[Tt]he )?(?:[Mm]embers|[Cc]ouncillors) )|(?:After|Following) (?:a |some )?(?:further |full |brief |short |lengthy |much )?(?:discussion|debate|consideration)s?\\s+(?=(?:[Tt]he )?(?:(?:Parish|Town|Community|Full) )?(?:Council|Committee|Board|Panel|Members|Councillors|members|councillors)\\s)|(?:In (?:response|reply|answer) to|With (?:reference|regard|respect) to|Further to|In relation to) [^.;]{3,140}?,\\s+|(?:As a (?:consequence|result)|Consequently|Therefore|Subsequently|In principle|In addition(?: to (?:this|that|these|the above))?|Additionally|Furthermore),?\\s+(?=the |[A-Z])|(?:After|Following|Having|Upon) [^.,;]{3,160},\\s+(?=the (?:[A-Z][\\w&-]* ){0,4}(?:Committee|Sub-Committee|Panel|Board)\\s+(?:upheld|refused|granted|revoked|dismissed|determined|decided|resolved|agreed)\\b)|(?:After|Following|Having|Upon) [^.,;]{3,80}?\\s(?=[Tt]he (?:members|councillors)\\b)|As [^.,;]{3,120}?\\s(?=the (?:[A-Z][\\w&-]* ){0,4}(?:Committee|Council|Board|Panel|Cabinet|Sub-Committee|Commission)\\s+agreed\\b)|Having [^.,;]{3,80}?\\s(?=[Tt]he (?:[A-Z][\\w&-]* ){0,4}(?:Committee|Council|Board|Panel|Cabinet|Sub-Committee|Commission)\\b)|(?:On (?:this|that) basis|In (?:line|keeping) with [^.,;]{3,60}?|In view of [^.,;]{3,60}?|For (?:this|that|these) reasons?|With this in mind)\\s+(?=(?:[Tt]he |[Aa]ll )?(?:(?:Parish |Town |Community )?Council|Committee|[Mm]embers|[Cc]ouncill?ors)\\b)|(?:Recommendation|Decision|Resolution|Outcome|Response|Observations?|Comments?):\\s+|That\\s+(?=(?:the |all )?(?:Members|members|Councill?ors|councill?ors|(?:[A-Z][\\w-]* ){0,3}(?:Committee|Council|Board|Panel|Cabinet))\\s+(?:agreed|resolved|decided|noted|approved|endorsed|supported)\\b))?(?:${BODY}(?:\\s+\\([^()]{2,60}\\))?\\s+(?:has |have )?(?:now )?(?:also |further |then |therefore |thus |accordingly |unanimously |formally |fully |warmly |broadly |strongly |again )?(?:(?:(?:received|considered|reviewed|discussed|welcomed)(?: (?:this|it|the)(?: [^.;,]{2,60}?)?)?|had before it|(?:received|considered|reviewed|discussed)(?:, (?:received|considered|reviewed|discussed))+,?) and (?:unanimously )?)?(?:completed\\b|noted (?!that\\b|and discussed\\b|[^.;]{0,40}\\bviews?\\b|paragraphs? \\d)|NOTED\\b|RECEIVED\\b(?= (?:a|an|the)\\b)|AGREED\\b|APPROVED\\b|ENDORSED\\b|Approved\\b|Resolved\\b|RESOLVED\\b|notes (?!that\\b)|agreed\\b(?! with(?! (?:the (?:opinions?|recommendations?|officers?['’]? (?:recommendations?|opinions?|views?)|(?:Chair(?:man|person)?|Clerk)['’]s (?:views?|suggestions?|proposals?|recommendations?)|idea|proposal|suggestion|request)|[a-z]{3,}ing)\\b))|agrees\\b(?! with)|approved\\b|approves\\b|endorsed\\b|endorses\\b|resolved\\b|resolves\\b|accepted\\b(?! that\\b)|adopted\\b|established\\b|directed\\b|delegated\\b|authori[sz]ed\\b(?= (?:the |[A-Z]))|ratified\\b|reiterate[sd]\\b|(?:repeated|restated|reaffirmed|re-affirmed) (?:its|their) (?:earlier |previous |original )?(?:decision|position|objection|view)\\b|acceded to\\b|opposed (?=(?:the|this) (?:planning )?(?:application|proposals?)\\b)|homologated\\b|HOMOLOGATED\\b|acknowledged\\b(?! (?:that|receipt|the receipt|the (?:importance|value|considerable|significant|hard|great|need|work|efforts?|contributions?|challenges?|concerns?|difficult(?:y|ies))\\b)\\b)|(?:was|were) (?:unanimously )?minded (?:unanimously )?to (?:approve|support|grant|refuse|object|agree)\\b|delegated (?:authority|to)\\b|DELEGATED\\b|supported\\b|supports\\b|decided\\b|confirmed\\b(?! (?:that|this|it|there)\\b)|(?:objected|objects)${NOT_A_GRIEVANCE}\\b|object(?= to (?:this|the) (?:planning )?application\\b)|rai(?:sed|ses) no objections?|offers? no objections?\\b|(?:has |have |had |did )?not raised? any objections?\\b|made no (?:objections?|comments?|observations?)\\b|had no (?:objections?|concerns?) (?:about|to|regarding|with|over|on) (?:the|this) (?:planning )?application\\b|declared (?:a |an )?(?:casual )?vacanc(?:y|ies)\\b|takes no (?:further )?action|(?:co-opted|Co-Opted)\\b|(?:is |are )?pleased to (?:accept|approve|support|agree)\\b|requests\\b|recommends\\b|asks\\b|refers\\b|welcomes\\b(?! (?:Cllr|Councill?or|Mr|Mrs|Ms|Miss|Dr|new|everyone|all)\\b)|determined (?:that|to)\\b|upheld\\b|dismissed the appeal\\b|revoked\\b|(?:appointed|elected|re-elected)\\b(?! (?:in|on|at|by|for|to serve)\\b)|passed (?:a|the) (?:motion|resolution|vote of thanks)\\b)|(?:(?:The |the )?(?:(?:Committee|Panel|Board|Council|Cabinet|Group|Parish|Town|Community|[A-Z]{2,5}) )?(?:Members|Councillors|members|councillors|Cllrs\\.?)(?: of (?:the |this )?${BODY})?(?: present)?|All (?:the )?(?:[Cc]llrs|[Cc]ouncill?ors|[Mm]embers)(?: present)?|It|The meeting|We) (?:have |has |had )?(?:(?:also|further|then|unanimously|all) )*(?:(?:received|considered|reviewed|discussed|went through) (?:[^.;,]{3,80}? )?and )?(?:note(?: and (?:endorse|approve|accept))? (?=the\\b)|endorse (?=the\\b)|(?<=\\b(?:have|has|had) )no (?:objections?|observations?)\\b|[Aa]greed|NOTED|APPROVED|ENDORSED|(?:elected|appointed|co-opted) (?=(?:Cllrs?|Councill?ors?|Mr|Mrs|Ms|Dr)\\b|[A-Z][a-z]+ [A-Z][\\w'’-]+ as\\b)|agree (?=to|that)|noted (?:and commented on )?(?!that\\b)(?=(?:the |an? )?(?:[\\w-]+ ){0,2}(?:report|update|updates|progress|minutes|information|letter|correspondence|accounts|statement|presentation)\\b|receipt of\\b)|(?:was|were) (?:all )?in agreement (?=that|to|with the (?:recommendations?|proposals?)\\b)|[Rr]esolved|[Dd]ecided|objected${NOT_A_GRIEVANCE}|supported|approved|accepted|endorsed|adopted|ratified|delegated authority|confirmed (?=(?:(?:their|its|our|the) (?:[a-z]+ )?)?(?:response|decision|objection|support|comments?|view)\\b))\\b)`,
    ),
    kind: 'resolution',
  },
  {
    shape: 'a decision notice’s long opening on the report, then the body’s decision',
    example:
      'On consideration of the report of the Cabinet Member for Housing, and having taken into account the comments of the scrutiny panel held on 2 May 2019 Cabinet agreed the recommendations in the report.',
    // The opening may hold commas and dates, so it is bounded by the body and its verb, not by punctuation.
    pattern:
      /^(?:On|Upon|After|Following|Having) (?:careful |full |due )?(?:consideration of|considered) (?:the |a |an )?(?:[\w-]+ ){0,3}(?:report|reports|recommendations?|papers?)\b[^.;]{3,300}?\s(?:the )?(?:[A-Z][\w&-]* ){0,4}(?:Committee|Council|Board|Panel|Cabinet|Sub-Committee|Commission|Executive) (?:agreed|approved|resolved|decided|endorsed)\b/,
    kind: 'resolution',
  },
  {
    shape: 'a panel of the opinion that a licence or application should be granted, refused or restored',
    example:
      'Having considered the evidence, the Sub-Committee was of the opinion that the driver’s licence should be reinstated immediately.',
    pattern:
      /^(?:[^.;]{0,160}?,\s+)?(?:the |The )?(?:[A-Z][\w&-]* ){0,4}(?:Sub-Committee|Committee|Panel|Board) (?:was|were) (?:unanimously )?of the (?:opinion|view) that\b[^.;]{3,200}?\bshould (?:be )?(?:granted|refused|revoked|suspended|reinstated|restored|renewed|approved|allowed|upheld|dismissed|varied)\b/,
    kind: 'resolution',
  },
  {
    shape: 'a planning decisions list: the officer’s recommendation, then "agreed"',
    example: 'Recommendation to permit with amended condition 3 (design) and an extra informative agreed',
    // Also the decision said for itself: "Permit with extra conditions 14 (landscaping) and 15 (broadband) agreed".
    pattern:
      /^(?:(?:The )?(?:[Oo]fficers?['’]?s? )?[Rr]ecommendation (?:to|for|of) (?:permit|refuse|grant|approve|defer|delegate)\b|(?:Permit|Refuse|Grant|Approve)\b(?= with\b| subject\b| as\b))[^.;]{0,300}?\bagreed\b/,
    kind: 'resolution',
  },
  {
    shape: 'a body that awarded a grant, the sum named',
    example: 'Ashby Area Board awarded the sum of £545 to Ashby Town Council.',
    pattern:
      /^(?:The )?(?:[A-Z][\w&'’-]* ){0,5}(?:Board|Committee|Council|Panel|Forum|Partnership|Cabinet) (?:awarded|granted|allocated) (?:the sum of |a grant of |funding of |grants? totalling )?£\d/,
    kind: 'resolution',
  },
  {
    shape: 'something proposed, seconded and resolved, in one breath',
    example: 'The bank reconciliations were proposed, seconded and resolved.',
    pattern:
      /^(?:The |All )?[^.;:]{3,80}? (?:was|were) (?:duly )?proposed,? (?:and )?seconded,? and (?:resolved|agreed|approved|accepted|adopted|carried)\b/,
    kind: 'resolution',
  },
  {
    shape: 'a committee’s advice or recommendation to the council, in so many words',
    example: 'The recommendation to Council will be to replace the windows one room at a time.',
    // Also "The advice to Council is that this event goes ahead as planned", and "… and it will be advised to Council that
    // these systems should be upgraded".
    pattern:
      /^(?:The )?(?:recommendation|advice) to (?:the )?(?:Full |Parish |Town )?Council (?:will be|is|was|would be) (?:to [a-z]{3,}|that)\b|\bit (?:will|would) be (?:advised|recommended) to (?:the )?(?:Full |Parish |Town )?Council that\b/,
    kind: 'recommendation',
  },
  {
    shape: 'a dispensation granted, under its label',
    example: 'APPLICATIONS FOR DISPENSATION: granted for all Members of the Committee for item 12.',
    pattern: /^(?:Applications? for )?dispensations?\s*:?\s*(?:was |were |has been |have been )?granted\b/i,
    kind: 'resolution',
  },
  {
    shape: 'an office, its holder, and who proposed and seconded in brackets',
    example: 'Vice Chairman: Mrs B Birch (Prop AA, Sec CC)',
    pattern:
      /^(?:(?:Vice|Deputy)[- ]?)?(?:[Cc]hair(?:man|person|woman)?|Mayor|Treasurer|Secretary|Convener|Clerk)\s*:\s*[^():;]{3,60}\((?:Prop(?:osed)?|P)\.?:?\s*(?:by )?[A-Z][^()]{1,40}?,?\s*(?:Sec(?:onded)?|S|2nd)\.?:?\s*(?:by )?[A-Z][^()]{0,40}\)\.?$/,
    kind: 'resolution',
  },
  {
    shape: 'members in favour of a nomination or proposal',
    example: 'Councillors were unanimously in favour of the proposal.',
    pattern:
      /^(?:(?:The )?(?:Members|Councill?ors)|All (?:those )?(?:present|members|councill?ors))(?: present)? (?:were|was) (?:all |unanimously )?in favour of (?:the|this) (?:nomination|proposal|motion|recommendation|application|request|co-option)\b/,
    kind: 'resolution',
  },
  {
    shape: 'a role filled, told in a note’s few words',
    example: 'Vice-chair appointed; Ann Ash nominated by Bob Birch, seconded by Cy Dale.',
    pattern:
      /^(?:New |A new )?(?:Vice[- ]?)?(?:[Cc]hair(?:man|person|woman)?|[Tt]reasurer|[Ss]ecretary|[Cc]onvener)\s+(?:appointed|elected|re-elected)\b/,
    kind: 'resolution',
    keepsSemicolons: true,
  },
  {
    shape: 'a body named by its initials that approved',
    example: 'JCB noted and approved the report.',
    // "The JSC endorsed the revised terms of reference."; what a body approves, not what someone noted.
    pattern:
      /^(?:The )?[A-Z]{2,6}\s+(?:(?:received|noted|considered|discussed),? and )?(?:approved|endorsed|ratified|adopted)\b/,
    kind: 'resolution',
  },
  {
    shape: 'the decision of a body was to do something',
    example: 'The decision of the Licensing Sub-Committee was to SUSPEND the licence for 14 days.',
    pattern: new RegExp(
      `^(?:The|the) (?:unanimous )?decision of ${BODY} (?:was|is) (?:to|that)\\b|^(?:The|A) (?:unanimous )?decision was (?:made|taken) (?:to|that)\\b`,
    ),
    kind: 'resolution',
  },
  {
    shape: 'a motion carried in the body’s own voice, its keyword lost',
    example: 'That this Council asks the Chief Executive to write to the Secretary of State.',
    // Also a decision record's "That the Council enters an agreement with …", and what it sends on: "That the Executive
    // recommend the plan to Full Council".
    pattern: new RegExp(
      `^That (?:this |the )?${BODY} (?:also )?(?:asks|requests|notes|agrees|approves|calls on|resolves|recognises|sets|supports|welcomes|instructs|endorses|condemns|commits|believes|enters|adopts|accepts|authorises|delegates|grants|allocates|commissions|purchases|acquires|appoints|recommends?(?= [^.;]{3,120}? to (?:(?:Full|the) )?Council\\b))\\b`,
    ),
    kind: 'resolution',
  },
  {
    shape: 'a body or its members who would like to see or receive something: a request',
    example: 'The Panel would like to see the survey results before its next meeting.',
    // Also what members said they would like: "Members suggested that they would like to see a report at the next meeting".
    // And what they would welcome at a later meeting: "Members were pleased with the leaflet and would welcome an update at
    // the next meeting". And what they wished for: "Also, Members wished for an update on the joining of the teams.".
    pattern: new RegExp(
      String.raw`^(?:(?:Also|Further(?:more)?|In addition),? )?(?:${BODY}|Members|Councillors) (?:also )?(?:wished (?:for|to (?:see|receive|have)) (?:an? |further |more )?(?:update|report|briefing|information|details|breakdown)\b|(?:(?:said|suggested|indicated|stated|felt|agreed) (?:that )?(?:it|they) )?(?:[^.;]{3,120}? and )?would (?:also )?(?:like (?:to (?:see|receive|have|be given|be sent|be kept informed)|an? (?:update|report|briefing))|welcome (?:to (?:hear|see|receive)|hearing|seeing|receiving|an? (?:update|report|briefing))(?=[^.;]{0,120}\b(?:next|future|later|further) (?:committee |board |panel )?(?:meeting|report|update))))\b`,
    ),
    kind: 'request',
  },
  {
    shape: 'a body that recommends',
    example: 'The Committee recommended that Cabinet reconsider the charging policy.',
    // Also in capitals ("The Hub Committee RECOMMENDS that …"), said again ("… again recommended the refusal of …"), after
    // how it was reached ("After discussion the Council unanimously recommended refusal"), or as a "Recommendation to Full
    // Council for …".
    pattern: new RegExp(
      `^${OPENING_CLAUSE}(?:${BODY}|Members|Councillors)\\s+(?:also |further |unanimously |again |once again )?(?:recommend(?:s|ed)|RECOMMEND(?:S|ED)|recommend(?= to | that ))\\b|^Recommendation to (?:the )?(?:Full |Parish |Town )?Council (?:for|that|to)\\b|\\bproposal to (?:the )?(?:Full |Parish |Town )?Council that\\b`,
    ),
    kind: 'recommendation',
  },
  {
    shape: 'a decision in the form "That … be …", its keyword lost',
    example: 'That the depot strategy set out in section 5 of the report be approved.',
    // Also "that Councillor Hale be elected Chairman …" opening a paragraph, its keyword on a line that was lost, and "That a
    // schedule should be produced;". Not a motion moved and seconded that the vote below it lost.
    pattern: new RegExp(`^(?:[Tt]hat|THAT)\\b${NO_STOP}{3,300}?${SUBJUNCTIVE_WORDS}`),
    kind: 'resolution',
    motion: true,
  },
  {
    shape: 'a decision "That … be …" after what was considered and "it was", the line break between them lost',
    example: 'Consideration was given to the election of a Chair and it was That Councillor Ash be elected Chair.',
    pattern: new RegExp(
      `^[A-Z][^.;:]{2,160}?\\s(?:and|whereupon)\\s+it was:?\\s+(?=(?:[Tt]hat|THAT)\\b${NO_STOP}{3,300}?${SUBJUNCTIVE_WORDS})`,
    ),
    kind: 'resolution',
    keep: 'after-match',
  },
  {
    shape: 'a decision "that … be …" after what it is about, a dash and the vote',
    example:
      'Application 3 (2024/0771) Elm Cottage, Mill Lane – (unanimous) that permission be granted subject to the conditions listed.',
    // Also with no space after the vote ("(unanimous)that …") and with no vote ("12 Mill Lane – that consent be refused").
    pattern: new RegExp(
      `^[A-Z][^.;]{2,200}?\\s[–—-]\\s*(?:\\([^()]{2,40}\\)\\s*)?(?=that\\s(?!it\\b|this\\b|there\\b)${NO_STOP}{3,300}?${SUBJUNCTIVE_WORDS})`,
    ),
    kind: 'resolution',
  },
  {
    shape: 'a decision worded "THAT …" wholly in capitals, its keyword lost',
    example: 'THAT THE CHAIRMAN HOLDS THE CONFIDENCE OF THE MEMBERS OF THE COUNCIL',
    // The whole sentence in capitals, as a resolution's wording is printed under its vote; not "THAT" before a title.
    // Also "THAT VICE-CHAIRMAN A ASH BE ASKED TO CHAIR THE MEETING".
    pattern: /^THAT (?=(?:THE|THIS|[A-Z]{2,}(?:-[A-Z]{2,})*) )[A-Z0-9 .,'’&()/-]{20,300}$/,
    kind: 'resolution',
  },
  {
    shape: 'someone to be appointed or elected, in the subjunctive without "That"',
    example: 'Councillor Reed be appointed chairman for the remainder of the municipal year.',
    // Also in a note's few words, "to be": "Ann Ash to be Co Opted after discussion in private", and by initials after
    // whose approval it needs: "With the board’s approval KL to be appointed as an associate member".
    pattern:
      /^(?:(?:On|With|Subject to|Following) (?:the )?[^,.]{0,40}?\b(?:approval|agreement|ratification)\b[^,.]{0,40}?,?\s+(?=[A-Z]{2,3} to be))?(?:[A-Z]{2,3} to be|(?:Councill?or|Cllr\.?|Mr|Mrs|Ms|Miss|Dr|Professor|Prof\.?) (?:[A-Z]\.? )*[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} be|(?:(?:Councill?or|Cllr\.?|Mr|Mrs|Ms|Miss|Dr) )?[A-Z][a-z]+(?: [A-Z][\w'’-]+){1,2} to be) (?:re-)?(?:appointed|elected|[Cc]o[- ][Oo]pted)\b/,
    kind: 'resolution',
  },
  {
    shape: 'who a committee or group will be made up of',
    example: 'Planning Committee will comprise Cllrs Tobin, Coogan, Overington and Read (no change)',
    pattern:
      /^[A-Z][\w/&'’ -]{2,60}? (?:will|to|shall|would) (?:comprise|consist of|be made up of) (?:Cllrs?\.?|Councill?ors?|Members?) [A-Z]/,
    kind: 'resolution',
  },
  {
    shape: 'a representative and who holds the role, after a dash',
    example: 'Community Centre Rep – Cllr Ellis (no change)',
    pattern:
      /^[A-Z][\w/&'’ -]{2,60}? (?:Rep|Reps|Representatives?|Liaison|Link) [–—:-] (?:Cllrs?\.?|Councill?ors?) [A-Z][\w'’-]+/,
    kind: 'resolution',
  },
  {
    shape: 'a decision in the form "That someone do …", its keyword lost',
    example: 'That the chairs of the three scrutiny committees lead a review of how scrutiny is organised.',
    // Also in the negative: "That the Council do not revise or replace the current scheme.", and in the indicative: "That the
    // Town Centre Manager responds to both letters."
    // Not a point someone made, told in the past: "That there was a need to review parking …", "That the Council had been
    // awarded a prize for its work …".
    pattern:
      /^That (?:the |a |an |all )?(?!was\b|is\b|this\b|it\b)(?=[\w ,'’()-]{3,80}? )(?:(?!(?:was|were|had|has|have|been|there)\b)[\w,'’()-]+ ){1,12}?(?:do not |not )?(?:lead|undertake|approve|agree|adopt|note|revise|replace|write|report|receive|continue|review|meet|consider|explore|prepare|bring|provide|work|seek|investigate|monitor|establish|arrange|hold|submit|circulate|engage|consult|respond|(?:respond|write|arrange|contact|liaise|investigate|circulate)s)\b/,
    kind: 'resolution',
  },
  {
    shape: 'a motion moved and seconded, its keyword lost before the decision',
    example: 'It was moved by Councillor Garside, seconded by Councillor Noble and that the application be refused.',
    // Also "It was proposed by Cllr Ash, 2nd Cllr Birch, that Mr Dale be co-opted", and by initials in note form ("It was
    // prop. KM sec. NC that £100 be taken from reserves"); but a nomination ("…, that Cllr Ash be
    // elected Chair") is followed by the election.
    pattern: new RegExp(
      `\\b(?:(?:moved|proposed) by [^.;]{2,80}?,? (?:seconded(?: by)?|2nd(?:ed)?(?: by)?) [^.;]{2,80}?(?: and|,(?![^.;]*\\bbe (?:re-?)?elected\\b))|prop\\. [A-Z]{1,3}(?:\\/[A-Z]{1,3})? sec\\. [A-Z]{1,3}(?:\\/[A-Z]{1,3})?) (?:RESOLVED:? )?that\\s+(?=[^.;]*${SUBJUNCTIVE_WORDS})`,
    ),
    kind: 'resolution',
    keep: 'after-match',
  },
  {
    shape: 'items agreed for the next agenda',
    example: 'Next meeting – items agreed for inclusion in the agenda: the skate park.',
    pattern:
      /\b(?:items?|topics?|matters?)\b[^.;]{0,30}\bagreed for (?:inclusion|the next agenda|next agenda|a future agenda)\b/i,
    kind: 'work-programme',
  },
  {
    shape: 'an item to go on a future agenda',
    example: 'Item to go on the next agenda.',
    // Also in two words: "Item for next Agenda."; and what for, after it: "For agenda at next meeting, a new clerk."; and "The
    // state of the lane to be on the next agenda.".
    pattern:
      /^(?:(?:This|The|An?) )?(?:item|matter|issue|it|this)?[\w ]{0,40}? to (?:go|be put|be placed|be added|come back) (?:on|to) (?:the |a )?(?:next|future|following|forthcoming) (?:agenda|meeting)\b|^(?:An? )?(?:[Ii]tem|[Mm]atter) (?:for|on) (?:the )?(?:next|future|following) (?:[Aa]genda|[Mm]eeting)\.?$|^For (?:the )?(?:next )?agenda (?:at|of|for) (?:the )?(?:next|following|future) meeting\s*[,:–—-]\s*\S|\bto be on (?:the )?(?:next|future|following|forthcoming) (?:meeting['’]s )?agenda\b/i,
    kind: 'work-programme',
  },
  {
    shape: 'what the next agenda will include',
    example: 'The following agenda will include the playing field lease.',
    pattern: /^(?:The )?(?:next|following) (?:meeting['’]s )?agenda (?:would|will) include\b/i,
    kind: 'work-programme',
  },
  {
    shape: 'something that would be done, then the initials of who does it after a dash',
    example: 'A hedge survey would be organised – BB',
    pattern:
      /^[A-Z][^.;–—]{3,200}?\b(?:would|will) be [a-z]{3,}(?:ed|en)\b[^.;–—]{0,120}?\s[–—-]\s*([A-Z]{2,3}(?:\s?\/\s?[A-Z]{2,3})*)\.?$/,
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'something that would be added to an agenda, told in narrative',
    example: 'It was clarified that co-option would be added to the agenda for the next meeting.',
    // Not what someone told the meeting would come ("… informed Cabinet that the report will be included in the Forward Plan").
    pattern:
      /^(?![^.;]*\b(?:informed|advised|reported|explained|said|stated|told)\b)[^.;]*\b(?:would|will|should) be (?:added to|placed on|put on|included (?:on|in)) (?:the |a )?(?:next |future |following )?(?:agenda|work programme|forward plan)\b/i,
    kind: 'work-programme',
  },
  {
    shape: 'a body that would have a topic added to its forward plan, or made an item on it',
    example: 'The committee would have the topic added to its forward plan for the spring.',
    // Also "… would be made a standing item on its work programme for the year".
    pattern:
      /\b(?:would|will) have (?:the |this |that |a )?[^.;]{0,60}? added to (?:their|its|the) (?:forward plan|work ?programme|agenda)\b|\b(?:would|will) be made an? (?:floating |standing |regular )?item on (?:the|its|their) (?:work ?programme|forward plan|agenda)\b/i,
    kind: 'work-programme',
  },
  {
    shape: 'the council that would go on pressing another body',
    example: 'The Council would continue to press the county council on this matter.',
    pattern:
      /^(?:The )?(?:[Pp]arish |[Tt]own |[Cc]ommunity )?[Cc]ouncil (?:would|will) continue to (?:press|pursue|lobby|chase|push|urge)\b/,
    kind: 'follow-up',
  },
  {
    shape: 'a cabinet member, portfolio holder or commissioner who decided',
    example: 'The Cabinet Member approved the adoption of the revised Highways Asset Management Policy.',
    // Also a commissioner's decision list: "The Commissioner has approved the use of the Community Fund.", "The PCC has
    // awarded grants of £52,000", "The Commissioner has noted the budget report"; not what the commissioner had done before
    // ("had approved"), nor what a cabinet member noted at a forum ("… noted the ongoing issues and responded"). So too a
    // leader's urgent decision: "The Leader of the Council has approved the scheme and granted the Director authority …";
    // and after what it followed: "Following consideration by the Advisory Board, the Cabinet Member resolved that …".
    pattern:
      /^(?:(?:Following|After|Having) [^,.;]{3,120},\s+)?(?:The |the )?(?:Cabinet Member|Portfolio Holder|(?:Police(?:,? Fire)? and Crime )?Commissioner|P(?:F)?CC|Leader(?: of the (?:County |City |Borough |District )?Council)?|Chief Executive|(?:Elected |City )?Mayor)(?: for [A-Z][\w ,&'’-]{2,80}?)? (?:(?:has )?(?:approved|agreed(?! to\b)|decided|authorised|endorsed|resolved|adopted|established|awarded|granted)|has noted (?!that\b))\b/,
    kind: 'resolution',
  },
  {
    shape: 'someone who said it was their intention to do something',
    example: 'On behalf of the Board, the Chairman stated that it was his intention to write to Mr Plant to thank him.',
    pattern: new RegExp(
      `^(?:[^.;]{0,80},\\s+)?(${PEOPLE}) (?:stated|said|confirmed|indicated|advised|explained)(?: that)? (?:it was|it is) (?:his|her|their) intention to (?:${UNDERTAKEN})\\b`,
    ),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'someone who indicated their intention to do something',
    example: 'The Finance Manager indicated her intention to circulate the spending figures to Members.',
    pattern: new RegExp(
      `^(?!(?:It|This|That|There)\\b)[^;]{3,200}?\\b(?:indicated|confirmed|stated|expressed) (?:his|her|their) intention to (?:${UNDERTAKEN})\\b`,
    ),
    kind: 'action',
  },
  {
    shape: 'the meeting that decided',
    example:
      'Residents wish to put up notices and the meeting decided that this was an issue for the district council.',
    pattern: /\b(?:the|The) meeting (?:then |unanimously )?(?:decided|agreed|resolved) (?:that|to)\b/,
    kind: 'resolution',
  },
  {
    shape: 'all who voted in favour of doing something',
    example: 'It was proposed, seconded and all voted unanimously in favour to co-opt Mrs Ash as a new Councillor.',
    // Also "Vote: all forum members voted in favour of the recommendation".
    pattern:
      /\b(?:all(?: [\w-]+){0,3} members|all|members|councillors|everyone|the (?:council|committee))(?: present)? voted (?:unanimously )?in favour (?:to [a-z]+|of (?:co-opting|appointing|electing|approving|accepting|adopting|awarding|granting|supporting|paying|purchasing|buying)\b|of (?:the|this|these) recommendations?\b)/i,
    kind: 'resolution',
  },
  {
    shape: 'a decision page that opens with its verb',
    example: 'Approved the recommendations of the panel as set out in the report.',
    // Also two verbs ("Noted and supported the plans for the next phase") and "Noted progress since …"; and what was
    // weighed before it was decided ("Considered and approved the revised budget").
    pattern:
      /^(?:(?:Discussed|Considered|Reviewed) and (?:approved|agreed|noted|endorsed|supported|accepted|adopted)\s+(?:the|that|a|an)\b|(?:Approved|Agreed|Noted|Endorsed|Resolved|Accepted|Adopted|Supported|Ratified|Delegated|Requested|Recommended|Authorised|Instructed|Asked)(?: and (?:supported|agreed|approved|endorsed|accepted|welcomed))?\s+(?:the|that|to|a|an|authority|officers|for|progress|(?:expenditure|spending|funding|payment|a grant|grants|quotations?|costs?) (?:on|of|for|towards)\b)|Commented on (?:the|a|an))\b/,
    kind: 'resolution',
    opensBlock: true,
  },
  {
    shape: '"Agreed to" or "Resolved that" opening a sentence inside a paragraph',
    example: 'Agreed unanimously to buy a bin and ask the contractor to fill it.',
    // Also "Agreed by the PC to cover this cost.", and after a minute's number: "… a cabinet. 16/082 Resolved – That …"; and
    // after what was reported and a colon: "A member of the public reported fly-tipping: agreed that Cllr Nazir to report it";
    // and with its "that" left out: "… an eyesore.  Agreed a site meeting be arranged with the engineer."; after a label in
    // capitals: "AOB Agreed that the Secretary would write to the police."; after how it was reached: "Buy a gazebo: after
    // discussion agreed to buy one"; and a role in small letters: "Agreed clerk to send thanks to the inspector"; and after
    // what was discussed and a dash: "Questions for the survey were discussed – agreed by the group to draft one by April";
    // and what was not to be done, also after a comma: "All want to keep the phone box, Agreed not to sell it"; and who is
    // to act, in the subjunctive: "Agreed the Clerk write to the school", "Agreed we ask that the fallen tree be cleared";
    // and with a colon after an item's title on the same line: "7 Post Agreed: to move the post box to the green".
    pattern:
      /^(?:[^.;:]{3,300}:\s+(?=[a-z])|[^.;:]{3,300}\s[–—]\s+(?=agreed (?:by|that)\b)|[^.;:]{3,200},\s+(?=Agreed (?:not )?to\b)|[^.;:]{3,120}?\s(?=(?:Agreed|AGREED|Resolved|RESOLVED):\s+(?:to|that)\s))?(?:(?:[A-Z]{1,3} )?(?:\d{3,5}|\d{2,4}\/\d{2,4})\.?\s+|[A-Z]{2,6}:?\s+(?=Agreed|Resolved|Decided))?(?:after (?:some |further |much |brief )?discussion,?\s+)?(?:[Aa]greed|[Rr]esolved|[Dd]ecided|AGREED|RESOLVED|DECIDED)(?:,| unanimously| in principle| by all(?: present)?| by everyone| by (?:the |The )?(?:PC|TC|CC|[Pp]arish [Cc]ouncil|[Tt]own [Cc]ouncil|[Cc]ouncil|[Cc]ommittee|[Mm]embers|[Cc]ouncillors|[Gg]roup|[Bb]oard|[Tt]rustees|[Ff]orum|[Mm]eeting)| nem\.? con\.?)?:?\s+(?:[–—-]\s+)?(?:(?:not )?to|[Tt]hat)\b|^(?:Agreed|AGREED)(?: unanimously)?:?\s+(?:the )?(?:[A-Z][\w'’&-]*\s+){1,4}(?:should|would|will|to|is to|are to)\s+[a-z]|^(?:Agreed|AGREED)(?: unanimously)?:?\s+(?:the )?(?:clerk|chair(?:man|person)?|treasurer|secretary)\s+(?:should|would|will|to|is to)\s+[a-z]|^(?:Agreed|AGREED)(?: unanimously)?\s+(?:a|an|the)\s+[^.;]{2,80}?\bbe\s+[a-z]+(?:ed|en|t)\b|^(?:Agreed|AGREED)(?: unanimously)?:?\s+(?:we|the (?:[Cc]lerk|[Cc]hair(?:man|person)?|[Tt]reasurer|[Ss]ecretary))\s+(?!(?:was|were|is|are|had|has|have|did|said|felt|thought)\b)[a-z]{3,}\b/,
    kind: 'resolution',
  },
  {
    shape: 'something discussed, then agreed or decided in the same sentence',
    example: 'The Parish Council discussed the two quotations and all agreed to award the work to the first.',
    // Also "Discussion took place regarding charity events and all agreed that …", "The Council took a few moments to
    // consider the proposal and unanimously resolved to allow …", "… considered the scheme and, following debate,
    // resolved not to oppose it".
    pattern: new RegExp(
      String.raw`^[^;]{0,240}?\b(?:discussed|considered|debated|reviewed|(?:to|would) (?:discuss|consider|debate|review)|[Dd]iscussion (?:took place|followed|ensued))\b[^;]{0,240}?\band,? (?:(?:after|following) (?:a |some |further )?(?:debate|discussion),? )?(?:(?:the |this )?${BODY} |all |they |members |councillors )?(?:then |all |unanimously )?(?:agreed|decided|resolved) (?:(?:not )?to (?!be\b)[a-z]+|that\b|(?:they|it|we) (?:are|were|would|will|could|should|can|cannot|did|do)\b|(?:a|an|the) (?:response|reply|comment|comments|observation|grant|donation|budget|precept|quotation|quote)\b)`,
    ),
    kind: 'resolution',
  },
  {
    shape: 'a letter or request referred on to a body',
    example: 'Refer to the Amenities Committee.',
    pattern:
      /^(?:Refer(?:red)?|Pass(?:ed)?(?: on)?|Forward(?:ed)?)(?: it)? to (?:the )?[A-Z][\w&’' -]{2,60}(?:Committee|Panel|Group|Working Party|Council)\.?$/,
    kind: 'resolution',
  },
  {
    shape: 'NOTED in capitals, then what was noted',
    example: 'NOTED the Committee’s Forward Plan from 1 December 2024 to 30 November 2025.',
    pattern:
      /^(?:[A-Z][A-Z&'’,/-]+ ){0,8}NOTED\s+(?:(?:the|a|an)\s|(?=(?:report|presentation|update|correspondence|letter|minutes|accounts|information|statement)\b))/,
    kind: 'resolution',
  },
  {
    shape: 'a short statement that the recommendations were approved',
    example: 'Recommendations approved.',
    pattern:
      /^(?:The |All )?(?:recommendations?|proposals?|motion|report)(?: (?:as set out|in the report|as amended|set out in the report))? (?:was |were |is |are )?(?:approved|agreed|adopted|carried|accepted|endorsed)\.?$/i,
    kind: 'resolution',
  },
  {
    shape: 'something proposed, and the resolution passed in the same sentence',
    example:
      'Ann Ash proposed that Ben Birch be co-opted to the council, and on a show of hands the resolution was passed.',
    pattern:
      /\bproposed\b[^.;]{0,80}?\bthat\b[^.;]{5,300}?\b(?:the|this) (?:resolution|motion|proposal) was (?:duly )?(?:passed|carried|agreed)\b/,
    kind: 'resolution',
    beforeNotOutcomes: true,
  },
  {
    shape: 'something approved, in the passive',
    example: 'The risk register for 2024/25, as circulated, was unanimously approved.',
    // Not what was acknowledged: "it was accepted that we would need to keep an eye on the cones"; nor a condition:
    // "Once pharmacies were established in supermarkets it would be difficult …"; nor history: "Since that plan was
    // adopted …", "The partnership was established in 2001 …". Nor a nomination for the body's own chair, which a vote
    // decides: "Councillor Ash was nominated as Chair of the Committee. There were no other nominations." Also what was
    // "reviewed and noted". Nor a past appointment ("Mrs Ash was appointed on 13 January 2013 as the Clerk"), nor the meeting
    // suspended for the public's time, nor what was noted ("it was noted that planning permission has been granted").
    // Nor news of a grant the council won: "A grant of £900 has been awarded for the new benches"; nor a petition
    // received ("The petition objects to the car park and was signed by most residents"); nor a report's slides ("His report
    // was supported by a visual display"), nor a member with the officers beside them ("Councillor Ash was supported by
    // Ben Birch, Director of Housing"); nor news of planning consent given by the planning authority ("District
    // planning approval has been granted for the above applications"), or on appeal ("The Appeal has been granted"); nor the minutes' own note ("These Minutes have
    // been accepted as a draft for wider circulation"). Also after initials run together: "Dr R.C.H. Ash was duly
    // elected.", "A.Ash was approved as a trustee.", and after "etc." within the sentence: "Having weighed the costs, risks
    // etc. it was agreed to drop the idea."
    // Nor a nomination declined ("Cllr Ash was nominated, which was seconded and subsequently declined."), nor the
    // nomination told before the decision its keyword lost: "… following a vote, it was: THAT Cllr Ash be elected …".
    // Nor what may have been done: "… a suggestion that a cheaper tender might have been chosen"; nor news of staff taken on: "… a
    // new caretaker has been appointed"; nor a declaration of office:
    // "Cllr Ash made her declaration, and the form was signed and witnessed by the Clerk".
    // Also a rate or charge set, with nothing after it: "A rate of 4.20p in the £ was set."
    // And someone "proposed as Chair and duly voted in by all members".
    pattern:
      /^(?!Apolog)(?![^.;]*\b(?:may|might|could) (?:not )?have been\b)(?![^.;]*\b(?:has|have) been appointed\.?$)(?![^.;]*\b(?:document|declaration|form)s? (?:was|were) (?:duly )?signed and witnessed\b)(?![^.;]*\bnominated\b[^.;]*\b(?:declined|withdrawn|withdrew)\b)(?![^;]*\bit was:(?:\s|$))(?!(?:The |A |This )?petition\b)(?!(?:Both |The |All )?(?:[Dd]eclarations?|[Ff]orms?) (?:of (?:[Aa]cceptance of )?[Oo]ffice )?(?:was|were) (?:duly )?signed\b)(?!(?:Once|If|Unless|Until|Should|Provided|Whether|Since|Due to|Owing to)\b)(?!(?:The |A |An |Our )?(?:[\w£,.-]+ ){0,3}grant\b[^.;]{0,60}\b(?:has|have) been (?:awarded|received|granted|secured)\b)(?!(?:[\w-]+ ){0,3}(?:approval|permission|consent|[Aa]ppeal)\b[^.;]{0,60}\b(?:has|have) been (?:granted|allowed|dismissed|upheld)\b)(?!(?:These|This|The) (?:[Dd]raft )?[Mm]inutes (?:has|have) been (?:accepted|approved|agreed) as a draft\b)(?![^;]*?\b(?:[Mm]eeting|(?:[Cc]losed |[Oo]pen )?[Ss]ession) (?:was|were) (?:then |briefly )?suspended\b)(?!(?:[^.;]|(?<=\b(?:[A-Z]|Cllrs?|Clr|Mrs?|Ms|Dr))\.)*\b(?:confirmed|advised|said|explained|reported|stated|informed|told|heard|reminded|indicated|noted|(?:it was|was|were) (?:recommended|suggested))\b[^.;]*\bthat\b)(?![^.;]*\b(?:sought clarification|queried|asked|enquired) (?:on |about |as to )?(?:why|whether|how|if|what)\b)(?:The |This |These |All |Both )?(?:[^.;]|(?<=\d)\.(?=\d)|(?<=\b(?:[A-Z]|Cllrs?|Clr|Mrs?|Ms|Dr))\.(?= )|(?<=\b[A-Z])\.(?=[A-Z])|(?<=\betc)\.(?= [a-z])){3,220}? (?:(?<!\b(?:who|that) |\b(?:until|till|once|unless|whether|if|If) (?:a|an|the|it|he|she|they|one|this|that|these|those|such)\b[^.;,]{0,60})(?:was|were)|(?<!\b(?:who|which|that) )(?:has|have) been) (?:(?:(?!\bthat\b)[^.;]){0,60}?(?: and|,) )?(?:also |then |both |all )?(?:unanimously |duly |formally )?(?:approved|adopted|endorsed|ratified|granted|awarded(?! (?:this|the|an?|their|his|her) (?:[\w'’.-]+ ){0,5}?(?:[Aa]ward|[Tt]rophy|[Pp]rize|[Mm]edal|[Cc]up|[Ss]hield|[Cc]ertificate)\b| this (?:for|in recognition)\b)|allocated|accepted|agreed|passed(?= (?:unanimously|by (?:a )?majority|nem\.? con))|authorised|authorized|appointed|re-appointed|reappointed|elected|re-elected|re- elected|[Cc]o-[Oo]pted|nominated(?! and seconded|[^.;]{0,60}\bby (?:Cllr|Councill?or|Mr|Mrs|Ms|Dr|[A-Z][a-z]+ [A-Z])| as (?:the )?(?:(?:[Vv]ice|[Dd]eputy)[- ]?)?[Cc]hair(?:man|person|woman)?s? of (?:the|this) (?:Committee|Council|Board|Panel|Forum|Group|Sub-Committee|meeting)\b(?![^.;]*\b(?:elected|appointed)\b))|supported(?! by the following reasons?\b| by (?:a |an )?(?:visual|slides?|presentation|display|maps?|plans?|photo(?:graph)?s?|pictures?|diagrams?|charts?|handouts?)\b| by (?:\w+ )?(?:other|further|more) (?:[Cc]ouncill?ors|[Mm]embers|signatories)\b| by (?:officers\b|the (?:[A-Z][\w-]* ){0,3}(?:Director|Officer|Manager|Head)\b|(?:[A-Z][a-z'’-]+ ){1,3}[A-Z][a-z'’-]+, (?:the )?(?:[A-Z][\w-]* ){0,4}(?:Director|Officer|Manager|Head|Lead|Chief|Clerk|Adviser|Advisor)\b))|confirmed|declined|refused|rejected|suspended|waived|rescinded|signed|(?<=\b(?:reviewed|received|considered) and )noted(?! that\b)|(?:increased|decreased|reduced|set)(?= (?:to|by|from|at|for)\b)|(?<=\b(?:rates?|precepts?|levy|levies|budgets?|charges?|fees?|rents?)\b[^;]{0,60})(?:set|fixed|levied)(?=\.?\s*$)|frozen|incorporated|established|constituted|selected|short-?listed|voted in(?=\s+by\b|\s*[.,;]|\s*$))\b(?! (?:as a|to be a) (?:correct|true)| up\b| out\b| aside\b|(?<=accepted) that\b| (?:in|since|back in) (?:\d{4}|the (?:19|20)\d0s)\b| on \d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ (?:19|20)\d\d\b)/,
    kind: 'resolution',
  },
  {
    shape: 'a body that came to a decision to do something',
    example: 'The Panel came to the decision to grant a new six-month street trading consent.',
    pattern:
      /^(?:[^.;]{0,160}?,\s*)?(?:The |the )?(?:[A-Z][\w&'’-]* ){0,4}(?:Committee|Sub-Committee|Panel|Board|Council|Cabinet|Executive|Forum) (?:came to|reached|made) (?:the|a|its) (?:unanimous )?decision (?:to|that)\b/,
    kind: 'resolution',
  },
  {
    shape: 'someone asked to act as chair or vice-chair',
    example: 'Following a vote Cllr Ash was duly asked to act as Vice Chair for the meeting.',
    // Also "Cllr Ash was voted to chair the meeting".
    pattern:
      /^(?:[^.;]{0,120}?\s)?\b(?:Cllr\.?|Councill?or|Mr|Mrs|Ms|Miss|Dr)\s+(?:[A-Z][\w.'’-]*\s){1,3}(?:was|were) (?:duly |unanimously )?(?:(?:asked|invited|chosen) to (?:act|serve) as (?:the )?(?:[Vv]ice[- ]?)?[Cc]hair(?:man|person|woman)?|voted (?:in )?(?:to chair|as (?:the )?(?:[Vv]ice[- ]?)?[Cc]hair(?:man|person|woman)?))\b/,
    kind: 'resolution',
  },
  {
    shape: 'someone’s request allowed',
    example: 'The Clerk’s request to alter formatting and descriptions was allowed.',
    pattern:
      /^(?:The |A )?[^.;]{0,60}\brequests? (?:to|for) [^.;]{3,120}? (?:was|were) (?:duly |unanimously )?allowed\b/,
    kind: 'resolution',
  },
  {
    shape: 'a planning application’s reference and site, then the response after a colon',
    example: 'A150880 – Tan y Graig, two dwellings: the Council objects on the grounds of overdevelopment.',
    pattern:
      /^(?:[A-Z]{1,3}\/?\d{2,6}\/\d{2,6}(?:\/[A-Z]{2,4})?|[A-Z]\/\d{4,6}|[A-Z]{1,3}\d{5,8})\b[^:]{3,160}:\s*(?:no (?:objections?|observations?|comments?)|(?:the (?:Council|Committee) )?(?:objects?|supports?|has no objection)\b)/i,
    kind: 'resolution',
  },
  {
    shape: 'a planning application’s reference and site, then the response after a dash',
    example: '08/1163 Two dwellings on land behind the Old Forge - the council objected on the grounds of poor access.',
    // Also under a paragraph's number, with a reference of four parts: "11.1.2 - 6/29/21/11 – Banking around the car park – no objection".
    pattern:
      /^(?:\d{1,2}(?:\.\d{1,2}){1,3}\s+)?(?:[–—-]\s+)?(?:[A-Z]{0,3}\/?\d{1,6}(?:\/\d{1,6}){1,3}[A-Z]{0,3}(?:\/[A-Z]{2,4})?|[A-Z]\/\d{4,6}|[A-Z]{1,3}\d{5,8})\b(?:\s[–—-])?(?:[^–—]|\s[–—]\s(?!no\b))*?\s[-–—]\s+(?:no (?:objections?|observations?|comments?)\b|(?:the (?:council|committee) )?(?:objects?|objected|supports?|supported|raised no objection|has no objection)\b|(?:approval|refusal) recommended\b|recommend(?:ed)? (?:approval|refusal)\b)/i,
    kind: 'resolution',
    // A description may hold a semicolon: "… balcony extended over; front porch and new side door – support".
    keepsSemicolons: true,
  },
  {
    shape: 'a council’s response to an application, after a label',
    example: 'Response from Ashby Parish Council to the District Council: no objections, recommend approval.',
    // The application's fields (reference, location, description) are on the line before it, or run in ahead of it.
    pattern:
      /\bResponse (?:from|of) (?:the )?(?:[A-Z][\w'’-]+ ){0,3}(?:Parish |Town |Community )?Council\b[^:.]{0,60}:\s*(?:no (?:objections?|observations?|comments?)|objects?|objection|supports?|support|recommend (?:approval|refusal))\b/i,
    kind: 'resolution',
  },
  {
    shape: 'an application received, then the council’s response after a comma',
    example: 'An application was received to replace the porch at Mill House, no objection from the Parish Council.',
    pattern:
      /^An? (?:planning )?application (?:was|has been) (?:received|submitted)\b[^.;]{3,200},\s+(?:no (?:objections?|observations?|comments?)|objection|support(?:ed)?)(?: (?:from|by) (?:the )?(?:[A-Z][\w'’-]+ )?(?:Parish |Town |Community )?[Cc]ouncil)?\.?$/,
    kind: 'resolution',
  },
  {
    shape: 'a planning application’s reference and site, then the response after the full stop',
    example: 'SE/25/01234/HOUSE: 4 Mill Lane: Loft conversion with a Juliet balcony. Objection and comment',
    pattern:
      /^[A-Z]{0,3}\/?\d{1,7}(?:\/\d{1,7}){1,3}[A-Z]{0,4}(?:\/[A-Z]{1,6})?\b[^.]{3,300}\.\s+(?:No objections?|Objection|Objects?|Support(?:ed)?|Refusal|Approval)(?: (?:and|with) comments?| recommended)?\.?$/,
    kind: 'resolution',
  },
  {
    shape: 'a planning application’s reference and site, then the response joined by a hyphen',
    example: 'H14-0790-21 land off Drove End erection of agricultural store- support',
    pattern:
      /^(?:[A-Z]{0,3}\d{2,6}[-/]\d{2,6}(?:[-/][A-Z\d]{2,4})?)\b.{3,160}?[-–—]\s*(?:no (?:objections?|observations?|comments?)|objects?|objected|objection|supports?|supported|support(?:ed)? with conditions|refuse|approve)\b(?=\s*(?:[,.;(]|$))/i,
    kind: 'resolution',
  },
  {
    shape: 'business in the infinitive, then what was decided after a colon: "To agree …: Agreed"',
    example: 'To agree the licence for the open space on Mill Lane: Agreed Votes 7 in favour',
    pattern:
      /^To [a-z][^.;]{5,300}?\s?[:;–—]\s*(?:Agreed|Approved|Resolved|Carried|AGREED|APPROVED|RESOLVED|CARRIED)\b(?!\s+(?:to|that)\b)/,
    kind: 'resolution',
    beforeNotOutcomes: true,
  },
  {
    shape: 'a one-line business item that ends with what was decided',
    example: 'Payments verge cutting £642, clerk salary £310, hall hire £24-agreed',
    // Also "Accounts to 31 March – approved and signed", and what of it after the dash: "Risk assessment – changes in red
    // agreed".
    pattern:
      /^(?!(?:Minutes|Apologies|Declarations?)\b)[\w£][^.;]{8,240}?(?:\s?[-–—]\s?(?:[a-z][a-z ]{2,30} (?=agreed|approved))?|,\s+)(?:all (?:those )?(?:present )?|unanimously )?(?:agreed|approved|accepted|adopted|ratified|resolved)(?: and signed)?(?: unanimously| by all(?: (?:those )?present)?| nem\.? con\.?)?\.?$/,
    kind: 'resolution',
  },
  {
    shape: 'a date agreed for something, in a note’s few words',
    example: 'Carol service agreed for Friday, 18 December.',
    // Also the date before the word: "Office closed 2nd January 2027 agreed". Not the next meeting's date, which is no
    // outcome.
    pattern:
      /^(?![^.;]*\bnext meeting\b)[A-Z][^.;]{3,80}? (?:agreed|approved|confirmed) for (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?\d{1,2}(?:st|nd|rd|th)? (?:of )?[A-Z][a-z]+\b|^[A-Z][^.;]{3,80}? \d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+(?: \d{4})? (?:agreed|approved|confirmed)\.?$/,
    kind: 'resolution',
  },
  {
    shape: 'a body in agreement with a proposal',
    example: 'The Parish Council was in principle in agreement with the plan.',
    // Not with a view ("in agreement with the concerns raised").
    pattern: new RegExp(
      `^${BODY} (?:was|were) (?:(?:all|unanimously|broadly|fully|in principle) )*in agreement with (?:the|this|these|a) (?:[a-z]+ ){0,2}(?:proposals?|recommendations?|suggestions?|request|plan|approach|application|scheme|changes?)\\b`,
    ),
    kind: 'resolution',
  },
  {
    shape: 'a sum agreed, in a note’s few words',
    example: 'Membership renewal – the benefits were noted and a payment of £134.95 agreed.',
    pattern:
      /\b(?:payment|grant|donation|contribution|sum|fee|quote|quotation)s? of £[\d,.]+(?: \([^()]{2,40}\))?(?: [a-z][^.;]{0,40})? (?:was |were )?(?:agreed|approved|authorised)\b/,
    kind: 'resolution',
  },
  {
    shape: 'the meeting’s general approval or agreement, said as what there was',
    example: 'There was general approval of the colours chosen for the new benches.',
    // Also "There is general agreement that …", "There was unanimous support for …"; not what there was for something
    // else, nor a lack of it ("There was no general agreement").
    pattern:
      /^(?:[A-Z][^.;]{0,60}?\s[–—-]\s+)?There (?:was|is) (?:general|unanimous|full|broad|overall|clear) (?:approval|agreement|support|consensus)\b(?! (?:among|amongst|from) (?:the )?(?:public|residents|those who responded|respondents))/,
    kind: 'resolution',
  },
  {
    shape: 'the decision before it, confirmed in a word',
    example: 'This was resolved unanimously.',
    pattern:
      /^(?:This|These|That|It|The (?:above|same) [^.;]{2,40}) (?:was|were) (?:duly |unanimously )?(?:resolved|carried|agreed to)(?: unanimously| by all(?: present)?)?\.?$/,
    kind: 'resolution',
  },
  {
    shape: 'a bare "Approved" or "Recommend refusal" after what it decides',
    example: 'Approved.',
    // Also with its vote: "Agreed – All in favour". Also a planning response after the application's description: "… alterations to the windows. Objection and comment",
    // "Installation of a pitched roof to the garage. Support.", "… at 1 Mill Lane. Application supported."
    pattern:
      /^(?:(?:Authori[sz]ed|Noted) and (?:approved|agreed)|(?:Duly|Unanimously) (?:resolved|agreed|approved|carried)|Approved|Agreed|Accepted|Ratified|All approved)(?: for payment| as (?:presented|circulated|listed)| in [Ff]ull| ?[–—,-] ?(?:[Aa]ll in favour|[Uu]nanimous(?:ly)?))?\.?$|^Recommend(?:ed)? (?:[Rr]efusal|[Aa]pproval)\.?$|^(?:No objections?|Objections?|Support(?:ed)?) (?:and|with) comments?\.?$|^(?:Support(?:ed)?|Objection|Object)\.$|^(?:The )?[Aa]pplication (?:supported|opposed|objected to|not supported)\.?$/,
    kind: 'resolution',
  },
  {
    shape: 'what an application proposes, then the response run on from a table',
    example: 'To build a garden room at the rear of the cottage No objection',
    // Also an objection whose grounds follow: "… replaced by six pines Objection on grounds of:".
    pattern:
      /^(?=.{12,400}$)[A-Z][^;:]*[a-z,)]\s+(?:No (?:objections?|comments?|observations?)\.?|Objection on (?:the )?(?:following )?grounds(?: of)?\s*:)$/,
    kind: 'resolution',
  },
  {
    shape: 'an application’s line that ends with the response, as a column would print it',
    example: 'AB/24/0295/HHO Garage extension to the side. 133 Mill Avenue Recommend Approval',
    pattern: /^(?=.{12,400}$)[^.;]*\S[^;]*\s(?:Recommend(?:ed|s)? (?:Approval|Refusal))\.?$/,
    kind: 'resolution',
    weak: true,
  },
  {
    shape: 'applications listed in a sentence, then the response to them all',
    example:
      'There were three applications, DC/24/0101/FUL 2 Mill Lane and DC/24/0142/FUL 6 Church Walk, and all applications were recommended as ‘support’.',
    pattern:
      /\b(?:all|both|the|these|each of the) (?:(?:two|three|four|five|six|seven|eight|nine|ten) )?(?:planning )?applications? (?:was|were) (?:recommended|supported|responded to) (?:as|for|with) ['‘"“]?(?:support|approval|refusal|no objections?|objection)\b/i,
    kind: 'resolution',
  },
  {
    shape: 'a planning response labelled as the recommendation to the council, after the application',
    example:
      'AB/26/0490 Mill House, Mill Lane Two-storey rear extension Recommendation to Council: To recommend approval.',
    pattern:
      /\bRecommendation to (?:the )?(?:Full |Parish |Town |Community )?Council\s*:\s*(?:To )?recommend(?:ed)? (?:approval|refusal|permission|that)\b/i,
    kind: 'recommendation',
  },
  {
    shape: 'a planning response in capitals: RECOMMEND APPROVAL or REFUSAL',
    example: 'WD/D/15/002266 West Farm, Access Road Erect lean to open sided store RECOMMEND APPROVAL',
    pattern: /\bRECOMMEND(?:ED|S)? (?:APPROVAL|REFUSAL|PERMISSION)\b/,
    kind: 'resolution',
  },
  {
    shape: 'members who asked an officer to do something',
    example: 'The members asked the Clerk to ‘thank’ the estate for the loan of the field.',
    // Also after a topic and a dash, and after what they discussed: "Donations - the Council discussed its role and asked
    // the Clerk to ascertain …"; and with the chair: "Members joined the Chairman in requesting the Clerk to write …".
    pattern: new RegExp(
      `^(?:[^.;:]{2,60}\\s[–—-]\\s+)?(?:[Tt]he )?(?:[Mm]embers|[Cc]ouncill?ors|Cllrs|Council|Committee) (?:(?:discussed|considered|debated|reviewed) [^.;]{3,120}? and )?(?:asked|requested|instructed|joined the (?:Chair(?:man|person|woman)?|Vice-Chair(?:man)?|Mayor|Leader) in (?:asking|requesting|instructing)) (${PEOPLE}) to ['‘"]?[a-z]`,
    ),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'a short line naming an application or grant, then what was decided after a dash',
    example: 'Brookside Playgroup (new outdoor shed) - Awarded £40',
    // Also with a sum in pounds and pence before the dash ("… – Proposed to give £150.00 – approved."), and after
    // what was talked over, after the application's reference ("26/00123/TPO Mill Field – following discussion, no objection");
    // not the planning authority's decision on it ("26/00456/FUL – Barn, Mill Lane – refused"), noted.
    pattern:
      /^(?=.{3,160}$)(?:\d{2,4}\/\d{2,6}(?:\/[A-Z]{2,5})?\s+(?:[–—-]\s+)?(?=.*\b(?:no objections?|recommend (?:permission|approval|refusal))[.;]?$))?[A-Z](?:[^.;:]|(?<=\b[A-Z])\.|(?<=\d)\.(?=\d)){2,100}?\s*[-–—]\s?(?:(?:following|after) (?:some |a )?discussion,?\s+)?(?:(?:not )?approved|refused|agreed|supported|declined|(?:reviewed|read|agreed) and (?:signed|approved|adopted)|[Aa]warded £[\d,.]+|recommend (?:permission|approval|refusal)|no objections?)[.;]?$/,
    kind: 'resolution',
  },
  {
    shape: 'a planning response in capitals, or opening its sentence',
    example: '24/0312/FUL Two-storey rear extension, 4 Mill Lane NO OBJECTIONS',
    // Also a sentence that opens with the response: "Objection to the application based on the parking policy."; not
    // a "'No Objection' response" spoken of as a kind of reply. And a response field with its one word: "Parish Council
    // Comments: Object". And "There were no objections." as a sentence of its own, after the application's lines.
    pattern:
      /\bNO (?:OBJECTIONS?|OBSERVATIONS?|COMMENTS?)\b|\b(?:SUPPORTS?|OBJECTS? TO) (?:this|the) (?:planning )?application\b|\b(?:OBJECTS?|SUPPORTS?|OBJECTION RAISED)$|(?<!\b[a-z]+,? |, )\bNo (?:[Oo]bjections?|[Oo]bservations?)\b(?! (?:had|have|were|was)\b)(?!['’”"]? (?:response|reply|comment|letter)s?\b)|^There (?:were|was) no (?:objections?|observations?)(?: (?:raised|made))?\.?$|(?:^|\s)Objection\s+[–—:-]\s|^(?:Objection|Support|Agree|Approve) (?:to |for )?(?:the |this )?(?:planning )?application\b|^(?:Objection|Objections|Support) (?:based on|on the grounds|due to|because)\b|\b(?:[Cc]omments?|[Rr]esponse|[Oo]bservations?)\s*:\s*(?:Objects?|Objection|Supports?|Supported)\.?$/,
    kind: 'resolution',
  },
  {
    shape: 'the body’s initials, then its response to the application',
    example: 'HPC Object to this application on the grounds that it is inappropriate development in the green belt.',
    pattern:
      /^[A-Z]{2,5}\s+(?:[Oo]bjects?|[Ss]upports?|(?:[Hh]as|[Hh]ave|[Rr]aises?) no objections?) (?:to )?(?:this|the) (?:planning )?application\b/,
    kind: 'resolution',
  },
  {
    shape: 'the body’s initials and a colon, then its response to the application',
    example:
      'Removal of condition 10 to retain the dwelling as a home office. SPC: Objection as this contravenes the permission.',
    // Also run on after the application's fields: "… Replace drawing P101 with drawing D.020 SPC: No objection". Not a
    // heading's initials before other words: "AOB: Support for the summer fete".
    pattern:
      /(?:^|\s)[A-Z]{2,5}:\s*(?:No objections?|Objections?|Objects?|Supports?|Supported)(?=\s*(?:$|[.,;:–—-]|(?:as|because|subject|with|on|to|but|in)\b))/,
    kind: 'resolution',
  },
  {
    shape: 'a body with no comment or objection on an application',
    example: 'The council had no comment on this application.',
    // Also "There were 3 applications this month, no objections were made.", "The council had no problem with the plans.",
    // and after an application’s number run into it ("90450The Town Council raised no objections"), or a label ("Comment:
    // Ashby Parish Council has no objections."); "Members raised no objections, stating that …"; "No objections were raised
    // by the Parish Council." (but not by residents); "There were no issues with this planning application."; "The Parish
    // Council has no objection to the change of design."
    pattern:
      /\b(?:had|has|have|raised) no (?:comments?|objections?|observations?)(?: to make)? (?:on|to) (?:this|the|that) (?:planning )?(?:application|proposal|plans?)\b|^(?:\d{3,8}\s*)?(?:(?:Comments?|Response|Observations?):\s*)?(?:The )?(?:[A-Z][\w'’-]+\s+){0,3}(?:(?:Parish|Town|Community)\s+)?(?:Council|Committee)\s+(?:had|has|have|raised) no (?:comments?|objections?|observations?)(?:\.?$|\s+(?:to|on)\s)|^(?:Members|Councillors|Cllrs) (?:had|raised) no (?:comments?|objections?|observations?)(?:,|\.?$)|\bno (?:objections?|comments?) (?:were|was) (?:made|raised)\b(?! by\b(?! (?:the )?(?:(?:Parish|Town|Community) )?(?:Council|Committee|[Mm]embers|[Cc]ouncill?ors)\b))|^There (?:were|was) no (?:objections?|comments?|issues|concerns|problems) (?:to|on|with|about) (?:this|the) (?:planning )?(?:application|proposal|plans?)\b|\b(?:had|has) no (?:problem|issue|concerns?) with (?:this|the) (?:planning )?(?:application|proposal|plans?)\b/i,
    kind: 'resolution',
  },
  {
    shape: 'someone asked the clerk or an officer to do something',
    example: 'Cllr Hale asked the Clerk to write to the landowner about the hedge.',
    // Also the police asked to attend or to see to something: "Cllr Birch asked the Police to ensure regular attendance".
    // And someone asked by name alone: "Cllr Ash asked Morag to report back on when the new bench is due".
    // Not what had been asked before the meeting: "He confirmed that he had asked the Clerk to write for advice".
    pattern: new RegExp(
      `(?<!\\bhad )\\b(?:asked|requested|instructed) (${PERSON}|(?!(?:Members|Council|Councillors|Cabinet|Committee|Government|Officers|Parliament|Residents|Everyone|All|Highways|Police)\\b)[A-Z][a-z]{2,}(?: [A-Z][a-z'’-]+)?)(?: \\([^()]{2,40}\\))? to (?:write|contact|arrange|investigate|look into|check|circulate|(?:re-?)?distribute|re-?send|send|provide|forward|chase|obtain|order|liaise|email|follow up|find out|seek|raise|draft|prepare|book|organise|reply|respond|pursue|clarify|confirm|report back|ensure|attend|monitor|patrol|ask|inform|notify|invite|approach|speak to|include|add|put|place|publish|get confirmation|get (?:a |an )?(?:quote|quotation|update|answer|price))\\b`,
    ),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'the members asked the one who had spoken to do something',
    example: 'Members asked him to get confirmation that the verge was in the parish.',
    pattern:
      /^(?:The )?(?:Members|Councillors|Committee|Council|Panel|Board) (?:asked|requested) (?:him|her|them) to (?:get|obtain|provide|send|check|confirm|find out|look into|report back|circulate|write|contact|clarify)\b/,
    kind: 'request',
  },
  {
    shape: 'someone asked or requested that something be done or provided',
    example: 'A Member asked that the survey results be circulated to the Committee.',
    // Also members who requested the slides, figures or notes of a talk ("Members requested the slides from the event").
    // Not what an applicant or a resident asked for: "… advised that the applicant requested that the Board vary it", "the
    // applicants had lodged an appeal and requested that it be heard"; nor what a report asked: "The Chair presented
    // Report 15/06, which requested that Members read the forward plan".
    pattern:
      /(?<!\bthe |\b(?:has|have|had) |\b(?:applicants?|agents?|objectors?|appellants?|petitioners?|residents?|parishioners?) (?:had |also |further )?)(?<!\b(?:applicants?|agents?|objectors?|appellants?)\b[^.;]{3,160}? and )(?<!\b(?:[Rr]eport|[Pp]aper|[Ll]etter)\b[^.;]{0,80}?\bwhich )\b(?:asked|requested|(?<=\b(?:Members|Councillors) )request) (?:sight of\b|that|for (?:a|an|the|further|more|details|information|copies|sight|written)\b(?! (?:clarification|clarity)|[\w'’ ]{0,30}\b(?:views|comments|thoughts|feedback|opinions?)\b)|(?<=\brequested )(?:a|an) (?!(?:recorded |named )?vote\b|adjournment\b|(?:short )?(?:break|recess)\b|point\b)[a-z]+\b|(?<=\b(?:Members|Councillors|members|councillors) requested )(?:copies of |a copy of )?the (?:slides|presentation|figures|data|information|details|notes|map|breakdown|list|results)\b|(?:a|an) (?:(?:further|more|written|detailed|fuller|full) ){0,2}(?:report|update|briefing|breakdown|copy|list|note|summary|site (?:meeting|visit)|meeting with)\b|(?:further |more |written )(?:information|details)|(?:further |more |additional )?training\b|(?:further |written )?updates (?:on|about|from|regarding)|(?:further |more |written |additional )?(?:information|details|data|figures) (?:on|about|regarding|relating to|showing)|(?:[a-z]+ ){0,2}(?:statistics|figures|data)\b(?=[^.]{0,80}\b(?:next|future|following) [Mm]eeting\b)|officers to|for [\w'’ ]{2,40}? to be (?:confirmed|provided|sent|circulated|supplied|forwarded|emailed|returned|informed|told|notified|contacted|advised))\b/,
    kind: 'request',
  },
  {
    shape: 'someone asked for something to be done',
    example: 'Councillor Ash asked for any feedback on the reviews to be relayed to the Board.',
    pattern:
      /\b(?:asked|requested) for [^.;]{3,100}? to be (?:relayed|circulated|provided|sent|shared|forwarded|reported|passed on|made available|brought|included|added|investigated|looked into|considered)\b/,
    kind: 'request',
  },
  {
    shape: 'a request made with no one named: "There was a request to …"',
    example: 'There was a request to include photographs of the new members in the report.',
    pattern: /^There (?:was|were) (?:also )?(?:a |further )?requests? (?:to|for|that)\b/,
    kind: 'request',
  },
  {
    shape: 'approval or consent given, in the passive',
    example: 'Unanimous approval was given for the purchase of two new benches.',
    pattern:
      /^(?:(?:Unanimous|Full|Formal|General) )?(?:approval|consent|agreement) (?:was|were|has been) (?:unanimously |duly |then )?given (?:for|to)\b/,
    kind: 'resolution',
  },
  {
    shape: 'the clerk or chair who did one thing and was asked to do another',
    example: 'The Clerk read out the letter from the school and was asked to reply with the council’s thanks.',
    pattern:
      /^(?:The |the )?(?:(?:Parish |Town )?[Cc]lerk|[Cc]hair(?:man|person)?|[Tt]reasurer|[Ss]ecretary)\b[^.;]{3,160}?\band was (?:instructed|asked|requested|directed|tasked) to [a-z]/,
    kind: 'action',
  },
  {
    shape: 'someone was asked to do something',
    example: 'The Clerk was asked to write to the highways team.',
    // Also someone named in full: "Mike Jelley was asked to make the grant application", or by first name ("… and Ann was
    // asked to write to him"); and someone invited to write or
    // provide something ("Mr Ellis was invited to write an article for the magazine"), not to speak; and councillors asked
    // to do something themselves ("Councillors were also asked to wear their robes", "… and councillors were asked to
    // tell the Clerk", "Those members who plan to go were asked to give their names"), not to decide; also after "&": "… found the reply unclear & the Clerk was asked to write again".
    // Also "was required to …", "was again asked to …", "were tasked with reading …", and "Cllr Ash is requested to …"; not
    // "has been asked to …", most often what someone else
    // asked before the meeting.
    pattern: new RegExp(
      `(?:^|^(?:\\S*\\d\\S*\\s+)?(?:After|Following) (?:some |further |a )?(?:discussion|debate),?\\s+|,? (?:and|&) |,\\s+|:\\s+|\\s[–—-]\\s+|\\b(?:although|but|so|whereupon) |\\((?:ACTION|Action)?:?\\s*)(${PEOPLE}|He|She|[Aa]ll (?:the )?(?:[Cc]ouncill?ors|[Cc]llrs\\.?|[Mm]embers)|Those (?:[\\w-]+ )?(?:[Mm]embers|[Cc]ouncill?ors)(?: of the [\\w ]{3,30}?)? who [^,.;]{3,80}?(?= were (?:also )?asked to [a-z]{3,})|(?:[Cc]ouncill?ors|[Mm]embers)(?= were (?:also |further )?asked to (?!(?:note|consider|agree|approve|comment|endorse|decide|determine|review|support|discuss|give|receive|accept|adopt|recommend|ratify|confirm|vote|be|make comments)\\b))|(?!(?:The|This|That|A|An|Each|Every|All)\\b)[A-Z][a-z]+ (?!(?:Committee|Council|Board|Panel|Cabinet|Executive|Group|Members)\\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?|(?!(?:The|This|That|It|Each|Every|Everyone|Everybody|Nobody|Someone|Anyone|One|Nothing|Members|Councillors|Officers|Residents|Everything)\\b)[A-Z][a-z]{2,}(?= was (?:also |further |then )?(?:asked|tasked|instructed) to [a-z]{3,} )) (?:(?:was|were|is) (?:also |further |then |subsequently |again |once again )?(?:[^.;]{3,80}? and )?(?:asked|requested|required|instructed|tasked|directed|told|invited(?= to (?:write|prepare|provide|submit|produce|draft|send|report|investigate|circulate|arrange|bring back)\\b))|instructed|requested|tasked|(?<=^(?:The )?[Cc]lerk )asked(?= to (?!be\\b)[a-z])) (?:to\\b|(?<=tasked )with [a-z]{3,}ing\\b)`,
    ),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'another body that will be asked something',
    example: 'The County Council will be asked when the work will be done.',
    // Not the council asked to decide, as an agenda puts it: "The Council will be asked to receive the Minutes …".
    pattern:
      /^(?:The )?(?:[A-Z][\w'’&-]* ){0,4}(?:Council|Highways|Authority|Police|Agency|Board|Trust)\s+(?:will|would|is to|are to) be (?:asked|approached|written to|contacted)\b(?! to (?:receive|note|approve|consider|agree|adopt|confirm|endorse|decide|determine)\b)/,
    kind: 'request',
  },
  {
    shape: 'another body was asked to act on something',
    example: 'The Management Board was asked to pursue this concern.',
    // Not the meeting itself, asked to decide or act ("The Committee was asked to note the report", "The Council were asked to
    // source new timetables"): a body named by more than its kind, asked to do more than decide.
    pattern: new RegExp(
      `^(?!(?:The |the )?(?:(?:Parish|Town|Community|City|County|District|Borough|Full) )?(?:Council|Committee|Sub-Committee|Panel|Cabinet|Board|Authority|Forum|Group|Executive) (?:was|were)\\b)${BODY} (?:was|were) (?:asked|requested|instructed) to (?!(?:formally |also )?(?:note|consider|agree|approve|comment|endorse|decide|determine|review|support|scrutini[sz]e|discuss|give|make|receive|accept|adopt|recommend|ratify|confirm|elect|appoint|co-opt|nominate|vote|take|resolve|be)\\b)[a-z]`,
    ),
    kind: 'request',
  },
  {
    shape: 'members were asked to consider something',
    example: 'Members of the Board were asked to consider the draft and send comments to the scrutiny team.',
    // Also reminded: "Members were reminded to send pictures to the Clerk". Not an offer they may take up: "Members were
    // invited to contact the Chairman if they wished to visit"; nor their duty to declare or register their interests, or
    // to consider whether they had any; nor the business put to them ("Members were requested to consider a proposal to …");
    // nor what they were told ("Members were asked to note that the forum has a budget of £23,000"), nor a report's
    // recommendation ("Councillors were asked to consider and note this half-year report"). Also after what was said: "Some
    // ideas were offered and councillors were requested to think about the matter".
    pattern:
      /(?:^|,? and (?=(?:members|councillors) (?:are|were) (?:asked|requested) to\b))(?![^.;]*\bif (?:they|members|councillors) (?:wish|wished|would like)\b)(?![^.;]*\b(?:[Dd]eclare|[Rr]egister|whether they (?:had|have) any)\b[^.;]*\b[Ii]nterests?\b)(?:Members|Councillors|Governors|Trustees|Volunteers|All (?:Members|Councillors|Governors|Trustees)|(?<=and )(?:members|councillors))(?: of the [A-Z][\w ]{2,40}?)? (?:were|are) (?:asked|invited|encouraged|requested|reminded|urged) to\b(?! (?:consider|discuss|debate) (?:a|the) (?:proposal|request|application|motion)\b)(?! note\b)(?! (?:consider|review) and (?:note|approve|endorse|agree|comment on)\b)/,
    kind: 'request',
    weak: true,
  },
  {
    shape: '"Action" and who, then what they are to do',
    example: 'Action SP to submit the return to the auditor by 30th June',
    pattern:
      /^Action(?: by)?:?\s+(?:the\s+)?((?:[A-Z]{2,4}|[Cc]lerk|[Cc]hair(?:man)?)(?:\s*(?:\/|,|and|&)\s*(?:[A-Z]{2,4}|[Cc]lerk|[Cc]hair(?:man)?))*)\s+(?:[–—-]\s+)?to\s+/,
    kind: 'action',
    owner: 1,
    keep: 'owner-to-rest',
  },
  {
    shape: 'he or she undertook to do something, named in the sentence before',
    example: 'In response to a question, he agreed to provide Members with a breakdown of the calls.',
    pattern: new RegExp(
      `(?:(?:^${OPENING_CLAUSE}|\\b(?:and|but|so|who) )(?:[Hh]e|[Ss]he|[Tt]hey) |^(?:He|She|They)\\b[^.;]{0,160}?\\band )(?:undertook|agreed|offered|promised|volunteered) to\\s+(?!the\\b|a\\b|an\\b|this\\b|these\\b|that\\b)`,
    ),
    kind: 'action',
    keep: 'after-match',
  },
  {
    shape: 'an undertaking after a comma, by someone named earlier in the sentence',
    example: 'Cllr Ash said the contractor would go back and remove the weeds, he agreed to follow this up.',
    pattern:
      /,\s+(?:he|she|they) (?:undertook|agreed|promised) to\s+(?!be\b|the\b|a\b|an\b|this\b|these\b|that\b)[a-z]/,
    kind: 'action',
  },
  {
    shape: 'someone agreeing to act, in a clause after a decision',
    example: 'Councillor Lisa Birks agreeing to speak with Mr. Harri Pugh regarding this.',
    pattern: new RegExp(
      `^(${NAMED}|[Tt]he [Cc]lerk) (?:kindly )?(?:agreeing|offering|volunteering|undertaking) to [a-z]{3,}`,
    ),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'someone undertook or agreed to do something',
    example: 'In response to a question, the Director of Public Health undertook to circulate the figures.',
    // Also after its item's title and a dash: "18/25 Noise from the depot – Cllr. R Smith kindly offered to prepare …";
    // and over its parts: "Paul Ash agreed to 1) look at the sites 2) …"; and with who they are in brackets: "Tom Ash (the
    // Clerk's nephew) agreed to take over the website"; an officer named by role in small letters ("The area commander agreed to
    // send the figures"), an officer of a body named with "the" ("The Director of the Partnership undertook to …"), and
    // some of the members: "Several members of the Group volunteered to advise the youth forum".
    pattern: new RegExp(
      `^(?:\\S*\\d\\S*\\s+[A-Z][^.;]{2,200}?\\s[–—]\\s)?${OPENING_CLAUSE}(${NAMED}|[Tt]he (?:clerk|chair(?:man)?|council|committee)|[Tt]he (?:[a-z]+ ){0,2}(?:commander|officer|manager|director|inspector|superintendent|treasurer|secretary|solicitor|engineer|adviser|advisor)|[Tt]he (?:[A-Z][\\w-]* ){0,3}(?:Director|Manager|Head|Officer|Chief Executive) (?:of|for) the (?:[A-Z][\\w&'’-]*(?: (?:and|of|for|&))? ){0,4}[A-Z][\\w'’-]*|officers|(?:Several|Some|Two|Three|Four|A number of) (?:members|councillors)(?: of the [A-Z][\\w-]*)?(?:, (?:from|of) [^.;,]{2,120}?(?= (?:volunteered|offered|agreed|undertook)\\b))?)(?: \\([^()]{2,60}\\))?,?(?: [^.]{0,120}?,)?(?: [^.]{0,200}?,? (?:and|but))? (?:(?:(?:has|have) (?=agreed|undertaken|kindly|also)|(?<!Council )(?:has|have|had) (?=offered|volunteered))?(?:kindly |generously |also |then )?(?:undertook|undertaken|agreed|offered|promised|committed|volunteered|would endeavour|(?:undertook|took) (?:an|the) action|gave (?:an|a firm) undertaking) to(?:\\s+(?!the\\b|a\\b|an\\b|this\\b|these\\b|that\\b|be (?:nominated|proposed|elected|co-opted|considered)\\b)|\\s*:?\\s*$)|undertook that\\s+|volunteered (?:for|as) (?:the )?(?:role|post|position|job)?)`,
    ),
    kind: 'action',
    owner: 1,
    keep: 'owner-to-rest',
  },
  {
    shape: 'someone agreeing to do something, in a clause after "with"',
    example: 'Funding for the defibrillator was discussed, with Councillor Ann Lowe agreeing to contact the supplier.',
    pattern: new RegExp(
      String.raw`\bwith (${PERSON}) (?:agreeing|offering|volunteering|undertaking) to (?!be\b|the\b|a\b)[a-z]{3,}`,
    ),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'an undertaking in a clause about what was raised: "which the Clerk undertook to raise"',
    example: 'A query was raised about the planning minutes, which the Town Clerk undertook to raise with the officer.',
    // Also after "but" or ", and": "… a matter for the district council but Cllr Ash agreed to contact them nonetheless";
    // and after "and" alone before an officer: "… was not in the report and the Data Manager agreed to add it".
    pattern: new RegExp(
      `(?:\\b(?:which|that|but)|,? and(?= the [A-Z])|, and) (${PERSON}) (?:undertook|agreed|offered|promised|volunteered) to (?!the\\b|a\\b|an\\b|this\\b)[a-z]{3,}`,
    ),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'someone asked to act, in a clause about what was said: "which KT asked LP to post"',
    example: 'The photographs were shared, which KT asked LP to post on the Facebook page.',
    pattern: new RegExp(`\\b(?:which|that) ${PERSON} asked (${PERSON}) to (?!the\\b|a\\b|an\\b|this\\b)[a-z]{3,}`),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'a councillor or officer who volunteered or offered to do something, after a comma',
    example: 'Boxes were needed for the shops, Cllr Ash volunteered to make some up.',
    // Also someone named in full who undertook something: "… and to help with the plan, Daryl Ash undertook to find out …".
    pattern: new RegExp(
      `[,;]\\s+(${PERSON}|(?!(?:The|This|That|These|Those|It|They|Members|Councillors|Council|Committee|Board|All|Everyone|Residents)\\b)[A-Z][a-z]+ [A-Z][a-z'’-]+(?= undertook\\b)) (?:volunteered|offered|undertook|agreed) to (?!the\\b|this\\b|that\\b|these\\b|those\\b|it\\b)[a-z]{3,}`,
    ),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'all agreed that someone be elected or appointed',
    example:
      'There being no other nomination, all agreed that Cllr Ash be duly elected and she signed her declaration.',
    pattern:
      /^(?:[^.;]{3,80},\s+)?[Aa]ll (?:present |members |councillors )?agreed that\s+(?=[^;]{0,80}?\bbe (?:duly |unanimously )?(?:re-?)?(?:elected|appointed|co-opted)\b)/,
    kind: 'resolution',
  },
  {
    shape: 'all agreed that something be done',
    example: 'All agreed that the speaker be invited to a meeting in the autumn.',
    // Also in the present: "All agree that no more stalls are needed."; and after why: "There being no objection, all
    // agreed that …".
    pattern:
      /^(?:[^.;]{3,80},\s+(?=all))?All (?:present |members |councillors )?agreed? that\s+(?=.*\b(?:be|would|will|should|(?:are|is) (?:not )?(?:needed|required))\b)/i,
    kind: 'follow-up',
    keep: 'after-match',
  },
  {
    shape: 'someone said they were happy or willing to do something',
    example:
      'Councillor Trevithick, the Chairman of that Select Committee, said that she was happy to add this to its work programme.',
    pattern: new RegExp(
      `^${OPENING_CLAUSE}(${NAMED}),?(?: [^.]{0,80}?,)? (?:said|confirmed|indicated|stated|replied)(?: that)? (?:he|she|they|it) (?:was|were|would be) (?:happy|willing|pleased|content) to\\s+(?!answer\\b|take\\b|hear\\b|discuss\\b|see\\b|note\\b|support\\b|help\\b|meet\\b|stand\\b|continue as\\b|be (?:nominated|elected|considered|co-opted)\\b)`,
    ),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'someone who was happy or willing to send, share or look into something: an undertaking',
    example: 'The Portfolio Holder was happy to share the letter she had received from the department.',
    // Not news: "Cllr Ash was pleased to report an improvement in Cllr Birch's health."
    pattern: new RegExp(
      `^${OPENING_CLAUSE}(${NAMED}) (?:was|were|would be|is|are) (?:very )?(?!pleased to report\\b(?! back))(?:happy|willing|pleased|content) to\\s+(?:${UNDERTAKEN})\\b`,
    ),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'someone agreed that something be done',
    example: 'The Chairman agreed that flood resilience be added to the work programme.',
    // Not an opinion shared: "Cllr Ash agreed that it would make sense to keep spares in both halls."
    pattern: new RegExp(
      `^(${NAMED}),? (?:noted [^.;]{3,60}? and )?agreed that\\s+(?!it (?:would|will|was|is) (?:make sense|be (?:a good idea|good|useful|helpful|sensible|better|best|worth|important|nice)))(?=.*\\b(?:be|would|will|should)\\b)`,
    ),
    kind: 'follow-up',
    owner: 1,
  },
  {
    shape: 'an action table’s row run into a line: the matter, "Action –" what, and "By" whom',
    example: 'Hedge on the communal land Action – requires cutting – contact the contractor By Office',
    pattern:
      /^(?:[^.;]{2,100}?\s)?Action\s*[:–—-]\s*\S[^;]{3,200}?\s+By\s+((?:the )?(?:Office|Clerk|Committee|Council|Chair(?:man)?|(?:Cllrs?\.?|Councill?ors?) [A-Z][\w'’-]+|[A-Z]{2,3}))\.?$/,
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'someone named, then "who undertook to" do something',
    example: 'The Chairman thanked Mr Ash of Ash Printers, who undertook to supply the headed paper at no cost.',
    pattern:
      /\b((?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councill?or)\.? [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?: (?:of|from) [^,.;]{2,60})?,? who (?:kindly |also )?(?:undertook|agreed|offered|volunteered) to [a-z]{3,}/,
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'who acts, a colon, then what they are to do',
    example: 'The clerk: to obtain two more quotes.',
    pattern:
      /^((?:The |the )?(?:[Cc]lerk|[Cc]hair(?:man)?|[Tt]reasurer|[Ss]ecretary|(?:Cllr|Councill?or)\.? [A-Z][\w'’-]+))\s*:\s*to [a-z]{3,}/,
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'members who requested that a paper consider or include something',
    example: 'Members requested the strategy consider the rural bus routes.',
    pattern:
      /^(?:(?:For|On|Regarding|In relation to|With regard to) (?:the )?[^.;,]{2,80}?,?\s+)?(?:The )?(?:Members|Councillors|Committee|Panel|Board) (?:also |further )?requested (?:that )?the (?:[a-z]+ ){0,2}(?:document|strategy|plan|report|policy|review|paper|programme|update|scheme) (?:should )?(?:consider|include|reflect|address|cover|set out|show|look at)\b/,
    kind: 'request',
  },
  {
    shape: 'a decision in the form "That the appeal is dismissed", its keyword lost',
    example: 'That the appeal is dismissed, the Panel being content that the transport policy was followed.',
    pattern:
      /^That (?:the |this )?(?:[\w'’-]+ ){1,4}(?:is|are) (?:hereby )?(?:dismissed|upheld|allowed|refused|granted|approved|rejected|adopted|accepted)\b/,
    kind: 'resolution',
  },
  {
    shape: 'an item put on the agenda of the next meeting, in the passive',
    example: 'Following discussion, road safety was placed on the agenda for the March meeting.',
    pattern:
      /\b(?:was|were|would be|will be) (?:put|placed|added|included) (?:on|to|in) the agenda (?:for|of) the (?:next|following|future|[A-Z][a-z]+) meeting\b/,
    kind: 'work-programme',
  },
  {
    shape: 'someone to do something',
    example: 'Clerk to follow up.',
    // Also after an action's dated reference: "12/03/19-04-Treasurer to send the figures"; and "Clerk also to request …",
    // "Also CLERK to ask about …"; and run on from a note with no full stop: "Balance rather high KC to move £500 to deposit";
    // and a verb in quotation marks: "SM to ‘tidy up’ the constitution"; an action column run on at the end of a line, its
    // verb in capitals: "Gate needs painting Clerk to Chase"; and "… happy for us to keep sending a page Mrs Ash to write the next
    // one". Not an agenda's "Chair to move to approve the
    // minutes".
    pattern: new RegExp(
      `(?:^(?:[A-Za-z£\\d][\\w ,.'’/&£“”"‘()–-]{1,140}?(?::|\\s[–—‒-])\\s+){0,2}|(?:^|(?<=[.!?]\\s))(?:ACTION|Action)\\s+(?!(?:to|plan|points?|log|list|taken|required|needed|by|on|for|the|is|was|will)\\b)|^[A-Z]{0,3}\\d{1,2}(?:[/.]\\d{1,4}){1,2}[-–]\\d{1,3}\\s*[-–:.]?\\s*|,\\s+(?=(?:[Tt]he )?(?:[Cc]llrs?\\b|[Cc]lerk\\b|[Cc]ouncill?or\\b)|[A-Z][a-z]+ [A-Z][a-z]+ to [a-z]|(?:Convenor|Convener|Treasurer|Secretary|Chair(?:man|person)?) [A-Z][a-z]+ [A-Z][a-z]+ to [a-z])|(?<!\\b(?:ask|asks|asked|invite|invited|request|requested|met|meet|meeting)\\b[^.;]{0,80})\\sand\\s+(?=(?:[A-Z]{2,3}|[Cc]lerk|[Tt]he [Cc]lerk) to [a-z])|(?<=\\w\\s?[–—]\\s?)(?=(?:[Tt]he )?[Cc]lerk to [A-Za-z])|\\b(?:but|so)\\s+(?:in the meantime,?\\s+|meanwhile,?\\s+)?(?=(?:[Tt]he )?[Cc]lerk to [a-z])|^(?:[\\w)]+\\s){1,4}(?=Clerk to [a-z])|(?<=^[^.;:]{3,200}\\s[a-z][a-z’'-]*)\\s+(?=(?:[Tt]he )?[Cc]lerk to [A-Z][a-z]+\\.?$)|^(?:Also|ALSO),?\\s+(?=(?:[Tt]he )?(?:[Cc]lerk|CLERK|[Cc]llrs?\\b|[Cc]ouncill?or\\b|[A-Z]{2,3} to\\b))|^(?:[A-Z\\d()&/.-]+\\s){2,10}(?=(?:The )?[Cc]lerk to [a-z])|(?<=^[^.;:]{3,200}\\s[a-z][a-z’'-]*)(?<!\\b(?:ask|asks|asked|invite|invited|request|requested|tell|told|for|with|allow|allowed|want|wants|wanted|like|expect|expected|urge|urged|instruct|instructed|encourage|encouraged|require|required|enable|enabled|get|got|help|helped|leave|left|by|and|or|that|if|when|whether|was|were|is|are|the|a|an|of|to|from|on|at|in|into|remind|reminded|need|needed|needs|remain|remains|remained|stay|stays|become|becomes|became|would|will|appoint|appointed|elect|elected|nominate|nominated|delegate|delegated|authorise|authorised|agree|agreed|advise|advised|prompt|prompted|pressed|press|wait|waiting|await|awaiting))\\s+(?=(?:[A-Z]{2,3}|Cllrs? [A-Z][a-z]+|(?:Mr|Mrs|Ms|Miss|Dr) [A-Z][a-z]+) to [a-z]{3,}))(${PEOPLE}) (?:also |then )?to (?!(?:be|the|a|an|this|all|its|their|move (?:to|that))\\b)(?:[‘'“"]?[a-z]+|(?:Contact|Write|Email|Chase|Check|Arrange|Order|Obtain|Send|Reply|Respond|Report|Investigate|Circulate|Book|Ask|Inform|Forward|Update|Pay|Action|Follow|Seek|Request|Liaise|Speak|Find|Get|Look|Raise|Apply|Prepare|Draft|Add|Remove|Confirm|Notify|Invite|Monitor|Review|Place|Put|Purchase|Buy|Renew|Submit)\\b)`,
    ),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'someone named in full, or the council’s members, to do something',
    example: 'Emma Comfort to make initial contacts.',
    // Also "Council members to investigate an alternative site and liaise with the owner.", "All members to review the terms
    // of reference before the next meeting", "Cllr’s to review the draft", "Ann Lee to become a signatory". Not a body or
    // place named in
    // two words ("Parish Council to …", "Highways England to …").
    pattern: new RegExp(
      String.raw`^((?!(?:The|This|That|These|Parish|Town|County|District|Borough|City|Community|Highways|Police|National|Network|Planning|Members|All|Each|Both)\b)[A-Z][a-z]{2,} [A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?|(?:(?:Parish|Town|Community) )?[Cc]ouncil [Mm]embers|(?:All )?(?:[Mm]embers|[Cc]ouncill?ors|Cllr[’']s|Cllrs)) to (?:${UNDERTAKEN}|${PRACTICAL}|make|organise|order|obtain|draft|find|look|consider|think about|become|use|design)\b`,
    ),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'someone urged or encouraged to do something',
    example: 'The Wildlife Group was urged to write a constitution for the group.',
    // Also "It was also encouraged to compile a long term plan for the parish."
    pattern: /^(?:The |It )?[^.;]{0,80}?\b(?:was|were) (?:also |strongly )?(?:urged|encouraged) to [a-z]{3,}/,
    kind: 'request',
  },
  {
    shape: 'something noted, in the passive, said whole',
    example: 'The protocol was noted.',
    // Also by whom: "The list of decisions was noted by the Committee." Not what was said or raised ("The concern was noted.",
    // "Apologies were noted.").
    pattern:
      /^(?:The|Its) (?![^.;]*\b(?:concerns?|comments?|points?|views?|suggestions?|apolog\w*|absence|declarations?|interests?)\b)(?:[\w'’&/()-]+ ){1,8}?(?:was|were) (?:duly |formally |otherwise |also )?noted(?: by (?:the )?(?:[Cc]ommittee|[Cc]ouncil|[Mm]embers|[Cc]ouncill?ors|[Bb]oard|[Pp]anel))?\.?$/,
    kind: 'resolution',
  },
  {
    shape: 'a councillor who agreed to do something, after "and"',
    example: 'Concern was expressed about dog mess and Cllr Harris agreed to prepare an article for the newsletter.',
    // Also "… and councillor Mrs Ash offered to put posters up", and someone named in full ("… and Tony Ash agreed to look for it"),
    // or by first name ("… will lend its gazebo and Priya agreed to collect it").
    pattern: new RegExp(
      String.raw`\band ((?:(?:County|District|Borough|City|Town|Parish|Ward) )?(?:Cllr\.?|[Cc]ouncill?or|Mr|Mrs|Ms|Dr)(?: (?:Mr|Mrs|Ms|Miss|Dr))? (?:[A-Z]\.? ?)*[A-Z][\w'’-]+|(?!(?:The|This|That|Parish|Town|County|District)\b)[A-Z][a-z]+ [A-Z][a-z'’-]+|the (?:Clerk|Chair(?:man)?|[Oo]fficer|(?:[A-Z][\w-]* )?Officer|PCSO|[Pp]olice)|(?!(?:The|This|That|These|Those|It|They|He|She|We|Members|Councillors|Council|Committee|Board|All|Everyone|Residents)\b)[A-Z][a-z]{2,}) (?:kindly )?(?:agreed|undertook|offered|volunteered|promised) to (?!the\b|a\b|an\b|this\b)[a-z]{3,}`,
    ),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'someone named who will do something',
    example: 'Jim Towers will issue invitations to the three landowners.',
    // Also after "and", or "is to": "… will be mended by a joiner and Ben is to buy a cover."
    // Also after a topic and a dash: "Visitor from the area team – James will chase the contact"; and after what they
    // took on: "Coun. Newman took the report and will monitor the area"; and after a comma, a councillor by title:
    // "New Bus Shelter – has not been repaired yet, Cllr. Sinclair will have a look at it"; and after what they have
    // ready: "Monument – Ann has a letter drafted and will circulate it"; and what they will be doing ("Cllr Ash will be
    // leading on getting the bench repaired").
    pattern: new RegExp(
      String.raw`(?:^|\band |\s[–—-]\s+|,\s+(?=(?:[CD]?Cllr\.?|Councill?or|Coun\.?) [A-Z]))(?!(?:The|This|That|It|There|These|Those|They|We|He|She|Members|Councillors|Council|Committee)\b)((?:(?:[CD]?Cllr\.?|Councill?or|Coun\.?|Mr|Mrs|Ms|Dr|Rev) )?[A-Z][a-z]+(?: [A-Z][a-z'’-]+){0,2}|(?:[CD]?Cllr\.?|Councill?or|Coun\.?|Mr|Mrs|Ms|Dr) [A-Z][\w'’-]+)(?: (?:took|received|accepted|noted|has|had) [^.;,]{2,40}? and)? (?:will|is to|is going to) (?:try (?:to|and) [a-z]{3,}|${UNDERTAKEN}|${PRACTICAL}|complete|issue|invite|organise|book|order|draft|update|liaise|speak|approach|look|investigate|circulate|contact|request|monitor|get in touch|be (?:leading on|looking into|following up|contacting|arranging|organising|chasing|liaising|checking|investigating|preparing|circulating|sending|obtaining|seeking|writing to|speaking to))\b`,
    ),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'someone named by first name to do something, after a comma or dash',
    example: 'Defibrillators – protocol partly written, Jayne to sort out the broken one in the car park.',
    // Not a place in an application's address: "… by Mr and Mrs Robson, 1 Primrose Cottage, Winston to erect a garage", nor
    // a post's title in what a report is for ("A report of the Director of Finance, Governance and Contracts to consider …").
    pattern:
      /(?<!^(?:An?|The) (?:report|paper|update|briefing)s? (?:of|from|by) [^.;]*)(?:,|\s[–—-])\s+(?!(?:None|Nothing|Nil|Nobody|Invites?|Reply|Replies|Responses?|Letters?|Visits?|Welcome|Access|Support|Changes|Thanks|Subject|Return|Reports?|Updates?|Items?|Questions?|Queries|Due|Going|Back|Similar|Prior|Next|Close|Addition|Contributions?|Donations?|Grants?|Applications?|Proposals?|Requests?|Permission|Consent|Notifications?|Contrary|Adjacent|Opposite|Related)\b|[A-Z][a-z]+(?:ing|able|ible|ful|ous)\b|(?:[A-Z][a-z]+ )?(?:Committees|Councils|Boards|Panels|Groups|Members|Councillors)\b)([A-Z][a-z]{2,12}(?: [A-Z][a-z'’-]{2,15})?(?: and [A-Z][a-z]{2,12})?|[A-Z]{2,3}) to (?!(?:be|the|a|an|this|that|these|those|all|its|their|his|her|our|date|hand|each|every|any|some|which|whom|what|erect|construct|demolish|convert)\b)[a-z]{3,}\b/,
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'an amendment, report or detail requested, in the passive',
    example: 'An amendment was requested to explicitly include alcohol in the schematic alongside smoking.',
    pattern:
      /^(?:An?|The|Further|Some) (?:further )?(?:amendments?|changes?|additions?|reports?|breakdowns?|briefings?|details|clarification|update)\b[^.;]{0,40}? (?:was|were) (?:also )?requested\b(?! (?:to|in|of) the (?:draft |previous |last )?minutes\b)/,
    kind: 'request',
  },
  {
    shape: 'the chair referring a motion to another body',
    example:
      'In accordance with Council Procedure Rule 12.4, the Chairman referred the motion (Safer Roads) to the Cabinet because of its cost.',
    pattern:
      /\b(?:Chair(?:man|person|woman)?|Mayor|Provost|Council|Committee) (?:then |therefore )?referred the (?:motion|matter|petition)\b[^.;]{0,160}?\bto (?:the )?(?:Cabinet|Executive|(?:[A-Z][\w&'’-]* ){1,6}(?:Committee|Panel|Board|Council))\b/,
    kind: 'resolution',
  },
  {
    shape: 'a body that writes to or lobbies someone, as its motion says',
    example: 'Northshire Council writes to the Trust’s Chief Executive, requesting that it considers long-term lets.',
    // Also in the subjunctive, its "That" lost: "Council write to the Minister requesting that funding be found."
    pattern:
      /^(?:This |The )?(?:[A-Z][\w'’-]* ){0,3}(?:Council|Committee|Cabinet|Board|Panel|Authority) (?:writes?|lobb(?:y|ies)) (?:to )?(?:the |a |all |each )?(?:[A-Z]|local\b|relevant\b|government\b)/,
    kind: 'resolution',
  },
  {
    shape: 'a petition received and referred to an officer or body',
    example: 'A petition was received about crossing lights on Chapel Road and was referred to the Director of Place.',
    pattern:
      /^(?:An?|The) (?:e-)?petitions?\b[^.;]{0,300}?\b(?:was|were|and|be) (?:was |were )?(?:duly )?referred to\b/,
    kind: 'resolution',
  },
  {
    shape: 'a response confirmed as to be chased or provided, with no one named',
    example: 'Cllr Ash had not had a reply to her question and it was confirmed that a response would be chased up.',
    pattern:
      /\bit was (?:confirmed|agreed|noted) that (?:a |an |the )?(?:further )?(?:response|reply|answer|update|written answer)s? would be (?:chased(?: up)?|provided|sent|circulated|followed up|given)\b/,
    kind: 'action',
  },
  {
    shape: 'a body that considered that something be done',
    example:
      'Given the papers would be sent in advance, the Committee considered that a time limit of ten minutes be set.',
    pattern: new RegExp(
      `^(?:[^.;]{3,150},\\s+)?${BODY} (?:considered|felt|took the view) that [^.;]{3,150}?\\bbe (?:set|made|held|kept|put|given|sent|brought|added|reviewed|agreed|introduced)\\b`,
    ),
    kind: 'follow-up',
  },
  {
    shape: 'a report that should come to the next meeting',
    example: 'A report should come forward to the next meeting on 26 September.',
    pattern:
      /^(?:A|An|The)(?: further| full| detailed| update| progress| written)? (?:report|update|paper|briefing)s? (?:should|would|will|is to|must) (?:come(?: forward| back)?|return|be (?:brought|presented|submitted|considered))\b[^.;]{0,40}\b(?:next|future|following|later|subsequent) (?:meeting|committee)\b/,
    kind: 'information-request',
  },
  {
    shape: 'the council’s decision on an application, given as a code',
    example: 'The Parish Council decision was B',
    pattern: /^The (?:Parish |Town |Community )?Council(?:['’]s)? (?:decision|response|recommendation) (?:was|is)\b/,
    kind: 'resolution',
  },
  {
    shape: 'a matter that is to go on an agenda',
    example: 'This is to go on the Conservation Agenda.',
    pattern:
      /^(?:This|It|These|The (?:matter|item|issue))(?: matter| item| issue)? (?:is|are|was|were) to (?:go on|be put on|be placed on|be added to|be included (?:on|in)) (?:the |a )?(?:next |future )?(?:[A-Z][\w&'’-]* ){0,3}(?:[Aa]genda|[Ww]ork [Pp]rogramme)\b/,
    kind: 'follow-up',
  },
  {
    shape: 'someone named who will go on chasing or pursuing something',
    example: 'Cllr. Barlow has been and will continue to chase the Planning and Enforcement Officers.',
    pattern: new RegExp(
      `^(${NAMED})[^.;]{0,40}?\\b(?<!\\b(?:I|[Ww]e) )will (?:continue to|keep on|go on) (?:${UNDERTAKEN}|chase|pursue|monitor|press)\\b`,
    ),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'a select committee’s order, "Ordered, That …"',
    example: 'Ordered, That the Chairman do make the Report to the House.',
    pattern: /^(?:Ordered|Resolved),? That\b/,
    kind: 'resolution',
  },
  {
    shape: 'what a committee recommends for approval, over its list',
    example: 'After careful consideration the following grants are recommended for approval:',
    pattern:
      /^(?:(?:After|Following) [^,.]{2,60}?,?\s+)?[Tt]he following (?:[a-z]+ ){0,2}(?:are|were|be|is|was) recommended (?:for approval|to (?:the )?(?:Full )?(?:Council|Cabinet|Executive))\b/,
    kind: 'recommendation',
  },
  {
    shape: 'a vote taken on a planning response, with its count',
    example: 'Vote taken, 6 for Recommend Refusal, 1 for Abstention.',
    pattern:
      /^(?:A )?[Vv]ote (?:was )?taken,?\s+\d{1,2} (?:for|in favour of) (?:(?:to )?recommend(?:ing)? )?(?:refusal|approval|objection|no objection|support)\b/i,
    kind: 'resolution',
  },
  {
    shape: 'councillors who were to do something, in note form',
    example: 'Concerns were expressed about burglaries and councillors were to ask residents to be vigilant.',
    pattern: new RegExp(
      `(?:^|\\band )((?:[Aa]ll )?(?:[Cc]ouncill?ors|[Mm]embers)) (?:were|are) (?:also )?to (?:${UNDERTAKEN}|tell|remind|speak|inform|notify)\\b`,
    ),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'something that would be clarified or checked, with no one named',
    example: 'It would also be clarified whether the compensation paid to the district would be transferred.',
    pattern:
      /^It (?:would|will) (?:also |then |now )?be (?:clarified|checked|confirmed|established|ascertained|investigated|explored) (?:whether|if|what|how|when|why)\b/,
    kind: 'action',
  },
  {
    shape: 'a situation that will be monitored',
    example: 'The Parish Council registered this issue and the situation will be monitored.',
    pattern:
      /\b(?:the|this) (?:situation|matter|issue|position) (?:will|would) (?:continue to )?be (?:monitored|kept under review)\b/,
    kind: 'follow-up',
  },
  {
    shape: 'a piece of work that is to be undertaken or carried out',
    example: 'An inventory is to be undertaken of the hall’s furniture.',
    pattern:
      /^(?:An?|The) (?:[\w'’/-]+ ){0,5}?(?:is|are) to be (?:undertaken|carried out|arranged|organised|completed|obtained|sought|checked|investigated|ordered|purchased|installed|repaired|replaced)\b/,
    kind: 'action',
  },
  {
    shape: 'a letter or reply that is to be sent',
    example: 'A further letter is to be sent to the landowner about the hedge.',
    pattern:
      /^(?:[^.;]{3,120},\s+)?(?:An?|The|a|an|the) (?:further |follow[- ]up |formal |written |second )*(?:letter|reply|response|reminder|email|complaint|invoice|cheque|request|advert(?:isement)?|notice|order|quote|quotation)s? (?:is|are) to be (?:sent|written|forwarded|emailed|issued|made|placed|put|posted|displayed|published|obtained|sought|requested)\b/i,
    kind: 'action',
  },
  {
    shape: 'an action with its owner before "Action:"',
    example: 'Clerk Action: to recirculate the letter to all councillors.',
    pattern: new RegExp(String.raw`^(${PERSON}|[A-Z]{2,3}) Action:\s*(?:to\s+)?[a-z]`),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'a task with the initials of who does it in brackets',
    example: 'Submit the grant completion form (JR/LM)',
    pattern:
      /^(?:Submit|Send|Write|Contact|Arrange|Order|Check|Chase|Draft|Prepare|Book|Circulate|Email|Ask|Obtain|Organise|Investigate|Update|Renew|Pay|Collect|Inspect|Repair|Clear|Report)\b[^.]{3,140}\((?:[A-Z]{2,3})(?:\s*[/,&]\s*[A-Z]{2,3})*\)\.?$/,
    kind: 'action',
  },
  {
    shape: 'what was put, then who proposed and seconded it and "carried", in note form',
    example: 'Recommendation to agree the new website name Prop Cllr AB, 2nd Cllr CD carried',
    // Also "… Proposed Cllr Ash, Seconded Cllr Birch, carried unanimously".
    pattern:
      /\b(?:Prop(?:osed)?\.?|Proposer:?)\s+(?:by\s+)?(?:(?:Cllr|Councill?or|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?,?\s+(?:2nd|Sec(?:onded)?\.?|Seconder:?)\s+(?:by\s+)?(?:(?:Cllr|Councill?or|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?,?\s+(?:and\s+)?(?:carried|CARRIED|agreed|AGREED)(?: unanimously| nem\.? con\.?)?\.?$/,
    kind: 'resolution',
    // Read before "a report's proposal", which "Recommendation to agree …" would otherwise be.
    beforeNotOutcomes: true,
  },
  {
    shape: 'members who would like someone to do something, or would like to ask someone to',
    example: 'Members would like the parks team to draw up a plan for the play area.',
    // Also initials ("AB would like the parks team to draw up a plan for the summer") and "Cllrs would like to ask the fire
    // crew to open the summer fete".
    pattern:
      /^(?:The )?(?:Members|Councill?ors|Cllrs|(?:[A-Z][\w&'’-]* ){0,4}(?:Committee|Panel|Board|Forum|Council|Group)|[A-Z]{2,3})(?: (?:all|also))? would (?:like|wish) (?:(?:the |our |an? )?(?:[A-Z][\w&'’-]* |[a-z]+ ){0,4}?(?:team|officers?|Clerk|[Cc]ouncil|[Dd]irector|[Mm]anager|service|department|police|[Pp]olice) to [a-z]{3,}|to (?:ask|invite|request) [^.;]{3,80}? to [a-z]{3,})/,
    kind: 'request',
  },
  {
    shape: 'the chair or the body who asked whether someone could provide an update',
    example: 'The Chair asked if Sam could give an update on fostering at the March meeting.',
    // Also "Members asked whether officers could bring a report on …", "The Committee asked if the Director would give a
    // briefing".
    pattern:
      /^(?:The )?(?:Chair(?:man|person|woman)?|Vice[- ]Chair(?:man|person)?|Convene[ro]|Committee|Panel|Board|Forum|Members) asked (?:if|whether) (?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?|the [A-Z][\w&'’ -]{2,60}?|officers|the officers?) (?:could|would|might) (?:provide|bring|give|circulate|send|share|present|prepare) (?:an? |the )?(?:further |written |short |brief )?(?:update|report|briefing|details|information|figures|note|summary|presentation)\b/,
    kind: 'information-request',
    // Read before "a question", which it would otherwise be.
    beforeNotOutcomes: true,
  },
  {
    shape: 'something that will be sent, published or made available',
    example: 'The audited accounts will be published on the parish council website.',
    // Also advertised, signed, ordered or arranged: "The vacancy will be re-advertised."; after a long subject ("A date for
    // a further session to follow up the actions proposed at the workshops held late in 2010 would be arranged shortly").
    // Or looked into: "The issue will be looked into and fed back at the next meeting."; or drawn up: "A full schedule of
    // work, with costs, is to be drawn up with the gardener."; or passed on, debated or reported in the newsletter; and after
    // what led to it: "In view of the number of pages, the plan will be posted on the website", "… cold callers – this will be
    // passed to the police", "… were discussed and further letters will be sent to the operators"; not after any clause and a comma
    // ("After a long evening …, the draft minutes will be published …" is news of the meeting). And with no article before
    // what: "Complaints about bonfires will be reported in the newsletter", "Funding plaques will be attached to the benches",
    // "Minutes of earlier meetings will be placed on the website", "Concerns about the hedge on the lane will be referred to
    // the highways team"; and what will be undertaken or carried out: "A check of members' details would be undertaken
    // before it is sent"; and who will be kept informed or advised: "Members would be kept updated on the work",
    // "The complainant will be advised accordingly".
    pattern:
      /^(?:(?:In view of|Given|Due to|Because of)\b[^.;]{3,100}?,\s+|[^.;]{3,160}?(?:\s[–—-]|\sand)\s+(?=(?:an?|the|this|these|it|further) ))?(?:(?:An?|The|an?|the) (?:(?!that\b|explained\b|said\b|advised\b|reported\b)[\w'’/-]+ ){0,20}?|(?:This|These|It|this|these|it) |(?:Info|Copies|Leaflets|Posters|Flyers|further) (?:[\w'’/-]+ ){0,3}?|(?!(?:He|She|They|We|It|There|Members|Councillors|Residents)\b)[A-Z][a-z]+(?: (?!(?:is|are|was|were|has|have|had|will|would|that|who|which)\b)[a-z][\w'’/-]*){0,7} (?=will be (?:sent|posted|reported in|attached|passed|placed|put (?:on|in|up)|displayed|forwarded|referred(?: back)? to)\b))(?:will|would|is to|are to) (?:now |also |then )?be (?:made available|drawn up|sent|send|published|emailed|e-mailed|circulated|forwarded|posted|distributed|displayed|shared|provided|supplied|put (?:on|in|up)|referred(?: back)? to|(?:re-)?advertised|signed|placed|ordered|obtained|arranged|organised|amended|chased|followed up|looked into|fed back|checked|inspected|repaired|enlisted|approached|contacted|invited|passed (?:to|on)|debated (?:by the (?:[Pp]arish |[Tt]own |[Cc]ommunity )?[Cc]ouncil|at)|made to|reported in|attached to|undertaken|carried out|submitted to|advised accordingly|kept (?:informed|updated|up to date))\b/,
    kind: 'action',
  },
  {
    shape: 'someone who will be asked, contacted or invited: the council will ask',
    example: 'The owner of the pub will be asked for her views on this.',
    // Also after what was raised and "and", someone named: "Concerns were raised about parking and Sgt Dee Ash would be
    // invited to the next meeting".
    pattern:
      /^(?!(?:The |This )?(?:[A-Z][\w&-]* ){0,4}(?:[Cc]ommittee|[Cc]ouncil|[Cc]abinet|[Bb]oard|[Pp]anel|[Ss]ub-[Cc]ommittee|[Ee]xecutive|[Aa]ssembly|[Ff]orum|[Gg]roup)\b|[Mm]embers\b|[Cc]ouncillors\b)(?:[^.;]{0,120}? and (?=the (?!(?:[A-Z][\w&-]* ){0,4}(?:Committee|Council|Cabinet|Board|Panel|Sub-Committee|Executive)\b)|(?:[A-Z][\w/'’-]*\.? ){1,3}(?:would|will) be (?:asked|contacted|approached|invited)\b))?(?:The |An? |the )?(?:[\w'’&()/-]+ ){0,7}?(?:will|would|is to|are to) (?:now |also |then )?be (?:asked(?! to (?:remain|leave|withdraw|observe|be silent)\b)|contacted|approached|invited(?! to (?:say|declare|speak|comment|ask|put|raise|make|indicate|note|consider|elect|appoint|approve|confirm|receive)\b)|written to|reminded|consulted|chased|informed|notified|advised of)\b/,
    kind: 'action',
  },
  {
    shape: 'someone nominated, and the nomination seconded',
    example: 'CMcD proposed June Hoad as chair and this was seconded by LR.',
    pattern:
      /(?:^|,\s+)(?:(?:[A-Z][\w'’.-]* ){1,3}(?:proposed|nominated) (?:[A-Z][\w'’.-]* ?){1,3}(?:as [^.;]{2,30}?)?|(?:[A-Z][\w'’-]* ){1,3}was (?:proposed|nominated) as [^.;]{2,30}? by [^.;]{2,30}?)(?:(?:,? and|,) (?:this|it|the (?:proposal|nomination)) was (?:duly )?seconded\b|,? and (?:[A-Z][\w'’.-]* ?){1,3} seconded(?: it| this| the nomination)?\.?$)/,
    kind: 'resolution',
    // "… proposed Councillor Palmer and this was seconded …" twice, then "Resolved: Councillor Forrest is Mayor".
    weak: true,
    // "… and this was seconded by Cllr Cole. As there were no further nominations, Cllr Birch was elected …": the
    // election, said next, is the decision.
    motion: true,
  },
  {
    shape: 'someone proposed for an office by one member and seconded by another',
    example: 'Cllr L Bennett was proposed for the office of Vice Chair by Cllr T Hunt and seconded by Cllr I Houston.',
    pattern:
      /^(?:[A-Z][\w'’.-]* ){1,4}was (?:proposed|nominated) (?:as|for)(?: the (?:office|post|position|role) of)? [^.;]{2,40}? by [^.;]{2,30}? and seconded by\b/,
    kind: 'resolution',
    motion: true,
    weak: true,
  },
  {
    shape: 'an office-bearer proposed and seconded, in the present tense',
    example: 'Ann Lee proposes Tom Reid as Chairman and Sam Ward seconds.',
    pattern:
      /^(?:[A-Z][\w'’-]+ ){1,3}propose[sd]? (?:[A-Z][\w'’-]+ ){1,3}as (?:the )?(?:new )?(?:Chair(?:man|person|woman)?|Vice[- ]Chair(?:man|person|woman)?|Secretary|Minute Secretary|Treasurer|Convener|Vice[- ]Convener|President|Vice[- ]President)\b[^.;]{0,30}\band (?:[A-Z][\w'’-]+ ){1,3}second(?:s|ed)\b/,
    kind: 'resolution',
  },
  {
    shape: 'the council or its members would write or ask',
    example: 'Councillors would request warning signs at the junction with the main road.',
    // Also what they would send: "The Council would send their congratulations to the winner."; whom they would inform.
    pattern: new RegExp(
      String.raw`^(?:${BODY}|Councillors|Members|Cllrs) (?:would|will) (?:request|write|ask|contact|seek|apply|arrange|pursue|raise|chase|press|consult|inform|notify|tell|send (?:a letter|a card|its|their|our|the Council’s|the Council's)\b)\b`,
    ),
    kind: 'action',
  },
  {
    shape: 'a councillor named to lead on a topic',
    example: 'Rights of way: Cllr. Green would lead',
    pattern: new RegExp(
      String.raw`^[A-Z][\w'’ &/-]{1,40}\s?:\s+(${PERSON}(?: [A-Z][\w'’-]+){0,2}) (?:would|will) (?:lead|take the lead|be (?:the )?lead)\b`,
    ),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'a short line: who, "to", and what they are to do',
    example: 'Scrutiny to chase.',
    // Also "Ann Ash to do the next inspection.", "Ann Ash to carry out the survey.", "H.W. committee to visit the site".
    // Not work reported done: "Work to repair the flood damage has finally been cleared and completed."
    // Nor a notice to the public: "Registration to speak at the meeting must be made by noon." Nor a duty in terms of
    // reference, opening on how often: "Regularly to monitor how the Council spends its money."
    pattern:
      /^(?!(?:How|Skip|Jump|Click|Go|Back|Return|Welcome|Nothing|Little|Much|None|No one|Nobody|Whether|What|When|Why|Where|Which|Who)\b)(?![A-Z][a-z]+(?:tion|sion|ment|ness) to [a-z]+ (?:at|on|in|for|about)\b)(?![A-Z][a-z]+ly to\b)([A-Z][\w&/-]*[a-rt-z](?: [A-Z][\w&/-]*)?|[A-Z]{2,3}|(?:[A-Z][\w.&/-]* )?(?:[Cc]ommittee|[Ww]orking [Gg]roup|[Ss]ub-[Cc]ommittee)) to (?:chase|contact|write|arrange|investigate|check|report|circulate|send|update|draft|prepare|review|obtain|order|liaise|speak|email|reply|respond|look into|monitor|confirm|organise|book|collect|inform|provide|pursue|action|raise|seek|clarify|research|explore|follow up|chair|minute|lead|attend|purchase|buy|install|repair|fix|clear|inspect|notify|phone|visit|ask|find out|source|apply|set up|deliver|distribute|print|pay|complete|help|do (?:the|a|an|this|that|it)|carry out|undertake|compile|write up|put up|take over|work on)\b(?![^.]{0,120}\b(?:has|have|had) (?:\w+ )?been\b)[^.]{0,120}\.?$/,
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'an action line in capitals: who, "TO", and what they are to do',
    example: 'CLLR MARSH / CLERK TO ARRANGE THE ORDER',
    // Not the agenda's heading over what was done: "CHAIRPERSON TO OUTLINE THE EVACUATION PROCEDURE:".
    pattern:
      /^((?:THE )?(?:CLERK|CHAIR(?:MAN|PERSON)?|VICE[- ]CHAIR(?:MAN)?|(?:CLLRS?|COUNCILL?ORS?)\.? (?:[A-Z]\.? )?[A-Z][A-Z'’-]+|[A-Z]{2,3})(?:\s*(?:\/|&|AND|,)\s*(?:THE )?(?:CLERK|CHAIR(?:MAN)?|(?:CLLRS?|COUNCILL?ORS?)\.? (?:[A-Z]\.? )?[A-Z][A-Z'’-]+|[A-Z]{2,3}))*) TO (?!BE\b|NOTE\b|RECEIVE\b|CONSIDER\b)[A-Z]{3,}\b[^a-z]*(?<!:\s*)$/,
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'a note of who acts, with "to" left out: the clerk and what to do',
    example: 'Clerk reply to the resident.',
    pattern:
      /^((?:The )?[Cc]lerk) (?:notify|request|ask|write|contact|arrange|check|chase|email|inform|order|reply|respond|send|circulate|confirm|investigate|obtain|forward|pursue|follow up|find out|book|organise|report(?!\s*[,:]|\s*$))\b[^.;]{0,120}\.?$/,
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'everyone in agreement',
    example: 'All were in agreement that the hall should be repainted.',
    // Also after what was lacking: "There was no Minutes Secretary but there was agreement to seek one."
    pattern: new RegExp(
      String.raw`(?:^|\band |\bbut )(?:(?:All|all|Everyone|everyone|All (?:present|members|councillors)|all (?:present|members|councillors)|Members|Councillors|Cllrs|${BODY}) (?:were|was) (?:all )?in|[Tt]here (?:is|was)) (?:full |complete |unanimous |general )?agreement (?:that|to|with (?:the|this) (?:proposal|suggestion|recommendation|request))\b`,
    ),
    kind: 'resolution',
  },
  {
    shape: 'a "That" decision in which the body gives its thanks or records its congratulations',
    example: 'That the Council gives its thanks to Councillor Ash for her year as Mayor.',
    pattern:
      /^That (?:the )?(?:[A-Z][\w&'’-]* ){0,3}(?:Council|Committee|Board|Panel|Cabinet|Authority|Assembly|[A-Z]{2,5}) (?:gives?|records?|places? on record|expresses?|extends?|sends?|conveys?) (?:its|their) (?:(?:warm|sincere|warmest|grateful|deep|deepest|heartfelt) )?(?:thanks|congratulations|appreciation|condolences|gratitude|sympathy|best wishes)\b/,
    kind: 'resolution',
  },
  {
    shape: 'members who requested details of something be reported, with no "that"',
    example: 'Members requested details of the legal costs, once settled, be reported to the Panel.',
    pattern:
      /\b(?:Members|Councill?ors|members|councill?ors|(?:The |the )?(?:Committee|Panel|Board)) (?:also |further )?requested (?:details|information|figures|a breakdown|an update|a copy|copies) (?:of|on|about)\b[^.;]{3,160}?\bbe (?:reported|provided|circulated|sent|brought|given|shared|supplied)\b/,
    kind: 'information-request',
  },
  {
    shape: 'something asked for, in the passive, with nothing said of who asked',
    example: 'A map of the working groups under the Board was also requested.',
    pattern: /^(?:A|An|Further|More|Written) (?:[\w'’-]+ ){0,12}?(?:was|were) (?:also |further )?requested\.?$/,
    kind: 'request',
  },
  {
    shape: 'the chair who asked the members to act',
    example: 'The Chairman asked the Committee to let their ward parishes know about the scheme.',
    pattern:
      /^(?:The )?(?:Chair(?:man|person|woman)?|Convener|Convenor) (?:also |then |further )?asked (?:the |all )?(?:Committee|Board|Panel|Members|members|Councillors|councillors)(?: present)? to (?!declare\b|note\b|consider\b|vote\b|agree\b|approve\b)[a-z]{3,}/,
    kind: 'request',
  },
  {
    shape: 'the chair who suggested that an officer or the members do something, in reported speech',
    example: 'The Chairman suggested that the Parking Officer met the ward councillors at the school.',
    pattern:
      /^(?:The )?Chair(?:man|person|woman)? (?:also |then |further )?suggested that (?:the |a |an )?(?:[A-Z][\w-]* ){0,4}(?:Officer|Engineer|Manager|Director|Clerk|officers?|Members|members)\b[^.;]{0,40}? (?:met|updated|wrote|contacted|spoke|liaised|reported|provided|circulated|emailed|e-mailed|should|would|could)\b/,
    kind: 'action',
  },
  {
    shape: 'a joint body’s members from one council, who appointed or elected its chair',
    example: 'The Ashby District Council (ADC) Members of the Board appointed Councillor Ash as Chairman for 2022-23.',
    pattern:
      /^(?:The )?[^.;]{3,80}? Members of the (?:Board|Committee|Panel|Forum|Partnership) (?:appointed|elected|re-elected)\b/,
    kind: 'resolution',
  },
  {
    shape: 'members who reported or discussed something, then resolved what to do',
    example:
      'Members reported the poor state of the patched verge and resolved for the Clerk to raise it once more with the highway authority.',
    pattern:
      /^(?:The )?(?:Members|Councill?ors|(?:Parish |Town |Community )?Council|Committee)\b[^.;]{3,200}?\band (?:then |therefore )?(?:resolved|agreed|decided) (?:for|to|that)\b/,
    kind: 'resolution',
  },
  {
    shape: 'a body that was supportive of a proposal',
    example: 'Cabinet was supportive of the draft street trading policy.',
    // Also after what it considered: "Following consideration of the comments made, Cabinet was supportive of …".
    pattern:
      /^(?:(?:Following|After|Having) [^.;]{3,200}?,\s+)?(?:[Tt]he )?(?:[A-Z][\w-]* ){0,3}(?:Cabinet|Committee|Council|Board|Panel|Members|Councillors) (?:was|were) (?:fully |broadly |very |unanimously |all )?supportive of (?:the|this|these)\b/,
    kind: 'resolution',
  },
  {
    shape: 'what a committee recommended to the body above it, "It was recommended to"',
    example: 'It was recommended to Board that Ann Ash be appointed as a parent governor.',
    // Not a report's own advice ("It is recommended that the Board notes …"): this is what the meeting put to another.
    pattern:
      /^It was (?:unanimously )?(?:agreed to recommend|recommended) to (?:the )?(?:[A-Z][\w-]* ){0,3}(?:Board|Council|Cabinet|Corporation|Executive|Governing Body|Governors|Committee|Trust) that\b/,
    kind: 'recommendation',
  },
  {
    shape: 'an invitation, request or offer, noted as declined or accepted',
    example: 'Invitation from the Mayor to the charity ball declined.',
    pattern:
      /^(?:The |An? )?(?:[Ii]nvitation|[Rr]equest|[Oo]ffer)s? (?:from|to|for|of)\b[^.;]{3,120}? (?:declined|accepted|refused)\.?$/,
    kind: 'resolution',
  },
  {
    shape: 'a candidate named, then who proposed and seconded them and the vote',
    example: 'Ann Ash – proposed by Cllr Birch seconded by Cllr Cole and unanimously appointed.',
    pattern:
      /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}\s*[–—-]\s*proposed by [^.;]{2,60}?,? seconded by [^.;]{2,60}?(?:,? and (?:unanimously |duly )?(?:appointed|elected|co-opted|agreed|carried)\b|,? and unanimous(?:ly)?\b)/,
    kind: 'resolution',
  },
  {
    shape: 'members who asked, named after "It was requested by"',
    example: 'It was also requested by Members that an update on the pool be provided every quarter.',
    pattern:
      /^It was (?:also |further )?(?:requested|asked) by (?:the )?(?:(?:[A-Z][\w-]* ){0,3}(?:Members|Councill?ors|Committee|Panel|Board)|members|councill?ors) that\b(?=[^.;]*\b(?:be|should|would)\b)/,
    kind: 'request',
  },
  {
    shape: 'something the council will do, in the passive: advertised, sought, reviewed at the next meeting',
    example: 'More details will be sought from the applicant before any comment is made.',
    pattern:
      /^(?:(?:The|These|This|Both|All|A|An|Another|A further) (?:[\w'’/-]+ ){0,6}?|(?:More|Further|Additional) (?:information|details|quotes|quotations|advice|guidance) |(?:Quotes|Quotations|Advice|Legal advice|Guidance) )(?:will|would) be (?:drafted|prepared|sent|written|advertised|re-advertised|sought|obtained|requested|ordered|arranged|chased(?: up)?|followed up|reported|monitored|investigated|contacted|circulated|reviewed (?:at|by) (?:the|a) (?:next|future|following)\b)/,
    kind: 'action',
  },
  {
    shape: 'ACTION and the initials of who acts, at the end of a sentence or before what they are to do',
    // Also "Action DC" at the end, the initials in capitals. Not a table's headings run together: "Minute Item ACTION
    // Number 048/09/17 Apologies", nor a page's "ACTION LOG".
    example: 'Opening an account needs the constitution and bank details. ACTION KMacR.',
    pattern:
      /(?<!\b(?:MINUTE|ITEM)\s+)(?:^|\s)(?:ACTIONS? |Actions? (?=[A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4})*\.?\s*$))((?!(?:Noted|None|Nil|Agreed|Done|Complete|Completed|Ongoing|Closed|Open|All|REF|BY|OWNER|DATE|Number|NO|No|Item|ITEM|Minute|Owner|Status|Date|Lead|Who|LOG|Log|LIST|List|SHEET|Sheet|PLAN|Plan|POINTS|Points|TAKEN|Taken)\b)[A-Z][A-Za-z]{1,5}(?:\s*[/,&]\s*[A-Z][A-Za-z]{1,5})*)(?:\.?\s*[-–—]?\s*$|\s+to\s+\S)/,
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'someone is to do something',
    example: 'The Clerk is to contact the two contractors for quotations.',
    // Also after "and": "… no response from the County Council and the Clerk was to follow up once again."; "He is also to
    // ask about …", after what he is first to do.
    pattern: new RegExp(
      `(?:^[*•·]?\\s*(?:[A-Z][\\w ,'’&-]{2,60}:\\s+)?|,\\s+|;\\s+|\\band\\s+(?=(?:[Tt]he )?(?:[Cc]lerk|Cllr|Councill?or)\\b))(${PEOPLE}|He|She) (?:is|are|was|were) (?:also |further )?to (?!be\\b)[a-z]{2,}`,
    ),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'someone who accepted a position, or took the chair, once nominated',
    example: 'Cllr Ash accepted the position as Vice Chair.',
    // Also "Cllr Ash accepted and took the Chair."; not a nomination accepted ("… and accepted the nomination"), which is
    // decided by what follows.
    pattern:
      /^(?:Cllr|Councill?or|Mr|Mrs|Ms|Miss|Dr)\.? (?:[A-Z]\.? )*[A-Z][\w'’-]+ accepted (?:the (?:position|post|role|office) (?:as|of)\b|and took the [Cc]hair\b)/,
    kind: 'resolution',
  },
  {
    shape: 'a paper received or discussed, and what was resolved on it, with no one named',
    example: 'The finance report was circulated and resolved to accept the figures given.',
    pattern:
      /^(?:The |A |An )?[A-Z]?[^.;]{3,120}? (?:was|were) (?:circulated|received|discussed|considered|presented|reviewed|read)(?: [^.;]{0,40}?)? and (?:it was )?(?:unanimously )?(?:resolved|agreed) to (?!be\b)[a-z]{3,}/,
    kind: 'resolution',
  },
  {
    shape: 'everyone content with something, in note form',
    example: 'Council discussed and all happy with the routes.',
    // Not with how work went ("all happy with the progress").
    pattern:
      /(?:^|\band )(?:all|everyone) (?:members |councillors |present )?(?:were |was )?(?:happy|content) with (?:the|this|these) (?!(?:progress|work|way|efforts?|response|service|report|update|outcome)\b)[a-z]/i,
    kind: 'resolution',
  },
  {
    shape: 'to place a matter on the next agenda, in note form',
    example: 'To place on next agenda.',
    // An agenda's business is told in the infinitive too, so this is read before the shapes that are not outcomes.
    pattern:
      /^(?:To|Item to) (?:be )?(?:place|put|add|include)d? (?:this |it |the matter )?(?:on|to|in) (?:the )?(?:next|a future) (?:meeting['’]s )?agenda\.?$/i,
    kind: 'work-programme',
    beforeNotOutcomes: true,
  },
  {
    shape: 'a decision made, in note form',
    example: 'Decision made to put up a board with the names of life members.',
    // Also the note alone: "Decision to include the chapel roof in the repair survey." (not one still to be made:
    // "Decision to be made at the next meeting").
    pattern: /^(?:A |The )?(?:[Dd]ecision|DECISION) (?:(?:was )?(?:made|taken|reached) )?(?:to (?!be\b)|that\b)/,
    kind: 'resolution',
  },
  {
    shape: 'the decision of a body, told by whoever announced it',
    example:
      'The Solicitor stated the decision of the Licensing Sub Committee was: to renew the licence with a written warning.',
    pattern: new RegExp(
      `\\b[Tt]he decision of (?:the )?${BODY} (?:was|is)\\s*(?::\\s*|that\\s+|to\\s+)(?:to |that )?[a-z]`,
    ),
    kind: 'resolution',
  },
  {
    shape: 'a body named by its initials that resolved or decided, after what it considered',
    example: 'Having heard the applicant and the objectors, the LSC resolved to grant the licence.',
    pattern:
      /^(?:(?:Having|After|Following|Upon) [^.;]{3,200},\s+)?the [A-Z]{2,6} (?:also |then |unanimously )?(?:resolved|decided|determined|agreed) (?:to|that)\b/,
    kind: 'resolution',
  },
  {
    shape: 'something to go ahead, in note form',
    example: 'Booking of the speaker for December to go ahead.',
    // Not what may go ahead if something else happens ("… to go ahead if the grant is awarded"), nor what someone told of
    // ("Ann spoke to the owners and they are happy for this to proceed").
    pattern:
      /^(?![^.;]*(?:\s[–—-]\s|\b(?:is|are|was|were|be|been|has|have|had|said|spoke|agreed|will|would|could|should|happy|content|for (?:this|it))\b))(?:The )?[A-Z][^.;]{3,80}? to (?:go ahead|proceed)(?: as (?:planned|proposed|agreed))?\.?$/,
    kind: 'resolution',
  },
  {
    shape: 'a body or the meeting that gave its approval or support to something',
    example: 'The meeting gave unanimous approval to the constitution that is to be presented to members.',
    // Not an approval given at an earlier meeting: "Members gave approval for consultation at a previous meeting".
    pattern: new RegExp(
      `^(?![^.;]*\\b(?:at (?:a|the|its|their) (?:previous|last|earlier) meeting|previously)\\b)(?:${BODY}|The meeting|Members|Councillors) (?:then |also )?gave (?:its |their )?(?:unanimous |full |formal |its full )?(?:approval|support|consent|agreement|backing) (?:to|for)\\b`,
    ),
    kind: 'resolution',
  },
  {
    shape: 'a working group set up, or a meeting of one convened, as what follows',
    example: 'A working group will be set up to review the terms of reference.',
    // Also with what it is for before it: "A joint budget sub group would be established".
    pattern:
      /^(?:A|An|The) (?:[\w'’&-]+ ){0,5}?(?:working group|working party|sub-committee|sub[- ]?group|task group|task and finish group|steering group|meeting of the (?:[\w'’&-]+ ){1,4}(?:committee|group|trustees|working party))\b[^.;]{0,40}? (?:will|would|is to|are to) be (?:set up|convened|formed|established|arranged|called)\b/i,
    kind: 'follow-up',
  },
  {
    shape: 'a body pleased to note or endorse something',
    example: 'The Board was pleased to note the progress made on the delivery plan.',
    // Not whom it welcomed ("The Board was pleased to welcome the new members"): a courtesy.
    pattern: new RegExp(
      `^(?:${BODY}|(?:The )?[Mm]embers|Councillors) (?:was|were) (?:very |most )?pleased to (?:note|endorse|approve|support|accept|agree)\\b`,
    ),
    kind: 'resolution',
  },
  {
    shape: 'a body content with a grant or request, as informal notes put it',
    example: 'The committee were happy with this grant of £400 for the hall.',
    // Also "However they were happy with the grant for the new kitchen", "The Committee was content to approve the fees",
    // "Members were very happy to co-opt Mr Ash as a councillor", "All present were happy to adopt the new policy", and
    // with a choice: "The Parish Council were happy with the layout and colours", and as a note in the present ("Members are
    // content with the footbridge plans"); not with how work went ("… happy with the progress").
    pattern: new RegExp(
      `^(?:However,? )?(?:${BODY}|[Tt]hey|(?:The )?[Mm]embers|All (?:those )?(?:present|members|councill?ors)) (?:were|was|are|is) (?:all |very )?(?:happy|content) (?:with (?:this|the|these) (?!(?:progress|work|way|efforts?|response|service|report|update|outcome)\\b)[a-z]|to (?:approve|support|agree|accept|grant|award|co-opt|appoint|elect|adopt|endorse)\\b)`,
    ),
    kind: 'resolution',
  },
  {
    shape: 'all the members present in favour of something, or endorsing it',
    example: 'All Councillors present were in favour of the new bench.',
    // Also "All Board members present agreed with the plan", "All Councillors attending endorsed Councillor Ash's
    // nomination".
    pattern:
      /^All (?:the )?(?:[A-Z][\w-]* )?(?:[Cc]ouncill?ors|[Mm]embers|Cllrs|[Tt]rustees|[Gg]overnors|[Dd]irectors)(?: present| attending)? (?:were (?:all )?(?:in favour of|in agreement with)|endorsed|agreed with|supported|approved) (?:the|this|these|that|a|an|[A-Z])/,
    kind: 'resolution',
  },
  {
    shape: 'someone nominated for an office, seconded, with the meeting’s approval',
    example: 'Cllr Ash nominated Cllr Birch for Chairman, seconded by Cllr Cole with unanimous approval.',
    pattern:
      /\bnominated (?:(?:Cllr|Councill?or|Mr|Mrs|Ms|Dr)\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:for|as) (?:the (?:position|role|office) of )?(?:the )?(?:[Vv]ice[- ]|[Dd]eputy )?(?:[Cc]hair(?:man|person|woman)?|[Mm]ayor|[Tt]reasurer|[Ss]ecretary|[Cc]onvener|[Pp]resident|[Ll]eader)\b[^.;]*?,? seconded by\b[^.;]*?\b(?:unanimous(?:ly)?|all in favour|approval|agreed|carried|elected)\b/,
    kind: 'resolution',
  },
  {
    shape: 'a unanimous or majority vote taken to do something',
    example: 'A unanimous vote was taken to ask for a new bus shelter.',
    // Also "The council unanimously voted that the working party should go on meeting", and in note form: "Unanimous vote to
    // hold the quiz again in the spring".
    pattern: new RegExp(
      `^(?:(?:A|The) (?:unanimous|majority) vote was (?:taken|held|passed) (?:to|in favour of) [a-z]|(?:A )?(?:[Uu]nanimous|[Mm]ajority) vote to (?!be\\b)[a-z]{3,}|(?:${BODY}|Members|Councillors) (?:unanimously |then )?voted (?:unanimously )?that\\b)`,
    ),
    kind: 'resolution',
  },
  {
    shape: 'a matter to be discussed at the next meeting, as someone confirmed',
    example: 'A grant request was received – Councillor Ash confirmed that this will be discussed at the next meeting.',
    pattern:
      /\b(?:this|it|the matter|the (?:item|request|proposal|application)) (?:will|would) be (?:discussed|considered|placed|put|included|tabled)\b[^.;]{0,40}?\b(?:at|on) (?:the )?next\b/,
    kind: 'follow-up',
    beforeNotOutcomes: true,
  },
  {
    shape: 'a consensus reached',
    example: 'The consensus was that the hall should open on Sundays.',
    // Also "The general consensus of the meeting was to write to the landowner".
    pattern:
      /^(?:[^.;]{0,60}?,\s*)?(?:The|the|A|a) (?:general |clear |unanimous )?consensus (?:of (?:the )?(?:meeting|members|councillors|committee|council|board|group|forum|panel) )?was (?:that|to)\b/,
    kind: 'resolution',
  },
  {
    shape: 'a request made with no one named',
    example: 'As Cllr Ash leads on the footpaths it was requested to add them to the agenda for March.',
    pattern: /\b[Ii]t was (?:also |further )?requested to (?!be\b)[a-z]{3,}/,
    kind: 'request',
    beforeNotOutcomes: true,
  },
  {
    shape: 'a motion moved and seconded, then "it was so resolved"',
    example: 'and it was so resolved unanimously.',
    // The sentence before it ("Cllr Ash moved the recommendation which was seconded by Cllr Birch;") is told apart by its
    // semicolon.
    pattern: /^(?:and |And )?it was (?:so|duly) (?:resolved|agreed)\b/i,
    kind: 'resolution',
  },
  {
    shape: 'a nomination proposed and seconded',
    example:
      'Election of Chairman – The nomination to re-elect Mr Ash as Chairman was proposed by Ben Birch and seconded by Ann Cole, and passed by the members.',
    // Not a nomination that failed.
    pattern:
      /^(?![^.;]*\b(?:defeated|lost|not (?:carried|passed|agreed|seconded)|withdrawn|fell)\b)(?:[^.;]{0,80}?[–—-]\s*)?(?:The |the )?nomination (?:of|for|to (?:re-?)?elect) [^.;]{3,100}? was proposed by [^.;]{3,60}? and seconded by\b/,
    kind: 'resolution',
  },
  {
    shape: 'a body that wanted to see something first',
    example: 'The committee also wanted to see the insurance certificate for the fete.',
    // Also "… wanted a further survey brought back to the next meeting", and in the present: "Cllrs also want to see a
    // noticeboard put up".
    pattern: new RegExp(
      `^(?:${BODY}|[Tt]hey|(?:The )?[Mm]embers|Cllrs|Councillors) (?:also |further )?want(?:ed)? (?:to see|sight of|a copy of|(?:a |an )?(?:further |more |fuller )?[\\w ]{0,40}?(?:brought back|provided|circulated|sent))\\b`,
    ),
    kind: 'information-request',
  },
  {
    shape: 'something to remain as it is',
    example: 'Hall hire charges to remain unchanged.',
    // Also "Membership fee to remain notional.", "The Blue Room to stay a members' room"; not what is expected: "Prices are
    // expected to remain stable.", nor a website's "It's an easy way to stay informed."
    pattern:
      /^(?![^.;]*\b(?:is|are|was|were|has|have|had|expected|likely|due|set|seems?|appears?)\b|[^.;]*\w['’]s\b|[^.;]*\bway to (?:remain|stay)\b)[A-Z][\w ,'’&-]{2,60}? to (?:remain|stay)\b(?! to\b)[^.;]{2,80}\.?$/,
    kind: 'resolution',
  },
  {
    shape: 'a thing to be done, then "agreed", as terse notes put it',
    example: 'Purchase of two new litter bins for the green agreed',
    // "Payment of £200 to the grass cutter approved."; not who agreed ("Cllr Ash agreed"), nor a sentence with a verb of its
    // own before ("The minutes were agreed").
    pattern:
      /^(?!(?:The |the )?(?:Cllr|Councill?or|Mr|Mrs|Ms|Dr|Clerk|Chair|Members|Councillors|Committee|Council|It|This|All)\b)(?:Purchase|Payment|Quotation|Quote|Installation|Repair|Replacement|Renewal|Donation|Grant|Hire|Order|Use|Request|Proposal|Cost|Expenditure)s? (?:of|for|to|from)\b(?![^.;]*\b(?:was|were|is|are|be|been|has|have|had|not)\b)[^.;]{3,100}\s(?:agreed|approved)(?: unanimously)?\.?$/,
    kind: 'resolution',
  },
  {
    shape: 'the members, who will each do something',
    example: 'The Councillors will review their register of interests before the next meeting.',
    // Also what they will think over and bring back: "Councillors will consider this and come back to the next meeting with ideas".
    pattern: new RegExp(
      `^(?:The |All )?(?:Councill?ors|Members|Trustees|Directors)(?: present)? (?:will|are to) (?:each |all |also )?(?:${UNDERTAKEN}|${PRACTICAL}|consider (?:this |it |them )?and (?:return|report back|come back|bring)(?= to (?:the |a )?(?:next|future)))\\b`,
    ),
    kind: 'action',
  },
  {
    shape: 'clarification asked for in the body’s own words: "We request clarification"',
    example: 'We would request clarification of how the panel will be consulted.',
    pattern:
      /^We (?:would )?(?:request|ask for|seek) (?:further )?(?:clarification|confirmation|information|details)\b/,
    kind: 'information-request',
  },
  {
    shape: 'someone who will be sent a letter',
    example: 'She will be sent a letter of thanks for her years as clerk.',
    pattern:
      /^(?:He|She|They|(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councill?or)\.? [A-Z][\w'’-]+|[A-Z][a-z]+ [A-Z][\w'’-]+) (?:will|would|is to|are to) be sent (?:a|an) (?:letter|card|email|note)\b/,
    kind: 'action',
  },
  {
    shape: 'someone is looking into something',
    example: 'The Chair is looking into a rota for the speed checks.',
    // Also "Cllr Ash is currently investigating the cost of a new bench.", "AE is co-ordinating this."
    pattern: new RegExp(
      `^(?:[A-Z][\\w ,'’&-]{2,60}:\\s+)?(${PEOPLE}) (?:is|are) (?:currently |also |now )?(?:looking (?:into|at)|investigating|pursuing|chasing|arranging|organising|co-?ordinating|obtaining|seeking)\\b`,
    ),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'a body that is to do something',
    example: 'The finance committee is to investigate this further.',
    // Also "The Town Council is to look into the possibility of installing a compostable toilet".
    pattern: new RegExp(
      `^(?:${BODY}|[Tt]he (?:[a-z]+ ){1,2}(?:committee|group|panel|working party)) (?:is|are) (?:also |now )?to (?:look into|investigate|consider|review|explore|write|contact|seek|obtain|pursue|arrange|organise|raise|take (?:this|it|the matter) (?:up|forward)|follow (?:this |it )?up)\\b`,
    ),
    kind: 'action',
  },
  {
    shape: 'someone confirmed, voted or co-opted onto a body or into a role',
    example: 'Mr Jon Ash was voted onto the council as of October 2019.',
    // Also "Nigel was confirmed as a co-opted appointment".
    pattern:
      /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councill?or)\.? )?(?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+ (?:was|were) (?:duly |unanimously )?(?:confirmed as (?:an? )?(?:co-opted|new|member|chair|vice|clerk|treasurer|representative)|voted (?:onto|on to|in as|as)|co-opted (?:onto|on to|as))\b/,
    kind: 'resolution',
  },
  {
    shape: 'a topic, a dash, then what was agreed',
    example: 'c) Cllr Ash’s resignation – agreed to send the Council’s thanks for her dedicated service.',
    pattern:
      /^(?:\(?[a-z0-9]{1,3}[.)]\s*)?[^.;]{2,120}?\s[–—-]\s+(?:it was\s+)?(?:agreed|resolved|decided)\s+(?:to|that)\s+[a-z]/,
    kind: 'resolution',
  },
  {
    shape: 'members in support of something',
    example: 'Councillors were in support of the revised plans.',
    pattern:
      /^(?:The )?(?:Members|Councill?ors|Cllrs|Committee|Council)\s+(?:were|was)\s+(?:all\s+|unanimously\s+)?in (?:full )?support of\b/,
    kind: 'resolution',
  },
  {
    shape: 'a body that voted to do something',
    example: 'Following discussion the Parish Council unanimously voted to accept the grant.',
    pattern: new RegExp(
      `^(?:[^.;]{0,80}?\\s)?(?:${BODY}|Members|Councill?ors)\\s+(?:unanimously\\s+)?voted\\s+(?:unanimously\\s+)?to\\s+(?!against\\b)[a-z]+\\b`,
    ),
    kind: 'resolution',
  },
  {
    shape: 'someone to be invited to speak at a later meeting',
    example: 'She will be invited to speak at the next meeting.',
    pattern:
      /^(?:He|She|They|(?:Mr|Mrs|Ms|Dr|Cllr|Councill?or)\.? [A-Z][\w'’-]+|[A-Z][a-z]+ [A-Z][\w'’-]+|(?:The|A) [a-z]+(?: [a-z]+)?) (?:will|would|is to|are to) be invited to (?:speak (?:at|to)|attend|address|present (?:to|at)|come to) (?:the |a )?(?:next|future|following|[A-Z][a-z]+)\b/,
    kind: 'follow-up',
  },
  {
    shape: 'someone named before, who would act, after "and that"',
    example: 'He advised that the memorial was in good condition and that he would liaise with the owner.',
    // Only what a person undertakes ("… and that he would advise at the next meeting"); not what they would support.
    pattern: new RegExp(
      `,? and that (?:he|she) (?:would|will) (?:also |then )?(?:be (?:forwarding|writing|contacting|liaising|arranging|sending|chasing)|advise|ensure|inspect|approach|${UNDERTAKEN})\\b`,
    ),
    kind: 'action',
  },
  {
    shape: 'what someone named will do, noted',
    example:
      'To settle the matter, it was noted that the Chair will meet the school’s head teacher to look at a safer crossing.',
    pattern: new RegExp(
      `\\b(?:it was|[Mm]embers|[Cc]ouncill?ors|[Tt]he (?:Committee|Council|Board|Panel)) (?:also )?noted that (${PERSON}) (?:will|would) (?:also |then )?(?=(?:${UNDERTAKEN})\\b)`,
    ),
    kind: 'action',
    owner: 1,
    keep: 'owner-to-rest',
  },
  {
    shape: 'a council that reviewed an application and had no objection',
    example:
      '24/0123/FUL Rear extension at 14 Church Lane – the Council reviewed the application and had no objection.',
    // Also with its verb lost: "… the Council looked at the plans and no objection to them."
    pattern:
      /\b(?:the )?(?:[Pp]arish |[Tt]own |[Cc]ommunity )?[Cc]ouncil (?:reviewed|considered|looked at|examined|discussed) (?:the )?(?:application|plans|proposals?|drawings)(?:,\s+|\s+and\s+)(?:(?:they|it) )?(?:(?:had|has|raised|made|have) )?no (?:objections?|comments?|observations?)\b/,
    kind: 'resolution',
  },
  {
    shape: 'all members in agreement that something be done, with no keyword',
    example: 'Payments – the list having been sent round, all members in agreement the bills shown below are paid.',
    // Not agreement with a view: "All members were in agreement that the fence was in poor condition".
    pattern:
      /\b[Aa]ll (?:members|councillors|[Cc]ouncill?ors|present)(?: (?:were|being))? in agreement,? (?:that )?(?!with\b)[^.;]{3,160}?\b(?:are|be|is|were) (?:paid|approved|accepted|adopted|made|sent|ordered|purchased|renewed|signed)\b/,
    kind: 'resolution',
  },
  {
    shape: 'an agreement, told as a noun',
    example: 'Unanimous agreement to accept Jo Ash as the new Parish Clerk',
    // Also after who agreed and a dash: "All – agreement to continue meetings in person …".
    pattern: /^(?:(?:Unanimous|General|Full|Total) agreement|[^.;]{1,40}\s[–—-]\s*agreement) (?:to|that)\s+[a-z]/,
    kind: 'resolution',
  },
  {
    shape: 'everyone to do something',
    example: 'All to read and become confident in the new local plan core policy 35.',
    pattern:
      /^((?:All|Everyone|All (?:members|Members|councillors|Councillors|Cllrs))(?: present)?) to (?!(?:be|note|the|a)\b)[a-z]{3,}\b/,
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'someone named without a title who is to act or would act',
    example: 'Kelechi would keep the Board informed of progress.',
    // "In meantime Andrew and Fergus to alternate minute taking.", "Fergus to take forward with …", "Martin to coordinate the
    // weekday walks, David to do Sundays", "Eve and John are going to discuss it" (not a firm's "Island Roads are going to
    // …"), "Matt was to contact the
    // Police", "Ken will try to get the questionnaires …", "Sharon will maintain the accounts"; not advice to residents or
    // everyone, nor a word that is no one's name ("Unable to …", "Agreed to …", "Registration to speak … should be made"). Also with a surname: "Dewi Morgan will
    // sort out the laptops", and as a clause of what was agreed: "That Dewi Morgan would ask the ranger".
    pattern: new RegExp(
      `^(?:In (?:the )?meantime,? |That (?=[A-Z][a-z]+ [A-Z][a-z]+ would\\b))?(?!(?:Residents|Everyone|Anyone|Someone|People|Parishioners|Public|Members|Volunteers|Work|The|This|It|There|Whether|How|When|What|Why|Where|Who|Which|Also|Then|Both|All|Each|Any|Some|Further|Need|Needs|Agreed|Decision|Proposal|Plans?|Time|Nothing|Little|Much|None|Nobody|No|Not|Item|Items|Report|Reports|Matters|Issues|Points|Unable|Able|Due|Subject|Prior|Thanks|Welcome)\\b)((?:[A-Z]{2,5} (?=(?:Officers|Staff|Clerk|Team)\\b))?[A-Z][a-z]{2,14}(?<!ed|ing|tion|sion|ment|ness|ance|ence)(?: [A-Z][a-z]+(?:[A-Z][a-z]+)?)?(?: and [A-Z][a-z]{2,14}(?: [A-Z][a-z]+(?:[A-Z][a-z]+)?)?)?) (?:(?:was|were|is|are) (?:also )?to|is going to|(?<=\\band [A-Z][a-z]{2,14} )are going to|to|would|will) (?:also |then |(?:try|endeavour|attempt) to )?(?:keep (?:the )?[A-Za-z]+ (?:informed|updated)|consider\\b[^.;]{0,80}\\band (?:report back|come back|return)|discuss (?:this |it |the matter )?(?:further )?with|take (?:this |it |the matter )?forward|take (?:the )?(?:notes|minutes)|alternate|progress|pursue|research|obtain|organise|co-?ordinate|lead|host|do|identify|talk to|deal with|read through|draw(?: up)?|put together|sort out|set up|maintain|amend|book|order|draft|invite|chase|get|finali[sz]e|complete|compile|collate|design|establish|${UNDERTAKEN}|${PRACTICAL})\\b`,
    ),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'the council to give, pay or take something on, in a note’s few words: a decision',
    example: 'Council to donate £150 towards the cost of the fireworks.',
    pattern:
      /^(?:The )?(?:(?:Parish|Town|Community|Village) )?Council to (?:donate|pay|grant|give|fund|contribute|purchase|buy|sponsor|renew|join|adopt|accept|continue)\b/,
    kind: 'resolution',
  },
  {
    shape: 'a local council that would or will contact someone',
    example: 'The Parish Council would also contact the police about enforcing the limit.',
    pattern:
      /^(?:The )?(?:[A-Z][\w'’-]+ )?(?:Parish|Town|Community|Village) Council (?:would|will) (?:also )?(?:contact|write to|ask|approach|email|e-mail|chase|lobby|invite)\b/,
    kind: 'action',
  },
  {
    shape: 'who, a dash, then what they will do, one line each',
    example: 'Tom Ash – (treasurer) will keep the accounts and send the reminders',
    // Also what they will be asked to do: "Ann Birch – will be asked to carry on with the newsletter".
    pattern:
      /^([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})\s[–—-]\s+(?:\([^()]{2,40}\)\s+)?(?:will|would)\s+(?:be asked (?:to|if|whether)\s+)?(?!be\b)[a-z]{2,}/,
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'someone would or will do something',
    example: 'Cllr. Price would write to the landowner about the fence.',
    // Also someone named with their body's initials: "Anna Price, CBC, would bring it back to a further meeting.", and
    // after an opening clause: "In response to a question, the treasurer would obtain further information.", or after a
    // lettered part's topic: "(a) Profiles for the website Cllr. D. Coupe would send his profile to the Clerk.", or as a
    // clause of what was agreed: "That Ann Ash would ask the ranger to mend the stile."; and "MG is going to ask a
    // builder …"; and with a condition between: "Cllr Ash will, if work allows, attend.". Not what a
    // chair will allow at a meeting ("The Chair will allow members of the public to present a petition"), nor an agenda's
    // account of its item ("The Director will present an overview of the leisure service."), unless it is for a later meeting;
    // nor who would speak or present at this meeting ("Cllr Ash would speak on behalf of the opposition", "… would present
    // the Cabinet's budget proposal"), nor the chair's power over late papers ("The Chair will consider the admission of late
    // papers"). Also others who act with them: "Cllrs Ash and Birch along with the Clerk will …"; and after what the clerk
    // told the meeting: "The clerk told members that the chair would talk to the club and then report back.".
    pattern: new RegExp(
      `(?:^(?:\\S*\\d\\S*\\s+)?(?:That\\s+(?=[A-Z]))?(?:[A-Z][\\w ,'’&-]{2,60}:\\s+)?${OPENING_CLAUSE}(?:(?:[Ii]t was|(?:The )?(?:Committee|Council|Board|Panel|Members|Councillors)) (?:noted|reported|confirmed)(?: that)? |(?:The |the )?(?:[Cc]lerk|[Cc]hair(?:man|person)?) (?:informed|told|advised) (?:them|[Mm]embers|the (?:[Cc]ouncil|meeting|[Cc]ommittee)) that )?|,? (?:and|but|so) (?:(?:said|stated|confirmed|advised|added|explained) )?(?:that )?|(?:,|\\s[–—-])\\s+(?=(?:the |The )?(?:[Cc]lerk|Cllr|Councill?or|[Ss]ecretary|[Tt]reasurer|Mr|Mrs|Ms|Dr)\\b)|(?<=^(?:\\(?[a-z]\\)\\s)?[A-Z][^.;:]{3,60}[a-z])\\s+(?=(?:Cllr|Councill?or)\\b))(${PEOPLE}|[A-Z][a-z]+ [A-Z][\\w'’-]+(?=, [A-Z]{2,6}, ))(?:, [A-Z]{2,6},)?(?:,? (?:along|together) with (?:the )?[A-Z]?[\\w'’.]+(?: [A-Z][\\w'’.]+){0,3},?)? (?:would|will|(?:is|are) going to)(?:, (?:if|when|where|once|subject to) [^,.;]{2,60},)? (?!not\\b|be\\b(?! (?:meeting|attending|discussing|contacting|speaking|writing|liaising|visiting|looking|following|arranging|sending|chasing|raising|taking)\\b)|have\\b|need\\b|like\\b|attend to\\b|welcome\\b|hope\\b|expect\\b|only\\b|remain\\b|allow\\b|permit\\b|cease\\b|lose\\b|continue to be\\b|(?:then )?take over (?:the|as|from)\\b|retire\\b|introduce\\b|(?:present|give) (?:a|an)\\b(?! copy\\b)(?![^.;]*\\b(?:next|future|following|further|later|back)\\b)|present the (?:[\\w'’-]+ ){0,3}(?:budget|proposals?|motion|amendment|report)\\b(?![^.;]*\\b(?:next|future|following|further|later|back)\\b)|speak (?:on behalf of|for|against|first|next|to (?:the )?(?:motion|amendment|item))\\b|open the meeting\\b|make (?:any )?(?:necessary )?announcements\\b|consider (?:the )?admission of\\b)[a-z]+`,
    ),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'something that would be done, said plainly',
    example: 'Further details would be provided following liaison with the Association.',
    // Also "An advertisement for the vacancy would be produced", "Consideration would be given to including …",
    // "Proposals for the selection procedure would be provided for the next meeting", after what was discussed ("Options
    // were discussed, and further investigations will be made by councillors …").
    // What members are to get (details, figures, a briefing, training); not what someone was told would happen, nor under a
    // condition ("… that the road would be resurfaced", "if …"), nor what a plan will hold ("Measures would be added …").
    pattern:
      /^(?![^.;]*\b(?:that|if|whether|when|once|until|unless|because)\b)(?:[A-Z][^.;,]{3,80}?,? and\s+)?(?:(?:A|An|The|Further|More|Full|Written)\s)?(?:[\w'’-]+ ){0,3}(?:details?|investigations?|enquiries|information|figures|reports?|briefing|training|response|reply|updates?|sessions?|meeting|visit|answer|cop(?:y|ies)|breakdown|note|data|list|map|pack|advert(?:isement)?|vacancy|leaflet|letter|notice|survey|wording|description|[Pp]roposals?|[Oo]ptions|[Qq]uotes?|[Qq]uotations?|[Cc]ostings?|[Pp]lans?|[Gg]uidance|[Ss]tatistics|[Aa]nalysis)\b(?: [\w'’&-]+){0,8}? (?:would|will) (?:therefore |also |then |now |again )?be (?:provided|made|carried out|arranged|circulated|sent|shared|organised|investigated|brought back|reported back|added|included|followed up|chased|obtained|prepared|scheduled|presented|set up|produced|advertised|amended|revised|deleted|updated|initiated|resumed|reinstated|restarted)\b|^Consideration (?:would|will) be given to\b/,
    kind: 'follow-up',
  },
  {
    shape: 'a matter that would be taken up at the next meeting',
    example:
      'The Committee referred to the list of questions, and these would be addressed at the next meeting in June.',
    // Also on its own: "The matter will be discussed at the next meeting."
    pattern:
      /(?:^|,? and (?:that )?|,\s+)(?:(?:This|These|It|They|this|these|it|they)|(?:The|the|This|this|That|that) (?:matter|issue|item|question|questions|points?|concerns?|request|proposal|subject)s?) (?:would|will) (?:then |also )?be (?:addressed|discussed|considered|looked at|dealt with|revisited|picked up|covered|answered|taken up|raised|reviewed|clarified|resolved|checked) (?:again )?at (?:the|a) (?:next|future|following|forthcoming|[Aa]nnual (?=[A-Z]?[a-z]+\b))\b/,
    kind: 'follow-up',
  },
  {
    shape: 'a topic to be discussed again at a later meeting, after a dash',
    example: 'BT Phonebox – further discussion in December.',
    pattern:
      /\s[–—-]\s+(?:further|more) (?:discussion|consideration|debate)s?\b[^.;]{0,20}?\b(?:in|at|for) (?:the )?(?:next|following|future|January|February|March|April|May|June|July|August|September|October|November|December)\b/,
    kind: 'work-programme',
  },
  {
    shape: 'an update or report there would be at a later meeting',
    example: 'There would be a property services update at the next meeting.',
    pattern:
      /^There (?:would|will) be an? [^.;]{0,60}?\b(?:update|report|briefing|presentation)\b[^.;]{0,40}?\bat (?:the|a) (?:next|future|following)\b/,
    kind: 'work-programme',
  },
  {
    shape: 'something that will take place at the next meeting',
    example: 'Election of a new Secretary will take place at the next Committee meeting.',
    // Not what another body's meeting will take up, as reported ("Report from the county councillor – Confirmation that …").
    pattern:
      /^(?:\d{1,2}[,.)]\s+)?(?!(?:It|This|That|There|The (?:next )?meeting)\b)(?![^.;]*\b(?:[Rr]eport(?:ed)?|[Cc]onfirm(?:ation|ed)|said|advised|informed)\b)[A-Z][^.;]{3,100}? (?:will|would|is to|are to) (?:take place|be held|be made|be decided) at the next (?:[A-Z][\w-]* )?(?:meeting|AGM)\b/,
    kind: 'follow-up',
  },
  {
    shape: 'the body, in the first person, that will act',
    example: 'We will be writing to the landowner about the hedge.',
    // Also after why: "As the hall needs repairs we will be writing to the trustees …".
    pattern:
      /(?:^|,\s+|^[^.;]{3,120}?\s)(?:We|we) (?:will|shall) (?:be )?(?:write|writing|contact|contacting|ask|asking|discuss|discussing|invite|inviting|seek|seeking|arrange|arranging|pursue|pursuing|raise|raising|send|sending|apply|applying|request|requesting|consult|consulting|go to tender)\b/,
    kind: 'follow-up',
  },
  {
    shape: 'a suggestion that the body receive a report at a later meeting',
    example: 'It was suggested that the Committee receive a report at a future meeting.',
    pattern: new RegExp(
      `^It was (?:also )?suggested that ${BODY} (?:should )?receive (?:a|an|further) [^.;]{0,40}?\\b(?:report|update|briefing|presentation)\\b[^.;]{0,40}?\\b(?:at|to) (?:a|the) (?:future|next|later|following) meeting\\b`,
    ),
    kind: 'work-programme',
  },
  {
    shape: 'a suggestion that something go on the work programme',
    example: 'It was suggested that a review of grass cutting be added to the Committee’s Work Plan.',
    // Not over a list of them ("… be included in the Forward Plan:"), which the meeting may not have agreed.
    pattern:
      /^(?![^;]*:\s*$)It was (?:also |further )?suggested that (?:[^.;]|\.(?=\d)){3,160}?\b(?:be|should be) (?:added|flagged|included|put|placed|scheduled|considered) (?:to|on|in|for|as part of) (?:the |a |its )?(?:[\w'’-]+ ){0,3}?(?:[Ww]ork ?[Pp]lan|[Ww]ork [Pp]rogramme|[Ff]orward [Pp]lan)\b/,
    kind: 'work-programme',
  },
  {
    shape: 'an addition to the work programme, recorded after a colon',
    example: 'One addition to the Work Programme was noted: a report on bus shelters to the March meeting.',
    pattern:
      /^(?:(?:One|An|The|Two|Three|A further|Further) )?(?:additions?|items?) (?:to|for) (?:the |its )?(?:[\w'’-]+ ){0,3}?(?:[Ww]ork ?[Pp]lan|[Ww]ork [Pp]rogramme|[Ff]orward [Pp]lan)\b[^.:;]{0,40}?\b(?:was|were) (?:noted|agreed|made|requested|identified)\s*:\s*\S/,
    kind: 'work-programme',
  },
  {
    shape: 'something to be considered at a later meeting',
    example: 'A new bank signatory to be considered at a future meeting.',
    // Also "will be": "the Beach boards will be considered at a later meeting."; several things "at future meetings"; a
    // month's meeting: "Types of bench to be discussed at Jan meeting"; "This will be brought to the March meeting"; a general
    // meeting: "Both sets of minutes to be read at the next Annual General Meeting"; a body's meeting, after two verbs: "Forward
    // Plan (FP) to be reviewed and brought to next Hub Committee meeting". Not what
    // a report lists ("The Committee considered a report setting out applications to be considered at future meetings").
    pattern:
      /^(?![^.;]*\b(?:considered|received|noted) (?:a|the) (?:report|schedule|list)\b)(?:[A-Za-z][\w'’-]*)(?: ?,? [\w'’&()-]+){0,20}? (?:will|would|is to|are to|to) be (?:further |formally )?(?:(?:reviewed|considered|updated|revised) and )?(?:considered|discussed|reviewed|looked at|revisited|debated|brought(?: back)?|read) (?:again )?(?:at|to) (?:(?:a|the) )?(?:later|future|next|subsequent|following|(?:the )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*) (?:[A-Z][\w&'’-]* ){0,3}(?:(?:[Aa]nnual |[Ss]pecial )?(?:[Gg]eneral )?[Mm]eetings?\b|AGM\b)/,
    kind: 'work-programme',
  },
  {
    shape: 'a matter, then what is to be done with it at a later meeting, in the infinitive',
    example: 'Standing orders – to discuss in more detail at the next meeting',
    // Also in a flattened table, after the minute's number: "4716 / Procedure – …".
    pattern:
      /^(?:[\w.]{1,8}\s*[/|]\s*)?[A-Z][^.;]{2,80}?\s[–—-]\s+to (?:discuss|consider|review|revisit|debate|look at) [^.;]{0,60}?\bat (?:a|the) (?:later|future|next|subsequent|following) meetings?\b/,
    kind: 'work-programme',
  },
  {
    shape: 'a body that formally thanked someone, or recorded its thanks or placed them on record',
    example: 'The Committee formally thanked the two retiring members for their contribution.',
    // Also "The Panel placed on the record its thanks to the outgoing clerk".
    pattern: new RegExp(
      `^(?:(?:After|Following) [^.,;]{3,40},?\\s+|Having [^.;]{3,160}?,\\s+)?(?:${BODY}|Members|Councillors)\\s+(?:(?:formally|unanimously) thanked|(?:wished to )?(?:formally )?(?:record(?:ed)?|placed on (?:the )?record) (?:its|their) (?:thanks|appreciation|gratitude))\\b`,
    ),
    kind: 'resolution',
  },
  {
    shape: 'a vote of thanks extended or passed',
    example: 'At the close of the meeting a vote of thanks was extended to the retiring Town Clerk.',
    // Also a body that passes one ("Members passed a unanimous vote of thanks for …"); not one person's ("The Chair
    // gave her own vote of thanks to the helpers").
    pattern:
      /\ba (?:formal |unanimous |warm )?vote of thanks (?:was|were) (?:then |duly |unanimously )?(?:extended|passed|given|accorded|recorded|carried)\b|\b(?:pass|passed) a (?:formal |unanimous )?vote of thanks (?:to|for)\b/,
    kind: 'resolution',
  },
  {
    shape: 'an application opposed on grounds given',
    example: 'The application (AF/24/1106) was opposed on grounds of loss of amenity.',
    pattern: /\b(?:was|were) (?:opposed|objected to) on (?:the )?grounds? of\b/,
    kind: 'resolution',
  },
  {
    shape: 'something that would be done by someone named',
    example: 'Councillor Aves stated a reply would be forwarded by the Town Clerk before the next meeting.',
    pattern: new RegExp(
      `\\b(?:would|will) be (?:forwarded|sent|provided|circulated|arranged|investigated|followed up|chased|taken up|looked into|checked|written|drafted|prepared|obtained|ordered|contacted) by (${PEOPLE})`,
    ),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'someone who apologised and would put it right',
    example: 'The Head of Corporate Resources apologised and assured Councillor Bowman that this would be done.',
    pattern: new RegExp(
      `^(${PEOPLE}) (?:apologised|acknowledged|accepted)\\b[^.;]{0,140}? and (?:would|will|assured [^.;]{2,60}? that (?:this|it) would be (?:done|addressed|actioned|rectified|corrected|looked into|followed up))\\b`,
    ),
    kind: 'action',
    owner: 1,
  },
  {
    shape: 'he or she would do something, said in the same breath as who they are',
    example: 'He would arrange for the petitioner to receive a copy of the review.',
    // Also after who said it, named by their post: "The Managing Director said he would follow this up.", "The Mayor
    // informed members that he would be sending a card …"; not a plea ("Cllr Ash said he would appeal to all groups to …").
    pattern:
      /(?:^|;\s+|,\s+(?=the |(?:Cllr|Councill?or|Mr|Mrs|Ms|Dr)\b)|\band (?=the |(?:Cllr|Councill?or|Mr|Mrs|Ms|Dr)\b)|\s[–—-]\s+|,\s+but\s+(?=(?:he|she|they) (?:would|will)\b)|\band (?=(?:said|stated|confirmed|advised|indicated|explained|added) (?:that )?(?:he|she|they) ))(?:(?:He|She|They|he|she|they)|(?:said|stated|confirmed|advised|indicated|explained|added) (?:that )?(?:he|she|they)|(?:(?:(?:County|District|Borough|Ward|Town|City) )?(?:Cllr|Councill?or|Mr|Mrs|Ms|Dr|PC|PCSO|Sgt|Insp|Inspector)\.? (?:[A-Z]\.? )*[A-Z][\w'’-]+(?: ?-[A-Z][\w'’]+)?(?: [A-Z][\w'’-]+)?|[A-Z][a-z]{1,15} [A-Z][a-z'’-]{1,20}|[Tt]he (?:[A-Z][\w-]* ){0,3}(?:Clerk|Chair(?:man)?|Director|Manager|Officer|Leader|Mayor|Treasurer|Secretary)|[A-Z]{2,3}|He|She|They|he|she|they) (?:also |further )?(?:said|stated|confirmed|agreed|offered|advised|undertook|indicated|replied|noted|reported|explained|mentioned|commented|(?:told|informed) (?:the )?(?:meeting|members|[Mm]embers|[Cc]ouncill?ors|[Cc]ouncil|[Cc]ommittee|[Bb]oard))(?: that)? (?:he|she|they)) (?:would|will) (?!not\b|vote\b|abstain\b|be\b(?! (?:meeting|discussing|contacting|speaking|writing|liaising|visiting|looking|following|arranging|sending|forwarding|chasing|raising|taking)\b)|have\b|like\b|need\b|hope\b|welcome\b|expect\b|consider\b|appeal\b|urge\b|do (?:his|her|their|our) best\b)(?:be [a-z]+ing|do|[a-z]{3,})\b/,
    kind: 'action',
  },
  {
    shape: 'someone who reported something and would do something, named once',
    example:
      'Councillor Sue Stevens confirmed that the car park was quieter, but would advise the police if there were more incidents.',
    // Also "Cllr Ash has the invoice and will forward it to the treasurer.", "The Housing Officer confirmed that the
    // tenant should have had a new bin and would make arrangements for him to be contacted.", "Officers responded that
    // this was for the highways team and would make sure the answer was passed to members."
    pattern: new RegExp(
      String.raw`^(?:(?:County |District |Borough |Ward |Town |City )?(?:Cllr|Councill?or|Mr|Mrs|Ms|Dr|PC|PCSO)\.? (?:[A-Z]\.? )*[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?|[Tt]he (?:[A-Z][\w-]* ){0,3}(?:Clerk|Chair(?:man)?|Officer|Co-ordinator|Coordinator|Manager|Director)|Officers|[Tt]he officers?) (?:confirmed|reported|said|stated|explained|advised|noted|responded|replied|has|had)\b[^.;]{3,200}?,?\s+(?:but|and) (?:would|will) (?:also )?(?:${UNDERTAKEN}|advise|inform|notify|tell|make arrangements|make sure|ensure)\b`,
    ),
    kind: 'action',
  },
  {
    shape: 'a councillor to do something, in the subjunctive after the decision that asks it',
    example: 'Cllr Beckett explore the potential of any housing development should the land be sold.',
    pattern:
      /^(?:Cllr\.?|Councill?or) [A-Z][\w'’-]+ (?:explore|investigate|contact|write|obtain|check|liaise|speak|arrange|draft|prepare|seek|email|circulate|send|follow up|look into)\b/,
    kind: 'action',
  },
  {
    shape: 'work that is to start, in a note’s few words',
    example: 'Some minor repairs to the swings to commence.',
    // Not news of when another body's work is due: "Road repairs are scheduled to begin on 3 August."
    pattern:
      /^(?:[A-Z][\w ]{0,60}?\b)?(?:[Ww]ork|[Ww]orks|[Rr]epairs?|[Mm]aintenance|[Ii]nstallation|[Rr]edecoration|[Rr]esurfacing)\b[^.;]{0,60}?(?<!\b(?:is|are|was|were) (?:scheduled|due|expected|planned|programmed|likely|set)) to (?:commence|start|begin|go ahead|proceed)\b/,
    kind: 'follow-up',
  },
  {
    shape: 'something to be done',
    example: 'Further quotes to be obtained before the next meeting.',
    // Also after a colon: "… ways of engaging residents: examples of criteria to be forwarded." Not a purpose ("… sets
    // fees each year to allow services to be provided") nor what is needed ("Returns needing to be made …"), nor a
    // question ("They would like to know whether residents would prefer the shrubs to be removed"), nor what was discussed
    // ("The area to be included in the lease was discussed."), nor a clause cut from its sentence ("Under which goods are to be provided"), nor what has not happened yet ("The Council are yet to be
    // updated"), nor what a member had wanted ("He had suggested items to be included that were left out"). Also with a sum: "The precept of £2,400 to be requested."; and "The grant to be applied for in May by Cllr
    // Ash.", "A card is to be given to Mrs Dale." Not a status heading over a list: "Still to be completed". Also a correction
    // to the last minutes, after the place it corrects: "Paragraph 3, comment from Ann to be amended to read: …". Also a
    // report for a later meeting: "A brief paper on grass verges to be presented."
    pattern:
      /^(?!(?:Still|Yet|Work|Items?|Jobs?|Tasks?|Actions?) (?:still )?to be (?:completed|done|finished|actioned|carried out)\s*:?\.?\s*$)(?![^:]*:\s*$)(?!(?:[Uu]nder|[Ii]n|[Bb]y|[Ff]or|[Tt]o) which\b)(?![^.;]*\b(?:was|were) (?:discussed|debated|considered)\.?$)(?![^;]{0,200}\b(?:asked|requested)(?: again)? for\b)(?![^.;]{0,160}?\b(?:highlighted|explained|outlined|described|listed|showed|mentioned|reported|said|stated|advised|informed|indicated|understood|suggested|wanted|wished|preferred)\b[^.;]{0,100}? to be\b)(?![^.;]*\b(?:had|has|have) been (?:circulated|received|distributed|tabled)\b)(?![^.;]{0,80}?\b(?:had|has|have) (?:produced|prepared|written|drafted)\b[^.;]{0,100}? to be\b)(?![^.;]{0,160}?\b(?:allow|allows|allowing|enable|enables|enabling|whether)\b[^.;]{0,100}? to be\b)(?:[^;]{0,160}?(?:,\s+|(?<=[a-z]):\s+|(?:^|\s)[–—]\s+|(?<=\w)\s-\s+(?=[A-Z])(?![^.;]*\b(?:said|suggested|reported|felt|wanted|queried)\b)|\b\d{1,2}[a-z]{0,4}\)\s+))?(?:(?:[A-Z]|(?<=[–—:]\s|^(?:Paragraph|Para\.?|Page|Minute|Item|Section) [\w.]{1,8},\s)[a-z])(?:(?! (?:(?:(?:was|were|is|are) )?(?:due |expected |likely |scheduled |going |meant |supposed |yet )|(?:had|has|have|need|needs|needed|needing|ought|require|requires|required|appears?|appeared|seems?|seemed) )to be\b)(?:[\w'’ /&-]|£|[,.](?=\d))){2,100}?|(?:further|more) [\w ]{2,40}?) to be (?:made|added|arranged|sent|circulated|provided|obtained|investigated|researched|carried out(?! in the future)|created|submitted|queried|sought|placed|included|reviewed|drafted|prepared|contacted|chased|organised|written|updated|checked|ordered|booked|repaired|reported|raised|replaced|cleared|cut|fixed|removed|renewed|installed|erected|painted|followed up|put|displayed|published|presented|emailed|sourced|costed|purchased|bought|examined|explored|considered further|signed|set up|invited|returned|collected|inspected|monitored|posted|adopted|tabled|brought back|passed on(?:to)?|passed to|taken (?:down|away|to|up)|requested|asked|swept|advertised|trimmed|emptied|cleaned|tidied|relocated|reminded|resurfaced|marked|forwarded|distributed|shared|increased|reduced|rotated|finali[sz]ed|issued|completed|clarified|amended|corrected|delivered|pursued|drawn up|extended|loaned|lent|paid|applied for|given to|stated|informed|approached)\b/,
    kind: 'action',
  },
  {
    shape: 'a decision keyword in capitals inside a sentence of a longer paragraph',
    // Not the heading of the reasons for a decision: "REASONS RESOLVED:".
    example: 'The clerk had a further quote. The Council APPROVED £13.20 for the purchase of the site plan.',
    // Nor what a motion asked for: "… MOVED that the application be APPROVED."; nor the minutes' stamp "APPROVED 21.2.26".
    pattern:
      /^(?![^a-z]{40,}$)(?!REASONS?\b)(?!APPROVED\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*$)(?!.{0,400}\b(?:MOVED|moved|PROPOSED|proposed)\b[^.]{0,80}\b(?:that|THAT)\b(?![^.]{0,300}\b(?:and|which) (?:this |it )?(?:was |were )?(?:AGREED|CARRIED|agreed|carried)\b)).*\b(?<!\bTO BE )(?:AGREED|APPROVED|RESOLVED|ENDORSED|ADOPTED|DECIDED)\b/,
    kind: 'resolution',
  },
  {
    shape: 'it was proposed by one and seconded by another that something be done',
    example: 'It was proposed by Mr. A. Ash, seconded by Mrs B. Birch that the hedge is cut in March.',
    // Read last, when no rule before it found the decision (with its vote, or the resolution after it). Not a nomination
    // ("… seconded by Cllr Birch to nominate Cllr Cole"), which the vote or election after it decides.
    pattern: new RegExp(
      String.raw`\b(?:it|It) was (?:proposed|moved) by ${NO_STOP}{2,60}?,? (?:and )?seconded by (?:(?:Cllr|Councill?or|Mr|Mrs|Ms|Miss|Dr)\.? )?(?:[A-Z]\.? ?){0,3}[A-Z][\w'’-]+,? (?:that\b|to (?!be\b|nominate\b)[a-z]+)`,
    ),
    kind: 'resolution',
    motion: true,
  },
  {
    shape: 'a decision whose only verb is "be …", its "That" and keyword lost',
    example: 'A report on the trial be brought to the next meeting.',
    // The sentence's own verb is the subjunctive: nothing before "be" makes it a clause of another ("that", "whether", a
    // modal, "to"), as "The Chair suggested that a report be brought …" or "Should the hedge be cut?" would.
    // Nor the rest of a line a page broke after a date's day ("September 2026 be approved as a correct record"). "To" only
    // as its infinitive ("for the grass to be cut"): "The members appointed to the Authority be noted" is a decision.
    pattern: new RegExp(
      `^(?!(?:It|There|Let|Long|So|To|Please|January|February|March|April|May|June|July|August|September|October|November|December)\\b)[A-Z][^.;:?!()]{2,120}?(?<!\\b(?:${NOT_ITS_OWN_VERB})\\b[^.;:?!()]*)(?<!\\b[Tt]o (?:[a-z]+ )?)${SUBJUNCTIVE_WORDS}[^?]*$`,
    ),
    kind: 'resolution',
  },
  {
    shape: 'a body that decides, in the subjunctive, its keyword lost',
    example: 'The Markets Committee note the results of the survey.',
    pattern: new RegExp(
      `^${BODY}\\s+(?:note|agree|approve|endorse|accept|adopt|support|request|defer|thank|receive)\\s+(?:the|that|a|an|its|this|these|to)\\b`,
    ),
    kind: 'resolution',
  },
];

/**
 * What is not an outcome however it is worded: lost motions, proposals, earlier
 * decisions reported, negatives and questions. Checked before every rule.
 */
export const NOT_OUTCOMES: {
  shape: string;
  example: string;
  pattern: RegExp;
  decidedUnderAHeading?: boolean;
  /** Read even before the rules that come first (an election declined is no election). */
  beforeFirstRead?: boolean;
}[] = [
  {
    shape: 'the last meeting’s minutes as corrected: what a sentence of them now reads',
    example: 'The first sentence now reads: Councillor Ash asked that the bins be emptied weekly.',
    // Not a correction still to be made ("Paragraph 2 to be amended to read: …"), which someone must do.
    pattern:
      /^(?:The )?(?:(?:first|second|third|last|final|opening) )?(?:sentence|paragraph|line|bullet(?: point)?|wording)\b[^.:]{0,60}?\b(?:now |should |shall |will )?(?<!\bto )reads?\s*:/i,
    beforeFirstRead: true,
  },
  {
    shape: 'a decisions list’s status field, which says only how the item ended',
    example: 'Status: Agreed',
    pattern: /^Status\s*:\s*(?:Agreed|Noted|Approved|Deferred|Withdrawn|Completed?|Recommendations? approved)\.?$/i,
  },
  {
    shape: 'how an item was taken: in public or in private',
    example: 'The meeting was held in public session.',
    pattern:
      /^(?:The |This )?(?:meeting|item|business|matter)s? (?:was|were) (?:held|taken|considered|heard) in (?:public|private|open|closed)(?: session)?\.?$/i,
  },
  {
    shape: 'the minutes sent to the chair to be signed',
    example: 'The minutes will be sent to the Chairman for signature and then returned to the Clerk.',
    beforeFirstRead: true,
    pattern:
      /\bminutes (?:will|would|are to|were to|to) be (?:forwarded|sent|passed|e-?mailed|posted|given) (?:to [^.;]{2,60}? )?for (?:signature|signing)\b/i,
  },
  {
    shape: 'an agenda’s standing item: the chair to invite declarations of interest',
    example: 'The Chair to invite Members to declare their interests in today’s business.',
    pattern:
      /^(?:The )?(?:Chair(?:man|person|woman)?|Mayor) (?:to|will) (?:invite|ask|remind) (?:all )?(?:Councillors|Members|councillors|members)\b[^.;]{0,40}\bto (?:declare|make (?:any )?declarations?)\b/,
  },
  {
    shape: 'the meeting suspended or adjourned for a time',
    example: 'OPEN FORUM - the meeting was suspended for ten minutes.',
    pattern:
      /\bmeeting (?:was|were) (?:then |briefly )?(?:suspended|adjourned)\b(?=\s+(?:for|at|to allow|while|whilst)\b)/i,
  },
  {
    shape: 'members invited to ask questions or comment, which decides nothing',
    example: 'Members were then invited to comment, and these points were raised:',
    pattern:
      /^(?:The )?(?:Members|Councillors|Committee members) were (?:then )?invited to (?:ask questions|comment|make comments|raise questions)\b/,
  },
  {
    shape: 'an agenda’s standing item: the chair’s housekeeping notices',
    example: 'The Chair to tell everyone present about the fire exits and what to do if the alarm sounds.',
    pattern:
      /^(?:The )?(?:Chair(?:man|person|woman)?|[Cc]lerk) (?:to|will) (?:inform|advise|remind|tell|announce)\b[^.;]{0,80}\b(?:evacuation|fire (?:alarms?|exits?|drills?|procedures?)|housekeeping|mobile (?:tele)?phones|recording|filming|webcast(?:ing)?)\b/,
  },
  {
    shape: 'an agenda’s standing item: apologies to be passed on',
    example: 'The Chairman will welcome members and guests. The clerk will extend apologies received.',
    pattern:
      /(?:^|\.\s+)(?:The )?(?:[Cc]lerk|Chair(?:man|person|woman)?|[Ss]ecretary) (?:to|will) (?:extend|receive|report|read out|pass on|give) (?:any )?apologies\b/,
  },
  {
    shape: 'an agenda’s standing item: the chair to answer the public’s questions',
    example:
      'The Chairman to respond to any questions relevant to the business of the Panel from members of the public.',
    // Also "The Chair of the Committee will answer questions from members of the public submitted …".
    pattern:
      /^(?:The )?(?:Chair(?:man|person)?(?: of the (?:[A-Z][\w&-]* ?){1,5})?|Mayor|Leader|Commissioner|(?:[A-Z][\w-]* ){1,4}Commissioner) (?:to|will) (?:respond to|answer|take) (?:any )?questions\b/,
  },
  {
    shape: 'members reminded of the code of conduct’s interests',
    example:
      'Members are reminded to consider the categories of interest in the Code of Conduct to decide whether they have an interest.',
    pattern: /^Members (?:are|were) reminded to (?:consider|declare|indicate|think about)\b[^.;]{0,80}\binterests?\b/,
  },
  {
    shape: 'those present asked to introduce themselves',
    example: 'The Chair asked all present to introduce themselves.',
    pattern:
      /\b(?:asked|invited) (?:all|everyone|those|all those|the parties)(?: present| in attendance)? to introduce themselves\b/,
  },
  {
    shape: 'an agenda’s business, the members invited to confirm, approve or note it',
    example: 'The Councillors will be invited to confirm that the minutes of the last meeting are a correct record.',
    // Also "The Councillors will be asked to say if there are any items on the Agenda in which they have interests".
    pattern:
      /^(?:The )?(?:Councillors|Members|Committee|Council|Board|Panel|Cabinet|Executive) (?:will be|are) (?:invited|asked) to (?:confirm|approve|note|agree|sign|receive|say|declare|indicate)\b/,
  },
  {
    shape: 'what a body is for, as its terms of reference say',
    example: 'The role of the Services Scrutiny Committee is to review and scrutinise the services the public uses.',
    pattern: /^The (?:role|purpose|remit|function|aim) of (?:the |this )?[^.;]{3,80}? is to\b/,
  },
  {
    shape: 'the chair’s welcome to the meeting',
    example: 'The Chair welcomed councillors and members of the public to the meeting.',
    pattern:
      /^(?:The )?(?:Chair(?:man|person|woman)?|Mayor|Vice[- ]Chair(?:man|person)?) welcomed (?:everyone|all|councillors|members|those|the public)\b[^.;]{0,80}\bto the meeting\b(?![^.;]*\b(?:agreed|resolved|approved)\b)/,
  },
  {
    shape: 'how many of the public came',
    example: '12 members of the public attended the meeting and raised the state of the footpaths.',
    pattern: /^(?:\d{1,4}|[A-Z][a-z]+) members? of the public (?:attended|were present|was present)\b/,
  },
  {
    shape: 'two or more nominated for the chair: a contest, before its vote',
    example: 'Cllr Ann Ash and Cllr Ben Birch were nominated to be Chair for the meeting.',
    // Not one member nominated, which some bodies write for an appointment ("Councillor Ash was nominated as the
    // Chairperson for the year").
    pattern:
      /^[^.;]*\band\b[^.;]*\bwere nominated (?:to be|as|for) (?:the )?(?:(?:Vice|Deputy)[- ])?Chair(?:man|person)?\b(?![^.;]*\b(?:elected|appointed|agreed|approved|resolved|duly|carried)\b)/,
  },
  {
    shape: 'a member’s declaration of what they are, as an interest',
    example: 'Cllr Ash declared he was a Board Member of the housing association.',
    pattern:
      /^(?:Cllrs?|Councill?ors?|Mr|Mrs|Ms|Dr)\.? [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? declared (?:that )?(?:he|she|they) (?:was|were|is|are) (?:a |an |the )?(?:[A-Z][\w-]* )?(?:[Mm]ember|[Tt]rustee|[Dd]irector|[Gg]overnor|[Ee]mployee|[Cc]hair(?:man)?|[Vv]olunteer|[Tt]enant|[Rr]esident)\b/,
  },
  {
    shape: 'no declarations of interest, under their label',
    example: 'Declarations of Interest: None: Noted',
    pattern: /^Declarations? of [Ii]nterests?\s*:?\s*(?:None|Nil|NONE|NIL)\b/,
  },
  {
    shape: 'a document or declaration signed, and nothing more',
    example: 'The document was duly signed.',
    // Also "The declaration of acceptance of office was signed by Cllr Ash."; not minutes approved and signed.
    pattern:
      /^(?:The|This|His|Her|Their) (?:document|declaration(?: of acceptance)?(?: of office)?|form)s? (?:was|were|has been|had been) (?:duly |then )?signed\b[^;]*$/i,
  },
  {
    shape: 'a correction to the last meeting’s minutes, asked for by page or minute',
    example: 'Cllr Ash asked that on page 3 the second paragraph of item 5 be corrected.',
    pattern: /\b(?:asked|requested) that (?:on )?(?:[Pp]age|[Mm]inute|[Ii]tem) \d/,
  },
  {
    shape: 'when a decision is due, alone under its label in a forward plan',
    example: 'Before 1 February 2017',
    // Also run on into the plan's notes: "5 Feb 2020; 28 days' public notice must be given for any key decision".
    pattern:
      /^(?:(?:Not )?(?:Before|After|By|From|Due|On or (?:before|after))\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\.?$|^(?:(?:Not )?(?:Before|After|By)\s+)?\d{1,2}\/\d{1,2}\/\d{2,4}\.?$|^\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]* \d{4}\s*;/i,
  },
  {
    shape: 'something agreed at another meeting, named by its date and body',
    example: 'The budget was agreed at the 3rd December 2018 Cabinet meeting.',
    pattern:
      /\b(?:was|were|had been) (?:agreed|approved|resolved|decided|endorsed) at (?:the|its) \d{1,2}(?:st|nd|rd|th)? (?:of )?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})? (?:[A-Z][\w&'’-]* ){0,4}meeting\b/,
  },
  {
    shape: 'a change in the order of business',
    example: 'It was resolved to consider item 6b) before item a).',
    pattern:
      /\b(?:resolved|agreed|decided)(?: unanimously)? to (?:consider|take|hear|deal with|move) (?:agenda )?items? [\w.()]+ (?:before|after|next|first|ahead of|earlier)\b|\b(?:change|vary|varied|alter|altered)(?: in| to)? the order of (?:business|the agenda|items)\b/i,
  },
  {
    shape: 'what an earlier meeting decided, told with its date',
    example: 'At Planning Committee on 4 March 2024, the Committee resolved to refuse planning permission.',
    pattern:
      /^At (?:the |its |their |a )?(?:[A-Z][\w&'’-]* ){0,5}(?:[Mm]eeting|Committee|Cabinet|Council|Board|Panel|Executive)(?: meeting)?(?: held)? on (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:January|February|March|April|May|June|July|August|September|October|November|December),? \d{4},?\s+[^.;]{0,80}?\b(?:resolved|agreed|decided|approved|RESOLVED|AGREED)\b/,
  },
  {
    shape: 'a report’s recommendation on an application, before the committee decides',
    example: 'Recommendation for AB/24/01234/FUL: That planning permission be granted subject to conditions.',
    pattern: /^(?:Officer['’]?s? )?Recommendations? (?:for|on) [A-Z]{1,5}[/\d][\w/.-]*\s*:/i,
  },
  {
    shape: 'an agenda’s note that an update will be given at the meeting',
    example: 'Update to be provided at the meeting.',
    pattern:
      /^(?:An? )?(?:verbal |oral |further )?(?:update|report|presentation)s? (?:to be|will be) (?:provided|given|made|presented) at (?:the|this) meeting\.?$/i,
  },
  {
    shape: 'something to be dealt with later in the same meeting',
    example: 'These will be reported in agenda points.',
    pattern:
      /\b(?:will|would) be (?:reported|dealt with|covered|discussed|taken|considered) (?:in|under|at) (?:the )?(?:agenda (?:points?|items?)|item \d+|later (?:in|on) the (?:agenda|meeting))\b/i,
  },
  {
    shape: 'how questions are put at the meeting: its standing words',
    example: 'A contributor will be invited to address a question orally to the Leader or a Cabinet Member.',
    pattern:
      /^(?:A|The|Each) (?:contributor|questioner|petitioner|member of the public|resident)s? (?:will|may|can) be (?:invited|allowed|given|asked)\b/i,
  },
  {
    shape: 'the answer to a question, as a page of questions prints it',
    example: 'Written response: The budget process requires the best estimates to be made in the autumn.',
    // Not a planning response under its label ("Response: No objection"), which is what the council decided.
    pattern: /^(?:(?:Written|Verbal|Oral) (?:response|answer|reply)|Answer|Reply)\s*(?::|[–—-]\s)/i,
  },
  {
    shape: 'what an item was for, as its minutes begin',
    example: 'The purpose of this item was to consider any recommendations from the Overview and Scrutiny Committee.',
    pattern: /^The purpose of (?:this|the) (?:item|report|meeting|session)\b/,
  },
  {
    shape: 'the licensing objectives, listed in a hearing’s decision',
    example: 'The prevention of crime and disorder;',
    pattern:
      /^(?:the )?(?:prevention of (?:crime and disorder|public nuisance)|public safety|protection of children from (?:moral, psychological and physical )?harm)\s*[;.,]?\s*(?:and|or)?\s*$/i,
  },
  {
    shape: 'what a hearing weighed, leading into a list: "having regard to … :"',
    example: 'The Sub-Committee has determined that having regard to the promotion of all the licensing objectives:',
    // Not "having regard to the Development Plan, authority be delegated … subject to:", which decides after its comma.
    pattern: /\bhaving regard to\b[^.;,]{0,160}:-?\s*$/i,
  },
  {
    shape: 'what the law says a panel must do when it decides',
    example: 'When determining an application, the Panel must have regard to the council’s policy.',
    pattern: /^When (?:determining|considering|deciding)\b[^.;]{0,200}?\b(?:must|shall|may)\b/,
  },
  {
    shape: 'the reasons of a hearing: what the panel believed, or had regard to',
    example:
      'The Sub-Committee having heard from the applicant and residents, believed that granting the licence would add to nuisance.',
    // Also in the present: "The Sub-Committee is satisfied that …", "The Sub-Committee notes that whilst …". Not a decision
    // told with the same words: "The Committee considered the report and noted …", "… felt that a letter should be sent".
    pattern:
      /^The (?:[A-Z][\w-]* ){0,3}(?:Sub-Committee|Committee|Panel|Board)\b(?:[^.;]{0,200}?,)?\s+(?:believed|had regard|(?:also|further) considered|was (?:of the view|mindful|not satisfied)|(?:is|was) of the opinion|took into account|(?:is|was) (?:not )?satisfied that|notes? that (?:whilst|while|although))\b(?![^.]*\b(?:noted|endorsed|requested|asked|recommended|agreed|resolved|decided|approved|refused|granted|revoked|supported|accepted)\b)/,
  },
  {
    shape: 'a decision notice’s title, with its date',
    example: 'Decision of the Licensing Sub-Committee (“Committee”) 11 April 2024',
    // Not "The decision of the Sub-Committee was to …": the title has no verb, only a name in brackets and the day.
    pattern:
      /\bDecision of the (?:[A-Z][\w-]* ){0,4}(?:Committee|Sub-Committee|Panel|Board)\b(?:\s*\([^)]{0,30}\))?\s*(?:[–—-]\s*)?(?:\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+,? |\d{1,2}\/\d{1,2}\/)\d{4}$/,
  },
  {
    shape: 'the standing words asking members to declare their interests',
    example:
      'Members were asked to consider whether they had personal or prejudicial interests in connection with any item on the agenda and, if so, to declare them.',
    pattern:
      /\b(?:were|are|was|is) (?:asked|invited|reminded) to (?:consider whether they (?:had|have)|declare)\b[^.]{0,60}\binterests?\b/,
  },
  {
    shape: 'the aims of the public sector equality duty, quoted in a report',
    example: 'Eliminate discrimination, harassment and victimisation',
    // Also "Advance equality of opportunity between …", "Foster good relations between …".
    pattern:
      /^(?:Eliminate (?:unlawful )?discrimination|Advance equality (?:of opportunity|and opportunity)|Foster good relations)\b/,
  },
  {
    shape: 'a nomination declined',
    example: 'Ann Ash was nominated as Chairman but declined, as she is moving away.',
    pattern: /\bnominated\b[^.;]{0,60}\b(?:but|and) (?:declined|refused|withdrew)\b/,
    beforeFirstRead: true,
  },
  {
    shape: 'what a report said',
    example: 'The report also noted that the boiler was due for replacement.',
    pattern:
      /^The (?:officer['’]s |annual |written )?report (?:also |further )?(?:noted|stated|said|explained|highlighted|set out|advised)\b/,
  },
  {
    shape: 'something agreed at another meeting, named by its date',
    example: 'A grant which was agreed at the meeting 12 March was paid in April.',
    pattern:
      /\b(?:was|were|had been) (?:agreed|approved|resolved|decided) at the (?:last |previous )?meeting (?:of |on |held on )?(?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/,
  },
  {
    shape: 'the standing words of public question time',
    example: 'The Chair will allow members of the public three minutes each to ask questions.',
    pattern: /\bThe Chair(?:man|person)? will allow (?:any )?members of the public\b/,
  },
  {
    shape: 'a table of other bodies’ decisions, each with its day',
    example:
      'Ashby District Council – Full Council Approved Tue 24/01/17 Fenton Borough Council – Full Council Refused Wed 25/01/17',
    pattern:
      /\b(?:Approved|Refused|Agreed|Rejected|Deferred)\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?(?:\s+\d{1,2}\/\d{1,2}\/\d{2,4}|$)/,
  },
  {
    shape: 'someone who asked the meeting itself to agree: a proposal, decided after it',
    example: 'Nia Owen asked for the Board to agree the appointment.',
    // Also "The Chair asked Members to note the update."
    pattern:
      /\basked (?:for )?(?:the )?(?:Board|Committee|Council|Panel|Cabinet|Authority|meeting|Members|members|Councillors|councillors) to (?:formally )?(?:agree|approve|note|endorse|support|ratify|accept)\b/,
  },
  {
    shape: 'an officer who asked the meeting to decide: a proposal, decided below',
    example: 'The Chief Fire Officer requested that the Authority consider approving funding for two new vehicles.',
    // Also "The Director requested that Members approve the work …"; not what members asked of officers.
    pattern:
      /^(?:The )?(?:(?:Deputy|Assistant|Acting|Interim) )?(?:Chief Constable|Chief Executive|Chief Officer|Chief Fire Officer|Treasurer|Director|Head of [A-Z][\w ,&]{2,40}?|(?:[A-Z][\w-]* ){0,3}(?:Officer|Manager))\s+requested that (?:the )?(?:Authority|Committee|Board|Panel|Council|Cabinet|Members)\s+(?:consider(?: approving)?|approve|agree|note|endorse|support|authorise)\b/,
  },
  {
    shape: 'a decision dated on an earlier day: another meeting’s, told again',
    example:
      'In accordance with statutory regulations, on the 8th May 2017, Members approved a 6 month period of absence.',
    // Also "At the meeting on the 31st October £250 was awarded to the Sailing Club, leaving £1,100 unallocated.".
    // Not the date of another body's meeting whose recommendations were weighed: "… made by the Scrutiny Committee held on
    // 13th March, 2014 Cabinet agreed the recommendations".
    pattern:
      /(?<!\bheld )\b[Oo]n (?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:January|February|March|April|May|June|July|August|September|October|November|December),? \d{4},? (?:the )?(?:Members|Councillors|Council|Committee|Board|Panel|Cabinet) (?:approved|agreed|resolved|decided)\b|^At (?:the|its|their) (?:last |previous |earlier )?meeting (?:on|of|held on) (?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?:[^.;]|\.(?=\d)){0,100}\b(?:was|were) (?:awarded|approved|agreed|granted|allocated)\b/,
  },
  {
    shape: 'the standing words of an agenda’s item on declarations: requests for dispensations to be received',
    example:
      'The Town Clerk to receive written requests for dispensations prior to the start of the meeting for consideration.',
    pattern: /\bto (?:receive|report|consider)\b[^.;]{0,40}\brequests? for dispensations?\b/i,
  },
  {
    shape: 'how the matter came to this meeting: another body sent it here',
    example:
      'The Council agreed to refer the issue to this Committee and Cllr Ash has been invited to present the Motion.',
    pattern:
      /\b(?:agreed|resolved|decided|voted) to refer\b[^.;]{0,120}\bto this (?:Committee|Sub-Committee|Panel|Board|Commission|Group|Forum|meeting)\b/,
  },
  {
    shape: 'an alternative option considered and turned down, written as a sentence',
    example:
      'Members considered the alternative option of refreshing the current plan, but this was declined as the review showed a new plan was needed.',
    pattern:
      /\b(?:considered|rejected|declined|discounted)\b[^.;]{0,20}\balternative options?\b|\balternative options?\b[^.;]{0,200}\b(?:was|were) (?:declined|rejected|discounted)\b/i,
  },
  {
    shape: 'no reply yet to something asked of another body',
    example: 'LIDB – no response to the request for the dyke to be cleaned.',
    pattern:
      /^(?:[^.;]{1,40}\s[–—:-]\s*)?(?:There has been |There was |Still )?[Nn]o (?:response|reply|answer) (?:yet )?(?:to|from|has been|had been|received)\b/,
  },
  {
    shape: 'the chair to sign the minutes, said alone',
    example: 'Chair to sign and date.',
    pattern:
      /^(?:The )?(?:Chair(?:man|person|woman)?|Mayor) to sign(?: and date)?(?: (?:them|the minutes))?(?: as (?:a |an )?(?:correct|true|accurate) record)?\.?$/i,
  },
  {
    shape: 'the reasons a decision was supported by',
    example: 'The decision was supported by the following reasons: it is within the Panel’s remit.',
    pattern: /^The decisions? (?:was|were) supported by the following reasons?\b/,
  },
  {
    shape: 'a meeting page’s field saying where it meets',
    example: 'Venue: Meeting to be conducted using Microsoft Teams - Microsoft Teams.',
    pattern: /^(?:Venue|Place of meeting|Meeting place)\s*:/i,
  },
  {
    shape: 'a decision record’s field, its label before ":-"',
    example: 'Contact Officer :-Corporate Director (Corporate Services) - Ann Ash',
    // Also "Decision to Take Effect at end of :-2013/02/01"; not a keyword's own ":-" ("RESOLVED :- That …").
    pattern: /^(?!.*\b(?:RESOLVED|Resolved|AGREED|Agreed|DECIDED|Decided)\b)[A-Z][A-Za-z ()/,'’-]{2,80}?\s:-/,
  },
  {
    shape: 'an action sheet’s column headings, a cell a line',
    example: 'Minute Item',
    pattern:
      /^(?:(?:Minute|Item|Agenda Item|Officer|Lead|Owner|Who|By whom|When|Date|Due|Due date|Deadline|Status|Progress|Ref|Reference|No\.?)(?: (?:Item|No\.?|Number|Ref|Responsible|Officer|Date|By|Lead|Owner))?|Action (?:By|Owner|Lead|Status|Due))$/i,
  },
  {
    shape: 'a heading with nothing under it',
    example: 'RECEIPTS – None to report.',
    pattern:
      /^[A-Z][\w ,&/'’()-]{2,50}?\s*[–—:-]\s*(?:none|nil|nothing)(?: (?:to report|received|this month|at present))?\.?$/i,
  },
  {
    shape: 'nothing of a kind noted or received',
    example: 'No updates on progress were noted.',
    // Not a planning response: "No objections were raised by the Parish Council."
    pattern:
      /^No (?:further |new )?(?!(?:objections?|comments?|observations?|concerns?)\b)[a-z][\w ]{2,40}? (?:were|was) (?:noted|received|reported|recorded|raised)\b(?![^.;]*\band\b)/,
  },
  {
    shape: 'what a report asked for, before the meeting decides',
    example: 'A report was submitted which requested that the quarterly performance report be noted.',
    // Also "A report from the Head of Finance asked that the new charges be approved".
    pattern:
      /^(?:A|The) (?:[\w-]+ ){0,3}report (?:was |had been )?(?:submitted|presented|considered|received|circulated)\b[^.;]{0,60}?\bwhich (?:requested|asked|recommended|sought|proposed)\b|^(?:A|The) (?:[\w-]+ ){0,3}(?:report|paper) (?:from|of|by) (?:the )?[A-Z][^.;]{2,80}? (?:asked|requested|recommended|sought|proposed) that\b/,
  },
  {
    shape: 'what a forecast or figure was based on',
    example: 'The forecast was based on the premise that we would be paying £3,000 for the bus shelters this year.',
    pattern: /\bbased on (?:the |an? )?(?:premise|assumption|understanding) that\b/,
  },
  {
    shape: 'the attendance register signed',
    example: 'The attendance register was signed.',
    pattern: /^The attendance (?:register|book|sheet|record) (?:was|were|has been) signed\b/i,
  },
  {
    shape: 'a correction of a word in the minutes',
    example: 'Cllr Ash asked that in minute 391 (d) the word Carers was replaced by Cares.',
    pattern:
      /\bthe words? [^.;]{1,40}? (?:was|were|be|is|should be) (?:replaced|amended|changed|corrected) (?:by|with|to)\b/,
  },
  {
    shape: 'a matter withheld from the published minutes',
    example: 'Potholes – exempt under Article 36 of the Freedom of Information Law.',
    pattern: /\b[Ee]xempt under (?:Article|Section|Paragraph|Schedule)\b/,
  },
  {
    shape: 'nothing to report',
    example: 'Nothing to be reported',
    pattern: /^(?:Nothing|None|Nil)(?: (?:to be reported|to report|reported|received|this month))?\.?$/i,
  },
  {
    shape: 'what an earlier meeting decided, told with its date',
    example: 'At Annual Council on 15th May 2024, the terms of reference for each committee were approved.',
    // Also with the date first, or the meeting named as the last one: "At the 31 May committee meeting, members agreed …",
    // "At the previous meeting, it was agreed …"; with no comma before the body: "At its meeting on 12 March the
    // Finance Committee resolved to …".
    pattern:
      /^At (?:the |its |a |an )?(?:[A-Z][\w&'’-]* ){0,4}(?:Council|Committee|Cabinet|Board|Panel|[Mm]eeting)(?: [Mm]eeting)?(?: held)? on (?:the )?\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+(?:,? \d{4})?(?:,|\s+(?=the (?:(?:[A-Z&][\w&'’-]*|and|of|for) ){0,6}(?:Council|Committee|Cabinet|Board|Panel) (?:resolved|agreed|decided|approved)\b))|^At (?:the|its|their|our) (?:last|previous|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+(?: \d{4})?|[A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)?)(?: [\w&-]+){0,3} [Mm]eeting,/,
  },
  {
    shape: 'what a body decided at a meeting on an earlier date, told as background',
    example:
      'The Council set its budget for 2025/26 at a meeting on 20 February 2025, and the parish precepts were now to be added.',
    // Not what was agreed to do at a later meeting ("The Committee agreed to consider the matter at its meeting on 5 June").
    pattern: new RegExp(
      `^(?:${BODY}|Members|Councillors) (?:had )?(?:agreed|approved|adopted|set|resolved|decided|endorsed) (?!to\\b|that\\b)[^.;]{3,120}? at (?:a|its|the|their) (?:[\\w-]+ ){0,3}meeting (?:held )?on (?:the )?\\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December)\\b`,
    ),
  },
  {
    shape: 'a decision taken at another meeting or by another body, told again',
    example:
      'More evidence is needed for the bid; it was decided at the Parish Council meeting that users be counted first.',
    // Not this meeting's own: "It was agreed at the meeting that …".
    pattern:
      /\b(?:was|were) (?:agreed|resolved|decided|approved) at (?:the |a |an )?(?:last |previous |recent |earlier |(?:[A-Z][\w&'’-]* ){1,4})(?:[Mm]eeting|Council|Committee|Board|Panel|Cabinet|Assembly)\b/,
  },
  {
    shape: 'an opinion all shared: that something was accurate, useful or welcome',
    example: 'Councillors agreed that the changes made to the policy were positive.',
    // Not when a decision follows in the same sentence: "… agreed that the report was useful and should be circulated".
    pattern:
      /\b(?:agreed|felt|considered) that (?:the |this |these |they |it )?[^.;]{0,80}?\b(?:was|were|is|are) (?:very |most |extremely |all |both )?(?:positive|accurate|useful|helpful|informative|excellent|good|valuable|welcome|encouraging|beneficial|reassuring|interesting)\b(?![^.;]*\b(?:should|must|shall|be (?!an?\b)[a-z]+ed)\b)/,
  },
  {
    shape: 'a standing power told as background: who the constitution authorises',
    example:
      'Under the Council’s Scheme of Delegation, the Chief Executive was authorised to take urgent decisions on behalf of the Cabinet.',
    pattern:
      /^Under (?:the )?(?:Council['’]s )?(?:Scheme of Delegation|Constitution|Standing Orders)\b[^.;]*?\b(?:is|are|was|were) (?:authorised|authorized|empowered|able)\b/,
  },
  {
    shape: 'something another body has approved, reported',
    example: 'The revised plan has been approved by Natural England and the works start in March.',
    pattern:
      /\b(?:has|have) (?:now |also )?been (?:approved|agreed|granted|accepted|awarded|confirmed|signed off) by (?!(?:the |this |our )?(?:(?:Parish|Town|Community|City|Full) )?(?:Council|Committee|Sub-Committee|Cabinet|Board|Panel|[Mm]embers|[Cc]ouncill?ors|[Mm]eeting)\b)(?:the )?[A-Z]/,
  },
  {
    shape: 'the business an item put to the meeting, "to agree:" before it',
    example: '3 to agree: the council to hold its annual meeting online this year:',
    pattern: /^(?:\d{1,3}(?:\.[a-z\d]{1,3})*[.)]?\s+)?[Tt]o (?:agree|approve|consider|decide|note|discuss)\s*:/,
  },
  {
    shape: 'who was asked to chair the meeting itself',
    example: 'Although KW arrived soon after, he requested that JB continued to chair the meeting.',
    // Not a resolution that asks someone to: "THAT THE VICE-CHAIRMAN BE ASKED TO CHAIR THE MEETING", carried on a vote.
    // Nor who agreed to chair it: "… has resigned as Chair but agreed to chair this meeting".
    pattern:
      /(?<!\bbe )\b(?:requested|asked)\b[^.;]{0,40}\b(?:continued?|to) (?:to )?chair (?:the|this) meeting\b|\bagreed to chair (?:the|this|tonight['’]s) meeting\b/i,
  },
  {
    shape: 'what a protocol or policy says happens when something is agreed',
    example:
      'The Variation Protocol stated that where the parties agreed that a variation was substantial the Committee would provide comments.',
    pattern: /\b(?:stated|states|provides|provided|sets out|set out|says) that (?:where|if|when|once)\b/,
  },
  {
    shape: 'how a call-in was asked for',
    example:
      'The request to Call-In this decision was made on 5 February 2014 by Councillor Moran and supported by two others.',
    pattern: /^The request (?:to call[- ]in|for (?:a |the )?call[- ]in)\b/i,
  },
  {
    shape: 'what those attending or wishing to speak must do, in a notice about the meeting',
    example: 'Councillors and officers attending the meeting will be undertaking a lateral flow test in advance.',
    pattern:
      /\battending (?:the|this) meeting (?:will|are|must|should)\b|^Requests? to (?:speak|address)\b[^.;]{0,60}\b(?:must|should|need to) be\b/i,
  },
  {
    shape: 'a correction asked for to the minutes of the last meeting',
    example: 'Cllr Bruce asked for a typo correction to Min 5120 – line 1 – to delete ‘the’ and insert ‘there’.',
    // Also under the minutes' own heading: "Confirmation of the Minutes Mr Ash asked for a correction to be made to item 7".
    pattern:
      /\basked for (?:an? |the )?(?:(?:typo|minor|small|further) )?(?:amendment|correction|alteration|change)s? (?:to|in|of) (?:the )?(?:Min(?:ute)?s?\.? ?\d|(?:draft |previous |last )?minutes\b)|\bminutes\b[^.;]{0,40}\basked for (?:an? |the )?(?:(?:typo|minor|small|further) )?(?:amendment|correction|alteration)s?\b/i,
  },
  {
    shape: 'an agenda’s business with the time allowed for it',
    example: 'Lead Members to update the Committee on the progress of their Panels (10 minutes)',
    pattern: /\(\d{1,3} ?(?:minutes|mins)\)\.?$/i,
  },
  {
    shape: 'a motion, amendment or nomination that fell',
    example: 'A vote was taken on the amendment, which was not carried.',
    // Not a road the highway authority has not taken on: "… the new highway, currently not adopted highway".
    pattern:
      /\bnot (?:carried|agreed|approved|supported|seconded|accepted|adopted)\b(?! (?:highways?|roads?|lanes?|streets?|footpaths?|paths?|land)\b)|\b(?:was|were) (?:declared (?:to have been )?|duly )?(?:lost|defeated|withdrawn)\b|\b(?:proposal|motion|amendment|nomination) fell\b|\bfell\.$/i,
  },
  {
    shape:
      'how the meeting will be run, in an agenda’s words: the chair will call, the agenda will be published, who wishes to speak',
    example: 'The Chairman will announce whether there are any urgent items and where they will be taken.',
    // The chair asks the meeting ("will ask members to declare any interests"); not an errand ("will ask the police to …").
    pattern:
      /^(?:The )?(?:Chair(?:man|person|woman)?|Vice[- ]Chair(?:man|person)?|Mayor|Convener|Presiding Member) (?:will (?:call|announce|ask(?= (?:members|councill?ors|those|anyone|everyone|if|whether|for)\b)|invite|move|put|take|open|close|welcome|confirm|advise|sign|declare|draw attention|read)|to (?:announce|read|draw attention|advise whether|declare the meeting (?:open|closed)|(?:open|close) the meeting|welcome))\b|^The agenda (?:for (?:this|the|each) meeting )?will be (?:published|circulated|sent)\b|\bif (?:they|you) wish to (?:speak|address)\b/i,
  },
  {
    shape: 'the chair admitting urgent business to the meeting',
    example: 'The Chairman agreed to take two items of urgent business as follows:',
    pattern:
      /^(?:The )?(?:Chair(?:man|person|woman)?|Vice[- ]Chair(?:man|person)?|Mayor|Convener|Presiding Member) (?:agreed|decided|had agreed|accepted) (?:to (?:take|accept|admit|consider|allow) )?(?:an?|one|two|three|the following|\w+) (?:items?|matters?) (?:of|as) urgent(?: business)?\b/i,
  },
  {
    shape: 'someone invited to present a petition or to speak, as the meeting is run',
    example: 'The Council invited Mr Manley to present a petition on behalf of the Continuity Group.',
    // Not a report asked for a later meeting ("invited the Director to present a report to the next meeting"), nor someone
    // invited to a later meeting to speak to something ("… would be invited to the next Panel meeting to speak about it").
    pattern:
      /\binvited\b(?![^.;]{0,40}?\b(?:next|future|subsequent|later) meeting\b)[^.;]{2,80}?\bto (?:present (?:a |the |their |his |her )?(?:petition|deputation|question|statement)|speak|address|introduce (?:himself|herself|themselves)|take (?:the|their) seats?)\b(?![^.;]*\b(?:next|future|subsequent|later) meeting\b)/,
  },
  {
    shape: 'members asked to consider something: the business put to them, not yet decided',
    example: 'Members were asked to consider the purchase of another defibrillator for the hall.',
    pattern:
      /^(?:The )?(?:Members|Councillors|Cllrs) (?:were|are) (?:then )?asked to (?:approve|agree|decide\b|consider (?:the |a |an )?(?:purchase|proposal|request|application|adoption|appointment)\b)/,
  },
  {
    shape: 'a member who will arrive late or leave early',
    example: 'Cllr Ash will arrive later.',
    pattern:
      /\b(?:will|would) (?:be )?(?:arrive|arriving|join(?:ing)? (?:the meeting )?(?:later|late)|be late|leave early|leaving early|need to leave)\b/i,
  },
  {
    shape: 'a member asking that their vote be recorded',
    example: 'Councillor Boyle asked that it be recorded that he abstained from the vote.',
    // Also "Cllr Jarvis requested to minute that he supports the amendment."; not what a committee asks to be recorded as
    // its view ("The Committee requested it be recorded that if only one houseboat remained it should be moved").
    pattern:
      /\b(?:asked|requested) (?:that )?(?:it (?:be|was) (?:recorded|minuted) that (?:he|she|they|(?:Cllr|Councill?or)\.? [A-Z][\w'’-]*) (?:had )?(?:abstained|voted|did not|was|were|opposed|supported|objected|declared|wished)\b|(?:his|her|their)(?: (?:vote|abstention|name|objection|dissent))? (?:be|was) (?:recorded|minuted)\b)|\b(?:asked|requested) (?:to (?:minute|record|have it (?:minuted|recorded))|that it (?:be|was) (?:minuted|noted)) that\b/i,
  },
  {
    shape: 'someone’s own words in quotation marks',
    example: '“I am delighted to have been re-elected as Chairman and would like to thank my colleagues.”',
    pattern: /^["“‘]\s*(?:I|We|My|Our)\b/,
  },
  {
    shape: 'someone to address the meeting, or thanks placed on record',
    example: 'Mr George Lankester to address the Council in relation to co-option.',
    // Not leave granted to address it ("That the driver be granted leave to address the Committee"): a decision.
    pattern:
      /(?<!\b(?:granted|given) leave )\bto (?:address|speak to) the (?:Council|meeting|Committee|Board|Panel|Authority)\b|\b(?:asked|wished) (?:for [^.;]{2,60} )?to be (?:placed|put|recorded) on record\b|\b(?:asked|wished) that [^.;]{2,80}? be (?:placed|put) on record\b/,
  },
  {
    shape: 'a member with an interest leaving the room for the item',
    example: 'Councillor Darby indicated that he would move to the back of the room when the item was being discussed.',
    // Or taking no part: "He will take no part in the discussion or vote."
    pattern:
      /\b(?:would|will) (?:leave|withdraw from|move to the back of|sit at the back of|step out of) the (?:room|meeting|chamber|hall)\b|\b(?:would|will) (?:take no part|not take (?:any )?part|not vote|not participate) in (?:the )?(?:discussion|debate|vote|voting|item|decision)\b/i,
  },
  {
    shape: 'a member or a visitor asking the body itself to consider or respond',
    example: 'CC Cllr Desmonde requested that the Parish Council responded to the consultation on the merger.',
    // A visiting county or district councillor, or the chair putting business to the meeting ("requested that the Board
    // consider approving …"), asks the body; what the body did is its own decision.
    pattern:
      /^(?:(?:In addition|Also|Finally),? )?(?:(?:CC|DC|BC|County|District|Borough|Ward|Unitary) (?:Cllr|Councill?or)\b[^.;]{1,40}?|(?:The |the )?Chair(?:man|person)?\b[^.;]{0,120}?) (?:asked|requested)(?: that)? (?:the )?(?:[A-Z][\w-]* ){0,3}(?:Board|Committee|Council|Panel|members|Members|councillors|Councillors)\b[^.;]{0,40}?\b(?:consider|responded|respond|to respond|note|support)\b/,
  },
  {
    shape: 'a question from the public in an open forum',
    example: 'Open Forum – Brian Dale asked for an update with regards to the blocked footpath.',
    pattern:
      /^(?:Open|Public|Community) (?:Forum|Participation|Session|Question Time)\s*[–—:-]\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?(?:[A-Z][\w.'’-]* ){1,4}(?:asked|raised|queried|enquired|requested|reported|said|wanted)\b/,
  },
  {
    shape: 'the law or standing orders quoted: what any council shall do',
    example: 'The chairman of a community council shall be elected annually by the council from among the councillors.',
    pattern:
      /^[^.;]{0,80}\b(?:a|every|each|any) (?:community |parish |town |local |principal )?(?:council|authority)\b[^.;]{0,60}\bshall\b|\bshall\b[^.;]{0,80}\b(?:by|of) (?:a|every|each|any) (?:community |parish |town |local |principal )?(?:council|authority)\b/,
  },
  {
    shape: 'a councillor’s or officer’s report, headed by who gave it',
    example: 'County Councillor – Reported that the lane has been accepted as a bridleway.',
    pattern: /^[A-Z][^.;:]{2,60}?\s[–—-]\s+Reported that\b/,
  },
  {
    shape: 'someone who asked the members themselves to consider something',
    example: 'She requested that members consider how to preserve the old minute books.',
    pattern:
      /^(?!(?:The |the )?(?:Members|Councillors|Committee|Council|Board|Panel)\b)[^.;]{0,160}\b(?:asked|requested) (?:that )?(?:the )?(?:members|councillors)\b (?:to )?(?:consider|think about|look at|give thought to)\b/,
  },
  {
    shape: 'members invited to declare their interests',
    example: 'Members were invited to declare any interests they may have in the items on the agenda.',
    pattern:
      /^(?:Members|Councillors|Those present)\b[^.;]{0,40}? (?:were|are) (?:invited|asked|reminded) to declare\b/,
  },
  {
    shape: 'a record’s title and status, as a document system prints them',
    example: 'Title: PARISH COUNCIL: RECORD OF MEETING Status: APPROVED',
    pattern: /^(?:Title|Document|Subject)\s*:.{0,160}\bStatus\s*:\s*(?:APPROVED|Approved|DRAFT|Draft|FINAL|Final)\b/,
  },
  {
    shape: 'the agenda’s words for taking declarations of interest',
    example: 'Clerk to receive declarations of pecuniary or non-pecuniary interest on any agenda item.',
    pattern:
      /^(?:[\w./–-]{1,12}\s*)?(?:The )?(?:Clerk|Chair(?:man)?) to (?:receive|record|note|invite|ask for) (?:any )?declarations\b/i,
  },
  {
    shape: 'the agenda’s words for opening the meeting',
    example: 'The Chairman to welcome everyone to the meeting.',
    pattern: /^(?:The )?(?:Chair(?:man|person|woman)?|Mayor|Convener|President) to (?:welcome|open)\b/,
  },
  {
    shape: 'standing orders suspended or put back: how the meeting was run',
    example: 'Standing Orders were suspended.',
    pattern:
      /^(?:The )?[Ss]tanding [Oo]rders (?:were|was) (?:then )?(?:suspended|reinstated|re-instated|reimposed|re-imposed)\b/,
  },
  {
    shape: 'apologies accepted or received: a formality',
    example: 'Acceptance of apologies: Apologies were accepted from Councillors Ash and Birch.',
    // Not a sentence run on into a decision ("… received from Cllr Purves … the Council RESOLVED to elect …").
    pattern:
      /^(?![^.;]*\b(?:RESOLVED|[Rr]esolved|AGREED|[Ee]lected)\b)[^.;]*?\b(?:[Aa]pologies|[Aa]n [Aa]pology) (?:for absence )?(?:were|was) (?:duly )?(?:accepted|received|noted|approved)\b/,
  },
  {
    shape: 'who proposed and seconded, and the vote, with nothing of what',
    example: 'PROPOSED: G.Clark SECONDED: R.Muir Vote: All in favour.',
    // Read without its label too ("PROPOSED:" is taken off as a heading in capitals).
    pattern:
      /^(?![^;]*\b(?:RESOLVED|AGREED|DECIDED|[Rr]esolved|[Aa]greed|by)\b)(?:PROPOSED\s*[:–—-]?\s*)?[^:;]{2,40}?\s+SECONDED\s*[:–—-]?\s*[^:;]{2,40}?(?:\s+Vote\s*[:–—-]?\s*[^:;]{2,80})?$/,
  },
  {
    shape: 'the order the business was taken in',
    example: 'The Chairman asked that item 7 on the agenda be discussed next.',
    pattern:
      /\b(?:asked|requested|agreed|proposed)\b[^.;]{0,20}?\bitems? (?:no\.? )?\d{1,3}[a-z]?\b[^.;]{0,40}?\b(?:be )?(?:discussed|taken|considered|heard|dealt with|brought forward|moved)\b[^.;]{0,30}?\b(?:next|first|earlier|now|before|after|forward)\b/i,
  },
  {
    shape: 'the planning authority’s decision, reported',
    example: 'The Borough Council has APPROVED Planning Permission for the following Application: No 26/01234/F',
    pattern: new RegExp(`^${PLANNING_AUTHORITY_DECIDED}`),
  },
  {
    shape: 'someone’s own appointment elsewhere, reported',
    example: 'County Councillor – Cllr Ash reported he has been appointed Executive Councillor for Highways.',
    pattern:
      /\b(?:reported|said|announced|advised|informed (?:the )?(?:council|members|meeting))(?: that)? (?:he|she|they) (?:has|had|have) been (?:appointed|elected|re-elected)\b/i,
    beforeFirstRead: true,
  },
  {
    shape: 'something agreed by one person outside the meeting',
    example: 'The objections sent in were also agreed by the Ward Member.',
    pattern:
      /\b(?:was|were) (?:also )?agreed by (?:the )?(?:(?:Ward|District|County|Borough|Division|Unitary) (?:Member|Councill?or|Cllr)|applicant|developer|landowner|owner)\b/i,
  },
  {
    shape: 'an applicant’s or owner’s own decision, reported',
    example: 'Co-option – the applicant decided not to proceed.',
    pattern:
      /^(?:[^.;]{0,60}?[–—-]\s*)?(?:The |the )?(?:applicants?|developers?|owners?|landowners?|objectors?|candidates?)(?: has| have| had)? decided\b/i,
  },
  {
    shape: 'someone to step down, told',
    example: 'Treasurer, Cllr Ash to step down at the end of the year.',
    pattern:
      /^(?:[^.;]{0,40},\s*)?(?:(?:Cllr|Councill?or|Mr|Mrs|Ms|Dr)\.? )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2} (?:is )?to (?:step|stand) down\b/,
  },
  {
    shape: 'someone elected at an election, reported',
    example: 'Councillor Ann Ash was elected as District Councillor for Mill Ward at the recent election.',
    // Also "Councillors were returned unopposed before the recent elections".
    pattern:
      /\b(?:was|were|been) (?:duly )?(?:elected|re-elected|returned)\b[^.;]*?\b(?:at|in|prior to|before) the (?:recent|last|latest|May|local|district|county|borough|parish|town|general)\b[^.;]{0,30}?\belections?\b/i,
    beforeFirstRead: true,
  },
  {
    shape: 'an application’s reference, then what became of it',
    example: '12 Mill Lane – AB/26/01234/FUL – approved',
    // The planning authority's decisions, listed by a parish, also with what the application is ("AB26/0218 – tree works at
    // Mill House – approved"); not a response ("– no objection", "– support").
    pattern:
      /^[^.;]{0,80}\b[A-Z]{0,3}\/?(?:\d{2}\/)?\d{3,6}(?:\/[A-Z]{2,5})?\b\s*[–—-]\s*(?:[^.;–—]{3,80}\s[–—-]\s*)?(?:approved|granted|refused|withdrawn|permitted|awaiting (?:a )?decision)\.?$/i,
  },
  {
    shape: 'an application refused or granted, now going to appeal',
    example: 'The Mill Farm application was refused and the applicant has now appealed.',
    pattern:
      /\bapplications? (?:was|were|has been|had been) (?:refused|rejected|approved|granted)\b[^.;]*\b(?:appeal|appealed|appealing)\b/i,
  },
  {
    shape: 'work still outstanding, reported',
    example: 'The benches and notice board are still to be installed.',
    pattern:
      /^(?:The |A |An )?[^.;]{3,80}? (?:is|are) still to be (?:installed|ordered|fitted|delivered|completed|done|repaired|replaced|finished|received|carried out)\b/,
  },
  {
    shape: 'what becomes of the recording of a meeting held online',
    example: 'The recording will be destroyed by the Clerk once the minutes have been approved.',
    pattern:
      /^(?:The |This |Any )?(?:video |audio |Zoom )?recording(?: of (?:the|this) meeting)? (?:will|would|is to) be (?:destroyed|deleted|erased|kept|retained|held)\b/i,
  },
  {
    shape: 'no dispensations or declarations to record',
    example: 'There were no dispensations received and granted since the last meeting.',
    pattern: /^There (?:were|was|had been) no (?:requests? for )?(?:dispensations?|declarations?)\b/i,
  },
  {
    shape: 'an interest a member asked to be recorded',
    example: 'Cllr Ash requested that a personal, non-prejudicial interest be recorded, as she works for the council.',
    pattern:
      /\b(?:requested|asked) that (?:a |an |her |his |their )?(?:[\w,-]+ ){0,3}interests? be (?:recorded|noted|minuted)\b/i,
  },
  {
    shape: 'an agenda’s purpose printed after its item’s title in the minutes',
    example: 'Local Post Office Services – Council to discuss the current situation at the Memorial Hall.',
    pattern:
      /^(?:\(?[a-z0-9]{1,2}[.)]\s+)?[A-Z][^.;–—]{2,60}\s[–—-]\s(?:The )?(?:Parish |Town |Community )?Council to (?:formally )?(?:discuss|consider|receive|note|review|debate|agree|approve|decide|determine)\b/,
  },
  {
    shape: 'how to take part in a meeting held online',
    example: 'He asked that attendees keep their microphones on mute where possible.',
    // Not a camera put somewhere: "the map will be sited under the CCTV camera on the Pavilion".
    pattern:
      /\b(?:microphones?|cameras?|mics?)\b[^.;]{0,40}\b(?:on )?(?:mute|muted|off|on)\b(?! (?:the|a|an|its|their|this|that)\b)|\b(?:mute|unmute) (?:their|your|his|her) (?:microphones?|mics?)\b/i,
  },
  {
    shape: 'questions put to someone',
    example: 'The Panel asked the Commissioner a series of questions which related to his precept proposal.',
    // Not what was agreed after them: "Members asked both gentlemen pertinent questions, and it was agreed that …"; nor a
    // request about questions ("The Committee asked that officers answer the questions raised by residents").
    pattern:
      /\basked (?!that\b|for\b)(?:(?!\b(?:that|for|to|be|answer\w*|respond\w*|address\w*)\b)[^.;]){0,60}?\bquestions\b(?![^.;]*\b(?:agreed|resolved|decided)\b)/,
  },
  {
    shape: 'what was done in an earlier month or year',
    example: 'In September 2016 Clive Andrews was appointed as Surveyor to the Board.',
    pattern:
      /^(?:In|During|Since|Back in) (?:(?:early|late|mid-?)\s?)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:19|20)\d{2}\b,?(?=[^.;]*\b(?:was|were|had)\b)/,
  },
  {
    shape: 'what a letter or email to the council asked for',
    example: 'The letter asked for the Council’s comments on its new plan.',
    pattern:
      /^(?:The|This|That|A|An|Her|His|Their|Its) (?:letter|e-?mail|correspondence|petition|questionnaire|survey)s? (?:had )?(?:also )?(?:asked|requested)\b/,
  },
  {
    shape: 'the chair asking someone to speak to the meeting',
    example: 'The Chairman asked for a short introduction to the paper.',
    // Also "The Chair asked Mr Dale to give a view on the workshop"; not what is to be given later or in writing: "The Chair
    // asked officers to give an update at the next meeting".
    pattern:
      /^(?:The )?(?:Chair(?:man|person|woman)?|Mayor|Convener)\s+(?:then\s+)?(?:asked|invited)\s+(?![^.;]*\b(?:next|future|following|subsequent|later) (?:meeting|date)\b|[^.;]*\b(?:in writing|circulate|written)\b)(?:for\s+(?:a\s+)?(?:brief\s+|short\s+)?(?:introduction|overview|summary|presentation)\b|[^.;]{2,80}?\bto\s+(?:give\s+(?:a|an|his|her|their)\s+(?:view|overview|introduction|summary|presentation)|introduce|present|speak|address|outline|summarise|summarize)\b)/,
  },
  {
    shape: 'who is to present an item’s report',
    example: 'Iwan Evans, Monitoring Officer to present the report.',
    pattern: /\bto (?:present|introduce) (?:the|this|his|her|their) (?:report|item|paper)s?\.?$/,
  },
  {
    shape: 'the minutes signed, with nothing said of approving them: a formality',
    example: 'The Minutes were signed by the Chairman, Cllr Mountain.',
    // Also the minutes named in the sentence before: "… were correctly recorded. These were signed by the Chairman.", "All
    // Cllrs voted in favour and they were signed by the Vice Chairman."
    pattern:
      /(?:^|\band )(?:(?:These|The|the) [Mm]inutes|These|They|they) (?:were|was) (?:duly )?signed(?: by the (?:Vice[- ])?Chair(?:man|person)?| as a (?:true|correct) record)?\b(?![^.;]*\b(?:approved|agreed|accepted|confirmed|adopted)\b)/,
  },
  {
    shape: 'what a member of the public or a resident asked for or offered',
    example: 'A member of the public asked that the precept be kept low.',
    // Also after a heading run into it: "Open Forum : Poppy Appeal A resident requested that …"; and an offer: "A member
    // of the public addressed the council and offered to sponsor a bench.", which the council may take up later; and one
    // named with their street: "Ann Ash, Mill Road, requested that the Council call an open meeting". Not residents who
    // "will be asked" for their views: the council will ask them.
    pattern:
      /^(?:[^.;]{0,100}?\s(?=A |One |Another ))?(?:(?:A|The|Another|One) (?:(?:local )?(?:members?|resident|parishioner|householder|representative) of the public|(?:local )?(?:resident|parishioner|householder|villager|member of the audience))|(?:Members of the public|(?:Local )?Residents|Parishioners|(?:The|A) (?:lead )?petitioners?)|(?:Mr|Mrs|Ms|Miss|Dr)?\.? ?[A-Z][a-z]+ [A-Z][\w'’-]+, (?:\d+[a-z]? )?[A-Z][\w'’ -]{2,30} (?:Road|Street|Lane|Close|Avenue|Drive|Way|Crescent|Gardens|Place|Court|Terrace|Grove|Park)(?=,))\b[^.;]{0,60}?(?<!\b(?:will|would|to|shall|should) be )\b(?:asked|requested|enquired|queried|wanted|raised|offered)\b/,
  },
  {
    shape: 'a planning decision of another authority, reported',
    example: 'Change of use of a barn to a restaurant. This application was refused by MDC',
    // Also the news that permission was given, which a parish council does not give: "Planning permission has been granted
    // for 24/01234/FUL, a barn at Mill Farm".
    pattern:
      /^(?:Full |Outline )?[Pp]lanning (?:permission|consent) (?:has|had) been (?:granted|refused|approved)\b|\b(?:was|were|has been|have been|had been) (?:refused|approved|granted|permitted|allowed|dismissed|withdrawn)\b[^.;]{0,20}\bby (?:the )?(?:[A-Z]{2,5}\b|(?:[A-Z][a-z]+ )*(?:District|Borough|County|City|Unitary|Planning) (?:Council|Authority)|(?:the )?(?:[A-Z][a-z]+ )*National Park(?: Authority)?|Planning Inspectorate|(?:Planning )?Inspector|Secretary of State)/,
  },
  {
    shape: 'an agenda’s invitation to the public to speak or ask questions',
    example: 'The Panel welcomes comments from members of the public.',
    pattern:
      /\bwelcomes? (?:contributions|questions|statements|comments|participation|attendance)\b[^.;]{0,40}\b(?:the )?public\b/i,
  },
  {
    shape: 'a decision of another meeting, reported with when it was taken',
    example: 'The terms of reference were agreed at a meeting of Full Council on 21 May 2020.',
    // Or told with the date first: "On 7th June 2022, the Joint Strategic Committee agreed to a pilot scheme …".
    pattern:
      /\b(?:was|were) (?:agreed|approved|adopted|endorsed|made) at (?:a|the|its) meeting (?:of [^.;]{2,60}? )?(?:on|in|held on) (?:the )?\d|\b(?:was|were) (?:agreed|approved|adopted|endorsed) by (?:the )?(?:Full )?(?:Council|Cabinet|Executive|Committee) on (?:the )?\d|^(?:Also )?on (?:the )?\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+(?: \d{4})?\b[^.;]{0,60}?,?\s+(?:the )?(?:[A-Z][\w&'’-]* ){0,5}(?:Committee|Council|Cabinet|Board|Panel|Executive|Authority) (?:had )?(?:agreed|approved|resolved|decided|adopted)\b/i,
  },
  {
    shape: 'who seconded a motion and that it was put, with nothing of what it said',
    example: 'The motion was seconded by Councillor Ash, put and agreed.',
    pattern:
      /^(?:The |This |That )?(?:motion|proposal|nomination|amendment|recommendation)s? (?:was|were) seconded by [^.;]{2,80}?,? (?:and )?(?:then )?(?:put(?: to the vote)?,? and )?(?:agreed|carried)\b[^.;]{0,30}\.?$/i,
  },
  {
    shape: 'an agenda’s script of how the chair will conduct an election',
    example: 'The Chairman will then declare the successful nominee to be duly elected Vice-Chairman of the Council.',
    pattern: /^(?:The )?(?:Chair(?:man|person|woman)?|Mayor|Clerk|Proper Officer) will (?:then )?declare\b/i,
  },
  {
    shape: 'an agenda’s call for members to declare their interests',
    example:
      'Members to give notice of any interest and the nature of that interest relating to any item on the agenda.',
    pattern:
      /^(?:Members|Councillors|Councillors and officers)(?: are)? (?:to|asked to|invited to|reminded to) (?:give notice of|declare|disclose) (?:any|their)\b[^.;]*\binterests?\b/i,
  },
  {
    shape: 'a request about how the vote is to be taken',
    example: 'Councillor Ash requested that the two requests be voted on separately.',
    // ("… called for a named vote" is told with the vote, after the decision it is on.)
    pattern:
      /\b(?:requested|asked)\b[^.;]{0,40}?\b(?:be (?:voted on|taken) separately|(?:a |that a )?(?:recorded|named) vote\b|a vote by (?:roll call|show of hands|ballot))/i,
  },
  {
    shape: 'what a hearing weighed in reaching its decision',
    example:
      'In reaching its decision, the Licensing Sub-Committee considered the Statement of Licensing Policy and the Guidance.',
    pattern: /^In (?:reaching|making|coming to|arriving at) (?:its|their|the|this|a) (?:decision|determination)\b/i,
  },
  {
    shape: 'a hearing’s finding that it believed what it was told',
    example: 'The Panel accepted the driver’s explanation for the late notice.',
    pattern:
      /^(?:The |the )?(?:Panel|Sub-?Committee|Sub Committee|Committee|Members|Board)\b[^.;]{0,20}? (?:accepted|believed|found credible|did not accept) (?:the |his |her |their |its )?(?:[\w'’-]+ ){0,3}(?:explanation|account|evidence|version of events|submissions?)\b/,
  },
  {
    shape: 'a hearing’s procedure: a party asked to put its case',
    example: 'The police were then asked to present their case.',
    pattern:
      /\b(?:was|were) (?:then |now )?(?:asked|invited) to (?:present|make|put|give|set out|sum up) (?:their|his|her|its) (?:case|representations?|submissions?|evidence|closing (?:remarks|statement)|summing up)\b/i,
  },
  {
    shape: 'an agenda’s script of the motion the chair is to move',
    example:
      'Chair to move that in accordance with the Access to Information Procedure Rules the press and public be excluded from the meeting.',
    pattern: /^(?:The )?(?:Chair(?:man|person|woman)?|Mayor|Leader) to (?:move|propose) (?:that|the following)\b/i,
  },
  {
    shape: 'nominations asked for, before anyone is elected',
    example: 'Nominations were requested for a Chair for the coming year.',
    // Not when the same sentence says who was then elected ("… invited for Secretary and Ann Lee was elected unopposed").
    pattern:
      /^Nominations (?:were|was) (?:requested|sought|invited|asked for|called for)\b(?![^.;]*\b(?:was|were) (?:duly |then )?(?:elected|appointed|re-elected)\b)/i,
  },
  {
    shape: 'a mover accepting an amendment into the motion, part of the debate',
    example: 'Councillor Reid agreed to accept the amendment as an addendum to his motion.',
    pattern: /\baccept(?:ed)? the (?:amendment|addendum)\b/i,
  },
  {
    shape: 'an earlier action listed with how it stands',
    example: 'Clerk to write to Highways about the drainage - Done, reply awaited',
    // Not a title with its status and then a new action: "5 Shilling Quarry – Ongoing, Stuart Fox to chase the quote."
    pattern:
      /\s[-–]\s*(?:Done|Completed?|In progress|(?:Still )?ongoing|Deferred(?: to)?|Carried forward|Outstanding)\b(?![^.]*,\s*(?:[A-Z][a-z]+ [A-Z][a-z]+|(?:[Tt]he )?[Cc]lerk|Cllr [A-Z][a-z]+) to [a-z])[^.]*\.?$/i,
  },
  {
    shape: 'a count of votes on its own',
    example: '(For: 27, Against: 11, Abstain: 1)',
    pattern:
      /^\(?(?:unanimously|carried(?: unanimously)?|(?:by )?\w+ votes? (?:to|for) (?:\d+|none|nil|no|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b[^.;]*|for:?\s*\d+[^)]*)\)?\.?$/i,
  },
  {
    shape: 'a pointer to another minute',
    example: 'See minute 11 below.',
    pattern: /^(?:See|Refer to) (?:minute|item|paragraph)s? [\w./-]+(?: (?:below|above))?\.?$/i,
  },
  {
    shape: 'apologies, declarations and business that did not arise, recorded',
    example: 'Apologies were submitted on behalf of the branch secretary.',
    pattern:
      /^(?:\d{1,4}(?:\/\d{1,4})?\)?\.?\s+)?(?:Apologies(?: for absence)?:?\s+(?=Apologies))?(?:(?:To )?(?:Receive )?(?:The following (?:\w+ )?)?Apologies (?:for absence )?(?:were|was) (?:received|submitted|given|tendered|made|accepted)|(?:To )?Receive (?:any )?(?:members['’] )?(?:apologies|declarations|announcements)\b|There (?:were|was) no (?:declarations?|apologies|interests?|urgent|other(?! (?:nominations?|candidates?|applicants?|nominees?)\b)|public|questions?|petitions?|deputations?|announcements?|communications?|matters arising)\b|(?:One|No|\w+) (?:public )?questions? (?:was|were|had been) (?:received|asked|submitted)\b|No (?:declarations?|apologies|interests?|urgent items?|other business|questions?|petitions?)\b(?: (?:of interest )?(?:were|was) (?:declared|received|made|raised|submitted))?|(?:Cllr|Councill?or)\.? [A-Z][^.;]{0,60}\b(?:Item|Minute) [\w./]+\b.{0,20}\b(?:Personal|Prejudicial|Pecuniary|Disclosable|Other registrable)\b)/i,
  },
  {
    shape: 'a decision field with nothing decided: not applicable, or no decision needed',
    example: 'Not applicable. No resolution required.',
    pattern:
      /^(?:Not applicable|N\/A|No (?:resolution|decision|action) (?:was )?(?:required|needed|taken))\b[^;]{0,60}$/i,
  },
  {
    shape: 'a decision field that names only who sent apologies or how many questions came',
    example: 'Cllr Hawthorn.',
    pattern:
      /^(?:(?:Cllrs?|Clrs?|Councill?ors?)\.? [A-Z][\w'’-]+(?:(?:,| and) (?:(?:Cllrs?|Clrs?|Councill?ors?)\.? )?[A-Z][\w'’-]+)*|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d{1,2}) (?:written |oral |public |supplementary )*questions?)\.?$/,
  },
  {
    shape: 'who sent apologies, each with the body they represent',
    example:
      'Jane Dale (Valley Enterprise Partnership), Councillor Omar Reid (Northgate) and Tom Hale (Housing Forum).',
    pattern:
      /^(?:(?:Cllr|Councill?or|Mr|Mrs|Ms|Miss|Dr)\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3} \([^()]{2,60}\)(?:(?:,| and|, and) (?:(?:Cllr|Councill?or|Mr|Mrs|Ms|Miss|Dr)\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3} \([^()]{2,60}\))+\.?$/,
  },
  {
    shape: 'someone introducing, welcoming or thanking: what was said, not decided',
    example: 'The Mayor welcomed new members to the Board and thanked those who had left for their service.',
    // Not when the same sentence records a decision or an undertaking: "The Clerk presented her report, which was approved.".
    pattern:
      /^(?:He(?= )|She(?= )|(?:The )?(?:(?:Lord |Deputy |Vice[- ])?Mayor|(?:Vice[- ])?Chair(?:man|person|woman)?|(?:Deputy )?Leader|Portfolio Holder|Cabinet Member|Executive (?:Member|Councillor)|(?:[A-Z][\w-]* ){0,3}(?:Director|Officer|Manager)|Head of|Chief Executive|Clerk|(?:Cllr|Councill?or|Mr|Mrs|Ms|Miss|Dr)\.? [A-Z]))[^.;]{0,80}? (?:introduced|presented|outlined|welcomed|thanked|paid tribute)\b(?![^.;]*\b(?:agreed|agreement|approved|resolved|undertook|undertake|would|will|asked|requested|(?<!(?:recently|newly) )appointed|elected|noted|accepted|adopted|endorsed)\b)/,
  },
  {
    shape: 'the meeting quorate and opened',
    example: 'As a quorum was present, the Chair opened the meeting.',
    pattern:
      /\bquorum (?:was|had been) (?:established|present|reached|achieved|confirmed)\b|\b(?:meeting|it) was (?:quorate|declared quorate)\b/i,
  },
  {
    shape: 'advice to residents, or members asked to declare their interests',
    example: 'PC Jones asked that local residents be extra vigilant and report anything suspicious.',
    // Not what residents have: "requested that residents' parking … be looked at again" asks for a review.
    pattern:
      /\b(?:asked|requested|urged|encouraged|reminded)(?: that)? (?:all )?(?:local )?(?:residents|people|parishioners|the public|members of the public|everyone)\b(?!['’])|\b(?:asked|requested)(?: that)? (?:all )?(?:Cllrs|[Cc]ouncill?ors|[Mm]embers) (?:to )?declare\b/,
  },
  {
    shape: 'interests declared, or members reminded to declare them',
    example: 'Councillor Reid gave a declaration of interest as an employee of the bus company.',
    pattern:
      /\b(?:declared|gave a declaration of|made a declaration of|(?:were|was) (?:asked|invited|reminded) to declare)\b[^.;]{0,30}\binterests?\b/i,
  },
  {
    shape: 'a motion’s words in the present, "This Council notes …" (under a decision heading they are the decision)',
    example: 'This Council notes the £20m to be invested in highways over the next four years.',
    pattern:
      /^This (?:Council|Authority|Committee|Board|Cabinet)\b[^.;]{0,20}?\b(?:notes|welcomes|believes|recognises|acknowledges|resolves|calls on|further notes)\b/,
    decidedUnderAHeading: true,
  },
  {
    shape: 'who else attended, or the background to a decision, or a website’s note',
    example: 'Also present:',
    // Also who sat, listed after a label under a page's "Action Sheet" title: "Members: Councillors Ash (Chair), Birch, Cole".
    pattern:
      /^(?:Also (?:present|in attendance)|In attendance)(?:\s*:|$)|^(?:Present|Members|Officers|Apologies|Attendees)\s*:\s*(?:(?:Cllrs?\.?|Councill?ors?|Mr|Mrs|Ms|Dr)\s)?[A-Z][\w'’.-]*(?: \([^()]{2,30}\))?\s*,|^The background (?:for|to) the decision\b|^Please note\b/i,
  },
  {
    shape: 'a condition of a planning permission, as printed with the decision',
    example:
      'Unless required by another condition, the development hereby permitted shall be carried out in accordance with the plans.',
    pattern: /\b(?:hereby permitted|hereby approved)\b[^.;]{0,40}\bshall\b/i,
  },
  {
    shape: 'the grounds for taking an item in private',
    example:
      'The public interest in maintaining the exemption outweighs the public interest in disclosing the information.',
    pattern: /\b(?:disclosure of exempt information|public interest in maintaining the exemption)\b/i,
  },
  {
    shape: 'a speech quoted in the first person',
    example: 'I am pleased to announce that forty members of the Service have been awarded the medal.',
    pattern: /^I (?:am|was|have|had|would like|wish|want|can)\b/,
  },
  {
    shape: 'what the meeting was told',
    example: 'Members were told that item 9 had been withdrawn for further legal advice.',
    // Not what they were reminded to do: "Members were reminded to send pictures to the Clerk".
    pattern:
      /^(?:The )?(?:Members|Councillors|Committee|Panel|Board|Meeting)\b[^.;]{0,40}? (?:was|were) (?:told|informed|advised|reminded(?! to [a-z])|updated|notified)\b/i,
  },
  {
    shape: 'a statement or deputation made to the meeting',
    example: 'Mrs Pyke made a statement about the day centre and asked that the Panel reconsider.',
    pattern: /\b(?:made|read out|presented) (?:a|the|her|his|their) (?:statement|deputation|petition)\b/i,
  },
  {
    shape: 'housekeeping at the start of a meeting',
    example: 'The Mayor welcomed those present and asked that mobile phones be switched off.',
    // Also "The evacuation procedure was noted.", and a page's notice of its languages: "A translation service will be
    // available on request."
    pattern:
      /\b(?:mobile (?:phones?|devices?)\b(?=[^.;]{0,40}\b(?:switched|turned|off|silent|silenced|put away|on mute)\b)|(?:use|used|using|speak into|switch(?:ed)? on) the microphones?|fire (?:alarm|evacuation|exits?)|(?:evacuation|emergency) (?:procedures?|arrangements)|(?:simultaneous )?translation(?: service)? will be (?:provided|available)|housekeeping arrangements|welcomed (?:everyone|those present|all present)\b)/i,
  },
  {
    shape: 'someone leaving the room',
    example: 'She would leave the chamber for that item.',
    // Not someone who joined it once co-opted: "… it was resolved to co-opt her onto the Council and she joined the meeting".
    pattern:
      /^(?![^(;]{0,80}?\b(?:co-?opt|co-?opted|elect|elected|appoint|appointed)\b)[^(;]{0,80}?\b(?:leave|left|leaving|joined|rejoined|re-joined|returned to) the (?:chamber|room|meeting)\b/i,
  },
  {
    shape: 'someone taking the chair',
    example: 'The Vice-Chairman would take the chair for that item.',
    // Not a decision on who chairs: "In the Chair's absence it was resolved that Cllr Tomkin take the chair.", nor
    // "Resolved that:" over "Councillor G Lewis take the Chair.".
    // Nor one nominated who "accepted and took the Chair".
    pattern:
      /^(?![^;]*\b(?:resolved|agreed|decided) that\b)[^;]*(?<!\baccepted and )\b(?:take|took|taking) the chair\b/i,
    decidedUnderAHeading: true,
  },
  {
    shape: 'an approval by someone else, noted',
    example: 'Minute 12.4 – Year-end accounts: It was noted the External Auditor has approved and signed the return.',
    pattern:
      /^(?:[^;:]{0,80}:\s+)?It was (?:noted|reported) (?:that )?(?:the )?(?!(?:Parish |Town |Community )?(?:Council|Committee|Board|Panel)\b)(?:[A-Z][\w’'-]*\s){1,4}(?:has|have|had) (?:now )?(?:approved|signed|certified|granted|agreed)\b/,
  },
  {
    shape: 'a motion or amendment that was rejected or lost',
    example: 'The motion to cut the charges for the rest of the year was rejected by the Council.',
    pattern:
      /^(?:The|This|That|A|An|Their|His|Her) (?:motion|amendment|proposal)\b[^.;]{0,200}?\b(?:was|were) (?:rejected|defeated|lost|not carried|not agreed|withdrawn|voted down)\b/i,
  },
  {
    shape: 'how a payment is made, in a list of payments',
    example: 'Payments to be made by BACS.',
    pattern:
      /^(?:Payments?|Paid|To be paid) (?:to be )?(?:made )?by (?:cheque|BACS|direct debit|bank transfer|standing order|debit card|card|online banking|faster payment)s?\.?$/i,
  },
  {
    shape: 'what a member of the public asked for',
    example: 'A member of the public asked that the committee consider each request on its own merits.',
    pattern: /\b(?:[Mm]ember|[Mm]embers) of the public\b(?:[^.;]|\.(?=\d)){0,120}\b(?:asked|requested)\b/,
  },
  {
    shape: 'what was agreed on an earlier date, told again',
    example: 'After some debate it was agreed on the 3rd March that the council would publish its views.',
    pattern:
      /\b(?:agreed|decided|resolved) on (?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/,
  },
  {
    shape: 'the order of business changed: items brought forward',
    example: 'The Chair asked for items 9 and 10 to be brought forward.',
    pattern:
      /\b(?:asked|agreed) (?:for )?(?:that )?(?:agenda )?items? [\d, and&]{1,20}(?:to )?be (?:brought forward|taken (?:first|next|earlier|after)|moved|deferred to later)\b/i,
  },
  {
    shape: 'a call for nominations, before anyone is elected',
    example: 'The Chair asked for nominations for the post of Vice-Chair.',
    // Not when the same sentence tells the election: "The Chair asked for nominations and Cllr Ash was elected."
    pattern:
      /^(?!.*\b(?:elected|appointed|co-?opted|agreed|resolved)\b).*?(?:\b(?:asked|called) for (?:a |any |further )?nominations?\b|\binvited (?:any )?nominations?\b)/i,
  },
  {
    shape: 'declarations of acceptance of office signed: a formality, not a decision',
    example: 'Declarations of Acceptance of Office were duly signed and both joined the meeting.',
    // Also "The Declaration was witnessed and signed by Councillors Ash and Birch.", "Cllr Ash accepted and the Chairman’s
    // Declaration was signed and witnessed."
    pattern:
      // Not when the same sentence elects someone: "… was elected as Chairman and signed the declaration …", "… was declared Chairman and …",
      // "… agreed that Mrs Coates be coopted on to the Council, whereupon she signed …",
      // "… was Co-opted onto the Council and will sign a Declaration …".
      /^(?!.*\b(?:elected|appointed|co-?opted|declared (?:as )?(?:the )?(?:Chair|Vice|Mayor|Deputy|Convener|Leader|President)))[^]*?(?:\bAcceptance of Office\b[^.;]{0,40}?\b(?:was|were|had been) (?:duly )?(?:signed|completed|made|received)\b|^The declarations? (?:of office )?(?:was|were) (?:duly )?(?:witnessed and )?signed\b|\b(?:Chair(?:man|person)?|Mayor|Vice[- ]Chair(?:man|person)?)['’]s [Dd]eclaration (?:of [A-Z][\w ]{2,30} )?(?:was|were) (?:duly )?(?:signed|witnessed|completed)\b|\b(?:signed|(?:would|will|to) (?:sign|make)) (?:the|their|his|her|a) (?:official )?(?:declarations? of )?acceptance(?: of office)?\b)/i,
  },
  {
    shape: 'a note that something is not part of the decision',
    example: '(Report recommendations f to h were to note only and are not part of this decision)',
    pattern: /\b(?:is|are|was|were) not part of (?:this|the) decision\b/i,
  },
  {
    shape: 'the meeting closing',
    example: 'Meeting closed at 9.05pm.',
    pattern: /^(?:The )?meeting (?:closed|ended|finished|concluded|terminated)\b/i,
  },
  {
    shape: 'a nomination before the vote',
    example: 'Cllr Ash was nominated by Cllr Birch.',
    pattern: new RegExp(
      String.raw`\b(?:was|were) (?:duly )?nominated by\b(?!${NO_STOP}*\band (?:was |were )?(?:duly |unanimously )?(?:elected|re-elected|appointed|co-opted)\b)|^(?:On the (?:proposition|motion) of|(?:It was )?(?:proposed|moved) by)\b[^.;]*\b(?:was|were) (?:duly )?nominated (?:as|for)\b(?![^.;]*\b(?:elected|appointed|agreed|carried|unanimous(?:ly)?|approved|confirmed)\b)`,
      'i',
    ),
  },
  {
    shape: 'a decision of a year long past',
    example: 'The current scheme was approved by Members in November 2011.',
    pattern:
      // Not a municipal or financial year ("… its scrutiny in 2021/22 will be …"): that is the year ahead. Not a clause
      // on what a request is about ("… asked Cllr Thomson to follow up why the repairs, agreed in May 2021, are not done"). Not
      // what was agreed to do in a year ahead ("it was agreed to start the review in 2019"). Nor what acts on a decision
      // long past ("… asked the Clerk to send the grant to the trustees as agreed in July 2014").
      /(?<!,\s|\bas\s)\b(?:approved|agreed|adopted|endorsed|resolved)\b(?! to [a-z])[^.;]{0,40}\bin (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:19|20)\d\d\b(?![/-]\d)/,
  },
  {
    shape: 'a proposal before the vote',
    example: 'It was proposed and seconded that Councillor Lake be elected Vice-Chairman.',
    // Not one the same sentence says was accepted: "… that the Panel consider the paper in November, which was accepted
    // by the Panel."
    pattern:
      /^(?:It was (?:further )?)?(?:proposed|moved)(?: and seconded)?(?: by (?:(?!\b(?:agreed|carried|resolved)\b)[^,]){2,60},?)? that\b(?!.*\b(?:agreed|carried|resolved|(?:was|were) (?:accepted|approved|supported)(?: by\b| unanimously\b|\.|$))\b)|\bput the (?:motion|recommendation|amendment|proposal) to the vote\b|\b(?:shall|will) (?:propose|move) (?:that|the)\b/i,
  },
  {
    shape: 'nothing to report, under a heading or after who was asked',
    example: 'Play area – Cllr Ash Nothing to report.',
    // Not what follows it: "Nothing to report on the bus shelter – Ann Ash to chase the county."
    pattern: /\b(?:[Nn]othing|NOTHING|[Nn]il|NIL)(?: (?:further|else|new|more))? to (?:report|add)\.?$/,
  },
  {
    shape: 'an earlier action, then its state after a colon: done, in hand',
    example: 'Clerk to order the new litter bin for Mill Lane: Done.',
    // A review of what was asked last time, each line the action and what became of it; also with the earlier minute's
    // number before it ("44.25: Clerk to write to Ann Ash: Done"). The fresh action is the line that has no state.
    pattern:
      /^(?:[\w./-]{1,10}:?\s+)?(?:[Tt]he )?(?:Clerk|Chair(?:man)?|Treasurer|[A-Z]{2,3}|(?:Cllrs?\.?|Councill?or) [A-Z][\w'’-]+) to [a-z](?:[^.;]|(?<=\b(?:Cllrs?|Mrs?|Ms|Dr))\.){3,160}?:\s*(?:Done|DONE|Completed?|Actioned|Ongoing|In hand|In progress|Not (?:yet )?done|Outstanding)\b/,
  },
  {
    shape: 'an earlier decision reported',
    example: 'It had been agreed at the last meeting that a bin would be provided.',
    // Not what someone is to confirm: "… agreed to write to the tenant to confirm what had been agreed"; nor a condition of
    // a fresh decision: "… the group would meet once the budget had been approved"; nor a fresh
    // decision after it: "The owner had agreed to cut the hedge but as this was not done it was decided to ask …"; nor
    // who someone is: "Mrs Ash asked for a copy for the hall committee, who had agreed to share the cost"; nor a fresh request
    // that something be done as agreed before: "The Chair requested that the clerk send the letter, as previously agreed";
    // nor a fresh request that names what was asked for before: "The Chair requested an update be sent out, and the
    // figures that were asked for at the last meeting".
    pattern:
      /^(?![^.;]*\bbut\b[^.;]*\bit was (?:decided|agreed|resolved) (?:to|that)\b)[^]*?(?<!\b(?:if|whether|that|which|who) (?:they|he|she|it|we|the [\w'’-]+|[A-Z][\w'’-]+) |\b(?:to confirm|to remind [\w'’ -]{2,30}? of) what |\b(?:when|once|until|unless|after|before) (?:[\w'’-]+ ){1,6}|\bwho )\bhad (?:previously |already )?(?:been )?(?:agreed|resolved|approved|requested|decided|asked)\b|\b(?:was|were) (?:previously |already )(?:agreed|approved|resolved)\b|\bas (?:previously |already )(?:agreed|approved|resolved)\b(?<!\b(?:requested|asked) that [^.;]*)|\bas agreed (?:at|by)\b|\b(?:was|were) agreed at (?:the|a|its) [^.;]{3,80}? on \d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4}\b|\bat (?:a|the|its) (?:recent|previous|last|earlier) [^.;]{0,30}?meeting,? it was (?:agreed|resolved|decided)\b|(?<!\b(?:requested|asked) (?!at\b)[^.;]*\b(?:that|which) (?:was|were|had been) )\b(?:agreed|resolved|decided|approved|requested|asked)\b[^.;]{0,30}?\bat (?:the|its|our|their) (?:last|previous) meeting\b|^At (?:the|its) (?:last|previous) meeting\b/i,
  },
  {
    shape: 'a decision taken earlier in the year, told by someone',
    example: 'Officers explained that earlier in the year, the Joint Committee agreed to set a nil budget.',
    pattern:
      /\b(?:explained|reported|advised|noted|said|stated|confirmed|reminded [^.;]{2,30}?) that,? (?:earlier (?:in|this) (?:the )?(?:year|month)|last (?:year|month)|previously|in (?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d))\b[^.;]{0,80}?\b(?:agreed|approved|resolved|decided|adopted)\b/,
  },
  {
    shape: 'what a body agreed at an earlier session, named with its date',
    example: 'At the final wrap-up session on 17 March 2015, the Panel agreed a series of recommendations.',
    // Also "At the open meeting held with the county's officers on 4 June 2026 it was agreed that …".
    pattern:
      /^(?:At|In) (?:the|its|a) [^.;,]{0,60}\b(?:meeting|session|workshop|seminar)s? (?:on|in|held (?:[^.;,]{0,60}? )?on) (?:the )?\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+,? \d{4},? [^.;]{0,60}?\b(?:agreed|approved|resolved|decided|endorsed)\b/,
  },
  {
    shape: 'a decision of an earlier meeting, named with its date',
    example: 'It was noted that at the Annual Meeting in May 2023 a new structure of committees was agreed by Council.',
    pattern:
      /^(?:(?:It was |[^.;]{0,60}\b)(?:noted|reported|explained|confirmed|mentioned|said|advised) that )?(?:at|in) (?:the|its|a) [^.;,]{0,60}\b(?:[Mm]eeting|session) (?:on|in|held(?: on)?|of) (?:the )?(?:\d|January|February|March|April|May|June|July|August|September|October|November|December)[^.;]{3,160}?\b(?:was|were) (?:agreed|approved|adopted|resolved|decided|endorsed)\b/,
  },
  {
    shape: 'points of the discussion, listed',
    example: 'The Board considered the work programmes and the following points were noted:',
    pattern:
      /\bthe following (?:points|comments|issues|observations|matters)\b[^.;]{0,30}\b(?:was|were) (?:noted|made|raised|highlighted|discussed)\b/i,
  },
  {
    shape: 'the meeting’s attention drawn to something',
    example: 'The Committee’s attention was drawn to the Code of Conduct, which was adopted by the Council in 2023.',
    pattern: /^(?:[^.;]{0,80}\s)?attention (?:was|were|had been) drawn to\b/i,
  },
  {
    shape: 'a negative',
    example: 'The notes would not be circulated to Members.',
    // Not in a clause of condition, reason or purpose: "… ask for a synopsis if he is unable to attend", "… requested
    // that the plan show the earlier dates in order that partners will not be misled",
    // "… undertook to speak to the supplier to ensure the strikes did not delay it", "Given that the grant
    // could not be drawn first, it was resolved to …", "… to ratify the power, that was adopted long ago but did not appear …";
    // nor in what was agreed (also after how it was reached: "It was agreed, after consultation with …, that there was no
    // longer any requirement …"), nor before it: "The Council discussed this and agreed they are unable to support the
    // request.", "The church do not wish to pay, it was resolved that the Parish Council will bear the costs"; nor what a body
    // is to be told: "Council be informed that the motion should not be supported"; nor an objection's reasons ("Objection to
    // the application: the proposal should not add to the parking problems"), nor a decision in the subjunctive ("That the
    // Council do not revise the scheme"); nor what someone was agreed to tell, after a comma ("It was AGREED that Cllr Ash
    // would tell the resident, that the verge is not the Council's"); nor a reason before the body's decision ("The
    // hall group would not run it and, with no one else to, the Council agreed that …"); nor what someone is to find out
    // ("The Clerk was asked to write to the tenant to find out why the gates are no longer locked").
    pattern:
      /(?<!\b(?:if|when|whenever|unless|where|because|since|as|given that|although|though|while|whilst|who|which|whether|why|find out|ascertain|in case|proviso|provided|on condition|ensure|ensuring|make sure|so that|in order that|check that|saying|stating|explaining|on the (?:basis|grounds) that|that (?:was|were|has|had)|(?:comment|concern|message|complaint|view|point)s? that|agreed|decided|resolved|be (?:informed|advised|notified|told) that)\b[^,;]{0,80})(?<!\b(?:agreed|decided|resolved)(?:,|\s+that\b)[^;]{0,160})(?![^.;]*\b(?:it was|was|were|the (?:[\w&'’-]+ ){0,4}(?:Council|Committee|Board|Panel|Cabinet|Group)|members|councill?ors) (?:unanimously )?(?:resolved|agreed|decided) (?:that|to)\b)(?:\b(?:would|will|could|should|did|does|do) not\b|\bno longer\b|\bunable to\b|n['’]t\b)(?<!^(?:Objections?|Objects?) to the (?:planning )?application\b.*)(?<!^[Tt]hat (?:the )?(?:[A-Z][\w&'’-]* ){0,4}(?:Council|Committee|Cabinet|Board|Panel|Authority) (?:do|does) not)/i,
  },
  {
    shape: 'a question',
    example: 'A Member asked whether the figures included agency staff?',
    // Not a question mark after a full stop or another question mark: a character the page lost ("… were known.?").
    // Nor the question someone will find the answer to: "Cllr Moss will speak to the tenants and find out who did it?",
    // "Ann to check if the hall is free in May?". Nor a question answered by a decision in the same sentence ("Mrs Ash
    // asked what had happened to the baskets and it was agreed the clerk would contact the nursery"); nor one followed by a
    // request in the same sentence ("A member asked if the targets had been reached and requested that the numbers were reported back").
    pattern:
      /^(?!(?:Cllrs?\.?|Councill?ors?|Mr|Mrs|Ms|Dr|(?:The )?Clerk)\s[^.;?]{0,40}?\b(?:will|would)\s[a-z]{3,}|[A-Z][a-z]+(?: [A-Z][a-z]+)? to (?:check|find out|ask|confirm|establish|see|investigate|enquire|look into)\b).*(?<![.;:,?]\s?)\?["”’)]?$|^(?!.*\basked that\b.*\basked whether\b)(?![^.;?]*\basked (?:whether|if)\b[^.;?]*\band (?:also )?requested (?:that|for)\b)(?![^.;?]*\basked (?:whether|if|how|what|why|when|who|about)\b[^.;?]*\band (?:it was|(?:the )?(?:council|committee|board|panel|members|councillors)) (?:agreed|resolved|decided)\b)(?=.*(?<!\b(?:be|was|were) (?:[a-z]+ and )?)\basked (?:whether|if(?! there could be\b)|how|what|why|when|who|about)\b)/i,
  },
  {
    shape: 'business an agenda lists, in the infinitive (under a decision heading it is the decision)',
    example: 'To receive the report of the task group and accept it for consideration.',
    // Not what an application proposes with the response run on after it ("To build a garden room … No objection"), nor a
    // purpose before what was decided ("To address any outstanding queries, it was agreed to hold a drop-in session.", "To
    // settle the matter, it was noted that the Chair will meet …"), nor
    // the business with what was decided after a dash or colon ("To consider buying planters – it was agreed to buy two.",
    // "To elect a Chair: It was resolved to appoint Cllr Ash"); nor "To this end …", nor "To clarify matters a separate
    // budget had been circulated and this was approved".
    pattern:
      /^To (?!(?:this|that) end\b|(?:clarify|summari[sz]e|recap)(?: (?:matters|the position))?,? (?:a|an|the|this|it)\b)[a-z](?![^.;:]*[a-z,)]\s+No (?:objections?|comments?|observations?)\.?$)(?![^.;:]{0,200}(?:,|:|\s[–—-])\s+(?:[Ii]t was|[Tt]he (?:[Cc]ommittee|[Cc]ouncil|[Bb]oard|[Gg]roup|[Pp]anel)) (?:agreed|resolved|decided|noted that)\b)/,
    decidedUnderAHeading: true,
  },
  {
    shape: 'what a report proposes',
    example: 'Cabinet is recommended to approve the revised charges.',
    // Not a proposal put to the meeting and seconded: "… seconded by Mr Birch that Mr Dale is asked to clear the ditch"; nor
    // someone named, or the Clerk, asked to do something: "Cllr. Ash is requested to send the clerk her new address"; nor
    // members asked to send or pass something on, as minutes put it in the present: "… and members are asked to send
    // Cllr Ash a note of the worst hedges".
    pattern: new RegExp(
      String.raw`(?<!\bseconded by (?:[^.;]|(?<=\b(?:[A-Z]|Mrs?|Ms|Dr))\.){2,60})(?<!^${NAMED_OR_CLERK}\s)\b(?:is|are) (?:asked|recommended|invited|requested) to\b(?! (?:send|pass|forward|e-?mail|bring|contact|let|check|look out|return)\b)|\bit is recommended\b|\bseeks? (?:approval|agreement|endorsement)\b`,
    ),
  },
  {
    shape: 'who took a decision, said under it',
    example: 'This decision was made by the Head of Leisure, in consultation with the Cabinet Member for Sport.',
    pattern: /^This decision (?:has been|was|is being) (?:taken|made)(?: by| under)\b/,
  },
  {
    shape: 'a field of a decision page',
    example: 'Decision status: Recommendations Approved',
    pattern:
      /^(?:Decision status|Decision Maker|Is Key decision\??|Is subject to call in\??|Publication date|Date of decision|Decided at meeting|Effective from|Report author|Call-in deadline|Conflicts? of Interest|Dispensation Granted)\s*:/i,
  },
];
