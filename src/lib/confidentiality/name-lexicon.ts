/**
 * What the detectors know about words, from the lexicon of compromise (a maintained English NLP
 * library that also runs in browsers): which words are first names and surnames, which are places,
 * and which are ordinary words (a preposition, a verb) that can start a sentence but never a name.
 *
 * Only the lexicon is used, not compromise's tagger: tagging costs about 1.5 ms a sentence, far too
 * slow for the 1 MB budget, and on names outside its lexicon it does no better than the lexicon does
 * (it tags "Priya Raman" as a plain noun phrase). The lexicon is read once, on first use.
 */
import nlp from 'compromise/two';

export interface WordFacts {
  /** A given name (compromise: FirstName, MaleName, FemaleName). */
  firstName: boolean;
  /** A surname (compromise: LastName). */
  lastName: boolean;
  /** A famous person as one entry (compromise: Person), e.g. "florence nightingale". */
  person: boolean;
  /** A place: city, region, country or other place. */
  place: boolean;
  /** An ordinary word: any tag other than names, places and organisations. */
  common: boolean;
  /** The word's tags in compromise's lexicon ([] when it is not there). */
  tags: readonly string[];
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['Place', 'City', 'Region', 'Country']);
const PROPER_TAGS = new Set([
  ...NAME_TAGS,
  'LastName',
  'Person',
  'Honorific',
  'Organization',
  'ProperNoun',
  ...PLACE_TAGS,
]);

let lexicon: Record<string, string | string[]> | undefined;
const cache = new Map<string, WordFacts>();

function loadLexicon(): Record<string, string | string[]> {
  lexicon ??= (
    nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }
  ).world().model.one.lexicon;
  return lexicon;
}

/** Facts about one word (any case; curly apostrophes read as straight ones). */
export function wordFacts(word: string): WordFacts {
  const key = word.toLowerCase().replace(/’/g, "'");
  let facts = cache.get(key);
  if (facts) return facts;
  const raw = loadLexicon()[key];
  const tags = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  facts = {
    firstName: tags.some((t) => NAME_TAGS.has(t)),
    lastName: tags.includes('LastName'),
    person: tags.includes('Person'),
    place: tags.some((t) => PLACE_TAGS.has(t)),
    common: tags.some((t) => !PROPER_TAGS.has(t)),
    tags,
  };
  cache.set(key, facts);
  return facts;
}

/** Whether compromise lists a phrase (lower-cased) as a famous person, e.g. "florence nightingale". */
export const isFamousPerson = (phrase: string) => wordFacts(phrase).person;

/** Provinces, territories, regions and cities the name lexicon does not know as places ("Nova Scotia", "Saskatoon"): too wide to identify anyone. */
export const REGION_WORDS = new Set(
  'nova scotia brunswick newfoundland labrador saskatchewan manitoba alberta ontario quebec québec yukon nunavut northwest territories prince edward island highlands lowlands borders cotswolds pennines fens midlands nouveau-brunswick nouvelle-écosse colombie-britannique terre-neuve saskatoon regina moncton fredericton sudbury kelowna kamloops lethbridge sherbrooke gatineau longueuil saguenay rimouski charlottetown whitehorse yellowknife iqaluit'.split(
    ' ',
  ),
);
/**
 * UK and Canadian cities and large towns (about 100,000 people or more, or a provincial or territorial
 * capital) that the name lexicon does not know as places, whole names in lower case: too wide to place
 * anyone who lives or works there.
 */
export const CITIES = new Set([
  'aberdeen',
  'aberystwyth',
  'armagh',
  'bangor',
  'basildon',
  'bath',
  'birkenhead',
  'blackburn',
  'bournemouth',
  'bradford',
  'burnley',
  'bury',
  'canterbury',
  'chelmsford',
  'chester',
  'colchester',
  'crawley',
  'derby',
  'derry',
  'doncaster',
  'dudley',
  'dundee',
  'dunfermline',
  'eastbourne',
  'falkirk',
  'gateshead',
  'gloucester',
  'grimsby',
  'halifax',
  'harrogate',
  'huddersfield',
  'hull',
  'kirkcaldy',
  'lincoln',
  'lisburn',
  'livingston',
  'londonderry',
  'luton',
  'maidstone',
  'mansfield',
  'middlesbrough',
  'milton keynes',
  'newport',
  'newry',
  'oldham',
  'paisley',
  'peterborough',
  'plymouth',
  'poole',
  'portsmouth',
  'preston',
  'reading',
  'rochdale',
  'rotherham',
  'salford',
  'salisbury',
  'slough',
  'solihull',
  'southend',
  'st helens',
  'stirling',
  'stockport',
  'stoke',
  'stoke-on-trent',
  'sunderland',
  'swansea',
  'swindon',
  'telford',
  'walsall',
  'warrington',
  'watford',
  'west bromwich',
  'wigan',
  'wirral',
  'wolverhampton',
  'worcester',
  'worthing',
  'wrexham',
  'abbotsford',
  'airdrie',
  'barrie',
  'belleville',
  'brampton',
  'brandon',
  'brossard',
  'burnaby',
  'charlottetown',
  'chicoutimi',
  'coquitlam',
  'dartmouth',
  'drummondville',
  'fort mcmurray',
  'fredericton',
  'gatineau',
  'grande prairie',
  'granby',
  'greater sudbury',
  'guelph',
  'hamilton',
  'iqaluit',
  'kamloops',
  'kelowna',
  'kingston',
  'kitchener',
  'laval',
  'lethbridge',
  'lévis',
  'longueuil',
  'markham',
  'medicine hat',
  'mississauga',
  'moncton',
  'montréal',
  'nanaimo',
  'niagara falls',
  'north bay',
  'oshawa',
  'prince george',
  'quebec city',
  'québec',
  'red deer',
  'regina',
  'repentigny',
  'richmond',
  'rimouski',
  'saguenay',
  'saint john',
  'sarnia',
  'saskatoon',
  'sault ste marie',
  'sault ste. marie',
  'sherbrooke',
  'st catharines',
  'st. catharines',
  "st john's",
  "st. john's",
  'sudbury',
  'surrey',
  'sydney',
  'terrebonne',
  'thunder bay',
  'trois-rivières',
  'victoria',
  'waterloo',
  'whitehorse',
  'windsor',
  'yellowknife',
]);
/** Whether a name (any case) is a province, region or city too wide to place anyone: REGION_WORDS or CITIES. */
export function isCityOrRegion(name: string): boolean {
  const key = name.toLowerCase().replace(/’/g, "'");
  return REGION_WORDS.has(key) || CITIES.has(key);
}

/** A month or a day of the week, whole word, any case. */
export const MONTH_OR_DAY =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
