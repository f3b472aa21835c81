/**
 * The writing page's behaviour (/contribute/write/, loaded by that page only). The form holds the
 * draft; every change re-serializes it with the one serializer (draft.ts), saves it in this browser
 * (localStorage), and, after a pause in typing, runs the checks of `npm run check` on the file
 * (src/lib/check/check-draft.ts, loaded as a separate chunk) and shows the body's preview in the
 * site's styles (src/lib/write/preview.ts, another chunk). Nothing is sent anywhere: the only
 * address the page opens is GitHub's, when the writer presses "Open a pull request on GitHub".
 */
import type { Problem } from '../check/problem.ts';
import type { ReferenceSummary } from '../check/check-draft.ts';
import { isModelName } from '../scaffold/templates.ts';
import {
  type Draft,
  draftPath,
  layoutDraft,
  type LineField,
  lines,
  newDraft,
  startingBody,
  TERM_FIELDS,
  type TermField,
} from './draft.ts';
import { proposeFile, type Repository } from './propose.ts';

/** A reference as the page receives it from the build. */
export interface PageReference extends ReferenceSummary {
  title: string;
  authors: string;
  year: string;
  doi?: string | undefined;
  /** For the import rules (a new work from the same journal takes its abbreviation). */
  journal?: string | undefined;
  journalShort?: string | undefined;
  issn?: string | undefined;
}

/** A work the writer added from a paste (src/lib/write/add-works.ts). */
interface NewWork extends PageReference {
  yaml: string;
  notes: string[];
}

export const STORAGE_KEY = 'ipl-write-draft';
/** The works the writer added from a paste, kept beside the draft. */
export const WORKS_KEY = 'ipl-write-works';
/** How long the writer pauses before the checks run (milliseconds). */
const CHECK_DELAY = 400;

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** Text fields: the form control's name is the draft's field. */
const TEXT_FIELDS = [
  'title',
  'slug',
  'summary',
  'authorName',
  'authorRole',
  'authorStage',
  'project',
  'organisation',
  'region',
  'country',
  'objectiveLead',
  'results',
  'conclusion',
  'consentNote',
  'teachingActivity',
  'body',
] as const;
/** Lists written one item a line. */
const LINE_FIELDS = ['objectiveItems', 'approach', 'teachingObjectives', 'teachingQuestions'] as const;

/** Field names as the findings list shows them. */
const FIELD_NAMES: Partial<Record<LineField, string>> = {
  title: 'Title',
  summary: 'Summary',
  authorName: 'Your name',
  authorRole: 'Your role',
  authorStage: 'Career stage',
  published: 'Date added',
  project: 'Project',
  organisation: 'Organisation',
  region: 'Region',
  country: 'Country',
  objectiveLead: 'Objective',
  objectiveItems: 'Objectives',
  approach: 'Approach',
  results: 'Results',
  conclusion: 'Conclusion',
  model: 'Reflective model',
  anonymised: 'Anonymisation',
  consentStatus: 'Consent',
  consentNote: 'Consent note',
  teaching: 'Teaching notes',
  teachingObjectives: 'Learning objectives',
  teachingQuestions: 'Discussion questions',
  teachingActivity: 'Activity',
  body: 'Your text',
  frontmatter: 'Front matter',
  'terms.professions': 'Professions',
  'terms.topics': 'Topics',
  'terms.competencies': 'IPEC competencies',
  'terms.subcompetencies': 'IPEC sub-competencies',
  'terms.domains': 'CIHC domains',
  'terms.settings': 'Settings',
  'terms.levels': 'Learner levels',
};

