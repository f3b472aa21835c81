/**
 * Check and build cannot disagree. Every piece of the safety matrix (tests/helpers/safety-matrix.ts:
 * eight constructs times five payload kinds, as essays and as posters) goes through `npm run check`'s
 * code, through the dev server's compiler (with the startup check off, so only the compiler judges),
 * and through `astro build`. The verdicts and the file:line:column of every finding must be the same,
 * no page served or built may carry active HTML, and no payload may ever run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { formatReport } from '../../src/lib/check/problem.ts';
import { freePort } from '../helpers/ports.ts';
import { type MatrixPiece, writeAttacks, writeSafetyMatrix } from '../helpers/safety-matrix.ts';
import { astroEnv, PROJECT_ROOT, runAstroBuild, TEST_DIR } from '../helpers/site.ts';

const CONTENT = path.join(TEST_DIR, 'safety-matrix', 'content');
const MARKERS = path.join(TEST_DIR, 'safety-matrix', 'markers');
const pieces = writeSafetyMatrix(CONTENT, MARKERS);
const relative = (file: string) => path.relative(PROJECT_ROOT, file);

/** A finding as `line:column rule`, the part of a report both sides must agree on. */
const FINDING = /^(\S+\.mdx):(\d+):(\d+) {2}(mdx\/\S+)/gm;

function findingsByFile(text: string): Map<string, string[]> {
  const found = new Map<string, Set<string>>();
  for (const [, file = '', line, column, rule] of text.matchAll(FINDING)) {
    found.set(file, (found.get(file) ?? new Set()).add(`${line}:${column} ${rule}`));
  }
  return new Map([...found].map(([file, set]) => [file, [...set].sort()]));
}

/** The line a piece's payload is on. */
function payloadLine(piece: MatrixPiece): number {
  const lines = readFileSync(piece.file, 'utf8').split('\n');
  return lines.findIndex((line) => line.includes(piece.marker) || /document\.title|javascript:/.test(line)) + 1;
}

/** Active HTML in a page's content: scripts, event handlers, script addresses. */
function activeHtml(html: string): string[] {
  const root = parse(html);
  const found: string[] = [];
  for (const element of root.querySelectorAll('article *')) {
    if (['script', 'iframe', 'object', 'embed', 'base', 'form'].includes(element.tagName.toLowerCase()))
      found.push(`<${element.tagName.toLowerCase()}>`);
    for (const [name, value] of Object.entries(element.attributes)) {
      if (/^on/i.test(name)) found.push(`${name}=`);
      if (/^\s*(javascript|vbscript|data):/i.test(value)) found.push(`${name}="${value}"`);
    }
  }
  return found;
}

let checkFindings: Map<string, string[]>;

beforeAll(async () => {
  const { problems } = await checkContent({ projectRoot: PROJECT_ROOT, contentDir: CONTENT });
  checkFindings = findingsByFile(formatReport(problems.filter((p) => p.rule.startsWith('mdx/'))));
});

describe('npm run check', () => {
  it('refuses every payload that would be code or active HTML, at the line it is on', () => {
    for (const piece of pieces) {
      const findings = checkFindings.get(relative(piece.file)) ?? [];
      for (const finding of findings)
        expect(finding.split(':')[0], `${piece.collection}/${piece.id}`).toBe(String(payloadLine(piece)));
    }
    // Every kind of payload is refused in every construct that reads it as MDX.
    const refused = (construct: string, kind: string) =>
      pieces.some((p) => p.construct === construct && p.kind === kind && checkFindings.has(relative(p.file)));
    for (const construct of ['footnote', 'table', 'nested-list', 'blockquote']) {
      for (const kind of ['expression', 'raw-element', 'event-handler', 'unsafe-url'])
        expect(refused(construct, kind), `${construct} × ${kind}`).toBe(true);
    }
    for (const construct of ['definition', 'image-alt', 'component-prop'])
      expect(refused(construct, 'unsafe-url'), `${construct} × unsafe-url`).toBe(true);
    expect(refused('component-prop', 'expression')).toBe(true);
  });
});

