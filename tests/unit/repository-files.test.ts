/**
 * The files that make contributing by pull request safe: CI that runs fork code with a read-only token
 * and no secrets, a deploy that publishes only what the checks pass, review ownership, licences and
 * the templates a contributor fills in.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
type Workflow = {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<
    string,
    {
      permissions?: Record<string, string>;
      steps: Array<{
        id?: string;
        uses?: string;
        run?: string;
        with?: Record<string, unknown>;
        env?: Record<string, string>;
      }>;
    }
  >;
};
const workflow = (name: string) => parse(read(`.github/workflows/${name}`)) as Workflow;

describe('every workflow', () => {
  const files = readdirSync(path.join(ROOT, '.github/workflows'));

  it.each(files)('%s: defaults to a read-only token, never uses pull_request_target or secrets', (file) => {
    const text = read(`.github/workflows/${file}`);
    const wf = workflow(file);
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(wf.on)).not.toContain('pull_request_target');
    expect(text).not.toMatch(/secrets\./);
    for (const job of Object.values(wf.jobs)) {
      for (const step of job.steps.filter((s) => s.uses?.startsWith('actions/checkout@'))) {
        expect(step.with?.['persist-credentials']).toBe(false);
      }
      // npm ci fails against this registry (docs/toolchain.md).
      for (const step of job.steps) expect(step.run ?? '').not.toMatch(/npm ci\b/);
    }
  });

  it.each(files)(
    '%s: pins every action to a full commit SHA, with its version beside it, and every image to a digest',
    (file) => {
      const lines = read(`.github/workflows/${file}`).split('\n');
      const uses = lines.filter((line) => /^\s*(- )?uses:/.test(line));
      expect(uses.length).toBeGreaterThan(0);
      for (const line of uses)
        expect(line, line.trim()).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
      for (const line of lines.filter((l) => /^\s*(container|image):/.test(l)))
        expect(line, line.trim()).toMatch(/@sha256:[0-9a-f]{64}$/);
    },
  );
});

describe('deploy.yml', () => {
  it('runs the whole check before it builds what it publishes', () => {
    const steps = workflow('deploy.yml').jobs.build?.steps.map((s) => s.run ?? '') ?? [];
    const check = steps.findIndex((run) => run.includes('npm run check'));
    const build = steps.findIndex((run) => run.includes('npm run build'));
    expect(check).toBeGreaterThan(-1);
    expect(check).toBeLessThan(build);
  });
});

describe('ci.yml', () => {
  const wf = workflow('ci.yml');
  const runs = Object.values(wf.jobs).flatMap((job) => job.steps.map((s) => s.run ?? ''));

  it('runs on pull requests', () => {
    expect(Object.keys(wf.on)).toContain('pull_request');
  });

  it('installs Chromium with apt, then npm install, check, test and build, in that order', () => {
    const order = ['apt-get install', 'npm install', 'npm run check', 'npm test', 'npm run build'].map((command) =>
      runs.findIndex((run) => run.includes(command)),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('grants no job any write permission', () => {
    for (const job of Object.values(wf.jobs)) expect(Object.values(job.permissions ?? {})).not.toContain('write');
  });
});

describe('deploy.yml', () => {
  const wf = workflow('deploy.yml');

  it('publishes from main only, building with the content checks', () => {
    expect(wf.on).toMatchObject({ push: { branches: ['main'] } });
    expect(Object.keys(wf.on)).not.toContain('pull_request');
    const runs = Object.values(wf.jobs).flatMap((job) => job.steps.map((s) => s.run ?? ''));
    expect(runs).toContain('npm run build');
  });

  it('builds for the address Pages publishes at, base path included (a project site lives under /<repo>/)', () => {
    const steps = wf.jobs.build?.steps ?? [];
    const pagesStep = steps.find((s) => s.uses?.startsWith('actions/configure-pages@'));
    const build = steps.find((s) => s.run === 'npm run build');
    expect(pagesStep).toMatchObject({ id: 'pages' });
    // base_url is the whole address (origin and path); origin alone would drop a project site's /<repo>/.
    expect(build?.env?.SITE_URL).toBe('${{ steps.pages.outputs.base_url }}');
  });

  it('gives Pages write access to the deploy job alone', () => {
    const writers = Object.entries(wf.jobs).filter(([, job]) => Object.values(job.permissions ?? {}).includes('write'));
    expect(writers.map(([name]) => name)).toEqual(['deploy']);
    expect(writers[0]?.[1].permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(writers[0]?.[1].steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
  });
});

it('dependabot updates npm packages and the workflows’ actions', () => {
  const config = parse(read('.github/dependabot.yml')) as { updates: Array<{ 'package-ecosystem': string }> };
  expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
});

describe('CODEOWNERS', () => {
  const rules = read('.github/CODEOWNERS')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.trim().split(/\s+/) as [string, ...string[]]);
  /** GitHub's rule: the last matching pattern wins. */
  const ownersOf = (file: string) =>
    rules
      .filter(([pattern]) => pattern === '*' || `/${file}`.startsWith(pattern))
      .at(-1)
      ?.slice(1);

  it.each([
    'content/essays/learning-to-learn-from-each-other.mdx',
    'content/posters/communities-of-practice-preceptorship.mdx',
    'content/references/busari_2017.yaml',
  ])('content reviewers review %s', (file) => {
    expect(ownersOf(file)).toEqual(['@ipl-library/content-reviewers']);
  });

  it.each([
    'src/lib/safety/mdast-safety.ts',
    'src/lib/markdown/pipeline.ts',
    'src/schemas/essay.ts',
    'src/lib/safety/allowed.ts',
    '.github/workflows/ci.yml',
    'package.json',
    'astro.config.mjs',
    'scripts/check.ts',
    'content/LICENSE',
    'src/pages/index.astro',
  ])('maintainers own %s', (file) => {
    expect(ownersOf(file)).toContain('@ipl-library/maintainers');
    expect(existsSync(path.join(ROOT, file))).toBe(true);
  });
});

