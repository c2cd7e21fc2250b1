import type { Api } from '../../shared/api/contract';
import type { FirstScreen } from '../stores/home-store';
import { createClient } from './client';
import { httpTransport, ipcTransport } from './transports';

const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? '';

/** The renderer's one client: IPC inside Electron, HTTP to the loopback host in a browser. */
export const api: Api = createClient(window.scrutineer ? ipcTransport(window.scrutineer) : httpTransport(token));

/**
 * The first screen's two questions, asked as soon as this module runs. main.tsx imports it before
 * React, so they go out while the rest of the app's script is still being run rather than after it:
 * the library answers while the page gets ready to draw.
 */
export const firstScreen: FirstScreen = {
  meetings: api.listMeetings({}),
  overview: api.homeOverview({}),
};
// Each store reports its own failure when it reads these; until then a refusal is not "unhandled".
for (const asked of [firstScreen.meetings, firstScreen.overview]) asked.catch(() => undefined);
