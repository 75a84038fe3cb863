/**
 * Country adjectives (nisba) → ISO code. Not locations: «الجيش الأرميني» names a
 * party, not a place. The extractor uses these for claimant / accused / target
 * sides. Phrases where an adjective does name territory («الأراضي الأرمينية»,
 * «الحدود الأرمينية الأذربيجانية») are spellings of places in the data instead.
 */
import { normalizeKey } from '../text/normalize.js';

/** Stems of the adjective per country; each stem takes the endings ي، ية، يون، يين، يان، يات. */
const STEMS: Record<string, string[]> = {
  AM: ['أرمين', 'أرمن'],
  AZ: ['أذربيجان', 'أذر'],
  RU: ['روس'],
  TR: ['ترك'],
  IR: ['إيران'],
  GE: ['جورج'],
  US: ['أمريك', 'أميرك'],
  FR: ['فرنس'],
  GB: ['بريطان'],
  DE: ['ألمان'],
  UA: ['أوكران'],
  BY: ['بيلاروس'],
  KZ: ['كازاخ', 'كازاخستان'],
  LB: ['لبنان'],
  IL: ['إسرائيل'],
  PS: ['فلسطين'],
  SY: ['سور'],
  IQ: ['عراق'],
  YE: ['يمن'],
  SD: ['سودان'],
  LY: ['ليب'],
  EG: ['مصر'],
  JO: ['أردن'],
  SA: ['سعود'],
  QA: ['قطر'],
  CN: ['صين'],
  IT: ['إيطال'],
  // countries of the generated list (places.world-countries.ts); no Mali: «المالي» is "financial"
  AF: ['أفغان'],
  PK: ['باكستان'],
  SO: ['صومال'],
  BF: ['بوركين'],
  NE: ['نيجر'],
  NG: ['نيجير'],
  DZ: ['جزائر'],
  TN: ['تونس'],
  MA: ['مغرب'],
  MR: ['موريتان'],
  TD: ['تشاد'],
  ET: ['إثيوب', 'أثيوب'],
  KW: ['كويت'],
  AE: ['إمارات'],
};

/** Irregular forms: plurals and short forms that do not follow the stem rule. */
const EXTRA: Record<string, string[]> = {
  AM: ['أرمن'],
  AZ: ['أذري', 'أذرية', 'أذريون', 'أذريين'],
  RU: ['روس'],
  TR: ['أتراك'],
  US: ['أمريكان', 'أميركان'],
  DE: ['ألمان'],
  SY: ['سوريون', 'سوريين'],
  SD: ['سودانيون'],
  BF: ['بوركينابي', 'بوركينابية'],
};

const ENDINGS = ['ي', 'ية', 'يون', 'يين', 'يان', 'يات', 'يتان', 'يتين'];

export const COUNTRY_ADJECTIVES: Readonly<Record<string, readonly string[]>> = (() => {
  const out: Record<string, string[]> = {};
  for (const [code, stems] of Object.entries(STEMS)) {
    const forms = new Set<string>();
    for (const stem of stems) for (const e of ENDINGS) forms.add(stem + e);
    for (const x of EXTRA[code] ?? []) forms.add(x);
    out[code] = [...forms];
  }
  return out;
})();

const lookup = new Map<string, string>();
for (const [code, forms] of Object.entries(COUNTRY_ADJECTIVES)) {
  for (const f of forms) {
    const k = normalizeKey(f);
    if (!lookup.has(k)) lookup.set(k, code);
  }
}

/**
 * ISO code for one word that is a country adjective («الأرمينية», «والأذربيجاني»,
 * «للقوات» → undefined). Proclitics و ف ب ل ك and the article are stripped.
 */
export function countryOfAdjective(word: string): string | undefined {
  let w = normalizeKey(word);
  const tries: string[] = [w];
  for (let k = 0; k < 2; k++) {
    if (/^[وفبكل]/.test(w) && w.length > 3) {
      w = w.slice(1);
      tries.push(w);
    }
  }
  for (const t of [...tries]) {
    if (t.startsWith('ال')) tries.push(t.slice(2));
    if (t.startsWith('ل') && !t.startsWith('ال')) tries.push(t.slice(1)); // «للأرمن» → ل + ال(ا)رمن
  }
  for (const t of tries) {
    const c = lookup.get(t);
    if (c) return c;
  }
  return undefined;
}
