/**
 * `npm run ref:add -- <file.bib|file.ris|file.json> [--dry-run]`: add the works in a reference
 * manager's export to content/references/<key>.yaml, one file per work. Works already in the library
 * (same DOI, compared case-insensitively) and works that fail the reference schema are refused, each
 * with the reason; a journal article without its abbreviation is added with a warning (or takes the
 * abbreviation the library already gives its journal). Exits 1 when anything was refused.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  type ExistingReference,
  importFormatOf,
  parseExport,
  planImport,
} from '../src/lib/citations/import-references.ts';
import { contentRoot } from '../src/lib/content/paths.ts';
import { referenceYaml } from '../src/lib/citations/reference-yaml.ts';
import { normaliseDoi } from '../src/lib/identifiers.ts';

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
// npm runs scripts from the project root; INIT_CWD is where the user typed the command.
const invokedFrom = process.env.INIT_CWD ?? process.cwd();
const files = args.filter((a) => !a.startsWith('--')).map((a) => path.resolve(invokedFrom, a));
if (files.length === 0) {
  console.error('Usage: npm run ref:add -- <file.bib|file.ris|file.json> [--dry-run]');
  process.exit(2);
}

const dir = path.join(contentRoot(), 'references');
const display = (file: string) => path.relative(invokedFrom, file);

function existingReferences(): ExistingReference[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => {
      const reference: ExistingReference = { id: name.slice(0, -'.yaml'.length) };
      try {
        const data = parse(readFileSync(path.join(dir, name), 'utf8')) as Record<string, unknown> | null;
        const text = (key: string) => (typeof data?.[key] === 'string' ? (data[key] as string) : undefined);
        if (text('DOI')) reference.doi = normaliseDoi(text('DOI') ?? '');
        Object.assign(reference, {
          journal: text('container-title'),
          journalShort: text('container-title-short'),
          issn: text('ISSN'),
        });
      } catch {
        // An unreadable file is the content checks' business; its key still counts as taken.
      }
      return reference;
    });
}

let refusedCount = 0;
for (const file of files) {
  const format = importFormatOf(file);
  if (!format) {
    console.error(`${display(file)}: not a .bib, .ris or .json file`);
    refusedCount++;
    continue;
  }
  let items: Array<Record<string, unknown>>;
  try {
    items = parseExport(readFileSync(file, 'utf8'), format);
  } catch (error) {
    console.error(
      `${display(file)}: could not be read as ${format}: ${error instanceof Error ? error.message : String(error)}`,
    );
    refusedCount++;
    continue;
  }
  if (items.length === 0) console.error(`${display(file)}: no works found`);
  const { accepted, refused } = planImport(items, existingReferences());
  for (const { id, fields, notes } of accepted) {
    const target = path.join(dir, `${id}.yaml`);
    if (!dryRun) writeFileSync(target, referenceYaml(fields));
    console.log(`${dryRun ? 'Would add' : 'Added'} ${display(target)}  cite it as [@${id}]`);
    for (const note of notes) console.warn(`${display(target)}: warning: ${note}`);
  }
  for (const { label, reason } of refused) console.error(`${display(file)}: refused ${label}: ${reason}`);
  refusedCount += refused.length;
}
process.exitCode = refusedCount > 0 ? 1 : 0;
