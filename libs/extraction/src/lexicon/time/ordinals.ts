/** Ordinal day numbers («العاشر من نوفمبر»). */
export const ORDINALS: Record<string, number> = {
  الاول: 1,
  الثاني: 2,
  الثالث: 3,
  الرابع: 4,
  الخامس: 5,
  السادس: 6,
  السابع: 7,
  الثامن: 8,
  التاسع: 9,
  العاشر: 10,
  العشرين: 20,
  الثلاثين: 30,
};

/** Ordinals of the teens and twenties («الحادي عشر», «الحادي والعشرين»): add 10 or 20. */
export const ORD_TEENS: Record<string, number> = {
  الحادي: 1,
  الثاني: 2,
  الثالث: 3,
  الرابع: 4,
  الخامس: 5,
  السادس: 6,
  السابع: 7,
  الثامن: 8,
  التاسع: 9,
};
