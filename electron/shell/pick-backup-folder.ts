import { BrowserWindow, dialog } from 'electron';

/** The system's folder chooser, for where backups go: a USB stick, a network drive, a cloud-synced folder. */
export async function pickBackupFolder(): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: 'Where should backups go?',
    buttonLabel: 'Back up here',
    properties: ['openDirectory', 'createDirectory'],
  };
  const window = BrowserWindow.getFocusedWindow();
  const { canceled, filePaths } = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  return canceled ? null : (filePaths[0] ?? null);
}
