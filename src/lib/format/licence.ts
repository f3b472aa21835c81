/** Licence ids as readers see them ("CC BY 4.0") and where each licence's text lives. */
import type { LICENCES } from '../../schemas/common.ts';

type Licence = (typeof LICENCES)[number];

const PATHS: Record<Licence, string> = {
  'CC-BY-4.0': 'by/4.0',
  'CC-BY-SA-4.0': 'by-sa/4.0',
  'CC-BY-NC-4.0': 'by-nc/4.0',
  'CC-BY-NC-SA-4.0': 'by-nc-sa/4.0',
};

export const licenceUrl = (licence: Licence) => `https://creativecommons.org/licenses/${PATHS[licence]}/`;
export const licenceLabel = (licence: Licence) => licence.replaceAll('-', ' ');
