import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Bridge } from '../shared/api/events';
import { App } from './App';
import { AppProvider } from './app-context';
import { createClient } from './api/client';
import { httpTransport, ipcTransport } from './api/transports';
import { createAppStore } from './stores/app-store';
import { createHomeStore } from './stores/home-store';
// The styles of views loaded when first opened are loaded now, before the app's own: styles.css,
// last, wins where both say something, as when every view was in the first script.
import './components/menu-button.css';
import './reader/print.css';
import './reader/toolbar/reader-toolbar.css';
import './versions/versions.css';
import './styles.css';

declare global {
  interface Window {
    scrutineer?: Bridge;
  }
}

const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? '';
const api = createClient(window.scrutineer ? ipcTransport(window.scrutineer) : httpTransport(token));
const store = createAppStore(api);
const home = createHomeStore(api);
// The first screen's two questions go out now, before React has drawn anything.
void store.getState().loadFirstScreen();
void home.getState().loadFirst();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppProvider api={api} store={store} home={home}>
        <App />
      </AppProvider>
    </StrictMode>,
  );
}
