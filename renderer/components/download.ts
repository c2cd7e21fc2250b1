/** Saves text as a file through the browser's (or Electron's) download. */
export function downloadText(fileName: string, mediaType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves bytes (a PDF, a Word document) as a file. */
export function downloadBytes(fileName: string, mediaType: string, data: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([data.slice()], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
