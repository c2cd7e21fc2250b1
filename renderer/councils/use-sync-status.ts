import { useCallback, useEffect, useRef, useState } from 'react';
import type { SyncJobStatus } from '../../shared/domain';
import { useApi, useAppState } from '../app-context';

const WHILE_RUNNING_MS = 500;
const WHILE_IDLE_MS = 30_000;

/**
 * The latest council-website sync (started here, by the schedule or by the menu), kept
 * fresh by polling; when one finishes, the library is reloaded to show what arrived.
 */
export function useSyncStatus() {
  const api = useApi();
  const refreshMeetings = useAppState((s) => s.refreshMeetings);
  const [job, setJob] = useState<SyncJobStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const lastState = useRef<string | null>(null);

  const check = useCallback(
    () =>
      api.latestSync({}).then(
        (latest) => {
          if (lastState.current === 'running' && latest && latest.state !== 'running') void refreshMeetings();
          lastState.current = latest?.state ?? null;
          setJob(latest);
        },
        // The next poll tries again; nothing the member needs to act on.
        () => undefined,
      ),
    [api, refreshMeetings],
  );

  useEffect(() => {
    void check();
    const timer = setInterval(() => void check(), job?.state === 'running' ? WHILE_RUNNING_MS : WHILE_IDLE_MS);
    return () => clearInterval(timer);
  }, [check, job?.state]);

  const start = useCallback(
    async (siteId?: number) => {
      setError(null);
      try {
        const started = await api.startSync(siteId ? { siteId } : {});
        lastState.current = 'running';
        setJob(started);
      } catch (e) {
        setError((e as Error).message);
      }
    },
    [api],
  );

  const cancel = useCallback(async () => {
    if (job) setJob(await api.cancelSync({ jobId: job.id }));
  }, [api, job]);

  return { job, error, start, cancel };
}
