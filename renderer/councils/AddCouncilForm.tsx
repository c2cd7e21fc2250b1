import { useId, useState, type FormEvent } from 'react';
import type { CouncilSite } from '../../shared/domain';
import { useApi } from '../app-context';

/** The member types their council's committee website once. */
export function AddCouncilForm({ onAdded }: { onAdded: (site: CouncilSite) => void }) {
  const api = useApi();
  const id = useId();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onAdded(await api.addCouncil({ url }));
      setUrl('');
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="add-council" onSubmit={(e) => void submit(e)} aria-busy={busy}>
      <label htmlFor={`${id}-url`}>Your council’s committee website</label>
      <p className="hint" id={`${id}-hint`}>
        For example democracy.coventry.gov.uk or yourcouncil.moderngov.co.uk
      </p>
      <div className="add-council-row">
        <input
          id={`${id}-url`}
          type="text"
          inputMode="url"
          autoComplete="url"
          value={url}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setUrl(e.target.value)}
        />
        <button type="submit" disabled={busy || !url.trim()}>
          {busy ? 'Checking…' : 'Add council'}
        </button>
      </div>
      {error && (
        <p role="alert" className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </form>
  );
}
