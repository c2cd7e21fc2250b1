import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-library';

export function runCli(args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], { encoding: 'utf8' });
}

describe('the command line', () => {
  it('prints [] for the meetings of a new library file', () => {
    const db = path.join(tempDir(), 'empty.db');
    expect(JSON.parse(runCli(['meetings', '--json', '--db', db]))).toEqual([]);
  });

  it('tells a person how to use it', () => {
    expect(runCli(['--help'])).toMatch(/Usage: npm run --silent cli -- <command>/);
  });
});
