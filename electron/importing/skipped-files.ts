import type { SkippedFile } from '../../shared/domain';

const SKIP_REASONS: Record<SkippedFile['reason'], string> = {
  'symbolic-link': 'it is a shortcut (symbolic link) to somewhere else, so it was not imported.',
};

/** "Skipped: it is a shortcut…", for a file's line in an import's results. */
export function skippedMessage(reason: SkippedFile['reason']): string {
  return `Skipped: ${SKIP_REASONS[reason]}`;
}

/** "Skipped x.txt: it is a shortcut…", for a line of its own. */
export function skippedLine(file: SkippedFile): string {
  return `Skipped ${file.name}: ${SKIP_REASONS[file.reason]}`;
}
