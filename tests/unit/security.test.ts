// Issue 16, point 8: no user text is ever rendered as HTML, and the page's policy allows no inline or eval'd script.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Ways text becomes markup or code. */
const MARKUP_SINKS = /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(|createContextualFragment/;

describe('no user text is rendered as HTML', () => {
  it('no source file writes markup or runs text as code', () => {
    const offenders = sourceFiles('src').filter((path) => MARKUP_SINKS.test(readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('the Content-Security-Policy', () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((part) => {
    const [name = '', ...values] = part.trim().split(/\s+/);
    return [name, values] as const;
  }));

  it('lets scripts come only from the app itself: no inline script, no eval', () => {
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });

  it('connects nowhere but the app\'s own origin', () => {
    for (const name of ['connect-src', 'img-src', 'font-src', 'worker-src']) {
      for (const source of directives.get(name) ?? []) expect(["'self'", 'data:', 'blob:']).toContain(source);
    }
  });

  it('the page has no inline script for the policy to allow', () => {
    const html = readFileSync('index.html', 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attributes = '', body = ''] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body.trim()).toBe('');
    }
  });
});
