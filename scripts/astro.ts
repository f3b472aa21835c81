/**
 * `npm run dev|build|preview|start` run Astro through this, so that Astro's anonymous usage data is
 * never collected or announced, on any platform (an environment variable set in package.json's script
 * line would not work in Windows' shell). Arguments pass through: `node scripts/astro.ts build`.
 * A build runs in two processes, Astro's and then the search index's (scripts/lib/build.ts).
 */
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const [command, ...rest] = process.argv.slice(2);
if (command === 'build') {
  const { runBuild } = await import('./lib/build.ts');
  process.exitCode = await runBuild(rest);
} else {
  // astro's package exports do not include its bin file: import it by path, as npm's shim runs it.
  await import(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url).href);
}
