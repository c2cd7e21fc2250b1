import type { ReactNode } from 'react';
import type { MenuEntry } from '../../components/MenuButton';

/**
 * One tool of the reader's toolbar, in both its layouts: `inline` in the row of a wide
 * window, `menu` as items of the Tools menu when the window is narrow (a small laptop,
 * or zoomed in). `always` shows in either (status lines, hidden file inputs).
 */
export interface ReaderTool {
  id: string;
  inline: ReactNode;
  menu: MenuEntry[];
  always?: ReactNode;
}
