import zlib from 'node:zlib';
import JSZip from 'jszip';
import { concat } from './mutate';
import type { Random } from './seeded-random';

/** A file as the importers receive it. */
export interface FuzzFile {
  name: string;
  data: Uint8Array<ArrayBuffer>;
}

const encode = (text: string) => new TextEncoder().encode(text);

const WORD_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DOCUMENT_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${WORD_NAMESPACE}"><w:body>`;
const DOCUMENT_TAIL = '</w:body></w:document>';
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** A minimal Word document whose body is the given XML. */
export async function docxWithBody(bodyXml: string): Promise<Uint8Array<ArrayBuffer>> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', PACKAGE_RELS);
  zip.file('word/document.xml', DOCUMENT_HEAD + bodyXml + DOCUMENT_TAIL);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/**
 * A Word document whose document.xml inflates to `gigabytes` GB from a couple
 * of megabytes: one compressed megabyte of paragraphs repeated, each copy
 * independent of the one before (a full flush), then a final empty block.
 * `honest` writes the true size in the zip headers; otherwise it claims 4 KB.
 */
export function docxBomb(gigabytes: number, honest: boolean): Uint8Array<ArrayBuffer> {
  const paragraph = '<w:p><w:r><w:t>RESOLVED that the report be noted.</w:t></w:r></w:p>';
  const chunk = Buffer.from(paragraph.repeat(Math.floor((1 << 20) / paragraph.length)));
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 9 };
  const head = zlib.deflateRawSync(Buffer.from(DOCUMENT_HEAD), flush);
  const body = zlib.deflateRawSync(chunk, flush);
  const tail = zlib.deflateRawSync(Buffer.from(DOCUMENT_TAIL)); // ends with the final block
  const copies = Math.round((gigabytes * 1024 * 1024 * 1024) / chunk.length);
  const compressed = concat(head, ...Array<Uint8Array>(copies).fill(body), tail);
  const size = DOCUMENT_HEAD.length + chunk.length * copies + DOCUMENT_TAIL.length;
  return zipOf([
    { name: '[Content_Types].xml', data: encode(CONTENT_TYPES) },
    { name: '_rels/.rels', data: encode(PACKAGE_RELS) },
    { name: 'word/document.xml', deflated: compressed, size: honest ? Math.min(size, 0xfffffffe) : 4096, crc: 0 },
  ]);
}

export type ZipEntry =
  { name: string; data: Uint8Array } | { name: string; deflated: Uint8Array; size: number; crc: number };

/** A plain zip (no zip64), writing whatever sizes and checksums it is given. */
export function zipOf(entries: ZipEntry[]): Uint8Array<ArrayBuffer> {
  const locals: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const stored = 'data' in entry;
    const data = stored ? entry.data : entry.deflated;
    const size = stored ? entry.data.length : entry.size;
    const crc = stored ? zlib.crc32(entry.data) : entry.crc;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(stored ? 0 : 8, 10);
    header.writeUInt32LE(crc >>> 0, 16);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(header, name);
    offset += local.length + name.length + data.length;
  }
  const directory = concat(...central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return concat(...locals, directory, end);
}

/** HTML nested `depth` elements deep, with text at the bottom. */
export function deeplyNestedHtml(depth: number, tag = 'div'): FuzzFile {
  const html = `<!DOCTYPE html><html><body>${`<${tag}>`.repeat(depth)}RESOLVED that the report be noted.${`</${tag}>`.repeat(depth)}</body></html>`;
  return { name: `nested-${tag}-${depth}.html`, data: encode(html) };
}

/** Unclosed tags, as a page cut off mid-save leaves them. */
export function unclosedHtml(count: number): FuzzFile {
  return { name: `unclosed-${count}.html`, data: encode(`<html><body>${'<p><b><i>Item '.repeat(count)}`) };
}

/** A Word document whose paragraphs are nested inside one another `depth` times. */
export async function deeplyNestedDocx(depth: number): Promise<FuzzFile> {
  const body = `${'<w:sdt><w:sdtContent>'.repeat(depth)}<w:p><w:r><w:t>RESOLVED that the report be noted.</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(depth)}`;
  return { name: `nested-${depth}.docx`, data: await docxWithBody(body) };
}

