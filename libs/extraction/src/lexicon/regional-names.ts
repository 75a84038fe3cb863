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
}

const SAHEL_JNIM = { ML: 'ML-JNIM', BF: 'ML-JNIM', NE: 'ML-JNIM' };

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
];
