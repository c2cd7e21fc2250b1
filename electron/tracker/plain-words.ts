/** Minutes' words as the tracker's rules read them: lower case, straight quotes, plain hyphens, single spaces. */
export function plainWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
