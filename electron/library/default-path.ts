import os from 'node:os';
import path from 'node:path';

export const LIBRARY_FILE_NAME = 'library.sqlite';

/**
 * Where the library lives when no --db or SCRUTINEER_DB is given: the same
 * folder Electron uses for the app's user data, so the app, the loopback host
 * and the command line share one library.
 */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Scrutineer');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Scrutineer');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Scrutineer');
}

export function resolveLibraryPath(dbOption: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return dbOption ?? env.SCRUTINEER_DB ?? path.join(defaultUserDataDir(env), LIBRARY_FILE_NAME);
}
