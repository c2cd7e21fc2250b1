import guide from './guide.html?raw';
import { ShortcutTable } from '../reader/ShortcutsDialog';

/** The guide that comes with the app (renderer/help/guide.html): it works with no connection. */
export function HelpView() {
  return (
    <section className="view help-view" aria-labelledby="help-title">
      <h1 id="help-title">How to use Scrutineer</h1>
      {/* The app's own file, built in: no one else's words reach this page. */}
      <div className="guide" dangerouslySetInnerHTML={{ __html: guide }} />
      <ShortcutTable />
    </section>
  );
}
