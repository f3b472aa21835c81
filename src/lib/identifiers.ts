/**
 * Pure validators for the identifiers that scholarly metadata carries.
 * The patterns and check-digit rules are those the standards define (Crossref for DOIs,
 * ISO 3297 for ISSNs, ISO 7064 MOD 11-2 for ORCID iDs).
 */

/** Crossref's recommended pattern for modern DOIs, matched case-insensitively. */
export const DOI_PATTERN = /^10\.\d{4,9}\/[-._;()/:A-Z0-9]+$/i;

/** Strip the resolver and `doi:` prefixes people paste, leaving the bare DOI. */
export function normaliseDoi(input: string): string {
  return input
    .trim()
    .replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '');
}

/** Why a (normalised) DOI is not acceptable, or null when it is. */
export function doiProblem(doi: string): string | null {
  if (/[.,;:]$/.test(doi)) return `DOI "${doi}" ends with punctuation; remove the trailing "${doi.slice(-1)}"`;
  if (!DOI_PATTERN.test(doi))
    return `"${doi}" is not a DOI (expected the form 10.NNNN/suffix, e.g. 10.2147/JMDH.S140042)`;
  return null;
}

/** True when an ISSN such as 1178-2390 has the right shape and check digit. */
export function isValidIssn(issn: string): boolean {
  if (!/^\d{4}-\d{3}[\dX]$/.test(issn)) return false;
  const digits = issn.replace('-', '');
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * (8 - i);
  const check = (11 - (sum % 11)) % 11;
  return digits[7] === (check === 10 ? 'X' : String(check));
}

/** Strip an https://orcid.org/ prefix, leaving the bare sixteen-character iD. */
export function normaliseOrcid(input: string): string {
  return input.trim().replace(/^https?:\/\/orcid\.org\//i, '');
}

/** True when an ORCID iD such as 0000-0002-1825-0097 has the right shape and check digit. */
export function isValidOrcid(orcid: string): boolean {
  if (!/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(orcid)) return false;
  const digits = orcid.replaceAll('-', '');
  let total = 0;
  for (let i = 0; i < 15; i++) total = (total + Number(digits[i])) * 2;
  const result = (12 - (total % 11)) % 11;
  return digits[15] === (result === 10 ? 'X' : String(result));
}

/** The resolver link for a bare DOI. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}
