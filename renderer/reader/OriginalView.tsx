import { getDocument, GlobalWorkerOptions, TextLayer, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import 'pdfjs-dist/web/pdf_viewer.css';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { PageName } from '../../shared/page-names';
import { anchorQuote } from '../../shared/anchoring/anchor';
import type { Annotation } from '../../shared/domain';
import { useApi } from '../app-context';
import { blockAt } from './blocks';
import { rangeForQuote, rectsWithin, type Rect } from './pdf-highlights';
import { useReader } from './reader-context';
import { pageAtTop, scrollPageToTop } from './reading-place';

GlobalWorkerOptions.workerSrc = workerUrl;

const MIN_SCALE = 0.5;
const MAX_SCALE = 3;

/** The PDF as published: pages drawn by pdf.js, with a selectable text layer and the reader's highlights. */
export default function OriginalView() {
  const api = useApi();
  const document = useReader((s) => s.document);
  const jump = useReader((s) => s.jump);
  const place = useReader((s) => s.place);
  const placeMoved = useReader((s) => s.placeMoved);
  const setPlaceReader = useReader((s) => s.setPlaceReader);
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [size, setSize] = useState({ width: 595, height: 842 });
  /** null: as wide as the column allows. */
  const [zoom, setZoom] = useState<number | null>(null);
  /** null until the column is measured: pages laid out at a guessed size would land the reader on the wrong one. */
  const [fit, setFit] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pages = useRef<HTMLDivElement>(null);
  usePdfSelection(pages);

  useEffect(() => {
    if (!document) return;
    let cancelled = false;
    let loaded: PDFDocumentProxy | null = null;
    void (async () => {
      try {
        const file = await api.getOriginalFile({ documentId: document.id, version: document.version });
        loaded = await getDocument({ data: file.data, isEvalSupported: false }).promise;
        const first = await loaded.getPage(1);
        const viewport = first.getViewport({ scale: 1 });
        if (cancelled) return;
        setSize({ width: viewport.width, height: viewport.height });
        setPdf(loaded);
      } catch (e) {
        setError(`The original could not be shown (${(e as Error).message}). The Text view still works.`);
      }
    })();
    return () => {
      cancelled = true;
      void loaded?.destroy();
    };
  }, [api, document]);

  useEffect(() => {
    const element = pages.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setFit(Math.max(MIN_SCALE, (element.clientWidth - 8) / size.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [size, pdf]);

  const laidOut = pdf !== null && fit !== null;
  useEffect(() => {
    if (!jump || !document || !pages.current || !laidOut) return;
    const page = jump.page ?? blockAt(document.blocks, jump.offset)?.page ?? 1;
    scrollPageToTop(pages.current, page);
    if (jump.focus)
      pages.current.querySelector<HTMLElement>(`[data-page-number="${page}"]`)?.focus({ preventScroll: true });
  }, [jump, document, laidOut]);

  // Zooming keeps the page the reader is on at the top.
  const scale = zoom ?? fit ?? 1;
  const placeRef = useRef(place);
  useEffect(() => {
    placeRef.current = place;
  }, [place]);
  useLayoutEffect(() => {
    if (pages.current && placeRef.current) scrollPageToTop(pages.current, placeRef.current.page);
  }, [scale]);

  useEffect(() => {
    if (!document || !laidOut) return;
    setPlaceReader(() => {
      const page = pages.current?.isConnected ? pageAtTop(pages.current) : null;
      if (page === null) return null;
      return { page, textOffset: document.blocks.find((b) => (b.page ?? 0) >= page)?.start ?? 0 };
    });
    window.addEventListener('scroll', placeMoved, { passive: true });
    return () => {
      window.removeEventListener('scroll', placeMoved);
      setPlaceReader(null);
    };
  }, [document, laidOut, placeMoved, setPlaceReader]);

  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  if (!pdf) return <p aria-live="polite">Opening the original…</p>;
  return (
    <div className="original-view">
      <div className="button-row compact" role="group" aria-label="Zoom">
        <button
          type="button"
          className="secondary"
          disabled={scale <= MIN_SCALE}
          onClick={() => setZoom(Math.max(MIN_SCALE, scale / 1.25))}
        >
          Zoom out
        </button>
        <span aria-live="polite">{Math.round(scale * 100)}%</span>
        <button
          type="button"
          className="secondary"
          disabled={scale >= MAX_SCALE}
          onClick={() => setZoom(Math.min(MAX_SCALE, scale * 1.25))}
        >
          Zoom in
        </button>
        <button type="button" className="secondary" disabled={zoom === null} onClick={() => setZoom(null)}>
          Fit width
        </button>
      </div>
      <div ref={pages} className="pdf-pages" data-testid="original-view">
        {fit !== null &&
          Array.from({ length: pdf.numPages }, (_, i) => (
            <PdfPage
              key={i + 1}
              pdf={pdf}
              number={i + 1}
              label={PageName(i + 1, document?.printedPages[i])}
              scale={scale}
              size={size}
            />
          ))}
      </div>
    </div>
  );
}

function PdfPage({
  pdf,
  number,
  label,
  scale,
  size,
}: {
  pdf: PDFDocumentProxy;
  number: number;
  /** "Page 3", "PDF page 1". */
  label: string;
  scale: number;
  size: { width: number; height: number };
}) {
  const annotations = useReader((s) => s.annotations);
  const container = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const textLayer = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  const [rendered, setRendered] = useState(0);
  const [highlights, setHighlights] = useState<{ annotation: Annotation; rects: Rect[] }[]>([]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const observer = new IntersectionObserver(([entry]) => setNear(entry?.isIntersecting ?? false), {
      rootMargin: '1200px 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!near || !canvas.current || !textLayer.current) return;
    let cancelled = false;
    const layer = textLayer.current;
    const target = canvas.current;
    void (async () => {
      const page = await pdf.getPage(number);
      if (cancelled) return;
      const viewport = page.getViewport({ scale });
      const ratio = window.devicePixelRatio || 1;
      target.width = Math.floor(viewport.width * ratio);
      target.height = Math.floor(viewport.height * ratio);
      target.style.width = `${viewport.width}px`;
      target.style.height = `${viewport.height}px`;
      const context = target.getContext('2d');
      if (!context) return;
      await page.render({
        canvasContext: context,
        canvas: target,
        viewport,
        transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
      }).promise;
      layer.replaceChildren();
      await new TextLayer({ textContentSource: page.streamTextContent(), container: layer, viewport }).render();
      if (!cancelled) setRendered((n) => n + 1);
    })().catch((error: unknown) => {
      // Leaving the paper, or zooming, while a page is drawn stops pdf.js part-way: nothing is wrong.
      if (!cancelled && (error as Error).name !== 'RenderingCancelledException') throw error;
    });
    return () => {
      cancelled = true;
    };
  }, [near, pdf, number, scale]);

  // Far from view, give the memory back.
  useEffect(() => {
    if (near || !canvas.current) return;
    canvas.current.width = 0;
    canvas.current.height = 0;
    textLayer.current?.replaceChildren();
  }, [near]);

  useEffect(() => {
    if (rendered === 0 || !textLayer.current || !container.current) return;
    const mine = annotations.filter((a) => a.page === number && a.anchorStatus !== 'orphaned');
    setHighlights(
      mine.flatMap((annotation) => {
        const range = rangeForQuote(textLayer.current as HTMLElement, annotation.exact);
        return range ? [{ annotation, rects: rectsWithin(range, container.current as HTMLElement) }] : [];
      }),
    );
  }, [annotations, rendered, number]);

  return (
    <div
      ref={container}
      className="pdf-page"
      data-page-number={number}
      aria-label={label}
      role="region"
      tabIndex={-1}
      style={
        {
          width: size.width * scale,
          height: size.height * scale,
          '--scale-factor': scale,
          '--user-unit': 1,
          '--total-scale-factor': scale,
        } as React.CSSProperties
      }
    >
      <canvas ref={canvas} aria-hidden="true" />
      <div className="pdf-highlights" aria-hidden="true">
        {highlights.flatMap(({ annotation, rects }) =>
          rects.map((r, i) => (
            <div
              key={`${annotation.id}-${i}`}
              className={`pdf-highlight colour-${annotation.colour} kind-${annotation.kind}`}
              data-annotation={annotation.id}
              style={{ left: r.left, top: r.top, width: r.width, height: r.height }}
            />
          )),
        )}
      </div>
      <div ref={textLayer} className="textLayer" />
    </div>
  );
}

/** Turns a selection in a page's text layer into a passage of the paper's text. */
function usePdfSelection(pages: React.RefObject<HTMLDivElement | null>) {
  const setSelection = useReader((s) => s.setSelection);
  const fullText = useReader((s) => s.fullText);
  const document = useReader((s) => s.document);
  useEffect(() => {
    const onChange = () => {
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed || !pages.current || !document) return;
      const range = selection.getRangeAt(0);
      if (!pages.current.contains(range.commonAncestorContainer)) return;
      const pageElement = (range.startContainer.parentElement ?? null)?.closest<HTMLElement>('[data-page-number]');
      const page = Number(pageElement?.dataset.pageNumber ?? 1);
      const quote = selection.toString().replace(/\s+/g, ' ').trim();
      if (quote.length < 2) return;
      const pageStart = document.blocks.find((b) => (b.page ?? 0) >= page)?.start ?? 0;
      const anchor = anchorQuote(
        fullText,
        { exact: quote, prefix: '', suffix: '' },
        { start: pageStart, end: pageStart },
      );
      if (anchor) setSelection({ start: anchor.start, end: anchor.end });
    };
    window.document.addEventListener('selectionchange', onChange);
    return () => window.document.removeEventListener('selectionchange', onChange);
  }, [pages, setSelection, fullText, document]);
}
