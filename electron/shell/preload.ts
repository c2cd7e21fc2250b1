import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_CHANNEL, APP_EVENT_NAMES, type AppEventName, type AppEvents, type Bridge } from '../../shared/api/events';

/** A narrow, frozen bridge: one way to call the API, one way to listen. Never raw ipcRenderer. */
const bridge: Bridge = Object.freeze({
  invoke: (method: string, input: unknown) => ipcRenderer.invoke(API_CHANNEL, method, input),
  on<E extends AppEventName>(event: E, listener: (payload: AppEvents[E]) => void) {
    if (!APP_EVENT_NAMES.includes(event)) throw new Error(`Unknown event ${event}`);
    const wrapped = (_event: IpcRendererEvent, payload: AppEvents[E]) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
});

contextBridge.exposeInMainWorld('scrutineer', bridge);
