import { useState } from 'react';
import { useApi } from '../app-context';
import { errorText } from '../api/error-text';
import { IncludeConfidential } from '../components/Confidential';
import { downloadText } from '../components/download';

/** Every note and question of the library, as one W3C Web Annotation file and one document to read. */
export function ExportAllNotes({ say }: { say: (message: string) => void }) {
  const api = useApi();
  const [includeConfidential, setIncludeConfidential] = useState(false);

  const exportAll = async () => {
    try {
      const [w3c, readable] = await Promise.all([
        api.exportAllNotes({ format: 'w3c', includeConfidential }),
        api.exportAllNotes({ format: 'md', includeConfidential }),
      ]);
      downloadText(w3c.fileName, w3c.mediaType, w3c.text);
      downloadText(readable.fileName, readable.mediaType, readable.text);
      const leftOut = w3c.leftOut;
      say(
        `Saved ${w3c.fileName} and ${readable.fileName}.` +
          (leftOut > 0
            ? ` ${leftOut} confidential ${leftOut === 1 ? 'paper or question was' : 'papers and questions were'} left out.`
            : ''),
      );
    } catch (error) {
      say(errorText(error));
    }
  };

  return (
    <section aria-labelledby="export-all-title">
      <h3 id="export-all-title">All my notes</h3>
      <p className="muted">
        Every note, highlight and question in the library: one file Scrutineer and other annotation tools can read back
        (W3C Web Annotation), and one document to read or print.
      </p>
      <div className="button-row">
        <button type="button" className="secondary" onClick={() => void exportAll()}>
          Export all my notes
        </button>
        <IncludeConfidential checked={includeConfidential} onChange={setIncludeConfidential} />
      </div>
    </section>
  );
}
