/**
 * Verbs of condemning (normalised): «أدانت القاهرة الغارات …», «استنكرت الخارجية السعودية القصف», «ندد الاتحاد
 * الأفريقي بالهجوم». Their subject speaks about an attack; it is not thereby the side attacked.
 */
export const CONDEMN_VERBS: readonly string[] = [
  ...['ادان', 'ادانت', 'تدين', 'يدين', 'ندد', 'نددت', 'يندد', 'تندد'],
  ...['استنكر', 'استنكرت', 'يستنكر', 'تستنكر', 'شجب', 'شجبت', 'يشجب', 'تشجب'],
];
