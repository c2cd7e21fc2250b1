import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  loadWindowState,
  saveWindowState,
} from '../../electron/shell/window-state';
import { tempDir } from '../helpers/temp-library';

describe('the remembered window', () => {
  it('comes back at the size and place it was closed', () => {
    const file = path.join(tempDir(), 'window-state.json');
    saveWindowState(file, { x: 100, y: 50, width: 1000, height: 700, maximized: true });
    expect(loadWindowState(file)).toEqual({ x: 100, y: 50, width: 1000, height: 700, maximized: true });
  });

  it('falls back to the default when the saved state is missing or garbled', () => {
    const file = path.join(tempDir(), 'window-state.json');
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    fs.writeFileSync(file, '{"width": "huge"');
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('forgets a position on a screen that has been unplugged', () => {
    const screens = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    expect(fitToDisplays({ x: 3000, y: 100, width: 800, height: 600, maximized: false }, screens)).toEqual({
      width: 800,
      height: 600,
      maximized: false,
    });
    expect(fitToDisplays({ x: 10, y: 10, width: 800, height: 600, maximized: false }, screens).x).toBe(10);
  });
});
