/**
 * Places that narrow down who was there: ward, bay and bed numbers ("bed 12", "Ward 7B", "ward seven"),
 * and named wards, units, hospitals, trusts, GP practices, surgeries and clinics ("Osprey Ward",
 * "Cedar Unit", "Leeds General Infirmary", "the Elm Tree GP practice", "Toronto General",
 * "Addenbrooke's"). A name made only of descriptive words ("the Intensive Care Unit", "a District
 * General Hospital", "Day Surgery") names a kind of place, not a place, and is left alone.
 */
import { type Detector, matches, NUMBER_WORD } from './detector.ts';
import { isCityOrRegion, MONTH_OR_DAY, REGION_WORDS, wordFacts } from './name-lexicon.ts';

const WARD_BED = new RegExp(
  String.raw`(?<![\w])(?:[Ww]ard|[Bb]ay|[Bb]ed(?:space)?|[Cc]ubicle|[Ss]ide[ -]room|[Rr]oom|[Rr]m\.?|[Pp]od|[Cc]hambre)[ ]?(?:no\.? ?|number ?)?(?:\d{1,3}[A-Za-z]?|[A-Z]\d{0,2}|(?:${NUMBER_WORD}))(?![\w]|[.,]\d)`,
  'g',
);
/** What may follow "ward seven" or "bed 3" and show it is a duration or a count ("bed 3 days", "ward 2 of 3" is still a ward). */
const NOT_A_PLACE_AFTER =
  /^ (?:hours?|days?|nights?|weeks?|months?|years?|times|minutes|mins|o'clock|per|beds|patients)\b/i;

export const detectWardBed: Detector = (text) =>
  matches(text, WARD_BED, (m) => {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (NOT_A_PLACE_AFTER.test(rest)) return undefined;
    // "Ward A" and "bay B" are places; "Room A" at the start of a list item is too. "bed I" (the pronoun) is not.
    if (/ I$/.test(m[0])) return undefined;
    return 'confidentiality/ward-bed';
  });

/** Descriptive words: a place named only with these is a kind of place. Lower case. */
const GENERIC = new Set(
  `the a an this that these those our my his her their its your one another each every any some which whose
  general district community local teaching university private public rural urban children's childrens children women's womens maternity
  mental health care day acute cardiac cardiology orthopaedic orthopedic plastic plastics vascular minor oral dental paediatric pediatric
  emergency trauma major field military veterinary psychiatric specialist regional national nhs gp cottage small large busy main new old
  medical surgical intensive high dependency coronary stroke renal dialysis assessment admissions admission neonatal special baby burns
  spinal injuries injury oncology haematology hematology respiratory endoscopy treatment rehabilitation rehab eating disorders disorder
  older people elderly frailty palliative critical obstetric labour delivery midwifery midwife-led birth birthing fracture ambulatory
  clinical decisions decision observation short stay discharge transitional step-down recovery theatre theatres infectious diseases
  isolation liver transplant cancer chemotherapy radiotherapy sexual genitourinary research skills simulation learning memory diabetes
  diabetic asthma heart failure pain sleep wound continence falls anticoagulation foot eye ear nose throat ent fertility antenatal
  postnatal well woman man outpatient outpatients inpatient walk-in urgent primary secondary tertiary family group county city
  provincial federal veterans college academic sciences science nursing residential home homes independent integrated hub satellite
  mobile virtual student staff occupational physiotherapy dermatology neurology neurosurgery gastroenterology urology gynaecology
  gynecology ophthalmology rheumatology geriatric geriatrics medicine surgery psychiatry psychology hepatology endocrinology immunology
  allergy pharmacy radiology imaging x-ray ultrasound mri ct blood transfusion phlebotomy smoking cessation weight management obesity
  bariatric cardiothoracic thoracic colorectal breast head neck maxillofacial hand upper lower gi limb brain cord north south east west
  northern southern eastern western central royal foundation trust trusts hospital hospitals infirmary clinic clinics centre center
  unit units ward wards practice practices surgery surgeries board authority services service network partnership and of for in at
  interprofessional multidisciplinary collaborative advanced reflective evidence-based evidence based person-centred patient-centred
  integrated nurse-led consultant-led doctor-led pharmacist-led allied professional professions inter-professional ipe ipl
  education training innovation quality improvement safety patient patients day-case daycase elective emergency-department a&e
  accident ed icu itu hdu ccu nicu picu scbu amu sau mau cdu eau ltc ltcs mdt wellbeing well-being hospice hospices short-stay
  long-term long term respite supported sheltered independent-sector charity charitable voluntary walk specialised specialized
  dementia addiction addictions substance misuse alcohol drug drugs perinatal forensic secure low medium crisis home-treatment
  step down intermediate hyperacute hyper-acute general's supreme crown high coroner's coroners magistrates magistrates' shopping sports
  leisure town visitor visitors call contact resource resources conference data open full white green main high church market station
  bus railway opposite same catholic anglican methodist baptist presbyterian orthodox evangelical pentecostal united free reformed christian parish
  grammar comprehensive secondary infant infants junior nursery resus resuscitation majors minors paeds triage`
    .split(/\s+/)
    .filter(Boolean),
);

const PLACE_WORD = String.raw`(?:St\.?|Saint|[A-Z][\w'’&-]*|of|and|the|upon|on|le|de|la)`;
/** A First Nation named by its people: "Wapiti Creek Cree Nation". */
const NATION = "(?:Cree|Dene|Ojibwe?|Oji-Cree|Saulteaux|Mohawk|Anishinaabe|Mi['’]kmaw) Nation";
const TYPES = [
  'NHS Foundation Trust',
  'NHS Trust',
  'Foundation Trust',
  'Hospitals? Trust',
  'Health Board',
  'Health Authority',
  'Health Region',
  'Health Sciences? Centre',
  'Health Sciences? Center',
  'Family Health Team',
  'Community Health Centre',
  'Medical Centre',
  'Medical Center',
  'Health Centre',
  'Health Center',
  'Cancer Centre',
  'Cancer Center',
  'Medical Practice',
  'Group Practice',
  'Family Practice',
  'GP [Pp]ractice',
  'GP [Ss]urgery',
  '[Cc]are [Hh]ome',
  '[Nn]ursing [Hh]ome',
  '[Rr]esidential [Hh]ome',
  '[Rr]etirement (?:[Hh]ome|[Vv]illage|[Rr]esidence)',
  'Long[- ][Tt]erm [Cc]are(?: [Hh]ome| [Cc]entre| [Cc]enter| [Ff]acility)?',
  '[Cc]are [Cc]entre',
  '[Dd]ay [Cc]entre',
  '[Ss]heltered (?:[Hh]ousing|[Aa]ccommodation|[Ff]lats?)',
  '[Ss]upported (?:[Hh]ousing|[Ll]iving)',
  '[Hh]ostel',
  '[Ee]state',
  'Road',
  'Street',
  'Lane',
  'Avenue',
  'Drive',
  'Close',
  'Crescent',
  'Terrace',
  'Gardens',
  'Court',
  'Lodge',
  'House',
  'Manor',
  'Grange',
  'Mews',
  'Row',
  'Primary(?: School)?',
  'High School',
  'Academy',
  'School',
  '[Cc]hapel',
  'Church',
  'Mosque',
  'Gurdwara',
  'Mandir',
  'Synagogue',
  '(?:[Ss]aw)?[Mm]ill',
  '[Ff]actory',
  '[Cc]olliery',
  '[Qq]uarry',
  '[Dd]istillery',
  '[Dd]istribution [Cc]entre',
  '[Ww]arehouse',
  '[Rr]eserve',
  'First Nation',
  NATION,
  'Way',
  'Walk',
  'Grove',
  'Rise',
  'Parade',
  'Wynd',
  'Brae',
  'Boulevard',
  'Vale',
  'Fold',
  'Heights',
  'Towers',
  'Flats',
  'Residence',
  'Centre',
  'Center',
  'Hospitals?',
  'Infirmary',
  'Hospice',
  'Clinic',
  'Surgery',
  '[Vv]illage',
  '[Hh]amlet',
  '[Ff]arm',
  'Aged Care(?: [Hh]ome| [Ff]acility| [Cc]entre)?',
  'Practice',
  'Pharmacy',
  'Chemists?',
  'Ward',
  'Suite',
  'Unit',
];
/** One to four name words before a kind of place: "Osprey Ward", "St James's University Hospital". */
const NAMED_PLACE = new RegExp(
  String.raw`(?<![\w'’-])(?<name>(?:${PLACE_WORD} ){1,5}?)(?<type>${TYPES.join('|')})(?![\w'’-])(?! (?:Road|Street|Lane|Avenue|Drive|Close|Crescent|Terrace|Way|Row|Cottages?|Farm|Estate)\b)(?<of>(?: (?:of|for) (?:the )?[A-Z][\w'’-]*(?: (?:and )?[A-Z][\w'’-]*){0,3}))?`,
  'g',
);

/** Words that can start a sentence or a phrase but are never part of a place's name. */
function isLeadingFiller(word: string): boolean {
  const lower = word.toLowerCase();
  if (['of', 'and', 'the', 'upon', 'on', 'le', 'de', 'la'].includes(lower)) return true;
  const facts = wordFacts(word);
  if (!facts.common) return false;
  return facts.tags.some((t) =>
    /^(?:Preposition|Determiner|Pronoun|Conjunction|Adverb|Verb|PastTense|PresentTense|Infinitive|Modal|Copula|QuestionWord|Auxiliary|Negative|Expression)$/.test(
      t,
    ),
  );
}

export function isGeneric(word: string): boolean {
  const lower = word.toLowerCase().replace(/’/g, "'");
  return GENERIC.has(lower) || GENERIC.has(lower.replace(/'s?$/, ''));
}

/** Kinds of place that are where someone lives or a street: they need a distinctive name before them. */
const RESIDENCE = new RegExp(
  String.raw`^(?:Primary(?: School)?|High School|Academy|School|[Cc]hapel|Church|Mosque|Gurdwara|Mandir|Synagogue|(?:[Ss]aw)?[Mm]ill|[Ff]actory|[Cc]olliery|[Qq]uarry|[Dd]istillery|[Dd]istribution [Cc]entre|[Ww]arehouse|[Rr]eserve|First Nation|${NATION}|Row|Way|Walk|Grove|Rise|Parade|Wynd|Brae|Boulevard|Vale|Fold|[Vv]illage|[Hh]amlet|[Ff]arm|[Hh]ostel|[Ee]state|Road|Street|Lane|Avenue|Drive|Close|Crescent|Terrace|Gardens|Court|Lodge|House|Manor|Grange|Mews|Heights|Towers|Flats|Residence|Centre|Center)$`,
);

export const detectNamedPlaces: Detector = (text, { knownNames }) =>
  matches(text, NAMED_PLACE, (m) => {
    const { name = '', type = '', of } = m.groups ?? {};
    const words = name.trim().split(' ').filter(Boolean);
    // "Community of Practice", "Scope of Practice": an idea, not a place.
    if (/^(?:of|and|the)$/i.test(words[words.length - 1] ?? '')) return undefined;
    // Trim what comes before the name: "On Osprey Ward" is Osprey Ward.
    let first = 0;
    while (first < words.length && (isLeadingFiller(words[first]!) || /^[a-z]/.test(words[first]!))) first++;
    const kept = words.slice(first);
    // "NURS3047 Interprofessional Practice", "Module NUR2047 ...": a module named by its code is a course, not a place.
    if (kept.some((w) => /^[A-Z]{2,5}\d{3,5}$/.test(w))) return undefined;
    const qualifiers = [...kept, ...(of ? of.trim().split(' ').slice(1) : [])];
    const distinctive = qualifiers.filter((w) => !isGeneric(w) && /^[A-Z]/.test(w));
    if (distinctive.length === 0) return undefined;
    // "Enhanced Recovery After Surgery": a preposition or conjunction inside the name makes it a phrase, not a place.
    if (
      kept
        .slice(1)
        .some((w) =>
          /^(?:after|before|without|with|against|between|into|through|versus|for|from|about|beyond|across|under|over|during|towards?|or|but|if|when|because)$/i.test(
            w,
          ),
        )
    )
      return undefined;
    // "Gibbs Practice"? A theorist's name before "Practice" is a model ("Benner Practice" is not a place).
    if (!type.includes(' ') && distinctive.every((w) => knownNames.has(w.replace(/['’]s?$/, '').toLowerCase())))
      return undefined;
    // "Reflective Practice", "Clinical Practice", "Community of Practice": a practice or surgery named by an idea, not a place.
    if (/^(?:Practice|Surgery|Unit|Pharmacy|Chemists?)$/.test(type) && kept.length === 0) return undefined;
    // "a Framework for Dietetic Practice", "the Code of Nursing Practice": a discipline's practice, not a surgery.
    if (type === 'Practice' && /\b(?:for|of) $/.test(text.slice(Math.max(0, m.index - 5), m.index))) return undefined;
    // "the University of Toronto's Centre for Interprofessional Education": a university's building or centre is not where a patient was.
    if (
      RESIDENCE.test(type) &&
      kept.some((w) => /^(?:University|College|School|Faculty|Institute|Department|Academy)(?:['’]s)?$/.test(w))
    )
      return undefined;
    // Streets, homes and estates need a name of their own before them: "the Court of Protection", "the House of Commons" are not where anyone lives.
    if (
      RESIDENCE.test(type) &&
      !kept.some((w) => !isGeneric(w) && /^[A-Z]/.test(w) && !knownNames.has(w.toLowerCase()))
    )
      return undefined;
    // "the Bristol Royal Infirmary Inquiry": an inquiry or report named after a place is history.
    if (
      /^ (?:Inquiry|Report|Review|Scandal|Investigation|Enquiry)\b/.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 16),
      )
    )
      return undefined;
    const skipped = words.slice(0, first).join(' ');
    const start = m.index + (skipped ? skipped.length + 1 : 0);
    return { rule: 'confidentiality/named-place', start, end: m.index + m[0].length };
  });

/**
 * Villages and towns named as such: "the village of Little Hedgecombe", "Pennock Bridge, a small town
 * where everyone knew her". A city is not narrow enough to report; a village or small town is.
 */
const SETTLEMENT = new RegExp(
  String.raw`(?<![\w'’-])(?:(?:village|hamlet|town|township|parish|crofting township) (?:of|called|named) (?<after>[A-Z][\w'’-]*(?: (?:upon|on|in|under|le|next the|[A-Z][\w'’-]*)){0,3})(?![\w'’-])|(?<before>[A-Z][\w'’-]*(?: (?:upon|on|in|under|le|[A-Z][\w'’-]*)){0,3}), (?:an?|un|une) (?:(?:small|little|tiny|rural|remote|coastal|seaside|quiet|former|mining|farming|fishing|market|sleepy|close-knit|petite?|tout petit) ){0,3}(?:village|hamlet|town|township|parish|community|hameau|ville|municipalité|paroisse)(?![\w'’-]))`,
  'g',
);

export const detectSettlements: Detector = (text, { knownNames }) =>
  matches(text, SETTLEMENT, (m) => {
    const { after, before } = m.groups ?? {};
    const name = after ?? before ?? '';
    const words = name.split(' ');
    // "In Pennock Bridge, a small town": what starts the clause is not part of the name.
    let skipped = 0;
    while (words.length > 1 && isLeadingFiller(words[0]!)) skipped += words.shift()!.length + 1;
    if (!words.some((w) => /^[A-Z]/.test(w) && !isGeneric(w) && !knownNames.has(w.toLowerCase()))) return undefined;
    const start = after !== undefined ? m.index + m[0].length - name.length : m.index + skipped;
    return { rule: 'confidentiality/named-place', start, end: start + words.join(' ').length };
  });

/**
 * Where a patient lives, works or comes from, named after what they do there: "he lives out past
 * Carmacks", "she works on the tills at the Co-op in Tobermory", "worked nights at Ardmore Bakery",
 * "she was fae Auchtermuchty", "flown in from Pickle Lake", "her cottage in Drumlackan". Nothing marks
 * these names as places but the verb before them, so a verb of living, working or coming from starts a
 * look along its clause for a preposition and a capitalised name.
 *
 * The writer's own town is not reported ("I live in Bootle", "we worked in Hull"), nor a name too wide
 * to place anyone: a city, region or country the name lexicon knows, a province (REGION_WORDS), a
 * national chain ("at the Co-op"), or words that describe a kind of place ("works in Primary Care").
 */
const WHERE_CUE =
  /(?<![\p{L}'’-])(?:liv(?:e|es|ed|ing)|work(?:s|ed|ing)?|grew up|raised|(?:comes?|came|is|was|were|are|['’]s)(?: originally)?(?= (?:from|fae) )|(?:drove|driven|came|come|flew|flown|brought|airlifted|medevac(?:ed|['’]d)?|retrieved|transferred|travelled|traveled)(?: (?:in|down|up|over|out))?(?= from )|home visits?|farm(?:s|ed|ing)?|(?:cottage|bungalow|farmhouse|farm|croft|caravan|homestead|house|hoose|flat|home)(?= (?:in|near|at|outside|on the edge of) )|(?:ran|runs|run|owned|owns|keeps|kept|managed|manages) (?:a|an|the|his|her|their) (?:[a-z&'’-]+ ){0,2}[a-z&'’-]+|drinks|drank|drinking|(?:was|been|is|worked as|works as) an? (?:[a-z&'’-]+ ){0,2}(?:boss|worker|miner|packer|cleaner|driver|labourer|fisherman|farmer|porter|cook|chef|manager|foreman|welder|joiner|mechanic|operator|clerk|lady|man|hand|keeper|assistant|steward|guard|picker|checker)|travaill(?:e|ait|ent|aient)|habit(?:e|ait|ent|aient)|demeur(?:e|ait|ent|aient)|vi(?:t|vait|vent|vaient)|(?:vient|venait|viennent|venaient)(?= d['’e] )|(?:[Pp]t|[Pp]atient|[Cc]lient|[Rr]esident|[Ff]amily|man|woman|lady|gentleman|boy|girl|couple|farmer|fisherman|(?:grand)?(?:son|daughter|mother|father)|mum|dad|wife|husband)(?= (?:from|fae) ))(?![\p{L}'’-])/gu;
/** The writer or their group as the subject just before the verb: "I live", "we both worked", "I've been living". */
const FIRST_PERSON_BEFORE = /(?:^|[^\p{L}'’-])(?:I|[Ww]e)(?:['’](?:m|ve|d))?(?: [a-z]+){0,2} $/u;
/** Where the clause ends: the look for a place goes no further. */
const CLAUSE_END = /[.;!?:()\n]|[—–] | - |, (?:but|and|so|which|who|when|where|because|though)\b/;
const PLACE_AFTER =
  /(?<![\p{L}'’-])(?:(?:in|at|on|outside|past|near|beyond|from|fae|around|by|à|au|aux|près de|de|dans)(?: the)? |d['’])(?<name>(?:St\.?|Saint|\p{Lu}[\p{L}'’-]*)(?: (?:St\.?|\p{Lu}[\p{L}'’-]*)){0,2})(?![\p{L}'’-])/gu;
/** National and provincial chains: working at one places no one until the town is named. */
const CHAINS = new Set(
  "tesco asda sainsbury's sainsburys morrisons aldi lidl co-op coop spar boots superdrug waitrose iceland argos primark greggs costa starbucks subway mcdonald's mcdonalds amazon walmart costco loblaws sobeys safeway metro canadian tire shoppers walmart's b&q wickes halfords wetherspoons wetherspoon's".split(
    ' ',
  ),
);

/** The last word of a region's name: "the Peace Country", "the Annapolis Valley", "the North Shore". */
const WIDE_TAIL =
  / (?:Country|Region|Coast|Shore|Valley|District|County|Province|Territory|Territories|Islands|Isles)$/;

/** Whether a name after a place preposition could place someone: some word in it is not a kind of place, a known region or a chain. */
function isNarrowPlace(name: string, knownNames: ReadonlySet<string>): boolean {
  if (wordFacts(name).place || isCityOrRegion(name) || WIDE_TAIL.test(name)) return false;
  return name.split(' ').some((word) => {
    const lower = word.toLowerCase().replace(/’/g, "'");
    const facts = wordFacts(word);
    return (
      /\p{Ll}/u.test(word) &&
      !isGeneric(word) &&
      !knownNames.has(lower.replace(/'s?$/, '')) &&
      !REGION_WORDS.has(lower) &&
      !CHAINS.has(lower) &&
      !MONTH_OR_DAY.test(word.replace(/s$/, '')) &&
      !facts.place &&
      !facts.tags.includes('Organization') &&
      !facts.tags.includes('Demonym') &&
      lower !== 'english' &&
      !(facts.common && !/^(?:St\.?|Saint)$/.test(word) && isLeadingFiller(word))
    );
  });
}

export const detectHomePlaces: Detector = function* (text, { knownNames }) {
  for (const cue of text.matchAll(WHERE_CUE)) {
    if (FIRST_PERSON_BEFORE.test(text.slice(Math.max(0, cue.index - 24), cue.index))) continue;
    const from = cue.index + cue[0].length;
    const rest = text.slice(from, from + 100);
    const clause = rest.slice(0, rest.search(CLAUSE_END) >>> 0);
    for (const m of clause.matchAll(PLACE_AFTER)) {
      const name = m.groups?.name ?? '';
      // "comes from the Department of Health": a body named by what it is of, not a town.
      if (clause.startsWith(' of ', m.index + m[0].length) || !isNarrowPlace(name, knownNames)) continue;
      const start = from + m.index + m[0].length - name.length;
      yield { rule: 'confidentiality/named-place', start, end: start + name.length };
    }
  }
};

/** An address after its label: "Discharge address: 3 Heol y Felin", "home address 14 Rue des Érables". */
const ADDRESS =
  /(?<=\b(?:[Aa]ddress(?:es)?|ADDRESS|[Aa]dresse|[Cc]yfeiriad)\b[^.\n]{0,20}?[: ] ?)(?<value>\d{1,4}[A-Za-z]?,? (?:(?:rue|avenue|chemin|boulevard|boul\.|route|rang|place|allée|impasse|heol|ffordd|stryd|lôn)(?: (?:de la|de l['’]|du|des|de|d['’]|y|yr))? ?)?[\p{Lu}][\p{L}'’-]*(?: (?:[\p{Ll}]{1,3}|[\p{Lu}][\p{L}'’-]*)){0,4})/gu;

/**
 * A street that its type word names, without a label: "14 rue des Pêcheurs", "chemin du Lac" (a French
 * street's type word comes first, in lower case, then its name; "avenue", "rang" and "route" only after a
 * number, as English uses them too: "she rang Pharmacy") and "Heol Cae Mawr", "Stryd y Bont" (a Welsh street type comes first).
 */
const STREET =
  /(?<![\p{L}\d])(?:(?:\d{1,4}[A-Za-z]?,? (?:avenue|rang|route|montée|côte)|(?:\d{1,4}[A-Za-z]?,? )?(?:rue|chemin|boulevard|boul\.|impasse|allée))(?: (?:de la|de l['’]|du|des|de|d['’]))? ?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}|(?:Heol|Ffordd|Stryd|Lôn)(?: (?:y|yr))? \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?![\p{L}'’-])/gu;

export const detectAddresses: Detector = function* (text) {
  yield* matches(text, ADDRESS, () => 'confidentiality/named-place');
  yield* matches(text, STREET, () => 'confidentiality/named-place');
};

/**
 * Quebec's local clinics and care homes, named the French way, type first: "CLSC de Rosemont", "le
 * Centre de santé de Lac-aux-Saules", "la Clinique médicale Saint-Laurent", "CHSLD Saint-Jean". As
 * narrow as a GP practice. The regional bodies above them (a CISSS or CIUSSS, like a health board or
 * Alberta Health Services) cover too many people to place a patient, and are not reported
 * (REGIONAL_HEALTH_BODIES in known-names.ts).
 */
const LOCAL_CLINIC =
  /(?<![\p{L}'’-])(?:CLSC|CHSLD|Centre de sant[ée](?! et de services)|Clinique(?: (?:m[ée]dicale|communautaire|familiale|externe|r[ée]gionale|populaire|d['’]urgence))?|Dispensaire)(?: (?:de la|de l['’]|du|des|de|d['’]))? ?\p{Lu}[\p{L}'’-]*(?:[ -](?:\p{Lu}[\p{L}'’-]*|de|du|des|la|l['’]\p{Lu}[\p{L}'’-]*))*(?![\p{L}'’-])/gu;

export const detectLocalClinics: Detector = (text) => matches(text, LOCAL_CLINIC, () => 'confidentiality/named-place');

/** "Toronto General", "Vancouver General", "Salford Royal": a city's general or royal hospital by its short name. */
const SHORT_GENERAL =
  /(?<![\w'’-])(?<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:General|Royal)(?:['’]s)?(?![\w'’-])(?! (?:[A-Z]|[a-z]+ (?:Hospital|Infirmary)))/g;
const NOT_A_HOSPITAL =
  /(?:^|\s)(?:Attorney|Surgeon|Secretary|Director|Governor|Inspector|Postmaster|Accountant|Solicitor|Auditor|Registrar|Major|Brigadier|Lieutenant|Consul|Adjutant|Quartermaster|Commissary|Provost|Vicar|Chaplain|District|In|The|A|An|Our|This|That|Royal|Teaching|Community|Local|Princess|Prince|Battle|Pair|Blood|Jelly|Anne|Regal|Very)$/;

export const detectShortGenerals: Detector = (text) =>
  matches(text, SHORT_GENERAL, (m) => {
    const name = m.groups?.name ?? '';
    if (NOT_A_HOSPITAL.test(name)) return undefined;
    const words = name.split(' ');
    const start = m.index + (words.length === 2 && isLeadingFiller(words[0]!) ? words[0]!.length + 1 : 0);
    return { rule: 'confidentiality/named-place', start, end: m.index + m[0].length };
  });

/**
 * Hospitals best known by a short name. A hand list because nothing in a short name says it is a
 * hospital; the list is the well-known ones in the UK and Canada, and grows as reviewers meet others.
 */
const FAMOUS = [
  "Addenbrooke['’]s",
  "Guy['’]s",
  "St\\.? Thomas['’]",
  "St\\.? Mary['’]s",
  "St\\.? George['’]s",
  "St\\.? Bartholomew['’]s",
  'Barts',
  'Great Ormond Street',
  'Moorfields',
  'Papworth',
  'the Christie',
  'Alder Hey',
  'the Royal Marsden',
  'the Royal Free',
  'the John Radcliffe',
  'the JR',
  'Stoke Mandeville',
  'Frimley Park',
  'Wythenshawe',
  'Southmead',
  'Derriford',
  'Musgrove Park',
  'Aintree',
  'Morriston',
  'Ninewells',
  'Raigmore',
  'Craigavon',
  'Altnagelvin',
  'the Ulster',
  'Sunnybrook',
  'SickKids',
  'Sick Kids',
  'Toronto Western',
  'Mount Sinai',
  'Foothills',
  'Lions Gate',
  'CHEO',
  'Holland Bloorview',
  'Peter Lougheed',
  'Rockyview',
  'Royal Columbian',
  'Royal Jubilee',
  "St\\.? Michael['’]s",
  "St\\.? Paul['’]s",
  "St\\.? Joseph['’]s",
  'Sunnybrook',
  'Baycrest',
];
const FAMOUS_PLACE = new RegExp(String.raw`(?<![\w'’-])(?:${FAMOUS.join('|')})(?![\w-])`, 'g');

export const detectFamousPlaces: Detector = (text) =>
  matches(text, FAMOUS_PLACE, (m) =>
    // "the Royal Marsden Manual": a book named after a hospital.
    /^ (?:Manual|Handbook|Guide|Formulary|Report|Inquiry|Review|Protocol|Protocols)\b|^(?: and [^.!?]{0,30})? (?:NHS Foundation Trust|published|produced|developed|launched|released)\b/.test(
      text.slice(m.index + m[0].length, m.index + m[0].length + 60),
    )
      ? undefined
      : 'confidentiality/named-place',
  );

/** "at Addenbrooke's", "transferred to Guy's.": a possessive name after a preposition, with no noun after it. */
const POSSESSIVE_PLACE =
  /(?<=\b(?:at|to|from|into|in|admitted to|transferred to|worked at|placement at) )(?:(?:St\.?|Saint) )?[A-Z][a-z]+(?:['’]s|s['’])(?=[.,;:!?)]|$| (?:and|or|where|for|when|but|with|on|in|last|this|that|before|after|until|as|because)\b)/g;

export const detectPossessivePlaces: Detector = (text, { knownNames }) =>
  matches(text, POSSESSIVE_PLACE, (m) => {
    const name = m[0]
      .replace(/^(?:St\.?|Saint) /, '')
      .replace(/['’]s?$/, '')
      .replace(/s$/, '');
    if (knownNames.has(name.toLowerCase()) || knownNames.has(`${name}s`.toLowerCase())) return undefined;
    const facts = wordFacts(name);
    if (facts.common && !facts.lastName && !facts.firstName) return undefined;
    return 'confidentiality/named-place';
  });

/**
 * Place names by their shape rather than by a kind of place after them:
 * - a ward or unit named in lower case after its name ("moved to Larch ward", "Osprey unit");
 * - a hospital known by "the Royal" and its short name ("from the Royal Hallamshire");
 * - a village or town with a prefix English place names take ("Little Pendle", "Upper Dunthorpe",
 *   "Nether Stowey") after a preposition, when the name lexicon does not know it as a region;
 * - a business by its owner's name ("Hartley's Garage", "Dunmore's Bakery"): a workplace or a shop.
 */
const SHAPED_PLACE =
  /(?<![\w'’-])(?:(?<ward>(?:St\.? )?[A-Z][a-z]+(?:-[a-z]{1,3}(?:-[A-Z][a-z]+)?)?(?:['’]s)?(?: [A-Z][a-z]+)?) (?:(?:timber|builders['’]?|scrap|paper|saw|steel|cotton|woollen|care|nursing|residential|retirement|primary|secondary|high|parish|village|distribution|call|fish|meat|processing|packing|bottling|sorting) )?(?:ward|unit|wing|suite|mill|factory|plant|quarry|colliery|depot|warehouse|care home|nursing home|home|school|chapel|church|farm|estate|pub|yard)(?![\w'’-])|(?<wardFirst>Ward [A-Z][a-z]+)(?![\w'’-])|(?<institution>(?:CHSLD|CLSC|CHU|Hôpital|Centre hospitalier|Pavillon|Clinique(?: médicale)?|Polyclinique|Résidence|Foyer|Manoir|Maison|Ysbyty|Ospadal|Ospidéal|Ysgol(?: Gynradd| Uwchradd)?|Hosbis|Meddygfa|Clinig|Cartref|Canolfan Iechyd|Baile|Achadh|Cnoc|Ceann|Tobar)(?: (?:de la|de l['’]|du|des|de|d['’]|le|la|les|y|yr|na|nan|an|a['’]|na h-))? ?[A-ZÀ-Ý][\p{L}'’-]+(?: [A-ZÀ-Ý][\p{L}'’-]+)?)|(?<=\b(?:outside|above|below|beyond|past|near|called|up at|out at|out past) )(?<shaped>(?:Llan|Aber|Pen|Cwm|Ynys|Tre|Pont|Caer|Bryn|Nant|Blaen|Glyn|Maes|Rhos|Porth|Kil|Auchter|Auchen|Inver|Strath|Dun|Glen|Bally|Carrick|Drum|Knock|Lis|Tober)[a-zâêîôûŵŷ'’]{2,}(?:-[a-z]{1,3}-[A-Z][a-z]+)?)(?![\w'’-])|(?:(?<=\b(?:in|from|near|at|to|outside|above|below|beyond|past|around|called|is|was|de|d['’]) ?)|(?<=(?:^|\s)à ))(?<hyphened>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*(?:-(?:y|yr|ar|o|an|le|la|du|des|en|sur|upon|on|in|under|by|the|next-the)-\p{Lu}\p{Ll}+)+|(?:Petite?|Grande?|Bas|Haute?|Pointe|Rivière|Lac|Port|Val|Cap|Île|Anse|Baie|Beau|Belle|Fort|Vieux|Vieille)(?:-\p{Lu}\p{Ll}+)+)(?![\w'’-])|(?<=\b(?:at|in|to|from|outside|local,|local) the )(?<pub>[A-Z][a-z]+ and [A-Z][a-z]+)(?=[,.;]| (?:in|at|where|was|is|pub|on)\b)|(?<arms>[A-Z][a-z]+(?:['’]s|s['’]|s)? (?:Arms|Inn|Tavern))(?![\w'’-])|(?<=\b(?:the|at|from|to) )(?<royal>Royal [A-Z][a-z]+)(?![\w'’-])(?! (?:[A-Z]|of\b|and\b))|(?<=\b(?:in|from|near|at|to|outside|around|called) )(?<village>(?:Upper|Lower|Higher|Little|Great|Nether|Much|Long|Old|High|Low|Kings?|Church|Castle|Market|Steeple|Bishops?|Temple|Chipping|Stony|Saint) [A-Z][a-z'’]+(?:-[A-Za-z'’]+)*)(?![\w'’-])|(?<business>[A-Z][a-z]+['’]s (?:Rest|Head|Garage|Bakery|Butchers?|Café|Cafe|Chippy|Salon|Barbers?|Hardware|Chemist|Newsagents?|Deli|Takeaway|Diner|Restaurant|Motors|Dairy|Yard|Haulage|Builders|Plumbing|Joinery|Nursery|Kennels|Stables|Mill|Pub|Inn|Arms|Tavern|Hotel|Shop|Store|Stores))(?![\w'’-])|(?<=\b(?:regular at|regulars at|drinks at|drank at|drinking at|behind the bar at|local (?:is|was)|local,|landlord of|landlady of|publican at|barman at|barmaid at) the )(?<local>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?![\w'’-]))/gu;
/** What "the Royal" is in health care's prose other than a hospital. */
const ROYAL_NOT_HOSPITAL =
  /^Royal (?:College|Colleges|Society|Navy|Air|Marines?|Mail|Family|Household|Commission|Charter|Assent|Academy|Institution|Pharmaceutical|Warrant|Highness|Couple|Wedding|Visit|Engineers|Artillery|British|Canadian|Mint|Opera|Ballet|Albert|Shakespeare|Botanic)$/;
/** Regions and countries that take the same prefixes ("North Wales", "Great Britain", "New Brunswick"). */
const PREFIXED_REGION =
  /^(?:\w+ )(?:Britain|Wales|England|Scotland|Ireland|Midlands|Yorkshire|Sussex|Lothian|Ayrshire)$/;

/** A French institution after an elided article: "transférée à l'Hôpital Sainte-Brigitte", "d'Hôtel-Dieu de Lévis". */
const ELIDED_INSTITUTION =
  /(?<=\b[lLdD]['’])(?:Hôpital|Hôtel-Dieu|Hospice|Institut|Établissement|Unité|Urgence)(?: (?:de la|de l['’]|du|des|de|d['’]))? ?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?(?![\p{L}'’-])/gu;

const shapedPlaces: Detector = (text, { knownNames }) =>
  matches(text, SHAPED_PLACE, (m) => {
    const { ward, royal, village, business, institution, shaped, wardFirst, hyphened, pub, arms, local } =
      m.groups ?? {};
    // "a regular at the Grey Heron", "his local was the Clachan Bar": a pub a patient is known at.
    if (local !== undefined) {
      const words = local.split(' ').filter((w) => !isGeneric(w));
      return words.length > 0 && words.every((w) => !knownNames.has(w.toLowerCase()) && !wordFacts(w).place)
        ? 'confidentiality/named-place'
        : undefined;
    }
    if (hyphened !== undefined) return wordFacts(hyphened).place ? undefined : 'confidentiality/named-place';
    if (arms !== undefined)
      return knownNames.has(arms.split(' ')[0]!.toLowerCase()) ? undefined : 'confidentiality/named-place';
    if (pub !== undefined) {
      // "the Plough and Harrow": a pub is named by two ordinary things; "the Health and Social Care" is not one.
      const words = pub.split(' and ');
      return words.every((w) => !isGeneric(w) && !wordFacts(w).firstName && !wordFacts(w).tags.includes('Organization'))
        ? 'confidentiality/named-place'
        : undefined;
    }
    if (wardFirst !== undefined) {
      // "Ward Aderyn" (a ward named after its word, as Welsh hospitals name them); "Ward Round", "Ward Manager" are roles and routines.
      const name = wardFirst.slice(5);
      return wordFacts(name).common || isGeneric(name) ? undefined : 'confidentiality/named-place';
    }
    if (institution !== undefined) return 'confidentiality/named-place';
    if (shaped !== undefined) {
      if (wordFacts(shaped).place || wordFacts(shaped).common || knownNames.has(shaped.toLowerCase())) return undefined;
      return 'confidentiality/named-place';
    }
    if (ward !== undefined) {
      const words = ward.split(' ');
      // "Cardiology ward", "the Surgical unit", "Ward" after a sentence start ("Stroke unit was full").
      if (words.some((w) => isGeneric(w) || wordFacts(w).common || knownNames.has(w.toLowerCase()))) return undefined;
      if (
        words.length === 1 &&
        (m.index === 0 || /[.!?:;"“‘(]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index)))
      )
        return undefined;
      return { rule: 'confidentiality/named-place', start: m.index, end: m.index + m[0].length };
    }
    if (royal !== undefined) return ROYAL_NOT_HOSPITAL.test(royal) ? undefined : 'confidentiality/named-place';
    if (village !== undefined) {
      const last = village.split(' ').pop() ?? '';
      if (PREFIXED_REGION.test(village) || wordFacts(village).place || knownNames.has(last.toLowerCase()))
        return undefined;
      return 'confidentiality/named-place';
    }
    if (business !== undefined) {
      const owner = business.replace(/['’]s .*$/, '');
      return knownNames.has(owner.toLowerCase()) ? undefined : 'confidentiality/named-place';
    }
    return undefined;
  });

export const detectShapedPlaces: Detector = (text, context) => [
  ...shapedPlaces(text, context),
  ...matches(text, ELIDED_INSTITUTION, () => 'confidentiality/named-place'),
];
