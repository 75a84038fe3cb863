/** Titles of people (head names in parties.ts): a name may stand between the verb and them («عن باروير هوفهانيسيان نائب وزير الخارجية»). */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'spokesman',
  'president',
  'prime minister',
  'foreign minister',
  'defence minister',
  'ambassador',
  'leader',
  'officials',
  'minister',
]);
