import { useCallback, useEffect, useState } from 'react';
import type { CouncilSite } from '../../shared/domain';
import { useApi } from '../app-context';
import { AddCouncilForm } from './AddCouncilForm';
import { CouncilCard } from './CouncilCard';
import { SyncNotice } from './SyncNotice';
import { useSyncStatus } from './use-sync-status';

/** Papers straight from the council: add its website, tick committees, sync. */
export function CouncilsView() {
  const api = useApi();
  const [sites, setSites] = useState<CouncilSite[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const sync = useSyncStatus();
  const syncing = sync.job?.state === 'running';

  const reload = useCallback(
    () => api.listCouncils({}).then(setSites, (e: unknown) => setLoadError((e as Error).message)),
    [api],
  );

  useEffect(() => {
    void reload();
  }, [reload, sync.job?.state]);

  const replace = (site: CouncilSite) =>
    setSites((all) => (all ? [...all.filter((s) => s.id !== site.id), site] : [site]));

  return (
    <div className="councils-view">
      <h1>Council website</h1>
      <p className="intro">
        Scrutineer downloads the agendas, reports, supplements and minutes of the committees you follow from your
        council’s committee website (ModernGov), and keeps them for reading offline. Restricted papers are listed but
        never downloaded.
      </p>
      {loadError && (
        <p role="alert" className="error">
          {loadError}
        </p>
      )}
      {sync.error && (
        <p role="alert" className="error">
          {sync.error}
        </p>
      )}
      <SyncNotice job={sync.job} onCancel={() => void sync.cancel()} />
      {sites?.map((site) => (
        <CouncilCard
          key={site.id}
          site={site}
          onChanged={replace}
          onSync={() => void sync.start(site.id)}
          syncing={syncing}
        />
      ))}
      {sites !== null && (
        <section className="council-add" aria-label="Add a council website">
          {sites.length > 0 && <h2>Add another council</h2>}
          <AddCouncilForm onAdded={replace} />
        </section>
      )}
    </div>
  );
}
