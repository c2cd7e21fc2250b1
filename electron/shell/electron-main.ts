import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import fs from 'node:fs/promises';
import path from 'node:path';
import { API_CHANNEL, type AppEventName, type AppEvents } from '../../shared/api/events';
import { startBackendThread, type BackendThread } from '../backend-thread/backend-thread';
import { readFilesForImport } from '../importing/read-files';
import { skippedLine } from '../importing/skipped-files';
import { LIBRARY_FILE_NAME } from '../library/default-path';
import { SECURITY_HEADERS } from '../security/content-security-policy';
import { isSafeExternalUrl, refusedLinkMessage } from '../security/external-links';
import { keepToOwner } from '../security/owner-only';
import { menuTemplate } from './menu-template';
import { startTrackerNotifications } from './tracker-notifications';
import { pickBackupFolder } from './pick-backup-folder';
import { safeStorageSecrets } from './safe-storage-secrets';
import { filesFromArgv, importOpenedFiles, OpenedFiles } from './opened-files';
import { backendWorkerPath, importWorkerPath } from './packaged-paths';
import { APP_ENTRY_URL, APP_SCHEME, isAppUrl, secureWindowOptions } from './secure-window-options';
import { fitToDisplays, loadWindowState, saveWindowState } from './window-state';

const rendererDir = path.join(__dirname, '..', 'renderer');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let backend: BackendThread | undefined;
let closed = false;
let mainWindow: BrowserWindow | undefined;
let rendererReady = false;
const openedFiles = new OpenedFiles();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  openedFiles.add(filesFromArgv(process.argv, { packaged: app.isPackaged, cwd: process.cwd() }));
  // macOS: a double-clicked notes file, possibly before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openedFiles.add([file]);
    void importOpened();
  });
  // Windows and Linux: a file opened while the app runs starts a second instance, which hands it here.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    openedFiles.add(filesFromArgv(argv, { packaged: app.isPackaged, cwd: workingDirectory }));
    void importOpened();
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    // The library thread closes the library (and releases it for other programs) before the app exits.
    if (!backend || closed) return;
    event.preventDefault();
    closed = true;
    void backend.close().finally(() => app.exit(0));
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail(error));
}

/** Opens the library in its own thread: this process forwards calls and never waits on SQL. */
async function start(): Promise<void> {
  // The window opens while the library opens in its thread: the page's first calls wait for the
  // library, not for the window. A library that cannot be opened ends the app with its reason.
  const opening = startBackendThread({
    script: backendWorkerPath(__dirname),
    options: {
      program: 'the Scrutineer app',
      dbOption: path.join(app.getPath('userData'), LIBRARY_FILE_NAME),
      importWorker: importWorkerPath(__dirname),
      dailyBackup: true,
      autoSync: true,
    },
    secrets: safeStorageSecrets,
  });
  opening.catch((error: unknown) => fail(error));
  const dispatch: BackendThread['dispatch'] = async (method, input) => (await opening).dispatch(method, input);
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.on('will-download', (_event, item) => keepDownloadToOwner(item));
  protocol.handle(APP_SCHEME, serveRendererFile);
  ipcMain.handle(API_CHANNEL, (event, method: unknown, input: unknown) => {
    if (!isAppUrl(event.senderFrame?.url ?? '') || typeof method !== 'string') {
      return { ok: false, error: { code: 'invalid-input', message: 'Refused: not from the app.' } };
    }
    // The folder chooser is a dialog of this process; the library thread only remembers the answer.
    if (method === 'pickBackupFolder') return pickBackupFolder().then((folder) => ({ ok: true, value: { folder } }));
    return dispatch(method, input);
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(
        {
          importPack: (what) => void importFromDialog(what),
          command: (command) => send('menu-command', { command }),
          backUpNow: () => void backUpNow(),
          restoreBackup: () => void restoreFromBackup(),
        },
        process.platform === 'darwin',
      ),
    ),
  );
  createWindow();
  try {
    backend = await opening;
  } catch {
    return;
  }
  // Files the system opened with Scrutineer while the library was opening.
  void importOpened();
  startTrackerNotifications(dispatch, () => {
    send('menu-command', { command: 'show-tracker' });
    BrowserWindow.getAllWindows()[0]?.focus();
  });
}

function createWindow(): void {
  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const state = fitToDisplays(
    loadWindowState(stateFile),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow(
    secureWindowOptions(path.join(__dirname, 'preload.cjs'), {
      x: state.x,
      y: state.y,
      width: state.width,
      height: state.height,
    }),
  );
  mainWindow = window;
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.webContents.on('did-finish-load', () => {
    rendererReady = true;
    void importOpened();
  });
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    saveWindowState(stateFile, { ...bounds, maximized: window.isMaximized() });
  });
  window.on('closed', () => {
    mainWindow = undefined;
    rendererReady = false;
  });
  void window.loadURL(APP_ENTRY_URL);
}

