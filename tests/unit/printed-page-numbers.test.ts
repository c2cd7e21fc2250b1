import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../electron/importing/extract/pdf';
import type { PdfLine } from '../../electron/importing/extract/pdf-lines';
import { numberPrintedIn, printedPageNumbers } from '../../electron/importing/extract/printed-page-numbers';
import { pageForInput, pageName } from '../../shared/page-names';
import { frontMatterPack } from '../helpers/front-matter-pack';
import { KENT, sharedFixture } from '../helpers/shared-fixtures';

describe('reading a page number from a line of page furniture', () => {
  it.each([
    ['Page 47', '47'],
    ['PAGE 47', '47'],
    ['Page 47 of 120', '47'],
    ['47 of 120', '47'],
    ['47/120', '47'],
    ['- 47 -', '47'],
    ['– 12 –', '12'],
    ['47', '47'],
    ['[5]', '5'],
    ['iv', 'iv'],
    ['XII', 'xii'],
    ['Page iv', 'iv'],
    ['Page XII', 'xii'],
    ['Cabinet – 30 January 2025 Page 5', '5'],
    ['Page 5 | Cabinet', '5'],
    ['Cabinet, 30 January 2025 | 7', '7'],
    ['1.', null],
    ['(a)', null],
    ['a.', null],
    ['I', null],
    ['Agenda Item 5', null],
    ['See paragraph 12', null],
    ['CORPORATE PARENTING PANEL– 29 October 2024', '2024'], // taken here; the check across pages drops it
    ['KENT COUNTY COUNCIL', null],
    ['0', null],
  ])('%s → %s', (line, expected) => {
    expect(numberPrintedIn(line)?.label ?? null).toBe(expected);
  });
});

const line = (page: number, text: string, y: number): PdfLine => ({
  page,
  text,
  y,
  x: 72,
  right: 300,
  size: 10,
  font: 'F1',
  pageHeight: 842,
});
const body = (page: number) => [line(page, 'Body text of the report, well inside the page.', 500)];

describe('numbering the pages of a pack', () => {
  it.each<[string, PdfLine[], number, (string | null)[]]>([
    [
      'a footer "Page n" two pages after the PDF count',
      [1, 2, 3, 4].flatMap((p) => [...body(p), ...(p > 1 ? [line(p, `Page ${p - 1}`, 30)] : [])]),
      4,
      [null, '1', '2', '3'],
    ],
    [
      'roman front matter, then arabic',
      [1, 2, 3, 4].flatMap((p) => [...body(p), line(p, ['i', 'ii', '1', '2'][p - 1] as string, 30)]),
      4,
      ['i', 'ii', '1', '2'],
    ],
    [
      'a stray number in the footer band of one page',
      [1, 2, 3].flatMap((p) => [...body(p), line(p, `${p + 10}`, 30), ...(p === 2 ? [line(p, '7', 60)] : [])]),
      3,
      ['11', '12', '13'],
    ],
    [
      'the date in every header is not a page number',
      [1, 2, 3].flatMap((p) => [...body(p), line(p, 'Cabinet – 30 January 2025', 800)]),
      3,
      [null, null, null],
    ],
    [
      'a number in the body is not furniture',
      [1, 2].flatMap((p) => [line(p, `${p}`, 400), line(p, 'text', 300), line(p, 'more', 200)]),
      2,
      [null, null],
    ],
    ['one page saying "Page 1"', [...body(1), line(1, 'Page 1 of 1', 30)], 1, ['1']],
    ['one page with a bare number', [...body(1), line(1, '4', 30)], 1, [null]],
    [
      'a header number and a footer date on each page',
      [1, 2, 3].flatMap((p) => [...body(p), line(p, `${p + 46}`, 810), line(p, '16/09/2021', 30)]),
      3,
      ['47', '48', '49'],
    ],
  ])('%s', (_, lines, pageCount, expected) => {
    expect(printedPageNumbers(lines, pageCount)).toEqual(expected);
  });

  it('prefers the PDF’s own page labels, unless they only count 1, 2, 3 as the PDF does', () => {
    const lines = [1, 2].flatMap((p) => [...body(p), line(p, `Page ${p + 4}`, 30)]);
    expect(printedPageNumbers(lines, 2, ['A-1', 'A-2'])).toEqual(['A-1', 'A-2']);
    expect(printedPageNumbers(lines, 2, ['1', '2'])).toEqual(['5', '6']);
    expect(printedPageNumbers(lines, 2, ['', 'A-2'])).toEqual(['5', 'A-2']);
  });
});

describe('naming pages and going to one', () => {
  const printed = [null, 'ii', 'iii', '1', '2', '3'];
  it.each<[string, number | null]>([
    ['3', 6],
    ['page 3', 6],
    ['iii', 3],
    ['III', 3],
    ['PDF page 3', 3],
    ['p3', 3],
    ['p. 2', 2],
    ['9', null],
    ['', null],
    ['seven', null],
  ])('"%s" goes to PDF page %s', (typed, expected) => {
    expect(pageForInput(typed, printed, 6)).toBe(expected);
  });

  it('names a page by its printed number, or by its PDF page where none is printed', () => {
    expect(pageName(6, '3')).toBe('page 3');
    expect(pageName(1, null)).toBe('PDF page 1');
  });
});

describe('the printed page numbers of real and generated packs', () => {
  const pagesOf = async (data: Uint8Array) => (await extractPdf(data)).printedPages;
  const read = (name: string) => new Uint8Array(fs.readFileSync(sharedFixture(name)));
  const count = (n: number, from = 1) => Array.from({ length: n }, (_, i) => String(i + from));

  it('reads the bare footer numbers of Kent’s minutes, and none where Kent prints none', async () => {
    await expect(pagesOf(read(KENT.cabinetMinutes))).resolves.toEqual(count(17));
    await expect(pagesOf(read(KENT.cppMinutes))).resolves.toEqual(count(9));
    await expect(pagesOf(read(KENT.callInReport))).resolves.toEqual([null, null, null]);
    await expect(pagesOf(read(KENT.cabinetAgenda))).resolves.toEqual([null, null]);
  });

  it('reads a pack with roman front matter: the printed "3" is on PDF page 6', async () => {
    const pages = await pagesOf(new Uint8Array(await frontMatterPack()));
    expect(pages).toEqual([null, 'ii', 'iii', '1', '2', '3', '4', '5', '6']);
  });

  it('takes the PDF’s page labels where it has them', async () => {
    const pages = await pagesOf(new Uint8Array(await frontMatterPack({ pageLabels: true })));
    expect(pages).toEqual(['i', 'ii', 'iii', '1', '2', '3', '4', '5', '6']);
  });
});
