// Validator throughput: generates N plan files (default 5,000) that reference shared courses,
// articles and a certification, then times validateRoot over them. Budget: ≥ 3,000 files/s.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { validateRoot } from '../src/content/validate.ts';

const FIXTURE = new URL('../tests/fixtures/minimal/', import.meta.url);

export function generatePlans(root: string, count: number): void {
  const template = readFileSync(new URL('plans/starter.yaml', FIXTURE), 'utf8');
  for (let n = 0; n < count; n++) {
    const plan = template
      .replace('title: Starter onboarding', `title: Onboarding for customer ${n}`)
      .replace('weight: 60', `weight: ${50 + (n % 20)}`)
      .replace('weight: 40', `weight: ${50 - (n % 20)}`)
      .replace('dueDay: 30', `dueDay: ${30 + (n % 60)}`);
    writeFileSync(join(root, 'plans', `customer-${String(n).padStart(5, '0')}.yaml`), plan);
  }
}

export function measureValidation(count: number) {
  const root = mkdtempSync(join(tmpdir(), 'milepost-bench-validate-'));
  try {
    cpSync(FIXTURE, root, { recursive: true });
    generatePlans(root, count);
    validateRoot(root); // warm up: module loading and JIT, as in a real run
    const started = performance.now();
    const result = validateRoot(root);
    const seconds = (performance.now() - started) / 1000;
    if (result.errors > 0) throw new Error(`generated content has ${result.errors} errors: ${result.diagnostics[0]?.message}`);
    return { files: result.fileCount, seconds, filesPerSecond: result.fileCount / seconds };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { files: { type: 'string', default: '5000' } } });
  const { files, seconds, filesPerSecond } = measureValidation(Number(values.files));
  console.log(`validated ${files} files in ${seconds.toFixed(2)} s: ${Math.round(filesPerSecond)} files/s (budget ≥ 3000) on ${cpus().length} × ${cpus()[0]?.model.trim()}`);
}
