import { getDocument, GlobalWorkerOptions, TextLayer, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import 'pdfjs-dist/web/pdf_viewer.css';
import { useEffect, useRef, useState } from 'react';
import { anchorQuote } from '../../shared/anchoring/anchor';
import type { Annotation } from '../../shared/domain';
import { useApi } from '../app-context';
import { blockAt } from './blocks';
import { rangeForQuote, rectsWithin, type Rect } from './pdf-highlights';
import { useReader } from './reader-context';

GlobalWorkerOptions.workerSrc = workerUrl;

const MIN_SCALE = 0.5;
const MAX_SCALE = 3;

/** The PDF as published: pages drawn by pdf.js, with a selectable text layer and the reader's highlights. */
export default function OriginalView({ onPage }: { onPage: (page: number) => void }) {
  const api = useApi();
  const document = useReader((s) => s.document);
  const jump = useReader((s) => s.jump);
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [size, setSize] = useState({ width: 595, height: 842 });
  /** null: as wide as the column allows. */
  const [zoom, setZoom] = useState<number | null>(null);
  const [fit, setFit] = useState(1);
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

  useEffect(() => {
    if (!jump || !document || !pages.current) return;
    const page = blockAt(document.blocks, jump.offset)?.page ?? 1;
    pages.current.querySelector(`[data-page-number="${page}"]`)?.scrollIntoView({ block: 'start' });
  }, [jump, document, pdf]);

  useEffect(() => {
    const onScroll = () => {
      const first = [...(pages.current?.querySelectorAll<HTMLElement>('[data-page-number]') ?? [])].find(
        (el) => el.getBoundingClientRect().bottom > 120,
      );
      if (first) onPage(Number(first.dataset.pageNumber));
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, [onPage]);

  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  if (!pdf) return <p aria-live="polite">Opening the original…</p>;
  const scale = zoom ?? fit;
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
        {Array.from({ length: pdf.numPages }, (_, i) => (
          <PdfPage key={i + 1} pdf={pdf} number={i + 1} scale={scale} size={size} />
        ))}
      </div>
    </div>
  );
}

function PdfPage({
  pdf,
  number,
  scale,
  size,
}: {
  pdf: PDFDocumentProxy;
  number: number;
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
    })();
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
      aria-label={`Page ${number}`}
      role="region"
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