/** Serves the built renderer from app://scrutineer/, never from file://. */
async function serveRendererFile(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  let file: string;
  try {
    file = path.resolve(rendererDir, `.${decodeURIComponent(pathname)}`);
  } catch {
    return new Response('Bad address', { status: 400 });
  }
  if (!file.startsWith(rendererDir + path.sep)) return new Response('Not found', { status: 404 });
  try {
    const body = await fs.readFile(file);
    return new Response(body, { headers: { ...SECURITY_HEADERS, 'Content-Type': contentType(file) } });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

function contentType(file: string): string {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.mjs': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff2': 'font/woff2',
  };
  return types[path.extname(file)] ?? 'application/octet-stream';
}

/** No navigation away from the app, no new windows, no webviews; https links go to the browser. */
function lockDown(contents: Electron.WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openLink(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openLink(url);
    return { action: 'deny' };
  });
}

function openLink(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
  else if (mainWindow)
    void dialog.showMessageBox(mainWindow, { message: 'Link not opened', detail: refusedLinkMessage(url) });
}

/** Exports (notes, briefs, reports) are saved by Chromium's download, whose files follow the umask. */
function keepDownloadToOwner(item: Electron.DownloadItem): void {
  item.once('done', (_event, state) => {
    if (state !== 'completed') return;
    try {
      keepToOwner(item.getSavePath());
    } catch (error) {
      console.error(`Could not make ${item.getSavePath()} private: ${(error as Error).message}`);
    }
  });
}

function send<E extends AppEventName>(event: E, payload: AppEvents[E]): void {
  mainWindow?.webContents.send(event, payload);
}

async function importFromDialog(what: 'files' | 'folder'): Promise<void> {
  if (!mainWindow) return;
  // Readers start while the member chooses, so the first paper is read at once.
  void backend?.dispatch('prepareImport', {});
  const { canceled, filePaths } = await dialog.showOpenDialog(mainWindow, {
    title: what === 'folder' ? 'Import a folder of meeting papers' : 'Import meeting pack',
    buttonLabel: 'Import',
    properties: what === 'folder' ? ['openDirectory'] : ['openFile', 'multiSelections'],
    filters: [
      { name: 'Meeting papers', extensions: ['pdf', 'docx', 'htm', 'html', 'txt', 'md'] },
      { name: 'All files', extensions: ['*'] },
    ],
  });
  if (canceled || filePaths.length === 0 || !backend) return;
  let chosen;
  try {
    chosen = readFilesForImport(filePaths);
    if (chosen.files.length === 0) {
      throw new Error([...chosen.skipped.map(skippedLine), 'There are no files in that folder.'].join('\n'));
    }
  } catch (error) {
    dialog.showErrorBox('Import pack', (error as Error).message);
    return;
  }
  const { files, skipped } = chosen;
  const result = await backend.dispatch('startImport', { files, ...(skipped.length ? { skipped } : {}) });
  if (result.ok) send('import-started', result.value as AppEvents['import-started']);
  else dialog.showErrorBox('Import pack', result.error.message);
}

/** Imports files the system opened with Scrutineer, once the window can show the import. */
async function importOpened(): Promise<void> {
  if (!backend || !mainWindow || !rendererReady) return;
  const files = openedFiles.take();
  if (files.length === 0) return;
  const outcome = await importOpenedFiles(files, backend.dispatch);
  if (outcome.job) send('import-started', { jobId: outcome.job.id });
  if (outcome.problems.length > 0) dialog.showErrorBox('Open with Scrutineer', outcome.problems.join('\n'));
  if (outcome.notes.length > 0) {
    await dialog.showMessageBox(mainWindow, { message: 'Notes imported', detail: outcome.notes.join('\n') });
  }
}

async function backUpNow(): Promise<void> {
  if (!backend) return;
  const result = await backend.dispatch('backUpNow', {});
  if (result.ok) {
    await dialog.showMessageBox({
      message: 'Backed up',
      detail: `Your library was copied to ${(result.value as { file: string }).file}.`,
    });
  } else {
    dialog.showErrorBox('Back up now', result.error.message);
  }
}

/** Restores into a checked copy first, keeps the current library beside it, then restarts. */
async function restoreFromBackup(): Promise<void> {
  if (!backend || !mainWindow) return;
  const { canceled, filePaths } = await dialog.showOpenDialog(mainWindow, {
    title: 'Restore from backup',
    defaultPath: (await backupFolderNow()) ?? backend.backupFolder,
    properties: ['openFile'],
    filters: [{ name: 'Scrutineer backups', extensions: ['sqlite'] }],
  });
  const chosen = filePaths[0];
  if (canceled || !chosen) return;
  closed = true;
  try {
    // The library thread closes the library, then checks the backup and puts it in place.
    await backend.close({ restoreFrom: chosen });
  } catch (error) {
    dialog.showErrorBox('Restore from backup', (error as Error).message);
  }
  app.relaunch();
  app.exit(0);
}

/** Where backups go now (a chosen folder, or beside the library), as the library thread says. */
async function backupFolderNow(): Promise<string | null> {
  const settings = await backend?.dispatch('getBackupSettings', {});
  return settings?.ok ? (settings.value as { folder: string | null }).folder : null;
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Scrutineer could not start', message);
  app.exit(1);
}
