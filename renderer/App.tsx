import { useEffect } from 'react';
import { useAppState } from './app-context';
import { LibraryView } from './views/LibraryView';

export function App() {
  const route = useAppState((s) => s.route);
  const go = useAppState((s) => s.go);
  const refreshMeetings = useAppState((s) => s.refreshMeetings);

  useEffect(() => {
    void refreshMeetings();
  }, [refreshMeetings]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="app-name">Scrutineer</span>
        <nav aria-label="Main">
          <button
            type="button"
            className="nav-link"
            aria-current={route.name === 'library' ? 'page' : undefined}
            onClick={() => go({ name: 'library' })}
          >
            Library
          </button>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <LibraryView />
      </main>
    </div>
  );
}
