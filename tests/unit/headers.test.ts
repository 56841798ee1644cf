// `_headers`: one Content Security Policy for the whole site, merged from the pages' own.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagePolicy, SitePolicy, writeHeaders } from '../../src/integration/headers.ts';

const pageWith = (policy: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body></body></html>`;

describe('SitePolicy', () => {
  it('merges the sources of every page’s directives, each once', () => {
    const policy = new SitePolicy();
    policy.add(pagePolicy(pageWith("default-src 'self'; script-src 'self' 'sha256-aaa'")));
    policy.add(pagePolicy(pageWith("default-src 'self'; script-src 'self' 'sha256-bbb'; style-src 'self'")));
    policy.add(pagePolicy('<!doctype html><html><head></head><body>No policy here.</body></html>'));
    expect(policy.merged()).toBe("default-src 'self'; script-src 'self' 'sha256-aaa' 'sha256-bbb'; style-src 'self'");
  });

  it('has no policy when no page has one', () => {
    expect(new SitePolicy().merged()).toBeUndefined();
  });
});

describe('writeHeaders', () => {
  it('writes the policy for every path and marks the unlisted paths noindex after it', () => {
    const site = mkdtempSync(join(tmpdir(), 'milepost-headers-'));
    writeHeaders(site, "default-src 'self'", ['/customers/*']);
    const headers = readFileSync(join(site, '_headers'), 'utf8');
    expect(headers).toContain("/*\n  Content-Security-Policy: default-src 'self'\n");
    expect(headers.indexOf('/customers/*\n  X-Robots-Tag: noindex, nofollow')).toBeGreaterThan(headers.indexOf('/*\n'));
  });
});
