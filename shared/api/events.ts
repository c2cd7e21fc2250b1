/** Messages the main process pushes to the renderer (Electron only). */
export interface AppEvents {
  /** The user chose files with File > Import pack...; the import is running as this job. */
  'import-started': { jobId: string };
  /** A menu command the renderer carries out. */
  'menu-command': { command: MenuCommand };
}

export type MenuCommand =
  'show-library' | 'show-backups' | 'show-councils' | 'show-device-sync' | 'show-tracker' | 'show-help';

export type AppEventName = keyof AppEvents;
export const APP_EVENT_NAMES: readonly AppEventName[] = ['import-started', 'menu-command'];

/** The object the preload exposes as `window.scrutineer`. */
export interface Bridge {
  invoke(method: string, input: unknown): Promise<unknown>;
  on<E extends AppEventName>(event: E, listener: (payload: AppEvents[E]) => void): () => void;
}

export const API_CHANNEL = 'scrutineer:api';