/** One line of `megabytes` MB with no line break, in a text or HTML file. */
export function hugeSingleLine(megabytes: number, extension: 'txt' | 'html' | 'md'): FuzzFile {
  const words = 'the board requested that officers provide further information ';
  const line = words.repeat(Math.ceil((megabytes * 1024 * 1024) / words.length));
  const text = extension === 'html' ? `<html><body><p>${line}</p></body></html>` : line;
  return { name: `one-line-${megabytes}mb.${extension}`, data: encode(text) };
}

/** Bytes with no meaning, under a name that promises something. */
export function randomBytes(random: Random, length: number, name: string): FuzzFile {
  return { name, data: random.bytes(length) };
}

/** The parts of a Word document, unpacked, so that its XML can be damaged and packed again. */
export async function unpackDocx(
  file: FuzzFile,
): Promise<{ name: string; parts: { name: string; data: Uint8Array }[] }> {
  const zip = await JSZip.loadAsync(file.data);
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((entry) => !entry.dir)
      .map(async (entry) => ({ name: entry.name, data: await entry.async('uint8array') })),
  );
  return { name: file.name, parts };
}

/** `copies` full-flushed deflate blocks of `chunk`, then the end: inflates to copies × chunk bytes. */
function repeatedDeflate(head: string, chunk: Buffer, copies: number, tail: string): Uint8Array {
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 9 };
  const body = zlib.deflateRawSync(chunk, flush);
  return concat(
    zlib.deflateRawSync(Buffer.from(head), flush),
    ...Array<Uint8Array>(copies).fill(body),
    zlib.deflateRawSync(Buffer.from(tail)),
  );
}

/**
 * A Word document whose relationships name `word/document.png` as its main
 * part: `megabytes` MB of paragraphs in a part whose name says "picture",
 * which a check that skips pictures by name lets through.
 */
export function disguisedDocxBomb(megabytes: number): FuzzFile {
  const paragraph = '<w:p><w:r><w:t>RESOLVED that the report be noted.</w:t></w:r></w:p>';
  const chunk = Buffer.from(paragraph.repeat(Math.floor((1 << 20) / paragraph.length)));
  const rels = PACKAGE_RELS.replace('word/document.xml', 'word/document.png');
  const types = CONTENT_TYPES.replace('/word/document.xml', '/word/document.png');
  const size = DOCUMENT_HEAD.length + chunk.length * megabytes + DOCUMENT_TAIL.length;
  const data = zipOf([
    { name: '[Content_Types].xml', data: encode(types) },
    { name: '_rels/.rels', data: encode(rels) },
    {
      name: 'word/document.png',
      deflated: repeatedDeflate(DOCUMENT_HEAD, chunk, megabytes, DOCUMENT_TAIL),
      size,
      crc: 0,
    },
  ]);
  return { name: 'Agenda item 7 report.docx', data };
}

/**
 * A one-page PDF whose page contents are a flate stream that inflates to
 * `megabytes` MB of drawing commands, from about 2 KB per megabyte. `hex`
 * writes the compressed stream in hexadecimal too (a second filter).
 */
export function pdfFlateBomb(megabytes: number, hex = false): FuzzFile {
  const chunk = Buffer.from('0 0 m 1 1 l S\n'.repeat(Math.floor((1 << 20) / 14)));
  // A zlib header (pdf.js wants one) before the deflate blocks; the checksum at the end is not checked.
  const deflated = concat(new Uint8Array([0x78, 0xda]), repeatedDeflate('', chunk, megabytes, ''), new Uint8Array(4));
  const stream = hex ? encode(`${Buffer.from(deflated).toString('hex')}>`) : deflated;
  const filter = hex ? '[/ASCIIHexDecode /FlateDecode]' : '/FlateDecode';
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const add = (part: Uint8Array | string) => {
    const bytes = typeof part === 'string' ? encode(part) : part;
    parts.push(bytes);
    length += bytes.length;
  };
  const object = (number: number, body: string | Uint8Array[]) => {
    offsets[number] = length;
    add(`${number} 0 obj\n`);
    if (typeof body === 'string') add(body);
    else body.forEach(add);
    add('\nendobj\n');
  };
  add('%PDF-1.7\n');
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  object(3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>');
  object(4, [encode(`<< /Length ${stream.length} /Filter ${filter} >>\nstream\n`), stream, encode('\nendstream')]);
  const xref = length;
  add(`xref\n0 5\n0000000000 65535 f \n`);
  for (let n = 1; n <= 4; n++) add(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
  add(`trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return { name: 'Budget monitoring report.pdf', data: concat(...parts) };
}
