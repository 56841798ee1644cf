// Every temporary folder a test run makes (content roots, built sites, build caches) is made in
// one folder of the run's own, removed when the run ends: the suites made about 400 such folders
// in the system's temporary folder a run, a built site 25 MB of them, and left them all behind
// (4.2 GB after a few days of runs on a developer's machine). The test workers and the builds they
// start take the folder from TMPDIR, which os.tmpdir() reads.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const folder = mkdtempSync(join(tmpdir(), 'milepost-test-run-'));
  process.env.TMPDIR = folder;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(folder, { recursive: true, force: true });
  };
}
