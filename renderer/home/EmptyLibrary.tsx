import { useAppState, useHome } from '../app-context';
import { ImportButtons } from '../components/ImportButtons';
import { inElectron } from '../platform';

/** A first start: three ways in, each one click. */
export function EmptyLibrary() {
  const go = useAppState((s) => s.go);
  const importFiles = useAppState((s) => s.importFiles);
  const busy = useAppState((s) => s.importJob?.state === 'running');
  const sampleFiles = useHome((s) => s.sampleFiles);

  return (
    <div className="empty-state home-start">
      <h2>Your library is empty</h2>
      <p>
        Scrutineer keeps your committees’ papers on this computer, so you can read and make notes without a connection.
      </p>
      <ul className="start-options">
        <li>
          <h3>Add your council’s website</h3>
          <p>
            If your council publishes its meetings with ModernGov, Scrutineer fetches each new pack for the committees
            you follow.
          </p>
          <button type="button" onClick={() => go({ name: 'councils' })}>
            Add your council’s website
          </button>
        </li>
        <li>
          <h3>Import a pack</h3>
          <p>
            PDF, Word (.docx), web pages saved from the council’s website, and text files.{' '}
            {inElectron() ? (
              <>
                Choose <strong>File › Import pack…</strong> (<kbd>Ctrl</kbd>+<kbd>O</kbd>), the buttons below, or drag
                the files onto this window.
              </>
            ) : (
              <>Use the buttons below, or drag the files onto this page.</>
            )}
          </p>
          <ImportButtons />
        </li>
        <li>
          <h3>Try the app with a sample pack</h3>
          <p>
            An invented committee with a meeting in two weeks and the minutes of the last one, to see how the app works.
            It is written by Scrutineer itself, not taken from any council, and stays in your library as the “Sample
            Scrutiny Board”.
          </p>
          <button type="button" className="secondary" disabled={busy} onClick={() => void importFiles(sampleFiles())}>
            Open a sample pack
          </button>
        </li>
      </ul>
    </div>
  );
}
