/** «الهدنة التي أعلنها بوتين»: a speech verb after a relative pronoun describes a noun, it does not attribute the sentence. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set([
  'التي',
  'الذي',
  'الذين',
  'اللذين',
  'اللتين',
  'اللذان',
  'اللتان',
  'اللواتي',
  'اللاتي',
]);
