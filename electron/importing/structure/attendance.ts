import type { Attendee, AttendanceRole } from '../../../shared/domain';
import type { RawBlock } from '../blocks';
import { splitList } from './text-shapes';

const LABEL =
  /^(present|members(?: present)?|councillors(?: present)?|co-?opted members?|other members?(?: present)?|also present|in attendance(?: virtually)?|employees(?: \(by directorate\))?|officers(?: present| in attendance)?|apologies(?: for absence)?)\s*:\s*(.*)$/i;
const APOLOGIES_SENTENCE =
  /^apologies (?:for absence )?(?:were|was) (?:received|submitted|given) (?:from|on behalf of|by) (.+?)\.?$/i;
const HONOURS = /^(?:OBE|MBE|CBE|KBE|DBE|QC|KC|JP|DL|MP|MEP|BEM)$/;
/** A line that opens an item of business: "ITEM 3 Minutes", "Item 1/2 Welcome", "2. Declarations". */
const ITEM_LINE = /^(?:ITEM|Item)\s+\d|^\d{1,3}(?:[.)]|\/\d)\s/;
/** "Chair", "Vice-Chair", "Treasurer", "Communications Secretary": a role written after the name it belongs to. */
const ROLE_AFTER_NAME =
  /^(?:(?:Vice[- ]|Deputy )?(?:Chair(?:man|woman|person)?|Convene[ro]r|Mayor)|(?:[A-Z][a-z]+ )?(?:Secretary|Treasurer)|(?:Deputy |Assistant )?Clerk|Minute[- ]?(?:Taker|Secretary))$/i;
const TITLE = '(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Mx|Dr|Prof(?:essor)?|Sir|Dame|Rev(?:erend)?|Lord|Lady)\\.?';
/** A name that carries its own title: "Mrs Dale", "Cllr Elm". */
const TITLED = new RegExp(`^${TITLE}\\s`);
/** Up to five words in capitals, each word once: an optional space between them let a long word be split every way, which took minutes. */
const NAME = new RegExp(
  `^(?:${TITLE}\\s+)?[A-Z][A-Za-z'’.-]*(?:\\s+[A-Z][A-Za-z'’.-]*){0,4}(?:\\s+(?:OBE|MBE|CBE|JP))?\\s*$`,
);

/** A label run on inside a "Present:" line: "… Cllr Ash Councillors: Birch, Cole Clerk: Mrs Dale". */
const LABEL_RUN_ON =
  /\s+(?=(?:(?:Vice[- ])?Chair(?:man|woman|person)?|Councillors|Clerk|Officers?|In attendance|Also present)\s*:\s)/;
/** "Chairman: Cllr Ash", "Vice-Chair: Ben Birch": a member named with the chair they hold. */
const CHAIR_LABEL = /^(?:(Vice[- ]Chair(?:man|woman|person)?)|Chair(?:man|woman|person)?)\s*:\s*(.+)$/i;
/** "Members of public: 0", "Members of the public: two": how many came, not who. */
const MEMBERS_OF_THE_PUBLIC = /^members of (?:the )?public\b/i;

function roleOf(label: string): AttendanceRole {
  const l = label.toLowerCase();
  // Not "Councillors:", which starts with the same two letters.
  if (/^co-?opted/.test(l)) return 'co-opted';
  if (l.startsWith('other') || l.startsWith('also')) return 'other-member';
  if (l.startsWith('in attendance') || l.startsWith('employees') || l.startsWith('officers')) return 'officer';
  if (l.startsWith('apologies')) return 'apology';
  return 'member';
}

/**
 * Who was there: labelled lists ("Present:", "Co-opted Members:", "IN
 * ATTENDANCE:", "Apologies:"), one name per line or separated by commas, with
 * the chair marked and roles or directorates kept as detail.
 */
