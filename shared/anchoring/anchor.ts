import search from 'approx-string-match';
import type { PositionSelector, QuoteSelector } from './full-text';

export interface Anchor extends PositionSelector {
  /** 'exact' when the quote was found as it was; 'fuzzy' when it had changed a little. */
  match: 'exact' | 'fuzzy';
}

/** How much of `a`'s end (or start) agrees with `b`'s, from 0 to 1. */
function agreement(a: string, b: string, fromEnd: boolean): number {
  if (a.length === 0) return 1;
  let same = 0;
  for (let i = 1; i <= Math.min(a.length, b.length); i++) {
    const x = fromEnd ? a[a.length - i] : a[i - 1];
    const y = fromEnd ? b[b.length - i] : b[i - 1];
    if (x !== y) break;
    same++;
  }
  return same / a.length;
}

function contextAgreement(text: string, start: number, end: number, selector: QuoteSelector): number {
  const prefix = agreement(selector.prefix, text.slice(Math.max(0, start - selector.prefix.length), start), true);
  const suffix = agreement(selector.suffix, text.slice(end, end + selector.suffix.length), false);
  return prefix + suffix;
}

function contextScore(
  text: string,
  start: number,
  end: number,
  selector: QuoteSelector,
  hint: number | undefined,
): number {
  const closeness = hint === undefined ? 0 : 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
  return 20 * contextAgreement(text, start, end, selector) + 2 * closeness;
}

/** A rough match is trusted when the quote is mostly intact, or its surroundings are. */
function trustworthy(errors: number, length: number, context: number): boolean {
  return errors <= length / 4 || context >= 1;
}

/**
 * Finds a quote again in a (possibly changed) text, as the Hypothesis client
 * does: the old position if the text there is unchanged, else the exact quote
 * (best context wins), else an approximate match (Myers' algorithm) allowing
 * errors up to half the quote when its context agrees, a quarter when not.
 * null when it cannot be placed.
 */
export function anchorQuote(text: string, selector: QuoteSelector, position?: PositionSelector): Anchor | null {
  const { exact } = selector;
  if (exact.length === 0) return null;
  if (position && text.slice(position.start, position.end) === exact) return { ...position, match: 'exact' };

  const hint = position?.start;
  let best: Anchor | null = null;
  let bestScore = -Infinity;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const score = contextScore(text, at, at + exact.length, selector, hint);
    if (score > bestScore) {
      best = { start: at, end: at + exact.length, match: 'exact' };
      bestScore = score;
    }
  }
  if (best) return best;

  const maxErrors = Math.min(256, Math.floor(exact.length / 2));
  for (const candidate of search(text, exact, maxErrors)) {
    if (
      !trustworthy(candidate.errors, exact.length, contextAgreement(text, candidate.start, candidate.end, selector))
    ) {
      continue;
    }
    const score =
      50 * (1 - candidate.errors / exact.length) + contextScore(text, candidate.start, candidate.end, selector, hint);
    if (score > bestScore) {
      best = { start: candidate.start, end: candidate.end, match: 'fuzzy' };
      bestScore = score;
    }
  }
  return best;
}
