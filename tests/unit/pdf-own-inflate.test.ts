import { describe, expect, it } from 'vitest';
import { KENT, readRealFixture } from '../helpers/fixture-files';

/**
 * pdf.js inflates compressed page streams with the platform's DecompressionStream when it finds one; in Node that is
 * zlib, and a reader ended while a zlib stream is being set up (an import cancelled, a reader out of time) can abort the
 * whole app with "close before init". Readers use pdf.js's own inflate instead.
 */
describe('reading a compressed PDF', () => {
  it('uses pdf.js’s own inflate, never the platform’s zlib, and still reads the council’s words', async () => {
    const made: string[] = [];
    const Platform = globalThis.DecompressionStream;
    class Watched extends Platform {
      constructor(format: CompressionFormat) {
        made.push(format);
        super(format);
      }
    }
    globalThis.DecompressionStream = Watched;
    const { extractPdf } = await import('../../electron/importing/extract/pdf');

    const read = await extractPdf(readRealFixture(KENT.cppMinutes).data);

    expect(made).toEqual([]);
    expect(read.blocks.map((b) => b.text).join(' ')).toMatch(/RESOLVED/);
  });
});
