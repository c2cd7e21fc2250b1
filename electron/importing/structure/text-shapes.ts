const SMALL_WORDS = new Set(['and', 'of', 'for', 'the', 'in', 'on', 'to', 'a', 'an', 'at', 'by', 'with']);

/** Short words a title prints in capitals that are not a body's initials. */
const CAPITALISED_WORDS = /^(?:FULL|TOWN|CITY|AREA|CLUB|TEAM|HALL|PARK|MAIN|WARD|OPEN|THE|AND)$/;

/** "CORPORATE PARENTING PANEL" -> "Corporate Parenting Panel"; mixed case is left alone. */
export function tidyCapitals(text: string): string {
  // "COMMUNITY and ENVIRONMENT COMMITTEE": capitals with a small word in lower case are still capitals.
  if (/[a-z]/.test(text.replace(/\b(?:and|of|for|the)\b/g, ''))) return text;
  // "PCC", "LEP": a body known by its initials keeps them (not a word, such as "FULL" of "FULL COUNCIL" cut short).
  if (/^[A-Z]{2,4}$/.test(text) && !CAPITALISED_WORDS.test(text)) return text;
  return text
    .toLowerCase()
    .split(' ')
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

/** "The panel receive an update on …", "the Committee consider the report at its next meeting": a body to act, in the subjunctive. */
export const BODY_TO_ACT =
  /^(?:[Tt]hat\s+)?[Tt]he\s+(?:[Pp]anel|[Cc]ommittee|[Ss]ub-[Cc]ommittee|[Bb]oard|[Cc]ouncil|[Cc]abinet|[Ee]xecutive|[Ff]orum|[Gg]roup|[Cc]ommission)\s+(?:receive|consider|note|agree|approve|endorse|request|recommend|review|invite|write|support|accept)\b/;

/**
 * "Committee Actions / RESOLVED (c10/11/68)", "Grants – AGREED:": an item's title (1), then a keyword (2) with nothing
 * after it, leading into the parts below.
 */
export const TITLE_THEN_KEYWORD =
  /^([^.]{3,120}?)\s(?:[/–—-]\s+)?((?:It was )?(?:RESOLVED|AGREED|DECIDED)(?:\s*\([\w/.-]{1,20}\))?\s*(?::-?|[–—-])?)\s*$/;

/** Text to match literally inside a RegExp built from it. */
export function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function capitaliseFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Removes a leading list marker such as "1.", "2)", "(a)", "a.". */
export function stripListMarker(text: string): string {
  return text.replace(
    /^(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]|\(?[a-z][.)]|\(?[A-Z]\)|\((?:i{1,3}|iv|v|vi{1,3}|ix|x)\))\s+/,
    '',
  );
}

/** Splits at commas and "and" that are not inside brackets. */
export function splitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ',' || ch === ';')) {
      parts.push(current);
      current = '';
      continue;
    }
    if (depth === 0 && text.startsWith(' and ', i)) {
      parts.push(current);
      current = '';
      i += 4;
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts
    .map((p) =>
      p
        .trim()
        .replace(/^and\s+/, '')
        .replace(/\.$/, '')
        .trim(),
    )
    .filter((p) => p !== '');
}

/** "Cllr. Ash", "Mrs Birch", "The Clerk" opening a sentence: someone the meeting asks to act, not a body a report asks to decide. */
export const NAMED_OR_CLERK = String.raw`(?:(?:Cllr|Councill?or|Mrs?|Ms|Miss|Dr)\.? [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?|The Clerk)`;