describe('npm run dev (the compiler alone, without the startup check)', () => {
  let dev: ChildProcess;
  let output = '';
  const served = new Map<string, { status: number; html: string }>();

  beforeAll(async () => {
    const port = await freePort();
    dev = spawn(
      process.execPath,
      [
        path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'),
        'dev',
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
      ],
      {
        cwd: PROJECT_ROOT,
        env: astroEnv({ IPL_CONTENT_DIR: CONTENT, IPL_CONTENT_CHECKED: '1' }),
      },
    );
    dev.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    dev.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 120_000;
    while (!/ready in/.test(output)) {
      if (Date.now() > deadline || dev.exitCode !== null) throw new Error(`The dev server did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // Two at a time: these machines have two cores.
    const queue = [...pieces];
    const fetchOne = async (): Promise<void> => {
      const piece = queue.shift();
      if (!piece) return;
      const response = await fetch(`http://127.0.0.1:${port}/${piece.collection}/${piece.id}/`);
      served.set(piece.file, { status: response.status, html: await response.text() });
      return fetchOne();
    };
    await Promise.all([fetchOne(), fetchOne()]);
  }, 600_000);

  afterAll(() => {
    dev?.kill();
  });

  it('refuses exactly what the check refuses, at the same file, line and column', () => {
    const devFindings = findingsByFile(output.slice(output.indexOf('ready in')));
    for (const piece of pieces) {
      const file = relative(piece.file);
      expect(devFindings.get(file) ?? [], `${piece.collection}/${piece.id}`).toEqual(checkFindings.get(file) ?? []);
      expect(served.get(piece.file)?.status, `${piece.collection}/${piece.id}`).toBe(
        checkFindings.has(file) ? 500 : 200,
      );
    }
  });

  it('serves no page with active HTML in its content', () => {
    for (const piece of pieces) {
      const page = served.get(piece.file);
      if (page?.status === 200) expect(activeHtml(page.html), `${piece.collection}/${piece.id}`).toEqual([]);
    }
  });
});

describe('npm run build', () => {
  const outDir = path.join(TEST_DIR, 'safety-matrix', 'dist');
  let result: ReturnType<typeof runAstroBuild>;

  beforeAll(() => {
    result = runAstroBuild(outDir, { IPL_CONTENT_DIR: CONTENT });
  });

  it('stops with the check’s own report, and no stack trace', () => {
    expect(result.status).not.toBe(0);
    const output = `${result.stdout}${result.stderr}`;
    expect(findingsByFile(output)).toEqual(checkFindings);
    expect(output).toContain('The content has problems; nothing was built.');
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toContain('unhandled error');
  });

  it('writes no page', () => {
    const pages = existsSync(outDir)
      ? readdirSync(outDir, { recursive: true }).filter((name) => String(name).endsWith('.html'))
      : [];
    expect(pages).toEqual([]);
  });
});

describe('attacks found by red-teaming', () => {
  const content = path.join(TEST_DIR, 'attacks', 'content');
  const marker = path.join(MARKERS, 'attack');
  const secret = `not-a-real-secret-${Date.now()}`;
  writeAttacks(content, marker);

  it('are all refused by the check, each for its own reason, and the build stops with the same report', async () => {
    const { problems } = await checkContent({ projectRoot: PROJECT_ROOT, contentDir: content });
    const found = (file: string) =>
      problems.filter((p) => p.file.endsWith(file) && p.severity === 'error').map((p) => p.rule);
    expect(found('essays/image-import.mdx')).toContain('mdx/local-image');
    expect(found('essays/file-read.mdx')).toContain('mdx/local-image');
    expect(found('essays/compiler-text.mdx')).toEqual(['mdx/compiler-text']);
    expect(found('essays/taken~.mdx')).toEqual(['content/file-name']);
    expect(found('essays/a#b.mdx')).toEqual(['content/file-name']);
    expect(found('essays/alias-bomb.mdx')).toEqual(['frontmatter/yaml-alias']);
    const result = runAstroBuild(path.join(TEST_DIR, 'attacks', 'dist'), {
      IPL_CONTENT_DIR: content,
      IPL_FAKE_SECRET: secret,
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).not.toBe(0);
    for (const p of problems.filter((q) => q.severity === 'error'))
      expect(output).toContain(`${p.file}:${p.line}:${p.column}  ${p.rule}`);
    // Nothing ran, and nothing from the machine was read into the output.
    expect(existsSync(marker)).toBe(false);
    expect(output).not.toContain(secret);
  });
});

afterAll(() => {
  // Whatever the verdicts, no payload may ever have run: in the check, the dev server or the build.
  expect(readdirSync(MARKERS)).toEqual([]);
});
