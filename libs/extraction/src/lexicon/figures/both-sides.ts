/**
 * «قتل عشرات على الجانبين», «سقوط قتلى من الطرفين», «في صفوف الطرفين», «من كلا الجانبين»: the count is of both
 * sides together, so of no one party (normalised; clitics are stripped by the token variants).
 */
export const BOTH_SIDES_LINKS: readonly string[] = ['علي', 'من', 'بين', 'صفوف', 'كلا', 'في'];
export const BOTH_SIDES: readonly string[] = ['الجانبين', 'الطرفين', 'الجهتين', 'الطرفان', 'الجانبان'];

/** How far after the counted people «الطرفين» may stand («العشرات من المقاتلين في صفوف الطرفين»). */
export const BOTH_SIDES_REACH = 5;