export function readAttendance(blocks: RawBlock[], firstItemBlock: number): Attendee[] {
  const attendees: Attendee[] = [];
  let role: AttendanceRole | null = null;
  const end = firstItemBlock >= 0 ? firstItemBlock : Math.min(blocks.length, 40);

  for (const block of blocks.slice(0, end)) {
    const labelled = LABEL.exec(block.text);
    if (labelled) {
      role = roleOf(labelled[1] ?? '');
      // "Cllrs Ash (Chair), Birch and Dale. Clerk: E Elm.": the list ends where a sentence with a label of its own begins.
      // So it does where a label runs on in the same line: "Present: Chairman: Cllr Ash Councillors: Birch, Cole Clerk: Mrs Dale".
      const [first = '', ...runOn] = (labelled[2] ?? '').split(LABEL_RUN_ON);
      const [list = '', ...others] = first.split(/\.\s+(?=[A-Z][A-Za-z ]{1,30}:\s)/);
      attendees.push(...(CHAIR_LABEL.test(list) ? labelledAfter(list, role) : people(list, role, false)));
      for (const other of [...others, ...runOn]) attendees.push(...labelledAfter(other, role));
    } else if (
      role &&
      block.kind !== 'heading' &&
      // "Members of public: 0": how many came, not a name.
      !MEMBERS_OF_THE_PUBLIC.test(block.text) &&
      // "ITEM 1/2 Welcome and Apologies", "2. Declarations": the first item ends the list, numbered or not.
      !ITEM_LINE.test(block.text) &&
      block.text.length <= 160 &&
      !/[.:]$/.test(block.text.replace(/\)$/, ''))
    ) {
      // A name on a line of its own, under the last label.
      attendees.push(...people(block.text, role, role === 'officer'));
    } else {
      role = null;
    }
  }
  if (!attendees.some((a) => a.role === 'apology')) {
    const sentence = blocks.map((b) => APOLOGIES_SENTENCE.exec(b.text)).find(Boolean);
    if (sentence) attendees.push(...people(sentence[1] ?? '', 'apology', false));
  }
  return attendees;
}

/**
 * "Clerk: E Elm", "In attendance: Mr Oak": a label after the list it followed; an officer named by their role if not one
 * of ours. "Chairman: Cllr Ash" names the chair, one of the members listed with them.
 */
function labelledAfter(text: string, listRole: AttendanceRole | null = null): Attendee[] {
  const chair = CHAIR_LABEL.exec(text.replace(/\.$/, ''));
  if (chair) {
    const [chairPerson] = people(chair[2] ?? '', listRole ?? 'member', false);
    if (!chairPerson) return [];
    if (chair[1]) chairPerson.detail = chair[1].trim();
    else chairPerson.isChair = true;
    return [chairPerson];
  }
  const labelled = LABEL.exec(text.replace(/\.$/, ''));
  if (labelled) return people(labelled[2] ?? '', roleOf(labelled[1] ?? ''), false);
  const [, role = '', name = ''] = /^([^:]+):\s*(.+?)\.?$/.exec(text) ?? [];
  return name && NAME.test(name) ? [person(name, 'officer', role.trim())] : [];
}

/** "S Bhambra, Children's Services" on one line: a name and a directorate. */
function people(text: string, role: AttendanceRole, oneLinePerPerson: boolean): Attendee[] {
  if (oneLinePerPerson) {
    const [name = '', ...rest] = text.split(',');
    return [person(name, role, rest.join(',').trim() || null)];
  }
  const result: Attendee[] = [];
  // "Cllrs Ash, Birch and Cole", "… Councillors B Birch and C Cole": the title, written once, is each one's after it.
  let title: string | null = null;
  for (const piece of splitList(text)) {
    const plural = /^(?:[–—-]\s*)?(Cllrs\.?|Councillors)\s+(?=[A-Z])/.exec(piece)?.[1];
    if (plural) title = plural.startsWith('Cllrs') ? 'Cllr' : 'Councillor';
    else if (TITLED.test(piece)) title = null;
    const previous = result.at(-1);
    if (previous && HONOURS.test(piece)) {
      previous.name += ` ${piece}`;
    } else if (previous && !previous.detail && ROLE_AFTER_NAME.test(piece)) {
      // "Present: Ann Ash, Chair; Ben Birch, Treasurer": the role after a name is that person's, not another person.
      if (/^chair(?:man|woman|person)?$/i.test(piece)) previous.isChair = true;
      else previous.detail = piece;
    } else if (previous && !previous.detail && !NAME.test(piece.replace(/\s*\(.*\)\s*$/, ''))) {
      previous.detail = piece;
    } else {
      const titled = title && !plural && !TITLED.test(piece) ? `${title} ${piece}` : piece;
      result.push(person(titled, role, null));
    }
  }
  return result;
}

function person(raw: string, role: AttendanceRole, detail: string | null): Attendee {
  // "Present: – Cllr Bagge (Chair), …": the dash after the label is not part of the first name.
  // "Cllrs Ash (Chair), Birch", "Councillors B Birch and C Cole": the title for all of them, written once, before the first.
  let name = raw
    .trim()
    .replace(/^[–—-]\s*/, '')
    .replace(/^Cllrs\.?\s+/, 'Cllr ')
    .replace(/^Councillors\s+(?=[A-Z])/, 'Councillor ');
  let isChair = false;
  const details: string[] = detail ? [detail] : [];
  name = name.replace(/\s*\(([^)]*)\)/g, (_all, inside: string) => {
    if (/^(?:the )?chair(?:man|woman|person)?$/i.test(inside.trim())) isChair = true;
    else details.push(inside.trim());
    return '';
  });
  return { name: name.trim(), role, isChair, detail: details.join('; ') || null };
}
