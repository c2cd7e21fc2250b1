import { useRef, useState } from 'react';
import { useApi } from '../../app-context';
import { IncludeConfidential, savedMessage } from '../../components/Confidential';
import { downloadText } from '../../components/download';
import { useReader } from '../reader-context';
import { NOTES_FILE_EXTENSIONS_READ } from '../../../shared/notes-file';
import type { ReaderTool } from './reader-tool';

const NOTES_ACCEPT = [
  ...NOTES_FILE_EXTENSIONS_READ.map((e) => `.${e}`),
  'application/json',
  'application/ld+json',
].join(',');

/** Export this paper's notes (Markdown to read, W3C JSON to move), or import notes from a colleague. */
export function useNotesTool(): ReaderTool {
  const api = useApi();
  const document = useReader((s) => s.document);
  const load = useReader((s) => s.load);
  const [message, setMessage] = useState('');
  const [includeConfidential, setIncludeConfidential] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  if (!document) return { id: 'notes', inline: null, menu: [] };

  const download = async (format: 'md' | 'w3c') => {
    const exported = await api.exportAnnotations({ documentId: document.id, format, includeConfidential });
    downloadText(exported.fileName, exported.mediaType, exported.text);
    setMessage(savedMessage(exported.fileName, exported.leftOut, ['paper', 'papers']));
  };

  const importFile = async (file: File) => {
    try {
      const result = await api.importAnnotations({ json: await file.text() });
      setMessage(
        `${result.added} notes added, ${result.alreadyHere} already here` +
          (result.notPlaced ? `, ${result.notPlaced} could not be placed` : '') +
          (result.unknownDocuments ? `, ${result.unknownDocuments} for papers not in this library` : '') +
          '.',
      );
      await load();
    } catch (error) {
      setMessage((error as Error).message);
    }
  };
  const chooseFile = () => input.current?.click();

  return {
    id: 'notes',
    inline: (
      <div className="button-row compact" role="group" aria-label="Notes">
        <button type="button" className="secondary" onClick={() => void download('md')}>
          Export notes (Markdown)
        </button>
        <button type="button" className="secondary" onClick={() => void download('w3c')}>
          Export notes (W3C)
        </button>
        {document.confidential && (
          <IncludeConfidential checked={includeConfidential} onChange={setIncludeConfidential} />
        )}
        <button type="button" className="secondary" onClick={chooseFile}>
          Import notes…
        </button>
      </div>
    ),
    menu: [
      { label: 'Export notes (Markdown)', onSelect: () => void download('md'), startsGroup: true },
      { label: 'Export notes (W3C)', onSelect: () => void download('w3c') },
      ...(document.confidential
        ? [
            {
              label: 'Include confidential notes in exports',
              checked: includeConfidential,
              onSelect: () => setIncludeConfidential(!includeConfidential),
            },
          ]
        : []),
      { label: 'Import notes…', onSelect: chooseFile },
    ],
    always: (
      <>
        <input
          ref={input}
          type="file"
          accept={NOTES_ACCEPT}
          hidden
          data-testid="import-notes-input"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
        <span role="status" className="muted">
          {message}
        </span>
      </>
    ),
  };
}
