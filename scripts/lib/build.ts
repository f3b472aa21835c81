/**
 * `npm run build` in two processes. Astro builds the site first (content checks, pages, the publish
 * gate) with IPL_INDEX_AFTER_BUILD=1, which tells the search-index and offline integrations to leave
 * their step; once Astro's process has exited and its memory is free, this process indexes the pages
 * with Pagefind and writes the service worker, whose precache lists Pagefind's files. So Pagefind's
 * peak never adds to Astro's (a library of 5,000 essays needs both near their highest:
 * docs/benchmarks.md). A build started any other way (`astro build`, the tests' helpers) runs the same
 * steps inside Astro's own build, in the same order.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

/** The project root and output folder Astro will use, from the same arguments (`--root`, `--outDir`). */
export function buildFolders(args: readonly string[], cwd = process.cwd()): { root: string; outDir: string } {
  const value = (flag: string) => {
    const at = args.findIndex((arg) => arg === flag || arg.startsWith(`${flag}=`));
    if (at < 0) return undefined;
    const arg = args[at] ?? '';
    return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[at + 1];
  };
  const root = path.resolve(cwd, value('--root') ?? '.');
  return { root, outDir: path.resolve(root, value('--outDir') ?? 'dist') };
}

/** Run Astro's build, then the search index and the service worker; the exit code to end with. */
export async function runBuild(args: readonly string[]): Promise<number> {
  const astro = path.resolve(import.meta.dirname, '../../node_modules/astro/bin/astro.mjs');
  const code = await new Promise<number>((resolve) => {
    spawn(process.execPath, [astro, 'build', ...args], {
      stdio: 'inherit',
      env: { ...process.env, IPL_INDEX_AFTER_BUILD: '1' },
    }).on('exit', (exit, signal) => resolve(exit ?? (signal ? 1 : 0)));
  });
  if (code !== 0) return code;
  const { root, outDir } = buildFolders(args);
  // Content paths (the glossary the index adds) resolve from the project root, as astro.config.mjs sets it.
  process.env.IPL_PROJECT_ROOT ??= root;
  const { finishBuild } = await import('../../src/integrations/finish-build.ts');
  try {
    await finishBuild(outDir, (message) => console.log(`[ipl] ${message}`));
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
}
