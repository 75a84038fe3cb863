/**
 * Which countries an Arabic text names, for every ISO 3166-1 country: the
 * context the world gazetteer ranks by. The curated gazetteer knows ~40
 * countries; a report from Somalia, Afghanistan or the Sahel names its own
 * country as «الصومال», «أفغانستان», «بوركينا فاسو», and that is what lets
 * «جيليب» be Jilib rather than nothing.
 *
 * Names come from the ICU data Node ships (`Intl.DisplayNames` in Arabic),
 * with the usual press variants ICU does not give («فلسطين», «الكونغو»).
 */
import { arabicWords } from './arabic-skeleton.js';
import { foldArabic, isStopword } from './stoplist.js';

const EXTRA_NAMES: Record<string, readonly string[]> = {
  PS: ['فلسطين', 'غزة', 'الضفة الغربية'],
  CD: ['الكونغو الديمقراطية'],
  CG: ['الكونغو برازافيل'],
  US: ['أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية'],
  GB: ['بريطانيا'],
  RU: ['روسيا الاتحادية'],
  SY: ['سورية'],
  MM: ['ميانمار', 'بورما'],
  CI: ['ساحل العاج'],
};

/** Folded name (words joined by one space) → ISO-2; names that are also common words («مالي» financial) left out. */
function buildNames(codes: readonly string[]): Map<string, string> {
  const display = new Intl.DisplayNames(['ar'], { type: 'region' });
  const names = new Map<string, string>();
  const add = (name: string, code: string) => {
    // ICU disambiguates some names with a dash («الكونغو - كينشاسا»); the press writes the first part.
    const words = arabicWords(name.split(' - ')[0]);
    if (words.length === 0 || (words.length === 1 && isStopword(words[0]))) return;
    const key = words.map(foldArabic).join(' ');
    if (!names.has(key)) names.set(key, code);
  };
  for (const code of codes) {
    const name = display.of(code);
    if (name && name !== code) add(name, code);
    for (const extra of EXTRA_NAMES[code] ?? []) add(extra, code);
  }
  return names;
}

/**
 * The text's Arabic words, folded as `foldArabic` folds them, in one pass over the characters
 * (a regular-expression split and a fold per word cost three times as much on a report).
 */
function foldedWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640) continue; // harakat, tatweel
    if (c >= 0x621 && c <= 0x64a) {
      word += c === 0x623 || c === 0x625 || c === 0x622 ? 'ا' : c === 0x629 ? 'ه' : c === 0x649 ? 'ي' : text[i];
    } else if (word) {
      words.push(word);
      word = '';
    }
  }
  if (word) words.push(word);
  return words;
}

const PROCLITICS = ['و', 'ب', 'ل', 'ف', 'وب', 'ول', 'فب', 'فل'];

export interface CountryNames {
  /** ISO-2 codes named in the text (names and nisbas: «السودان», «السودانية»), with how often, most mentioned first. */
  countriesNamedIn(text: string): { country: string; mentions: number }[];
  /** A country name or its nisba («أرميني», «الأوكرانية», «سوريين»): never a town. */
  isCountryWord(word: string): boolean;
}

const NISBA_ENDINGS = ['ي', 'يه', 'يين', 'يون', 'يان', 'يتين'];

/** «أرمينيا» → أرميني, أرمينيه…; «السودان» → سوداني…; «أفغانستان» → أفغاني too; one-word names only. */
function nisbasOf(foldedName: string): string[] {
  let stem = foldedName.startsWith('ال') ? foldedName.slice(2) : foldedName;
  stem = stem.replace(/[اه]$/, '').replace(/ي$/, '');
  if (stem.length < 3) return [];
  const stems = stem.endsWith('ستان') && stem.length > 6 ? [stem, stem.slice(0, -4)] : [stem];
  return stems.flatMap((st) => NISBA_ENDINGS.map((e) => st + e));
}

/** Country names for the given ISO-2 codes (the world table's countries). */
export function createCountryNames(codes: readonly string[]): CountryNames {
  const names = buildNames(codes);
  // First word of each name → the names starting with it, as word lists: a text word costs a Map probe or two.
  const byFirstWord = new Map<string, { words: string[]; code: string }[]>();
  for (const [name, code] of names) {
    const words = name.split(' ');
    const list = byFirstWord.get(words[0]);
    if (list) list.push({ words, code });
    else byFirstWord.set(words[0], [{ words, code }]);
  }

  // One-word names and their nisbas, without the article → country: «سوداني», «الأوكرانية» name a country too.
  const countryWords = new Map<string, string>();
  for (const [name, code] of names) {
    if (name.includes(' ')) continue;
    for (const word of [name.startsWith('ال') ? name.slice(2) : name, ...nisbasOf(name)]) {
      if (!countryWords.has(word)) countryWords.set(word, code);
    }
  }
  const withoutArticle = (w: string) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w);
  const isCountryWord = (word: string) => countryWords.has(withoutArticle(foldArabic(word)));

  function countriesNamedIn(text: string): { country: string; mentions: number }[] {
    const words = foldedWords(text);
    const counts = new Map<string, number>();
    const mention = (code: string) => counts.set(code, (counts.get(code) ?? 0) + 1);
    const count = (head: string, i: number) => {
      for (const name of byFirstWord.get(head) ?? []) {
        if (name.words.every((w, k) => k === 0 || words[i + k] === w)) mention(name.code);
      }
      const nisba = countryWords.get(withoutArticle(head));
      // A one-word name was counted just above; only its nisbas are new mentions.
      if (nisba && !byFirstWord.has(head)) mention(nisba);
    };
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      count(word, i);
      for (const clitic of PROCLITICS) {
        if (word.length <= clitic.length + 1 || !word.startsWith(clitic)) continue;
        const rest = word.slice(clitic.length);
        count(rest, i);
        // «لل» is ل + ال: «للسودان» → «السودان».
        if (clitic.endsWith('ل') && rest.startsWith('ل')) count('ا' + rest, i);
      }
    }
    return [...counts].sort((a, b) => b[1] - a[1]).map(([country, mentions]) => ({ country, mentions }));
  }

  return { countriesNamedIn, isCountryWord };
}
