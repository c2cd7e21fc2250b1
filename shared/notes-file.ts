/**
 * Notes exported to move to another laptop (W3C Web Annotation JSON) get their own
 * extension, so that the installers can register it and a double-click opens Scrutineer.
 * Plain .json and .jsonld files of the same content are still read on import.
 */
export const NOTES_FILE_EXTENSION = 'scrutineer-notes';
export const NOTES_FILE_EXTENSIONS_READ = [NOTES_FILE_EXTENSION, 'json', 'jsonld'] as const;
