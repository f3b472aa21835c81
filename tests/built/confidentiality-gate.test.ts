/**
 * The second confidentiality gate: an identifier that reaches the built site fails the build, naming
 * the content file it came from and the page it reached. The fixture library
 * (tests/fixtures/confidentiality/gate-library) passes the check of the sources, because reference
 * files are bibliographic data the first check does not read; its reference carries a synthetic NHS
 * number in its title and a drama-range telephone number in its author's name, which the essay prints
 * through an author-in-text citation.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { PROJECT_ROOT, runAstroBuild, TEST_DIR } from '../helpers/site.ts';

const LIBRARY = path.join(PROJECT_ROOT, 'tests/fixtures/confidentiality/gate-library');
const REFERENCE = 'tests/fixtures/confidentiality/gate-library/references/clinic_2020.yaml';

describe('an identifier that reaches dist/', () => {
  it('passes the check of the sources (so only the gate after the build can stop it)', async () => {
    const { problems } = await checkContent({ projectRoot: PROJECT_ROOT, contentDir: LIBRARY });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('fails the build, naming the source file, line and column, the rule and every page it reached', () => {
    const result = runAstroBuild(path.join(TEST_DIR, 'confidentiality-gate'), { IPL_CONTENT_DIR: LIBRARY });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('Identifying details reached the built site; it must not be published.');
    expect(output).not.toContain('The content has problems');
    // The telephone number in the publisher, printed in the essay's bibliography.
    expect(output).toContain(
      `${REFERENCE}:11:41  confidentiality/phone  "0113 496 0000" is a telephone number, and it reached the built site: /essays/referrals/ (text)`,
    );
    // The NHS number in the title: the reference's page (title, meta tags, text), the list of references and the essay's bibliography.
    expect(output).toContain(
      `${REFERENCE}:6:43  confidentiality/nhs-number  "999 012 3470" is an NHS number (ten digits with a valid modulus 11 check digit), and it reached the built site: /references/clinic_2020/ (title, meta description, meta og:title, meta og:description, text)`,
    );
    expect(output).toContain(
      `${REFERENCE}:6:43  confidentiality/nhs-number  "999 012 3470" is an NHS number (ten digits with a valid modulus 11 check digit), and it reached the built site: /references/ (text)`,
    );
    // And the JSON files that carry the reference: the writing page's works and the CSL-JSON bibliography.
    expect(output).toContain(
      `${REFERENCE}:6:43  confidentiality/nhs-number  "999 012 3470" is an NHS number (ten digits with a valid modulus 11 check digit), and it reached the built site: /contribute/write-works.json (a value)`,
    );
    expect(output).toContain(
      `${REFERENCE}:11:41  confidentiality/phone  "0113 496 0000" is a telephone number, and it reached the built site: /references.json (a value)`,
    );
    expect(output).toContain('9 errors, 0 warnings');
    // The report alone, and nothing left to publish.
    expect(output).not.toMatch(/^\s+at /m);
    expect(existsSync(path.join(TEST_DIR, 'confidentiality-gate', 'index.html'))).toBe(false);
  });
});
