import { create } from 'zustand';
import type { ChangedOnTwoDevices, DeviceSyncStatus } from '../../shared/device-sync';

interface DeviceSyncState {
  /** Whether the Sync… dialog is open: the library, the status line and File › Sync… open it. */
  open: boolean;
  show: () => void;
  hide: () => void;
  /** The latest status from the main process; null until the first answer. */
  status: DeviceSyncStatus | null;
  setStatus: (status: DeviceSyncStatus) => void;
  /** Notes and questions changed on two devices, waiting for the member's choice. */
  conflicts: ChangedOnTwoDevices[];
  setConflicts: (conflicts: ChangedOnTwoDevices[]) => void;
}

/** Sync with the member's other devices, as the status line, the dialog and the reader see it. */
export const useDeviceSync = create<DeviceSyncState>()((set) => ({
  open: false,
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
  status: null,
  setStatus: (status) => set({ status }),
  conflicts: [],
  setConflicts: (conflicts) => set({ conflicts }),
}));
