/**
 * The shape of a citation key, written once: a lower-case letter, then lower-case letters, digits and
 * underscores (`busari_2017`). It is a reference file's name (content/references/<key>.yaml) and what
 * a citation names in the text (`[@busari_2017]`). A regular-expression source, for building patterns.
 */
export const CITATION_KEY = '[a-z][a-z0-9_]*';
