/** Words that open a new major clause («…، بينما أكدت موسكو …»); «؛» does too. */
export const MAJOR_CLAUSE_BREAK = /^(?:[وف]?(?:كما|فيما|بينما|بدوره|بدورها|حين|المقابل|جهته|جهتها|جانبه|جانبها|ذلك|وسط))$/;

/**
 * «تزامناً مع», «بالتزامن مع», «متزامناً مع»: what follows is another event at the same time, with its own
 * places («سقطت قذائف على X، تزامناً مع غارات على Y» is two events, not one at X and Y).
 */
export const CONCURRENT_WORD = /^[وف]?(?:بال|م)?تزامن(?:ا|اً|ًا)?$/;

/** A word naming the border («الحدود», «حدودي»). */
export const BORDER_WORD = /^[وفبل]*(?:ال)?حدود/;
export const BORDER_ADJECTIVE = /حدودي/;
