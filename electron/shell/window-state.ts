import fs from 'node:fs';
import { z } from 'zod';
import { writeOwnerOnlyFile } from '../security/owner-only';

const WindowState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof WindowState>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1200, height: 800, maximized: false };

/** Reads the remembered window size and position; anything unreadable gives the default. */
export function loadWindowState(file: string): WindowState {
  try {
    return WindowState.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export function saveWindowState(file: string, state: WindowState): void {
  const temporary = `${file}.tmp`;
  writeOwnerOnlyFile(temporary, JSON.stringify(state));
  fs.renameSync(temporary, file);
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Keeps a remembered position only if it is still on one of the screens. */
export function fitToDisplays(state: WindowState, workAreas: Rect[]): WindowState {
  if (state.x === undefined || state.y === undefined) return state;
  const { x, y } = state;
  const visible = workAreas.some((a) => x >= a.x && y >= a.y && x + 100 <= a.x + a.width && y + 50 <= a.y + a.height);
  return visible ? state : { width: state.width, height: state.height, maximized: state.maximized };
}
