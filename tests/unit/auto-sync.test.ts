import { afterEach, describe, expect, it, vi } from 'vitest';
import { startAutoSync } from '../../electron/moderngov/auto-sync';
import type { CouncilSync } from '../../electron/moderngov/council-sync';

function councils(followed: boolean) {
  const starts: number[] = [];
  const sync = {
    hasFollowedCommittees: () => followed,
    start: () => {
      starts.push(Date.now());
      return {};
    },
  } as unknown as CouncilSync;
  return { sync, starts };
}

describe('automatic sync', () => {
  afterEach(() => vi.useRealTimers());

  it('syncs soon after start when committees were already followed, then every three hours', () => {
    vi.useFakeTimers();
    const { sync, starts } = councils(true);
    const auto = startAutoSync(sync);
    vi.advanceTimersByTime(14_000);
    expect(starts).toHaveLength(0);
    vi.advanceTimersByTime(2_000);
    expect(starts).toHaveLength(1);
    vi.advanceTimersByTime(3 * 60 * 60 * 1000);
    expect(starts).toHaveLength(2);
    auto.stop();
    vi.advanceTimersByTime(6 * 60 * 60 * 1000);
    expect(starts).toHaveLength(2);
  });

  it('does nothing at start for a member who follows no committee yet', () => {
    vi.useFakeTimers();
    const { sync, starts } = councils(false);
    const auto = startAutoSync(sync);
    vi.advanceTimersByTime(4 * 60 * 60 * 1000);
    expect(starts).toHaveLength(0);
    auto.stop();
  });
});
