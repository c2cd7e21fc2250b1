import { useId, useState } from 'react';
import type { CouncilSite } from '../../shared/domain';
import { useApi } from '../app-context';
import { ErrorMessage } from '../components/ErrorMessage';
import { UkDateField } from '../components/UkDateField';

/** One council website: the committees to follow, from when, and Sync now. */
export function CouncilCard({
  site,
  onChanged,
  onSync,
  syncing,
}: {
  site: CouncilSite;
  onChanged: (site: CouncilSite) => void;
  onSync: () => void;
  syncing: boolean;
}) {
  const api = useApi();
  const id = useId();
  const [showExpired, setShowExpired] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = site.committees.filter((c) => !c.expired || c.followed);
  const expired = site.committees.filter((c) => c.expired && !c.followed);
  const shown = showExpired ? [...current, ...expired] : current;
  const following = site.committees.filter((c) => c.followed).length;

  // A ticked box shows ticked at once; the saved state replaces it when the library answers.
  const [ticking, setTicking] = useState<Map<number, boolean>>(new Map());
  const change = async (action: () => Promise<CouncilSite>) => {
    setError(null);
    try {
      onChanged(await action());
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const follow = async (committeeId: number, followed: boolean) => {
    setTicking((all) => new Map(all).set(committeeId, followed));
    await change(() => api.followCommittee({ siteId: site.id, committeeId, follow: followed }));
    setTicking((all) => {
      const next = new Map(all);
      next.delete(committeeId);
      return next;
    });
  };

  return (
    <section className="council-card" aria-labelledby={`${id}-name`}>
      <h2 id={`${id}-name`}>{site.name}</h2>
      <p className="council-url">{site.url}</p>
      <fieldset>
        <legend>Committees you follow</legend>
        <ul className="committee-list">
          {shown.map((c) => (
            <li key={c.id}>
              <label>
                <input
                  type="checkbox"
                  checked={ticking.get(c.id) ?? c.followed}
                  onChange={(e) => void follow(c.id, e.target.checked)}
                />{' '}
                {c.title}
                {c.expired && <span className="muted"> (no longer meets)</span>}
              </label>
            </li>
          ))}
        </ul>
        {expired.length > 0 && (
          <label className="show-expired">
            <input type="checkbox" checked={showExpired} onChange={(e) => setShowExpired(e.target.checked)} /> Show{' '}
            {expired.length === 1
              ? '1 committee that no longer meets'
              : `${expired.length} committees that no longer meet`}
          </label>
        )}
      </fieldset>
      <div className="council-since">
        <UkDateField
          id={`${id}-since`}
          label="Download meetings from"
          required
          value={site.since}
          onChange={(since) => {
            if (since) void change(() => api.setCouncilSince({ siteId: site.id, since }));
          }}
        />
      </div>
      <p className="council-last-sync" aria-live="polite">
        {site.lastSyncAt
          ? `Last sync ${new Date(site.lastSyncAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}: ${site.lastSyncMessage ?? ''}`
          : 'Not synced yet.'}
      </p>
      <ErrorMessage error={error} />
      <button type="button" onClick={onSync} disabled={syncing || following === 0}>
        {syncing ? 'Syncing…' : 'Sync now'}
      </button>
      {following === 0 && <p className="hint">Tick the committees you sit on or follow, then choose Sync now.</p>}
    </section>
  );
}
