/** pdf.js's worker module, loaded into the reader's own thread; nothing of it is called directly. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
