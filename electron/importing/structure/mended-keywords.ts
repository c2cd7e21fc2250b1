import type { RawBlock } from '../blocks';

/**
 * Decision keywords as a clerk's typing or a document site's text left them: a letter
 * dropped or swapped ("RESOVED"), or the keyword run into the word after it ("RESOLVEDthat").
 * Each is mended before outcomes are sought, so every rule that reads "RESOLVED" reads these too.
 * One rule per shape, each with the example it exists for (tests/unit/outcome-rules.test.ts).
 */
export const MENDED_KEYWORDS: { shape: string; example: string; pattern: RegExp; mended: string }[] = [
  {
    shape: 'RESOLVED in capitals with a letter dropped, doubled or swapped',
    example: 'It was RESOVED unanimously that:',
    pattern: /\b(?:RESOVED|RESLOVED|RESOLOVED|RESOVLED|REOSLVED|RSOLVED|RESOLVD|RESOLEVD|RESOOLVED)\b/g,
    mended: 'RESOLVED',
  },
  {
    shape: 'RESOLVED run into the "that" or "to" after it',
    example: 'RESOLVEDthat the press and public be excluded.',
    pattern: /\bRESOLVED(?=(?:that|to)\b)/g,
    mended: 'RESOLVED ',
  },
];

export function mendKeywords(text: string): string {
  return MENDED_KEYWORDS.reduce((mended, rule) => mended.replace(rule.pattern, rule.mended), text);
}

export function withMendedKeywords(blocks: RawBlock[]): RawBlock[] {
  return blocks.map((block) => {
    const text = mendKeywords(block.text);
    return text === block.text ? block : { ...block, text };
  });
}
