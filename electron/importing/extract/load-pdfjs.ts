import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js's legacy build (the one made for Node) carries core-js, which replaces some of the
 * engine's own functions with slower copies where it finds an old engine's edge case: on
 * Node 20 `Array.prototype.push`, `JSON.parse` and `JSON.stringify`. Every push in the reader
 * (pdf.js's and the rules') then ran through a copy written in JavaScript. pdf.js needs none of
 * those edge cases (a push past 2³² items, JSON of lone surrogates), so once it is loaded the
 * engine's own functions are put back. What core-js adds that the engine lacks (such as
 * `Promise.withResolvers`) stays: pdf.js uses it.
 */
const REPLACED_FUNCTIONS: [object, PropertyKey][] = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [JSON, 'stringify'],
];

/**
 * pdf.js inflates a page's compressed streams with the platform's `DecompressionStream` when there is one. In Node that
 * is zlib, whose native handles must never be torn down half made: a reader ended while one is being set up (an import
 * cancelled, a reader out of time, an idle reader let go) can abort the whole process with "close before init". pdf.js's
 * own inflate gives the same text as fast (the eight fixture PDFs, read eight times over, alternated: 3.1–3.3 s either
 * way), so readers do without it.
 */
function withoutPlatformInflate(): void {
  Object.defineProperty(globalThis, 'DecompressionStream', { value: undefined, configurable: true, writable: true });
}

/** pdf.js with its text layer's worker in this thread (Node reads PDFs where it runs), loaded once. */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    withoutPlatformInflate();
    const own = REPLACED_FUNCTIONS.map(([target, key]) => Object.getOwnPropertyDescriptor(target, key));
    // The worker module first: pdf.js finds it (globalThis.pdfjsWorker) instead of importing it at the first PDF.
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    REPLACED_FUNCTIONS.forEach(([target, key], index) => {
      const descriptor = own[index];
      if (descriptor) Object.defineProperty(target, key, descriptor);
    });
    return pdfjs;
  })();
  return loading;
}
