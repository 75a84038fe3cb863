/** Words that open a new major clause («…، بينما أكدت موسكو …»); «؛» does too. */
export const MAJOR_CLAUSE_BREAK = /^(?:[وف]?(?:كما|فيما|بينما|بدوره|بدورها|حين|المقابل|جهته|جهتها|جانبه|جانبها|ذلك|وسط))$/;

/** A word naming the border («الحدود», «حدودي»). */
export const BORDER_WORD = /^[وفبل]*(?:ال)?حدود/;
export const BORDER_ADJECTIVE = /حدودي/;
