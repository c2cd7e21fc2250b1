import { SyncProblem } from './sync-problem';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Loopback addresses may use plain http (a council test site on this computer); nothing else may. */
export function isLoopback(url: URL): boolean {
  return LOOPBACK.has(url.hostname);
}

/**
 * The site's root from whatever the member typed: "democracy.coventry.gov.uk",
 * "http://…/mgListCommittees.aspx" and "https://…/" all give "https://democracy.coventry.gov.uk".
 */
export function siteRoot(typed: string): string {
  const text = typed.trim();
  if (!text) throw new SyncProblem('bad-address', 'Type the address of your council’s committee website.');
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    throw new SyncProblem(
      'bad-address',
      `“${text}” is not a web address. It usually looks like democracy.yourcouncil.gov.uk.`,
    );
  }
  if (url.protocol === 'http:' && !isLoopback(url)) url.protocol = 'https:';
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SyncProblem('bad-address', 'Only web addresses (https://…) can be used.');
  }
  if (url.username || url.password) {
    throw new SyncProblem('bad-address', 'The address must not contain a user name or password.');
  }
  return url.origin;
}

/**
 * A link the site gave us, made absolute and checked: it must be on the council's own
 * site (the same host), and http is upgraded to https except on this computer.
 */
export function onSite(root: string, link: string): URL {
  const base = new URL(root);
  let url: URL;
  try {
    url = new URL(link.trim(), `${root}/`);
  } catch {
    throw new SyncProblem('off-site', `The council’s website gave a link that is not a web address (${link}).`);
  }
  if (url.protocol === 'http:' && !isLoopback(url)) url.protocol = 'https:';
  if (url.host !== base.host || url.protocol !== base.protocol) {
    throw new SyncProblem(
      'off-site',
      `A paper is kept on another website (${url.host}); Scrutineer only downloads from ${base.host}. Import it by hand if you trust it.`,
    );
  }
  return url;
}
