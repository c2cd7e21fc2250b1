import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { normaliseSpace, type ExtractedText, type RawBlock } from '../blocks';

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'nav',
  'header',
  'footer',
  'form',
  'button',
  'select',
  'svg',
  'img',
  'head',
  'title',
]);
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'blockquote',
  'dd',
  'dt',
  'td',
  'th',
  'caption',
  'pre',
  'address',
  'body',
  'html',
  'ul',
  'ol',
  'table',
  'tbody',
  'thead',
  'tr',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'span',
  'a',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'br',
]);

/**
 * HTML (web pages saved from a council's committee site, and Word documents
 * after mammoth) as blocks: headings, paragraphs, list items numbered as
 * printed, and table rows.
 */
export function extractHtml(html: string): ExtractedText {
  const root = parse(html, { blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const blocks: RawBlock[] = [];
  walk(root, blocks);
  return { blocks: blocks.filter((b) => b.text !== ''), pageCount: null, warnings: [] };
}

function isElement(node: Node): node is HTMLElement {
  return node.nodeType === NodeType.ELEMENT_NODE;
}

function walk(node: HTMLElement, blocks: RawBlock[]): void {
  for (const child of node.childNodes) {
    if (!isElement(child)) {
      const text = normaliseSpace(child.text);
      if (text && !/^<!doctype/i.test(text)) blocks.push({ kind: 'paragraph', text, page: null });
      continue;
    }
    const tag = child.tagName?.toLowerCase() ?? '';
    if (SKIP.has(tag) || child.getAttribute('aria-hidden') === 'true') continue;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      blocks.push({ kind: 'heading', text: inlineText(child), page: null, level: Number(heading[1]) });
    } else if (tag === 'ol' || tag === 'ul') {
      listItems(child, blocks, tag === 'ol');
    } else if (tag === 'tr') {
      const cells = child.childNodes.filter(isElement).map(inlineText).filter(Boolean);
      if (cells.length > 0) blocks.push({ kind: 'table-row', text: cells.join(' | '), page: null });
    } else if (tag === 'p' || (!hasBlockChildren(child) && BLOCK_TAGS.has(tag) && tag !== 'span' && tag !== 'a')) {
      paragraph(child, blocks);
    } else {
      walk(child, blocks);
    }
  }
}

function hasBlockChildren(element: HTMLElement): boolean {
  return [...element.querySelectorAll('*')].some(
    (c) =>
      isElement(c) &&
      ['p', 'div', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'tr', 'li'].includes(
        c.tagName?.toLowerCase() ?? '',
      ),
  );
}

/** A paragraph; one set wholly in bold, short and unpunctuated, is a heading. */
function paragraph(element: HTMLElement, blocks: RawBlock[]): void {
  // A line break ends a line of its own, as in attendance lists.
  if (element.querySelector('br')) {
    for (const line of element.innerHTML.split(/<br\s*\/?>/i)) {
      paragraph(parse(`<p>${line}</p>`).firstChild as HTMLElement, blocks);
    }
    return;
  }
  const text = inlineText(element);
  if (!text) return;
  const bold = element
    .querySelectorAll('strong, b')
    .map((b) => normaliseSpace(b.text))
    .join(' ');
  if (bold === text && text.length <= 120 && !/[.:;,]$/.test(text)) {
    blocks.push({ kind: 'heading', text, page: null, level: 4 });
  } else {
    blocks.push({ kind: 'paragraph', text, page: null });
  }
}

function listItems(list: HTMLElement, blocks: RawBlock[], ordered: boolean): void {
  let number = Number(list.getAttribute('start') ?? 1);
  for (const item of list.childNodes.filter(isElement)) {
    if (item.tagName?.toLowerCase() !== 'li') continue;
    const nested = item.querySelectorAll('ul, ol');
    const own = item.clone() as HTMLElement;
    own.querySelectorAll('ul, ol').forEach((n) => n.remove());
    const text = inlineText(own);
    if (text) blocks.push({ kind: 'list-item', text: ordered ? `${number}) ${text}` : text, page: null });
    number++;
    for (const sub of nested.filter((n) => n.parentNode === item))
      listItems(sub, blocks, sub.tagName.toLowerCase() === 'ol');
  }
}

function inlineText(element: HTMLElement): string {
  return normaliseSpace(element.text.replace(/\s+/g, ' '));
}
