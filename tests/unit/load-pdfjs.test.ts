import { describe, expect, it } from 'vitest';

/**
 * pdf.js's Node build brings core-js, which on older engines swaps some of the engine's own
 * functions for slower copies; every push in a reader then ran through one. Loading pdf.js
 * must leave the engine's own in place.
 */
describe('loading pdf.js for the readers', () => {
  it('leaves the engine’s own push and JSON in place, and pdf.js still reads', async () => {
    const own = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
    const { loadPdfJs } = await import('../../electron/importing/extract/load-pdfjs');
    const pdfjs = await loadPdfJs();

    expect(Array.prototype.push).toBe(own.push);
    expect(JSON.parse).toBe(own.parse);
    expect(JSON.stringify).toBe(own.stringify);
    expect(typeof pdfjs.getDocument).toBe('function');
    // What core-js adds that pdf.js needs stays.
    expect(typeof (Promise as unknown as Record<string, unknown>).withResolvers).toBe('function');
  });
});
