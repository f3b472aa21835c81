/** The library's essays and posters as written (front matter parsed from the files), for built-site tests to compare against. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSource } from '../../src/lib/content/source-file.ts';
import { PROJECT_ROOT } from './site.ts';

export interface SourcePiece {
  kind: 'essays' | 'posters';
  id: string;
  href: string;
  data: Record<string, unknown> & { title: string; professions: string[]; topics: string[] };
  body: string;
}

/** Every published essay and poster in content/. */
export function sourcePieces(): SourcePiece[] {
  const pieces: SourcePiece[] = [];
  for (const kind of ['essays', 'posters'] as const) {
    const dir = path.join(PROJECT_ROOT, 'content', kind);
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.mdx'))
      .sort()) {
      const source = parseSource(readFileSync(path.join(dir, name), 'utf8'), name);
      const data = source.data as SourcePiece['data'];
      if (data.draft === true) continue;
      const id = name.slice(0, -'.mdx'.length);
      pieces.push({ kind, id, href: `/${kind}/${id}/`, data, body: source.body });
    }
  }
  return pieces;
}
