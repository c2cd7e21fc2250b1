/** Just enough XML writing to answer as ModernGov's web service does: indented, no namespaces. */

export interface XmlElement {
  name: string;
  attrs?: Record<string, string | number>;
  /** Already-encoded text (see text() and title()). */
  text?: string;
  children?: XmlElement[];
}

export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attrEscape(text: string): string {
  return xmlEscape(text).replace(/"/g, '&quot;');
}

/** Plain text, escaped once for XML. */
export function text(value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return xmlEscape(String(value));
}

/**
 * A title as ModernGov serves it: the apostrophe stored as &#39;, the whole HTML-encoded
 * again, then escaped for XML. "Children's" comes out as Children&amp;amp;#39;s and
 * "Education & Skills" as Education &amp;amp; Skills: decode HTML until nothing changes.
 */
export function title(value: string): string {
  const stored = value.replace(/'/g, '&#39;');
  const html = stored.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return xmlEscape(html);
}

export function el(name: string, value?: string | XmlElement[], attrs?: XmlElement['attrs']): XmlElement {
  if (Array.isArray(value)) return { name, children: value, ...(attrs ? { attrs } : {}) };
  return { name, text: value ?? '', ...(attrs ? { attrs } : {}) };
}

function render(node: XmlElement, depth: number): string {
  const pad = '  '.repeat(depth);
  const attrs = Object.entries(node.attrs ?? {})
    .map(([k, v]) => ` ${k}="${attrEscape(String(v))}"`)
    .join('');
  if (node.children) {
    if (node.children.length === 0) return `${pad}<${node.name}${attrs}>\n${pad}</${node.name}>`;
    const inner = node.children.map((child) => render(child, depth + 1)).join('\n');
    return `${pad}<${node.name}${attrs}>\n${inner}\n${pad}</${node.name}>`;
  }
  // ModernGov leaves an empty field holding a line break and the indentation.
  const body = node.text === '' || node.text === undefined ? `\n${pad}` : node.text;
  return `${pad}<${node.name}${attrs}>${body}</${node.name}>`;
}

export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${render(root, 0)}\n`;
}
