/**
 * Only secure web links (https) leave the app, and they open in the system browser.
 * Everything else is refused: plain http (readable and changeable on the way),
 * file: and network shares (they run or open things on the computer), mailto:,
 * javascript: and any scheme another program has registered (ms-msdt:, smb:, …).
 * A link with a name or password in it is refused too: it can disguise where it goes.
 */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname !== '' && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

/** What the member is told when a link is not opened. */
export function refusedLinkMessage(url: string): string {
  const shown = url.length > 200 ? `${url.slice(0, 200)}…` : url;
  return (
    'Scrutineer opens only secure web addresses (starting https://) in your browser, so this link was not opened:\n' +
    `${shown}\n` +
    'If you trust it, copy the address into your browser yourself.'
  );
}
