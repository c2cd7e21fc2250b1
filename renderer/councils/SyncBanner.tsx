import { SyncNotice } from './SyncNotice';
import { useSyncStatus } from './use-sync-status';

/** Outside the council screen: what an automatic sync brought, quietly. */
export function SyncBanner() {
  const sync = useSyncStatus();
  return <SyncNotice job={sync.job} onCancel={() => void sync.cancel()} />;
}
