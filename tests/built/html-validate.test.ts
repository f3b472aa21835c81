/**
 * Every built page is valid HTML under html-validate's recommended rules. The rule config in
 * .htmlvalidate.json switches off only `long-title`: pages are titled with the published titles of
 * essays and cited works, which are often longer than 70 characters and must not be shortened.
 */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, fileForPath } from '../helpers/site.ts';

// Reads .htmlvalidate.json from the project root, as the html-validate CLI would.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe.each(builtPages())('%s', (sitePath) => {
  it('is valid HTML', async () => {
    const report = await validator.validateFile(fileForPath(sitePath) ?? '');
    const messages = report.results.flatMap((result) =>
      result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});
