import { useEffect, useState } from 'react';
import type { LibraryHealth } from '../../shared/domain';
import { useApi } from '../app-context';
import { inElectron } from '../platform';

const CHECK_AGAIN_MS = 30_000;

/**
 * A large library is checked whole in the background after it opens; if that check
 * finds damage, the member is told at once what to do, wherever they are in the app.
 */
export function LibraryHealthBanner() {
  const api = useApi();
  const [health, setHealth] = useState<LibraryHealth | null>(null);
  const settled = health?.state === 'sound' || health?.state === 'damaged';

  useEffect(() => {
    if (settled) return;
    const check = () => void api.libraryHealth({}).then(setHealth, () => undefined);
    check();
    const timer = setInterval(check, CHECK_AGAIN_MS);
    return () => clearInterval(timer);
  }, [api, settled]);

  if (health?.state !== 'damaged') return null;
  const restoreHint = inElectron()
    ? 'choose File › Restore from backup…, or Backups… in the library.'
    : 'choose Backups… in the library, then Restore.';
  return (
    <section className="library-damaged" role="alert" aria-label="Library file damaged">
      <h2>The library file is damaged</h2>
      <p>{health.message}</p>
      <p>Your notes are safest in a backup: {restoreHint}</p>
    </section>
  );
}
