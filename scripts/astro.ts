/**
 * `npm run dev|build|preview|start` run Astro through this, so that Astro's anonymous usage data is
 * never collected or announced, on any platform (an environment variable set in package.json's script
 * line would not work in Windows' shell). Arguments pass through: `node scripts/astro.ts build`.
 */
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// astro's package exports do not include its bin file: import it by path, as npm's shim runs it.
await import(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url).href);
