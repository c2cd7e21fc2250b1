import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Markdown minutes printed to a real PDF by Chromium, as a council's system would. */
export async function markdownToPdf(browser: Browser, markdown: string, fileName: string): Promise<string> {
  const html = markdown
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => {
      const text = chunk.replace(/\*\*/g, '').replace(/ {2}\n/g, '<br>');
      const heading = /^(#{1,4})\s+(.*)$/s.exec(text);
      if (heading)
        return `<h${(heading[1] ?? '#').length + 1}>${escape(heading[2] ?? '')}</h${(heading[1] ?? '#').length + 1}>`;
      if (/^- /m.test(text)) {
        const items = text.split(/\n- |^- /).filter(Boolean);
        return `<ul>${items.map((i) => `<li>${escape(i.trim())}</li>`).join('')}</ul>`;
      }
      return `<p>${escape(text).replace(/&lt;br&gt;/g, '<br>')}</p>`;
    })
    .join('\n');
  const page = await browser.newPage();
  await page.setContent(`<!doctype html><html><body style="font: 11pt Arial; margin: 0">${html}</body></html>`);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-pdf-')), fileName);
  await page.pdf({ path: file, format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } });
  await page.close();
  return file;
}
