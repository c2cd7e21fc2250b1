/**
 * Where the sync password is kept. In the app it is sealed by the OS secure storage
 * (Electron's safeStorage, injected from electron/shell/); the command line and the
 * loopback host keep it only while they run.
 */
export interface SecretStore {
  /** Whether a password can be kept safely on this device. */
  canKeep(): boolean;
  seal(text: string): Buffer;
  open(sealed: Buffer): string;
}

export const keepNothing: SecretStore = {
  canKeep: () => false,
  seal: () => {
    throw new Error('This device cannot keep a password safely.');
  },
  open: () => {
    throw new Error('This device cannot keep a password safely.');
  },
};