export function mount(form: HTMLElement): void {
  const $ = <T extends Element = HTMLElement>(selector: string) => form.querySelector<T>(selector) as T;
  // The library's works come from a file of their own (the list grows with the library, and would make
  // the page megabytes); the checks wait for it, and if it cannot load, citations are checked against
  // the works added here only.
  let references: PageReference[] = [];
  const worksReady: Promise<void> = fetch(form.dataset.works ?? '')
    .then((response) => (response.ok ? (response.json() as Promise<PageReference[]>) : []))
    .catch(() => [])
    .then((list) => {
      references = list;
    });
  const repository: Repository = { url: form.dataset.repository ?? '', branch: form.dataset.branch ?? 'main' };
  const control = (name: string) => form.querySelector<Control>(`[name="${name}"]`);
  const findingsList = $<HTMLOListElement>('[data-findings]');
  const checkStatus = $('[data-check-status]');
  const summary = $('[data-error-summary]');
  const preview = $('[data-preview]');
  const bodyPreview = $('[data-body-preview]');
  const previewStatus = $('[data-body-preview-status]');
  const pathOut = $('[data-file-path]');
  const saveStatus = $('[data-save-status]');
  const proposeStatus = $('[data-propose-status]');
  const body = control('body') as HTMLTextAreaElement;

  let draft: Draft = restore() ?? newDraft(today());
  let works: NewWork[] = restoreWorks();
  const library = () => [...references, ...works];

  function restoreWorks(): NewWork[] {
    try {
      const saved = JSON.parse(localStorage.getItem(WORKS_KEY) ?? '[]') as unknown;
      return Array.isArray(saved) ? (saved as NewWork[]) : [];
    } catch {
      return [];
    }
  }
  let problems: Problem[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let checker: Promise<typeof import('../check/check-draft.ts')> | undefined;
  let previewer: Promise<typeof import('./preview.ts')> | undefined;
  /** The body the preview shows. */
  let previewed: string | undefined;

  function restore(): Draft | undefined {
    try {
      const saved = localStorage.getItem(STORAGE_KEY);
      if (!saved) return undefined;
      const value = JSON.parse(saved) as Draft;
      return { ...newDraft(today()), ...value, terms: { ...newDraft(today()).terms, ...value.terms } };
    } catch {
      return undefined;
    }
  }

  /** Put a draft into the form. */
  function fill(value: Draft) {
    for (const field of TEXT_FIELDS) {
      const el = control(field);
      if (el) el.value = value[field];
    }
    for (const field of LINE_FIELDS) {
      const el = control(field);
      if (el) el.value = value[field].join('\n');
    }
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="kind"]'))
      radio.checked = radio.value === value.kind;
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="consentStatus"]'))
      radio.checked = radio.value === value.consentStatus;
    (control('model') as HTMLSelectElement).value = value.model;
    (control('anonymised') as HTMLInputElement).checked = value.anonymised;
    for (const field of TERM_FIELDS) renderTerms(field, value.terms[field]);
    renderLearning(value.learning);
    showKind(value.kind);
  }

  /** Read the form into the draft. */
  function read(): Draft {
    const next: Draft = { ...draft, terms: { ...draft.terms } };
    for (const field of TEXT_FIELDS) {
      const el = control(field);
      if (el) next[field] = el.value;
    }
    for (const field of LINE_FIELDS) {
      const el = control(field);
      if (el) next[field] = lines(el.value);
    }
    next.kind =
      form.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value === 'poster' ? 'poster' : 'essay';
    next.consentStatus =
      form.querySelector<HTMLInputElement>('input[name="consentStatus"]:checked')?.value ?? 'pending';
    const model = (control('model') as HTMLSelectElement).value;
    next.model = isModelName(model) ? model : 'gibbs';
    next.anonymised = (control('anonymised') as HTMLInputElement).checked;
    return next;
  }

  function showKind(kind: Draft['kind']) {
    for (const el of form.querySelectorAll<HTMLElement>('[data-for-kind]')) {
      const shown = el.dataset.forKind === kind;
      el.hidden = !shown;
      // Hidden fields take no part in the form (and are skipped by Tab and screen readers).
      if (el instanceof HTMLFieldSetElement) el.disabled = !shown;
    }
  }

  /* ---------- vocabulary pickers ---------- */

  function renderTerms(field: TermField, values: readonly string[]) {
    const list = $<HTMLUListElement>(`[data-terms="${field}"]`);
    const legend = $(`[data-term-picker="${field}"] [data-term-label]`).textContent ?? field;
    list.replaceChildren(
      ...values.map((value, index) => {
        const item = document.createElement('li');
        item.className = 'term-chip';
        const text = document.createElement('span');
        text.textContent = value;
        const definition = termDefinition(field, value);
        if (definition) text.title = definition;
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = 'Remove';
        remove.setAttribute('aria-label', `Remove ${value} from ${legend}`);
        remove.addEventListener('click', () => {
          draft.terms[field] = draft.terms[field].filter((_, i) => i !== index);
          renderTerms(field, draft.terms[field]);
          $<HTMLInputElement>(`[data-term-input="${field}"]`).focus();
          changed();
        });
        item.append(text, ' ', remove);
        return item;
      }),
    );
  }

  function termDefinition(field: TermField, id: string): string | undefined {
    const option = form.querySelector<HTMLOptionElement>(`#terms-${field} option[value="${CSS.escape(id)}"]`);
    return option?.label || undefined;
  }

  function addTerm(field: TermField) {
    const input = $<HTMLInputElement>(`[data-term-input="${field}"]`);
    const value = input.value.trim();
    if (!value) return;
    if (!draft.terms[field].includes(value)) draft.terms[field] = [...draft.terms[field], value];
    input.value = '';
    showDefinition(field);
    renderTerms(field, draft.terms[field]);
    changed();
  }

  function showDefinition(field: TermField) {
    const input = $<HTMLInputElement>(`[data-term-input="${field}"]`);
    const out = $(`[data-term-definition="${field}"]`);
    const definition = input.value.trim() ? termDefinition(field, input.value.trim()) : undefined;
    out.textContent = definition ?? '';
  }

  for (const picker of form.querySelectorAll<HTMLElement>('[data-term-picker]')) {
    const field = picker.dataset.termPicker as TermField;
    const input = $<HTMLInputElement>(`[data-term-input="${field}"]`);
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      addTerm(field);
    });
    input.addEventListener('input', () => showDefinition(field));
    $(`[data-term-add="${field}"]`).addEventListener('click', () => addTerm(field));
  }

  /* ---------- learning records ---------- */

  const learningInput = (part: 'learner' | 'from' | 'what') => $<HTMLInputElement>(`[data-learning-input="${part}"]`);

  function renderLearning(records: Draft['learning']) {
    $<HTMLUListElement>('[data-learning-records]').replaceChildren(
      ...records.map((record, index) => {
        const item = document.createElement('li');
        const text = document.createElement('span');
        text.textContent = `${record.learner} learned from ${record.from}: ${record.what}`;
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = 'Remove';
        remove.setAttribute('aria-label', `Remove the record: ${text.textContent}`);
        remove.addEventListener('click', () => {
          draft.learning = draft.learning.filter((_, i) => i !== index);
          renderLearning(draft.learning);
          learningInput('learner').focus();
          changed();
        });
        item.append(text, ' ', remove);
        return item;
      }),
    );
  }

  function addLearning() {
    const record = {
      learner: learningInput('learner').value.trim(),
      from: learningInput('from').value.trim(),
      what: learningInput('what').value.trim(),
    };
    if (!record.learner && !record.from && !record.what) return;
    draft.learning = [...draft.learning, record];
    for (const part of ['learner', 'from', 'what'] as const) learningInput(part).value = '';
    renderLearning(draft.learning);
    learningInput('learner').focus();
    changed();
  }

  $('[data-learning-add]').addEventListener('click', addLearning);
  learningInput('what').addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    addLearning();
  });

  /* ---------- citations picker ---------- */

  const citeSearch = $<HTMLInputElement>('[data-cite-search]');
  const citeResults = $<HTMLUListElement>('[data-cite-results]');
  const citeStatus = $('[data-cite-status]');
  function searchReferences() {
    const words = citeSearch.value.toLowerCase().split(/\s+/).filter(Boolean);
    const found =
      words.length === 0
        ? []
        : library().filter((ref) => {
            const haystack = `${ref.key} ${ref.authors} ${ref.title} ${ref.year} ${ref.doi ?? ''}`.toLowerCase();
            return words.every((word) => haystack.includes(word));
          });
    citeResults.replaceChildren(
      ...found.slice(0, 20).map((ref) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = `Insert [@${ref.key}]`;
        button.setAttribute('aria-label', `Insert a citation of ${ref.authors} (${ref.year}) as [@${ref.key}]`);
        button.addEventListener('click', () => insertCitation(ref.key));
        const text = document.createElement('span');
        text.textContent = `${ref.authors} (${ref.year}). ${ref.title}.${ref.doi ? ` doi:${ref.doi}` : ''}`;
        item.append(button, ' ', text);
        return item;
      }),
    );
    citeStatus.textContent =
      words.length === 0
        ? ''
        : found.length === 0
          ? 'No reference in the library matches.'
          : `${found.length} reference${found.length === 1 ? '' : 's'} found.`;
  }
  citeSearch.addEventListener('input', searchReferences);
  citeSearch.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') event.preventDefault();
  });

  function insertCitation(key: string) {
    const text = `[@${key}]`;
    const { selectionStart: start, selectionEnd: end, value } = body;
    const before = value.slice(0, start);
    const spaced = before && !/\s$/.test(before) ? ` ${text}` : text;
    body.value = `${before}${spaced}${value.slice(end)}`;
    body.focus();
    body.setSelectionRange(start + spaced.length, start + spaced.length);
    changed();
  }

  /* ---------- works added from a paste ---------- */

  const paste = $<HTMLTextAreaElement>('[data-paste]');
  const worksStatus = $('[data-works-status]');
  const worksList = $<HTMLUListElement>('[data-new-works]');
  const worksProposals = $('[data-works-proposals]');
  const worksLinks = $<HTMLUListElement>('[data-works-links]');

  function saveWorks() {
    try {
      localStorage.setItem(WORKS_KEY, JSON.stringify(works));
    } catch {
      // The status line about the draft says when the browser keeps nothing.
    }
  }

  function renderWorks() {
    worksList.replaceChildren(
      ...works.map((work) => {
        const item = document.createElement('li');
        item.dataset.work = work.key;
        const text = document.createElement('span');
        text.textContent = `[@${work.key}] ${work.authors} (${work.year}). ${work.title}.${work.notes.length ? ` Check: ${work.notes.join('; ')}.` : ''}`;
        const insert = document.createElement('button');
        insert.type = 'button';
        insert.textContent = `Insert [@${work.key}]`;
        insert.addEventListener('click', () => insertCitation(work.key));
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = 'Remove';
        remove.setAttribute('aria-label', `Remove ${work.key} from your new works`);
        remove.addEventListener('click', () => {
          works = works.filter((w) => w.key !== work.key);
          saveWorks();
          renderWorks();
          paste.focus();
          changed();
        });
        item.append(text, ' ', insert, ' ', remove);
        return item;
      }),
    );
    worksLinks.replaceChildren(
      ...works.map((work) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        const filePath = `content/references/${work.key}.yaml`;
        link.href = proposeFile(repository, filePath, work.yaml).url;
        link.target = '_blank';
        link.rel = 'noopener';
        link.textContent = `Propose ${filePath} on GitHub`;
        item.append(link);
        return item;
      }),
    );
    worksProposals.hidden = works.length === 0;
  }

  $('[data-read-works]').addEventListener('click', async () => {
    if (!paste.value.trim()) {
      worksStatus.textContent = 'Paste a BibTeX, RIS or CSL-JSON export first.';
      return;
    }
    worksStatus.textContent = 'Reading…';
    const { readWorks } = await import('./add-works.ts');
    const { accepted, refused } = readWorks(paste.value, references, works);
    works = [...works, ...accepted];
    saveWorks();
    renderWorks();
    const added = accepted.length
      ? `Added ${accepted.map((w) => `[@${w.key}]`).join(', ')}: cite ${accepted.length === 1 ? 'it' : 'them'} with Insert, and propose ${accepted.length === 1 ? 'its file' : 'their files'} below.`
      : '';
    const not = refused.map((r) => `Not added: ${r.label}: ${r.reason}.`).join(' ');
    worksStatus.textContent = [added, not].filter(Boolean).join(' ');
    if (accepted.length) paste.value = '';
    changed();
  });

  /* ---------- the file, saving and checking ---------- */

  function changed() {
    const next = read();
    // Changing kind or model on an untouched body starts it from the new model's headings.
    if (
      (next.kind !== draft.kind || next.model !== draft.model) &&
      next.body.trim() === startingBody(draft.kind, draft.model).trim()
    ) {
      next.body = startingBody(next.kind, next.model);
      body.value = next.body;
    }
    showKind(next.kind);
    draft = next;
    const { text } = layoutDraft(draft);
    preview.textContent = text;
    pathOut.textContent = draftPath(draft);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(draft));
      saveStatus.textContent = 'Draft saved in this browser.';
    } catch {
      saveStatus.textContent = 'This browser would not keep the draft: download it to keep it.';
    }
    clearTimeout(timer);
    checkStatus.textContent = 'Checking when you pause…';
    timer = setTimeout(runCheck, CHECK_DELAY);
  }

  /** Show the body in the site's styles (src/lib/write/preview.ts, its own chunk), after the same pause as the checks. */
  async function runPreview() {
    const text = draft.body;
    if (text === previewed) return;
    previewer ??= import('./preview.ts');
    const { renderPreview } = await previewer;
    if (draft.body !== text) return;
    previewed = text;
    previewStatus.textContent = renderPreview(bodyPreview, text)
      ? ''
      : 'The preview shows your text as it was when it could last be read: the check below says what to fix.';
  }

  async function runCheck() {
    void runPreview();
    const { text, fields, bodyLine } = layoutDraft(draft);
    const filePath = draftPath(draft);
    checker ??= import('../check/check-draft.ts');
    const [{ checkDraft }] = await Promise.all([checker, worksReady]);
    if (layoutDraft(draft).text !== text) return;
    problems = checkDraft(text, filePath, library());
    showFindings(fields, bodyLine);
    form.dataset.checked = String(Date.now());
  }

  function describe(p: Problem, fields: readonly LineField[], bodyLine: number): { where: string; field: LineField } {
    const field = fields[p.line - 1] ?? 'frontmatter';
    const where = field === 'body' ? `Your text, line ${p.line - bodyLine + 1}` : (FIELD_NAMES[field] ?? field);
    return { where: `${where} (file line ${p.line})`, field };
  }

  function showFindings(fields: readonly LineField[], bodyLine: number) {
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.filter((p) => p.severity === 'warning').length;
    checkStatus.textContent =
      problems.length === 0
        ? 'The check finds nothing to change: this file would pass npm run check.'
        : `The check found ${errors} error${errors === 1 ? '' : 's'}${warnings ? ` and ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}.`;
    findingsList.replaceChildren(
      ...problems.map((p) => {
        const { where, field } = describe(p, fields, bodyLine);
        const item = document.createElement('li');
        item.dataset.rule = p.rule;
        item.dataset.line = String(p.line);
        item.dataset.field = field;
        const heading = document.createElement('strong');
        heading.textContent = `${where}: `;
        const message = document.createElement('span');
        message.textContent = `${p.severity === 'error' ? '' : `${p.severity}: `}${p.message}`;
        item.append(heading, message);
        if (p.fix) {
          const fix = document.createElement('span');
          fix.className = 'finding-fix';
          fix.textContent = ` Fix: ${p.fix}.`;
          item.append(fix);
        }
        const go = document.createElement('button');
        go.type = 'button';
        go.textContent = 'Go to it';
        go.setAttribute('aria-label', `Go to ${where}`);
        go.addEventListener('click', () => goTo(field, p.line - bodyLine + 1));
        item.append(' ', go);
        return item;
      }),
    );
    findingsList.hidden = problems.length === 0;
  }

  function goTo(field: LineField, bodyLineNumber: number) {
    if (field === 'body') {
      const starts = [0];
      for (let i = 0; i < body.value.length; i++) if (body.value[i] === '\n') starts.push(i + 1);
      const start = starts[bodyLineNumber - 1] ?? 0;
      const end = body.value.indexOf('\n', start);
      body.focus();
      body.setSelectionRange(start, end < 0 ? body.value.length : end);
      return;
    }
    const target = field.startsWith('terms.')
      ? form.querySelector<HTMLElement>(`[data-term-input="${field.slice(6)}"]`)
      : field === 'model'
        ? control('model')
        : field === 'consentStatus'
          ? form.querySelector<HTMLElement>('input[name="consentStatus"]:checked, input[name="consentStatus"]')
          : field === 'teaching'
            ? control('teachingObjectives')
            : field === 'learning'
              ? learningInput('learner')
              : control(field);
    const details = target?.closest('details');
    if (details) details.open = true;
    (target ?? control('title'))?.focus();
  }

  /** The error summary: shown when the writer tries to propose a file the check refuses. */
  function showSummary() {
    const { fields, bodyLine } = layoutDraft(draft);
    const errors = problems.filter((p) => p.severity === 'error');
    const list = summary.querySelector('ul') as HTMLUListElement;
    list.replaceChildren(
      ...errors.map((p) => {
        const { where, field } = describe(p, fields, bodyLine);
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = '#findings-heading';
        link.textContent = `${where}: ${p.message}`;
        link.addEventListener('click', (event) => {
          event.preventDefault();
          goTo(field, p.line - bodyLine + 1);
        });
        item.append(link);
        return item;
      }),
    );
    (summary.querySelector('[data-error-count]') as HTMLElement).textContent =
      `${errors.length} problem${errors.length === 1 ? '' : 's'}`;
    summary.hidden = false;
    summary.focus();
  }

  /** Run the check now (the writer may press a button before the pause is over). */
  async function checkNow(): Promise<void> {
    clearTimeout(timer);
    await runCheck();
  }

  /* ---------- export, import, propose ---------- */

  function download() {
    const { text } = layoutDraft(draft);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
    link.download = draftPath(draft).replace(/^.*\//, '');
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  $('[data-download]').addEventListener('click', download);

  const importInput = $<HTMLInputElement>('[data-import]');
  const importStatus = $('[data-import-status]');
  importInput.addEventListener('change', async () => {
    const file = importInput.files?.[0];
    if (!file) return;
    try {
      const { readDraft } = await import('./read-draft.ts');
      draft = readDraft(await file.text(), file.name, today());
      fill(draft);
      changed();
      importStatus.textContent = `Read ${file.name} into the form.`;
    } catch (error) {
      importStatus.textContent =
        error instanceof Error && error.name === 'DraftImportError' ? error.message : `${file.name} could not be read.`;
    }
    importInput.value = '';
  });

  $('[data-start-again]').addEventListener('click', () => {
    if (!confirm('Clear the form and forget this draft? Download it first if you want to keep it.')) return;
    localStorage.removeItem(STORAGE_KEY);
    localStorage.removeItem(WORKS_KEY);
    works = [];
    renderWorks();
    draft = newDraft(today());
    fill(draft);
    changed();
    control('title')?.focus();
  });

  $('[data-propose]').addEventListener('click', async () => {
    await checkNow();
    if (problems.some((p) => p.severity === 'error')) {
      proposeStatus.textContent = '';
      showSummary();
      return;
    }
    summary.hidden = true;
    const { text } = layoutDraft(draft);
    const proposal = proposeFile(repository, draftPath(draft), text);
    form.dataset.proposal = proposal.kind;
    if (proposal.kind === 'prefilled') {
      proposeStatus.textContent = 'GitHub is opening in a new tab with your file filled in.';
      window.open(proposal.url, '_blank', 'noopener');
      return;
    }
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      // The download below still carries the file.
    }
    download();
    proposeStatus.textContent = `Your file is too long to send in a web address, so ${copied ? 'it is copied to your clipboard and' : 'it is'} downloaded as ${draftPath(draft).replace(/^.*\//, '')}. On GitHub's page, which opens in a new tab with the file name filled in, paste it (or open the download and copy it) into the empty editor.`;
    window.open(proposal.url, '_blank', 'noopener');
  });

  form.addEventListener('input', (event) => {
    const target = event.target as HTMLElement;
    if (target.matches('[data-term-input], [data-cite-search], [data-import], [data-paste], [data-learning-input]'))
      return;
    changed();
  });

  fill(draft);
  renderWorks();
  form.dataset.ready = '';
  changed();
}
