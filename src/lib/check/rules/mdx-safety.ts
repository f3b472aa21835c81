/**
 * MDX safety (rules `mdx/*`): the compiler's own safety steps (src/lib/markdown/content-safety.ts)
 * refused these files while the checks compiled them; this pass reports what they found.
 */
import type { CheckPass } from '../checked-file.ts';

export const checkMdxSafety: CheckPass = (files) => files.flatMap((file) => file.unsafe ?? []);
