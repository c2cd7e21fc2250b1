import { create } from 'zustand';

/** Whether the Backups dialog is open: the library view and File › Backups… both open it. */
export const useBackupsDialog = create<{ open: boolean; show: () => void; hide: () => void }>()((set) => ({
  open: false,
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
}));
