/**
 * Components import only types from the view models in src/lib/routes: what a component shows is
 * shaped there (src/lib/routes/piece-page.ts for a piece page), and the component only places it.
 * The one exception is hrefs.ts, the site's single address builder, which is not a view model.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const COMPONENTS = path.join(ROOT, 'src/components');
const ROUTES = path.join(ROOT, 'src/lib/routes');
const ADDRESS_BUILDER = path.join(ROUTES, 'hrefs.ts');

/** Every `import … from '…'` in a source text: the imported names (as written) and the module. */
function imports(text: string): Array<{ clause: string; module: string }> {
  return [...text.matchAll(/^import\s+([^'";]*?)\s+from\s+['"]([^'"]+)['"]/gms)].map((m) => ({
    clause: m[1] ?? '',
    module: m[2] ?? '',
  }));
}

/** The value (not type) names an import clause brings in. */
function valueNames(clause: string): string[] {
  if (/^type\s/.test(clause)) return [];
  const named = /\{([^}]*)\}/.exec(clause)?.[1] ?? '';
  const outside = clause
    .replace(/\{[^}]*\}/, '')
    .replace(/,/g, ' ')
    .trim();
  const names = named
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('type '));
  return outside ? [outside, ...names] : names;
}

/** Imports of values from the view models, as "file: names from module". */
function valueImportsFromRoutes(file: string, text: string): string[] {
  return imports(text).flatMap(({ clause, module }) => {
    if (!module.startsWith('.')) return [];
    const target = path.resolve(path.dirname(file), module);
    if (!target.startsWith(`${ROUTES}${path.sep}`) || target === ADDRESS_BUILDER) return [];
    const names = valueNames(clause);
    return names.length > 0 ? [`${path.relative(ROOT, file)}: ${names.join(', ')} from ${module}`] : [];
  });
}

const files = readdirSync(COMPONENTS, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.(astro|ts)$/.test(name))
  .map((name) => path.join(COMPONENTS, name));

describe('components', () => {
  it('import only types from src/lib/routes (hrefs.ts, the address builder, aside)', () => {
    const found = files.flatMap((file) => valueImportsFromRoutes(file, readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });

  it('do read view-model types from src/lib/routes (so the scan above sees their imports)', () => {
    const typeImports = files.flatMap((file) =>
      imports(readFileSync(file, 'utf8')).filter(({ module }) =>
        path.resolve(path.dirname(file), module).startsWith(ROUTES),
      ),
    );
    expect(typeImports.length).toBeGreaterThan(5);
  });

  it('the scan catches a value import, and lets type imports and the address builder through', () => {
    const file = path.join(COMPONENTS, 'Example.astro');
    const text = [
      "import { kindLabel, type PieceCard } from '../lib/routes/pieces.ts';",
      "import type { Neighbours } from '../lib/routes/neighbours.ts';",
      "import { type PieceHead } from '../lib/routes/piece-head.ts';",
      "import { homeHref } from '../lib/routes/hrefs.ts';",
      "import {\n  STYLE_ORDER,\n} from '../lib/routes/rendered-references.ts';",
    ].join('\n');
    expect(valueImportsFromRoutes(file, text)).toEqual([
      'src/components/Example.astro: kindLabel from ../lib/routes/pieces.ts',
      'src/components/Example.astro: STYLE_ORDER from ../lib/routes/rendered-references.ts',
    ]);
  });
});
