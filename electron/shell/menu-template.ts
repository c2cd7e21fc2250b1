import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api/events';

export interface MenuActions {
  importPack(what: 'files' | 'folder'): void;
  command(command: MenuCommand): void;
  backUpNow(): void;
  restoreBackup(): void;
}

/** The application menu: File > Import pack..., View, Help, with the usual shortcuts. */
export function menuTemplate(actions: MenuActions, isMac: boolean): MenuItemConstructorOptions[] {
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Import pack…', accelerator: 'CmdOrCtrl+O', click: () => actions.importPack('files') },
        { label: 'Import a folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.importPack('folder') },
        { label: 'Papers from the council’s website…', click: () => actions.command('show-councils') },
        { type: 'separator' },
        { label: 'Back up now', click: () => actions.backUpNow() },
        { label: 'Restore from backup…', click: () => actions.restoreBackup() },
        { label: 'Backups…', click: () => actions.command('show-backups') },
        { label: 'Sync…', click: () => actions.command('show-device-sync') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'Exit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { label: 'Library', accelerator: 'CmdOrCtrl+L', click: () => actions.command('show-library') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      submenu: [{ label: 'How to use Scrutineer', click: () => actions.command('show-help') }],
    },
  ];
}
