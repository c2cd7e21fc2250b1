/** True inside the Electron app (its preload provides the bridge); false in the browser version. */
export function inElectron(): boolean {
  return typeof window !== 'undefined' && Boolean(window.scrutineer);
}
