import mammoth from 'mammoth';
import type { ExtractedText } from '../blocks';
import { ImportProblem } from '../import-problem';
import { extractHtml } from './html';

/** Word documents through mammoth's HTML, so headings, lists and tables keep their shape. */
export async function extractDocx(data: Uint8Array): Promise<ExtractedText> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(data) });
    html = result.value;
  } catch (error) {
    throw new ImportProblem(
      'unreadable-file',
      `it is not a readable Word document: it may be damaged or only partly downloaded (${(error as Error).message}).`,
    );
  }
  const extracted = extractHtml(html);
  return {
    ...extracted,
    warnings: extracted.blocks.length === 0 ? ['This Word document has no text.'] : [],
  };
}