describe('licences and templates', () => {
  it('states MIT for the code and CC BY 4.0 for the content', () => {
    expect(read('LICENSE')).toMatch(/^MIT License/);
    expect(read('content/LICENSE')).toContain('Creative Commons Attribution 4.0 International');
    expect(read('CONTRIBUTING.md')).toMatch(/CC BY 4\.0[\s\S]*MIT/);
  });

  it('asks every pull request to confirm the check, anonymisation, consent and licence', () => {
    const template = read('.github/PULL_REQUEST_TEMPLATE.md');
    for (const item of ['`npm run check` passes', '**Anonymised:**', '**Consent:**', '**Licence:**'])
      expect(template).toContain(`- [ ] ${item}`);
  });

  it('has issue forms to propose a piece and report a problem with one', () => {
    for (const file of ['propose-a-piece.yml', 'report-a-problem.yml']) {
      const form = parse(read(`.github/ISSUE_TEMPLATE/${file}`)) as {
        name: string;
        body: Array<{ type: string; id?: string }>;
      };
      expect(form.name.length).toBeGreaterThan(5);
      expect(form.body.filter((field) => field.type !== 'markdown').length).toBeGreaterThan(2);
    }
  });

  it('CONTRIBUTING.md documents every command and rule family it mentions', () => {
    const guide = read('CONTRIBUTING.md');
    for (const text of [
      'npm run new -- essay',
      '--model driscoll',
      'npm run check -- content/essays/',
      'anonymised: true',
      'reviewed-exceptions:',
      '<Aside',
    ])
      expect(guide).toContain(text);
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.new).toBe('node scripts/new-piece.ts');
    expect(scripts.check).toBe('node scripts/check.ts');
  });
});

describe('package.json and the lockfile', () => {
  const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
  const lock = JSON.parse(read('package-lock.json')) as {
    packages: Record<string, { optionalDependencies?: Record<string, string> }>;
  };

  it('holds every platform’s binary of every package that ships them, so an install on macOS or Windows changes nothing', () => {
    const missing: string[] = [];
    for (const [at, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        // npm places a dependency beside its dependent, or hoists it to the top.
        if (!lock.packages[`${at ? `${at}/` : ''}node_modules/${name}`] && !lock.packages[`node_modules/${name}`])
          missing.push(`${at || 'the project'} -> ${name}`);
      }
    }
    expect(missing).toEqual([]);
    const platforms = Object.keys(lock.packages).filter((name) => /(darwin|win32)/.test(name));
    expect(platforms.length).toBeGreaterThan(5);
  });

  it('starts Astro only through scripts/astro.ts, which turns telemetry off on every platform', () => {
    for (const [name, command] of Object.entries(pkg.scripts)) {
      expect(command, name).not.toMatch(/(^|&&\s*|\s)astro\s/);
    }
    expect(pkg.scripts.start).toBe('node scripts/astro.ts build && node scripts/astro.ts preview');
    expect(read('scripts/astro.ts')).toContain("process.env.ASTRO_TELEMETRY_DISABLED = '1'");
  });

  it('explains the engine warnings after an install by an older npm Node, and says nothing otherwise', () => {
    const note = (agent: string) =>
      spawnSync(process.execPath, [path.join(ROOT, 'scripts/install-note.mjs')], {
        encoding: 'utf8',
        env: { ...process.env, npm_config_user_agent: agent },
      }).stdout;
    expect(note('npm/11.19.1 node/v20.20.2 linux x64 workspaces/false')).toContain('npm ran on Node 20.20');
    expect(note('npm/11.19.1 node/v20.20.2 linux x64 workspaces/false')).toContain('They are harmless');
    expect(note('npm/11.19.1 node/v24.21.0 linux x64 workspaces/false')).toBe('');
  });
});
