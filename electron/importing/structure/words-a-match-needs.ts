import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * A quick way to tell that a rule's pattern cannot match a sentence, so the pattern need not be run: the words that
 * any match of it must contain, worked out from the pattern itself. "(?:It was |The Board )?AGREED (?:that|to)" must
 * contain "agreed that" or "agreed to"; a sentence with neither cannot match it. Hundreds of rules are tried on every
 * sentence of every paper, and a sentence matches few of them: most are turned away by a search for a few words
 * (`includes`), which is several times quicker than running the pattern. Looked for case-blind, whatever the
 * pattern's flags: that can only let more sentences through to the pattern, never fewer.
 */

/** What a part of a pattern matches: exactly one of some strings, or text that contains one of some (null: anything). */
type Shape = { exact: Set<string> } | { contains: Set<string> | null };

/** Beyond this many strings a part is treated as "contains" rather than listed exactly. */
const MOST_STRINGS = 32;
/** A word list whose shortest string is shorter than this turns away too little to be worth looking for. */
const SHORTEST_WORTH_LOOKING_FOR = 3;
/** Character classes of up to this many characters ([Tt], [.:]) are listed; larger ones match too much to help. */
const MOST_CLASS_CHARACTERS = 8;

/** Case folded as ignore-case matching folds it ("ſ" and "s" alike), for the pattern's words and the sentence alike. */
const fold = (text: string) => text.toUpperCase().toLowerCase();

const parser = new RegExpParser({ ecmaVersion: 2025 });
const wordsOf = new WeakMap<RegExp, readonly string[] | null>();

/** The strings one of which any match of `pattern` contains (case folded), or null when no useful list was found. */
export function wordsAMatchNeeds(pattern: RegExp): readonly string[] | null {
  let words = wordsOf.get(pattern);
  if (words === undefined) {
    words = listWorthLookingFor(pattern);
    wordsOf.set(pattern, words);
  }
  return words;
}

function listWorthLookingFor(pattern: RegExp): string[] | null {
  // A global or sticky pattern keeps where it stopped: it must be run every time.
  if (pattern.global || pattern.sticky) return null;
  try {
    const ast = parser.parsePattern(pattern.source, 0, pattern.source.length, {
      unicode: pattern.unicode,
      unicodeSets: pattern.flags.includes('v'),
    });
    const words = containsOneOf(shapeOf(ast));
    return words && shortest(words) >= SHORTEST_WORTH_LOOKING_FOR ? [...words] : null;
  } catch {
    return null;
  }
}

/** The last few texts folded: the same sentence (and its forms without a label) is tried against rule after rule. */
const folded = new Map<string, string>();
const FOLDED_KEPT = 8;

function foldedOnce(text: string): string {
  let result = folded.get(text);
  if (result === undefined) {
    if (folded.size >= FOLDED_KEPT) folded.delete(folded.keys().next().value as string);
    result = fold(text);
    folded.set(text, result);
  }
  return result;
}

/** False only when `pattern` cannot match `text`: then it need not be run. */
export function mayMatch(pattern: RegExp, text: string): boolean {
  const words = wordsAMatchNeeds(pattern);
  if (!words) return true;
  const said = foldedOnce(text);
  return words.some((word) => said.includes(word));
}

/** `pattern.test(text)`, without running the pattern when the text lacks the words every match needs. */
export function matches(pattern: RegExp, text: string): boolean {
  return mayMatch(pattern, text) && pattern.test(text);
}

function shortest(words: ReadonlySet<string>): number {
  return Math.min(...[...words].map((word) => word.length));
}

function containsOneOf(shape: Shape): Set<string> | null {
  if ('contains' in shape) return shape.contains;
  return [...shape.exact].some((s) => s.length === 0) ? null : shape.exact;
}

/** Of two word lists a match must meet, the one that turns more away: the longer shortest word. */
function moreTelling(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!b) return a;
  if (!a) return b;
  return shortest(b) > shortest(a) ? b : a;
}

function shapeOf(node: AST.Node): Shape {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return eitherOf(node.alternatives.map(shapeOf));
    case 'Alternative':
      return oneAfterAnother(node.elements.map(shapeOf));
    case 'Character':
      return { exact: new Set([fold(String.fromCodePoint(node.value))]) };
    case 'CharacterClass':
      return classShape(node);
    // ^, $, \b and look-arounds match no characters of their own.
    case 'Assertion':
      return { exact: new Set(['']) };
    case 'Quantifier': {
      if (node.min === 0) return { contains: null };
      const once = shapeOf(node.element);
      return node.min === 1 && node.max === 1 ? once : { contains: containsOneOf(once) };
    }
    // \d, \w, ., back-references, and what only the v flag or a class holds: anything.
    case 'Backreference':
    case 'CharacterSet':
    case 'CharacterClassRange':
    case 'ClassIntersection':
    case 'ClassStringDisjunction':
    case 'ClassSubtraction':
    case 'ExpressionCharacterClass':
    case 'StringAlternative':
    case 'Modifiers':
    case 'ModifierFlags':
    case 'Flags':
    case 'RegExpLiteral':
      return { contains: null };
  }
}

function classShape(node: AST.CharacterClass): Shape {
  if (node.negate || node.unicodeSets) return { contains: null };
  const characters = new Set<string>();
  for (const element of node.elements) {
    if (element.type === 'Character') characters.add(fold(String.fromCodePoint(element.value)));
    else if (element.type === 'CharacterClassRange' && element.max.value - element.min.value < MOST_CLASS_CHARACTERS)
      for (let c = element.min.value; c <= element.max.value; c++) characters.add(fold(String.fromCodePoint(c)));
    else return { contains: null };
  }
  return characters.size <= MOST_CLASS_CHARACTERS ? { exact: characters } : { contains: null };
}

/** Alternatives: exactly one of all their strings, or text containing one of all their words. */
function eitherOf(shapes: Shape[]): Shape {
  const exact = shapes.flatMap((shape) => ('exact' in shape ? [...shape.exact] : []));
  if (shapes.every((shape) => 'exact' in shape) && new Set(exact).size <= MOST_STRINGS)
    return { exact: new Set(exact) };
  const lists = shapes.map(containsOneOf);
  if (lists.some((list) => list === null)) return { contains: null };
  return { contains: new Set(lists.flatMap((list) => [...(list as Set<string>)])) };
}

/**
 * Parts one after another: exact parts join into longer exact strings ("agreed" + " " + "that"); where a part is not
 * exact, the run so far is one word list a match must meet, and the most telling of all such lists is kept.
 */
function oneAfterAnother(shapes: Shape[]): Shape {
  let run: Set<string> | null = new Set(['']);
  let best: Set<string> | null = null;
  /** Whether the run is the whole of the parts so far. */
  let whole = true;
  for (const shape of shapes) {
    if ('exact' in shape && run) {
      const joined: Set<string> = new Set(
        [...run].flatMap((before) => [...shape.exact].map((after) => before + after)),
      );
      if (joined.size <= MOST_STRINGS) {
        run = joined;
        continue;
      }
    }
    whole = false;
    if (run) best = moreTelling(best, containsOneOf({ exact: run }));
    run = 'exact' in shape ? new Set(shape.exact) : null;
    if (!run) best = moreTelling(best, containsOneOf(shape));
  }
  if (run && whole) return { exact: run };
  if (run) best = moreTelling(best, containsOneOf({ exact: run }));
  return { contains: best };
}
