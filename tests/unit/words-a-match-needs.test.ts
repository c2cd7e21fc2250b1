import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEAD_RULES } from '../../electron/importing/structure/decision-heads';
import { NOT_OUTCOMES, SENTENCE_RULES } from '../../electron/importing/structure/sentence-rules';
import { matches, mayMatch, wordsAMatchNeeds } from '../../electron/importing/structure/words-a-match-needs';

// Before a rule's pattern is run on a sentence, the sentence is searched for the words any match of the pattern must
// contain: a sentence without them is turned away. That must never turn away a sentence the pattern matches.

describe('the words a match needs', () => {
  it.each([
    // pattern, the words (case folded) one of which every match contains
    [/AGREED (?:that|to)\b/, ['agreed that', 'agreed to']],
    [/^(?:It was |The Board )?resolved\b/i, ['resolved']],
    [/\b(?:Clerk|Chair) to (?:write|ask)\b/, ['clerk to write', 'clerk to ask', 'chair to write', 'chair to ask']],
    // Parts that match anything break the words apart: the most telling part is kept.
    [/\bthe [a-z]+ (?:would|will) report back\b/, [' would report back', ' will report back']],
    [/[Tt]he Committee noted/, ['the committee noted']],
    // Look-arounds match no text of their own: they neither add words nor break them.
    [/(?<!not )agreed(?= to)/, ['agreed']],
    // Repeated parts need one of their words; an optional part needs nothing.
    [/(?:minutes? )+approved/, ['approved']],
    // Nothing worth looking for: every sentence is tried.
    [/^[A-Z][a-z]+:/, null],
    [/\d+\.\s*(?:a|b)\)/, null],
    [/resolved/g, null],
  ] as const)('%s', (pattern, words) => {
    expect(wordsAMatchNeeds(pattern)?.slice().sort() ?? null).toEqual(words ? [...words].sort() : null);
  });

  it('turns away a sentence without them, and lets through one with them, whatever its case', () => {
    const pattern = /\bAGREED (?:that|to)\b/;
    expect(mayMatch(pattern, 'The minutes were signed.')).toBe(false);
    expect(mayMatch(pattern, 'it was agreed that the hall be let')).toBe(true);
    expect(matches(pattern, 'it was agreed that the hall be let')).toBe(false);
    expect(matches(pattern, 'It was AGREED that the hall be let')).toBe(true);
  });

  it('lists words for nearly every outcome rule, so that most sentences are turned away quickly', () => {
    const rules = [...SENTENCE_RULES, ...NOT_OUTCOMES, ...HEAD_RULES];
    const listed = rules.filter((rule) => wordsAMatchNeeds(rule.pattern) !== null).length;
    expect(listed / rules.length).toBeGreaterThan(0.9);
  });

  it('never turns away a sentence a rule matches: every rule against every rule’s example and every line of the shape fixtures', () => {
    const rules = [...SENTENCE_RULES, ...NOT_OUTCOMES, ...HEAD_RULES];
    const fixtures = path.join(__dirname, '..', 'fixtures', 'shapes');
    const lines = fs
      .readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(?:txt|md|html)$/.test(file))
      .flatMap((file) => fs.readFileSync(path.join(fixtures, file), 'utf8').split(/\n+|(?<=[.;:])\s+/));
    const texts = [...rules.map((rule) => rule.example), ...lines];
    expect(texts.length).toBeGreaterThan(1000);
    const wrong = rules.flatMap((rule) =>
      texts
        .filter((text) => rule.pattern.test(text) && !mayMatch(rule.pattern, text))
        .map((text) => [rule.shape, text]),
    );
    expect(wrong).toEqual([]);
  });
});
