import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stagingFolder } from '../../src/integration/staging.ts';

/** The pid of a process that has exited. */
const exitedPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('stagingFolder', () => {
  it('removes the folder a crashed build left behind', () => {
    const project = mkdtempSync(join(tmpdir(), 'milepost-staging-'));
    const crashed = join(project, '.milepost-build', `dist-${exitedPid()}`);
    mkdirSync(crashed, { recursive: true });
    stagingFolder(project);
    expect(existsSync(crashed)).toBe(false);
  });

  it('leaves alone a finished build that its parent process is still publishing', () => {
    const project = mkdtempSync(join(tmpdir(), 'milepost-staging-'));
    const handedOn = join(project, '.milepost-build', `dist-${exitedPid()}`);
    mkdirSync(handedOn, { recursive: true });
    writeFileSync(`${handedOn}.publisher`, String(process.pid)); // as handOn() writes it for its parent
    stagingFolder(project);
    expect(existsSync(handedOn)).toBe(true);
  });

  it('removes a publisher mark whose folder is gone', () => {
    const project = mkdtempSync(join(tmpdir(), 'milepost-staging-'));
    const mark = join(project, '.milepost-build', `dist-${exitedPid()}.publisher`);
    mkdirSync(join(project, '.milepost-build'), { recursive: true });
    writeFileSync(mark, String(exitedPid()));
    stagingFolder(project);
    expect(existsSync(mark)).toBe(false);
  });
});
