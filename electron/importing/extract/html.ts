import { NodeType, parse, TextNode, type HTMLElement, type Node } from 'node-html-parser';
import { joinWrapped, LIST_MARKER, normaliseSpace, type ExtractedText, type RawBlock } from '../blocks';
import { closeListsAsOpened } from './list-end-tags';

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
  // parseNoneClosedTags: lifting the children of tags left open at the end takes minutes on a damaged page.
  const root = parse(closeListsAsOpened(html), {
    blockTextElements: { script: false, style: false, noscript: false, pre: true },
    parseNoneClosedTags: true,
  });
  flattenDeepNesting(root);
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
    } else if (tag === 'tr' && child.childNodes.filter(isElement).some(hasBlockChildren)) {
      // A row laid out with paragraphs in its cells (an item number, then its title, minute and decision) is read cell by cell.
      for (const cell of child.childNodes.filter(isElement)) {
        if (hasBlockChildren(cell)) walk(cell, blocks);
        else if (inlineText(cell)) blocks.push({ kind: 'paragraph', text: inlineText(cell), page: null });
      }
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

const STRUCTURE_TAGS = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'tr',
  'li',
]);
/** Remembered per element: asking again for every ancestor made nested pages take minutes. */
const blockChildrenKnown = new WeakMap<HTMLElement, boolean>();

function hasBlockChildren(element: HTMLElement): boolean {
  let known = blockChildrenKnown.get(element);
  if (known === undefined) {
    known = element.childNodes
      .filter(isElement)
      .some((c) => STRUCTURE_TAGS.has(c.tagName?.toLowerCase() ?? '') || hasBlockChildren(c));
    blockChildrenKnown.set(element, known);
  }
  return known;
}

/** Far deeper than any real page; past it, an element's text is kept as one run. */
const MAX_NESTING = 128;

/**
 * A damaged or hostile page can nest tags thousands deep (a cut-off save leaves
 * tags unclosed); the parser's own text and clone helpers recurse, so they
 * would run out of stack. Anything below MAX_NESTING becomes its plain text,
 * gathered without recursion.
 */
function flattenDeepNesting(root: HTMLElement): void {
  const stack: { element: HTMLElement; depth: number }[] = [{ element: root, depth: 0 }];
  while (stack.length > 0) {
    const { element, depth } = stack.pop() as { element: HTMLElement; depth: number };
    for (const child of element.childNodes) {
      if (!isElement(child)) continue;
      if (depth + 1 < MAX_NESTING) stack.push({ element: child, depth: depth + 1 });
      else child.childNodes = [new TextNode(rawTextOf(child), child)];
    }
  }
}

/** The element's raw text as node-html-parser's rawText gives it (a <br> is a line break), without recursion. */
function rawTextOf(element: HTMLElement): string {
  const parts: string[] = [];
  const stack: Node[] = [...element.childNodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (!isElement(node)) parts.push(node.rawText);
    else if (/^br$/i.test(node.rawTagName)) parts.push('\n');
    else for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i] as Node);
  }
  return parts.join('');
}

/**
 * A paragraph; one set wholly in bold, short and unpunctuated, is a heading. One that
 * starts with a list marker ("(2) That …", as Word saves numbered paragraphs) is a list
 * item, as it is in a PDF or plain text.
 */
function paragraph(element: HTMLElement, blocks: RawBlock[]): void {
  // A line break ends a line of its own, as in attendance lists.
  if (element.querySelector('br')) {
    for (const line of wrappedLinesJoined(element.innerHTML.split(/<br\s*\/?>/i))) {
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
    blocks.push({ kind: LIST_MARKER.test(text) ? 'list-item' : 'paragraph', text, page: null });
  }
}

/** A line that stops mid-phrase ("… with the titles and"), or one the next line carries on in lower case. */
const CARRIES_ON =
  /(?:,|\b(?:a|an|the|and|or|of|to|for|in|on|at|by|with|from|that|this|which|be|as|its|their|subject to))\s*$/i;

/**
 * A paragraph copied from a printed page keeps the printed line breaks as <br>
 * mid-sentence; those lines are one sentence. Lines that each end (names in an
 * attendance list) stay apart.
 */
function wrappedLinesJoined(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    const plain = normaliseSpace(parse(line).text);
    if (previous !== undefined && (CARRIES_ON.test(normaliseSpace(parse(previous).text)) || /^[a-z]/.test(plain)))
      joined[joined.length - 1] = joinWrapped(previous, line.trim());
    else joined.push(line);
  }
  return joined;
}

function listItems(list: HTMLElement, blocks: RawBlock[], ordered: boolean): void {
  let number = Number(list.getAttribute('start') ?? 1);
  for (const item of list.childNodes.filter(isElement)) {
    if (item.tagName?.toLowerCase() !== 'li') continue;
    if (opensWithHeading(item)) {
      // An item of minutes: its heading carries the number, its paragraphs follow as they are.
      const [heading, ...rest] = item.childNodes.filter((n) => isElement(n) || normaliseSpace(n.text) !== '');
      const title = inlineText(heading as HTMLElement);
      blocks.push({ kind: 'heading', text: ordered ? `${number}) ${title}` : title, page: null, level: 4 });
      const body = item.clone() as HTMLElement;
      body.childNodes = body.childNodes.filter((_n, i) => item.childNodes[i] !== heading);
      walk(body, blocks);
      void rest;
      number++;
      continue;
    }
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

/** A list item whose first content is a heading: an item of minutes laid out as a list. */
function opensWithHeading(item: HTMLElement): boolean {
  const first = item.childNodes.find((n) => isElement(n) || normaliseSpace(n.text) !== '');
  return first !== undefined && isElement(first) && /^h[1-6]$/i.test(first.tagName ?? '');
}

function inlineText(element: HTMLElement): string {
  return normaliseSpace(element.text.replace(/\s+/g, ' '));
}
