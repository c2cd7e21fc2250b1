import { safeStorage } from 'electron';
import type { SecretStore } from '../sync/secret-store';

/** The sync password sealed by the OS secure storage (Keychain, DPAPI, libsecret). */
export const safeStorageSecrets: SecretStore = {
  canKeep: () => safeStorage.isEncryptionAvailable(),
  seal: (text) => safeStorage.encryptString(text),
  open: (sealed) => safeStorage.decryptString(sealed),
};
