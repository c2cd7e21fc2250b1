import type { BrowserWindowConstructorOptions } from 'electron';

/** The scheme the renderer is served from inside Electron (never file://). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://scrutineer`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Options for the app window, kept free of Electron imports so a test can
 * check them: an isolated, sandboxed renderer with no Node access.
 */
export function secureWindowOptions(
  preloadPath: string,
  bounds: { x?: number; y?: number; width: number; height: number },
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Scrutineer',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      spellcheck: true,
    },
  };
}

/** The only page the window may show is the app itself. */
export function isAppUrl(url: string): boolean {
  try {
    return new URL(url).origin === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
  } catch {
    return false;
  }
}
