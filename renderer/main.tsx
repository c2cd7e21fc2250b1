// First of all the app's modules: it asks the first screen's questions while the rest is still being run.
import { api, firstScreen } from './api/first-screen';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Bridge } from '../shared/api/events';
import { App } from './App';
import { AppProvider } from './app-context';
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

const store = createAppStore(api, firstScreen.meetings);
const home = createHomeStore(api, firstScreen);
// Shown as soon as they are answered, whether or not React has drawn yet.
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
