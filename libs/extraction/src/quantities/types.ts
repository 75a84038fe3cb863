/**
 * Quantities in Arabic news: digits (any script, already folded to ASCII),
 * number words with their gender and case forms, compounds joined by و
 * («خمسة وخمسين», «مئة وعشرين ألف»), multipliers (آلاف، ألف، مليون),
 * hedges («نحو», «أكثر من», «ما لا يقل عن», «على الأقل») and vague quantities
 * («العشرات», «المئات», «عدد من», «بضعة»).
 */
export interface Quantity {
  /** Token range [start, end). */
  start: number;
  end: number;
  min: number | null;
  max: number | null;
  approximate: boolean;
  vague: boolean;
}

/**
 * The largest count a quantity may have: PostgreSQL's `integer`, the type the
 * projections store figures in, and the event schemas' bound. Nothing counted
 * in a conflict report comes near it; a longer digit run is a serial, a phone
 * number or noise, and is not read as a quantity at all.
 */
export const MAX_QUANTITY = 2_147_483_647;
