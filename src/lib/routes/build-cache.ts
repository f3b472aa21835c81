/**
 * The view models' cache rule, in one place: a value is computed on first use, once per build, and
 * shared by every page that asks; the dev server computes it anew on every call, so an edit shows on
 * the next reload. (The citation renderings and the reference map keep theirs for the life of the
 * process, dev server included: a different rule, not yet moved here.)
 */
export function perBuild<T>(load: () => T): () => T {
  let kept: { value: T } | undefined;
  return () => {
    if (import.meta.env.DEV) return load();
    kept ??= { value: load() };
    return kept.value;
  };
}
