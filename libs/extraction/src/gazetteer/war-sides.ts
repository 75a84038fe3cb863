/**
 * Interstate wars whose two sides' territories the Arabic press reports on together: a report that names only
 * one side («قصفت القوات الروسية مدينة X», «مسيرات أوكرانية استهدفت مدينة Y») is about the war, and the town
 * hit may lie on the other side. The world gazetteer's context then opens the other side's places too (after the
 * named side's, so a namesake of the named country still ranks first).
 *
 * Sides (ISO 3166-1 alpha-2): Russia–Ukraine (war since 2014, full-scale since February 2022); Armenia–
 * Azerbaijan (Karabakh wars 1992–94, 2020, 2023, border clashes 2021–22); Israel–Lebanon (Hezbollah front
 * 2023–24) and Israel–Palestine (Gaza); Afghanistan–Pakistan (Pakistani strikes in Khost, Paktika and
 * Kunar, border clashes 2024–25).
 */
const WAR_SIDES: readonly (readonly [string, string])[] = [
  ['RU', 'UA'],
  ['AM', 'AZ'],
  ['IL', 'LB'],
  ['IL', 'PS'],
  ['AF', 'PK'],
];

/**
 * The report's countries with the other side of their war added, when every country of the report is a side of
 * that one war (a report about Syria that names Russia, or one placed in Syria and Lebanon, opens nothing more).
 */
export function withWarSides(countries: readonly string[]): readonly string[] {
  if (!countries.length || countries.length > 2) return countries;
  const war = WAR_SIDES.filter(([a, b]) => countries.every((c) => c === a || c === b));
  if (war.length !== 1) return countries;
  const [a, b] = war[0];
  return countries.includes(a) && countries.includes(b) ? countries : [...countries, countries.includes(a) ? b : a];
}
