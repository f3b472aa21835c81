/**
 * A reference file's text, as `npm run ref:add` writes it and the writing page proposes it: the fields
 * in FIELD_ORDER, whole-number volumes and issues as numbers (volume: 10), date parts in flow style.
 */
import { Document } from 'yaml';
import { FIELD_ORDER } from './import-references.ts';

export function referenceYaml(fields: Record<string, unknown>): string {
  const plain = (value: unknown) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);
  const ordered = Object.fromEntries(
    FIELD_ORDER.filter((key) => fields[key] !== undefined).map((key) => [
      key,
      key === 'volume' || key === 'issue' ? plain(fields[key]) : fields[key],
    ]),
  );
  const doc = new Document(ordered);
  const dateParts = doc.getIn(['issued', 'date-parts'], true) as { flow?: boolean } | undefined;
  if (dateParts) dateParts.flow = true;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
