/** The writing page's address, under the base path (src/lib/routes/hrefs.ts). */
import { sitePath } from '../routes/hrefs.ts';

export const writeHref = sitePath('contribute/write/');
