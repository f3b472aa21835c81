// @ts-check
/**
 * Runs after `npm install`. npm itself runs on the machine's Node; when that is older than the
 * Node 22.12 Astro and Vitest ask for, npm prints a block of "Unsupported engine" warnings. They are
 * harmless here, and this says why, where the reader has just seen them. Plain JavaScript, so it runs
 * on any Node, even where the project's own Node 24 could not be installed.
 */
const userAgent = process.env.npm_config_user_agent ?? '';
const npmNode = /node\/v(\d+)\.(\d+)/.exec(userAgent);
const [major, minor] = npmNode ? [Number(npmNode[1]), Number(npmNode[2])] : [Number.POSITIVE_INFINITY, 0];
const ownMajor = Number(process.versions.node.split('.')[0]);
if (major < 22 || (major === 22 && minor < 12)) {
  const why =
    ownMajor >= 22
      ? [
          `They are harmless: this project installs its own Node ${process.versions.node} (the npm package "node"), and every`,
          'npm run and npx command uses it. See docs/toolchain.md.',
        ]
      : [
          'The project could not install its own Node (the npm package "node"), so the site will not build on',
          'this machine: install Node 22.12 or newer. See docs/toolchain.md.',
        ];
  console.log(
    [
      '',
      `Note: npm ran on Node ${major}.${minor}, so it printed "Unsupported engine" (EBADENGINE) warnings above.`,
      ...why,
      '',
    ].join('\n'),
  );
}
