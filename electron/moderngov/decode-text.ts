import { decodeHTML } from 'entities';
import { parse } from 'node-html-parser';

/** ModernGov encodes titles twice or more ("Children&amp;#39;s"): decode until nothing changes. */
export function decodeTitle(text: string): string {
  let current = text;
  for (let i = 0; i < 4; i++) {
    const next = decodeHTML(current);
    if (next === current) break;
    current = next;
  }
  return current.replace(/\s+/g, ' ').trim();
}

const BREAKS = /<\/(p|div|li|h[1-6]|tr|table|ul|ol)>|<br\s*\/?>/gi;

/** Minutes and decisions come as HTML that may be escaped once more ("&lt;p&gt;…"): the HTML itself. */
export function unescapeHtml(html: string): string {
  return /&lt;\s*[a-z]/i.test(html) ? decodeHTML(html) : html;
}

/** Minutes and decisions as plain paragraphs, one per block. */
export function htmlToParagraphs(html: string): string {
  const text = parse(unescapeHtml(html).replace(BREAKS, (tag) => `${tag}\n\n`)).textContent;
  return decodeHTML(text)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
