/**
 * Names whose side depends on where the report is: «الجيش الوطني» is the Turkish-backed Syrian National Army in
 * Syria, Haftar's army in Libya and the state's own army elsewhere; «النصرة» is Hayat Tahrir al-Sham's forerunner in
 * Syria and JNIM («نصرة الإسلام والمسلمين») in the Sahel; «قوات صنعاء» are the forces that hold Sanaa (the Houthis
 * since they took the city on 21 September 2014). The report's country decides (a country or nisba right after the
 * name, else the country its places name); where none does, the name is no side at all: nothing is guessed.
 */
export interface RegionalName {
  /** English label. */
  name: string;
  /** The party the name stands for in a report about each country (ISO code). */
  byCountry: Readonly<Record<string, string>>;
  /** In a report about another country: that country's own forces ('state'), or nobody (null). */
  elsewhere: 'state' | null;
  /** The country the name itself names («صنعاء» is in Yemen), when the report names none. */
  home?: string;
  /** The first day (ISO) the name has this meaning; before it the name is no side. */
  since?: string;
  /**
   * A common noun used as a name («الانتقالي», «الحشد», «المقاومة», «الشباب»): only as a noun of its own — not as the
   * adjective of a definite noun before it («الرئيس الانتقالي»), not with a definite adjective after it that makes it
   * another noun («الحشد العسكري»), not in the feminine («السلطات الانتقالية»).
   */
  bare?: boolean;
  /** Only right after a members or militia word («عناصر الدعم», «ميليشيا الدعم»): alone the word is something else. */
  afterMembers?: boolean;
  /**
   * Peacekeepers: a country or nisba right after the name is the party itself, not the country the report is about
   * («قوات حفظ السلام الروسية» in Karabakh are Russia's); and they are a mission, read like the table's UN and African
   * Union names (role org), never a side of the fighting (the attacker or the other side of a report's dyad).
   */
  peacekeepers?: boolean;
}

const SAHEL_JNIM = { ML: 'ML-JNIM', BF: 'ML-JNIM', NE: 'ML-JNIM' };
const PEACEKEEPERS_BY_HOST = {
  ...{ LB: 'UN', IL: 'UN', SY: 'UN', ML: 'UN', CD: 'UN', SS: 'UN', CF: 'UN' },
  ...{ SO: 'AFRICAN-UNION', AM: 'RU', AZ: 'RU', NKR: 'RU' },
};

export const REGIONAL_NAMES: ReadonlyArray<{ names: readonly string[]; regional: RegionalName }> = [
  {
    names: ['الجيش الوطني', 'قوات الجيش الوطني'],
    regional: { name: 'National Army', byCountry: { SY: 'SY-SNA', LY: 'LY-LNA' }, elsewhere: 'state' },
  },
  // the Karabakh Defence Army in a report about Armenia or Azerbaijan, the Israeli army in the Levant
  {
    names: ['جيش الدفاع'],
    regional: { name: 'Defence Army', byCountry: { AM: 'NKR', AZ: 'NKR', IL: 'IL', PS: 'IL', LB: 'IL', SY: 'IL' }, elsewhere: null },
  },
  { names: ['النصرة'], regional: { name: 'al-Nusra', byCountry: { SY: 'SY-HTS', ...SAHEL_JNIM }, elsewhere: null } },
  {
    names: ['قوات صنعاء', 'حكومة صنعاء', 'سلطات صنعاء', 'القوات المسلحة في صنعاء'],
    regional: { name: 'Sanaa forces', byCountry: { YE: 'YE-HOUTHI' }, elsewhere: null, home: 'YE', since: '2014-09-21' },
  },
  // Gaza's Popular Resistance Committees; in Sudan the civil neighbourhood committees, no armed side
  { names: ['لجان المقاومة'], regional: { name: 'Resistance Committees', byCountry: { PS: 'PS-PRC', IL: 'PS-PRC' }, elsewhere: null } },
  // the Rapid Support Forces by half their name; elsewhere a state's support troops
  { names: ['قوات الدعم'], regional: { name: 'Support Forces', byCountry: { SD: 'SD-RSF' }, elsewhere: 'state' } },
  // «الدعم» alone is «support»: the RSF only as the group whose members or militia these are («عناصر الدعم»)
  {
    names: ['الدعم'],
    regional: { name: 'Support Forces', byCountry: { SD: 'SD-RSF' }, elsewhere: null, bare: true, afterMembers: true },
  },
  // Hezbollah in Lebanon; the forces beside the government in Yemen; the many factions of Gaza or Iraq are no one side
  { names: ['المقاومة'], regional: { name: 'Resistance', byCountry: { LB: 'LB-HEZBOLLAH', YE: 'YE' }, elsewhere: null, bare: true } },
  { names: ['المقاومة الإسلامية'], regional: { name: 'Islamic Resistance', byCountry: { LB: 'LB-HEZBOLLAH' }, elsewhere: null } },
  // the Southern Transitional Council in Yemen, the 2011 National Transitional Council in Libya
  {
    names: ['الانتقالي', 'المجلس الانتقالي'],
    regional: { name: 'Transitional Council', byCountry: { YE: 'YE-STC', LY: 'LY-NTC' }, elsewhere: null, bare: true },
  },
  { names: ['الحشد'], regional: { name: 'Mobilisation', byCountry: { IQ: 'IQ-PMF' }, elsewhere: null, bare: true } },
  // Peacekeepers with no mission named are the mission where the report is: the UN's in Lebanon, the Golan (UNDOF),
  // Mali, the Congo, South Sudan and the Central African Republic, the African Union's in Somalia, Russia's in
  // Karabakh (2020–2024); a nation named after them is theirs («جنود حفظ السلام الإندونيسيين»). The table names the
  // missions themselves («اليونيفيل», «قوات حفظ السلام الأفريقية»).
  {
    names: ['قوات حفظ السلام', 'جنود حفظ السلام', 'عناصر حفظ السلام', 'قوة حفظ السلام', 'بعثة حفظ السلام'],
    regional: { name: 'Peacekeepers', byCountry: PEACEKEEPERS_BY_HOST, elsewhere: null, peacekeepers: true },
  },
  // the Joint Force of the Darfur armed movements in Sudan; elsewhere the joint forces of the state (Iraq's army and
  // police, Yemen's west-coast forces beside the government)
  {
    names: ['القوة المشتركة', 'القوات المشتركة'],
    regional: { name: 'Joint Force', byCountry: { SD: 'SD-JOINTFORCE' }, elsewhere: 'state' },
  },
  // the PKK's armed wing (HPG) where it fights; in Sudan and elsewhere a state's own militia (Sudan's PDF)
  {
    names: ['قوات الدفاع الشعبي'],
    regional: { name: 'People’s Defence Forces', byCountry: { IQ: 'PKK', TR: 'PKK', SY: 'PKK' }, elsewhere: 'state' },
  },
  // «the Kharijites»: what Somalia's government calls al-Shabaab (since 2022) and Pakistan's the TTP («فتنة الخوارج», 2024)
  {
    names: ['الخوارج', 'خوارج', 'فتنة الخوارج', 'ميليشيات الخوارج', 'مليشيات الخوارج'],
    regional: { name: 'Khawarij', byCountry: { SO: 'SO-SHABAAB', PK: 'PK-TTP' }, elsewhere: null },
  },
  // al-Shabaab where it fights (Somalia, and its raids into Kenya); elsewhere «the youth»
  { names: ['الشباب'], regional: { name: 'al-Shabaab', byCountry: { SO: 'SO-SHABAAB', KE: 'SO-SHABAAB' }, elsewhere: null, bare: true } },
];
