import type { Browser } from 'playwright-core';
import { printPdf, toPrintHtml, type SourceBlock } from '../helpers/fixture-files';
import { sourceShape } from './minutes-sets';

/**
 * A page's text as a browser shows it: paragraphs split at blank lines, the
 * lines inside a paragraph kept apart by line breaks.
 */
export function textToHtml(text: string): string {
  const blocks: SourceBlock[] = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n/)
    .map((chunk) =>
      chunk
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0)
    .map((lines) => ({ type: 'paragraph', lines, bold: false }));
  return toPrintHtml({ title: 'Paper', blocks });
}

/** The paper printed to PDF by Chromium: a text as a page of paragraphs, a web page as it is. */
export async function printToPdf(browser: Browser, file: string, data: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const text = new TextDecoder().decode(data);
  const html = sourceShape(file) === 'text' ? textToHtml(text) : text;
  return new Uint8Array(await printPdf(browser, html, null));
}
