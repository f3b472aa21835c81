/**
 * The components provided to every essay and poster (pages pass them to `<Content components={…}>`),
 * so content never imports anything. The allow-list in src/lib/safety/allowed.ts is what the MDX safety check
 * accepts; `satisfies` makes the type checker refuse a component missing from either list.
 */
import type { MdxComponentName } from '../../lib/safety/allowed.ts';
import Aside from './Aside.astro';

export const mdxComponents = { Aside } satisfies Record<MdxComponentName, unknown>;
