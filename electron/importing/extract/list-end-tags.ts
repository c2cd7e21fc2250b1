const LIST_TAG = /<(\/?)(ol|ul)\b[^>]*>/gi;

/**
 * A list closed with the other list's end tag (`<ol> … </ul>`), as hand-written
 * council pages do, closes the list that is open. Browsers ignore such a tag, so
 * every item after it falls into the inner list and the page's later items lose
 * their numbers.
 */
export function closeListsAsOpened(html: string): string {
  const open: string[] = [];
  return html.replace(LIST_TAG, (tag, slash: string, name: string) => {
    const kind = name.toLowerCase();
    if (!slash) {
      open.push(kind);
      return tag;
    }
    const innermost = open.pop();
    return innermost === undefined || innermost === kind ? tag : `</${innermost}>`;
  });
}
