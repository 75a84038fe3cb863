/**
 * Verbs of asking (normalised): their subject, not an actor named in a list or clause between
 * them and the request («تقدمت يريفان … إلى المنظمة، التي تضم روسيا …، بطلب»), is the requester.
 */
export const REQUEST_VERBS: readonly string[] = ['تقدم', 'تقدمت', 'طلب', 'طلبت', 'ناشد', 'ناشدت', 'استنجد', 'استنجدت', 'طالب', 'طالبت'];

/**
 * Verbs whose object is the party addressed (normalised): calling on, urging, demanding of, appealing to, warning,
 * accusing («دعا وزير الخارجية تركيا إلى …», «حث الرئيس إسرائيل على …», «حذر الوزير إيران من …»).
 */
export const ADDRESSING_VERBS: ReadonlySet<string> = new Set([
  ...['دعا', 'دعت', 'يدعو', 'تدعو', 'حث', 'حثت', 'يحث', 'تحث', 'حض', 'حضت', 'يحض', 'تحض'],
  ...['طالب', 'طالبت', 'يطالب', 'تطالب', 'ناشد', 'ناشدت', 'يناشد', 'تناشد', 'طلب', 'طلبت', 'يطلب', 'تطلب'],
  ...['حذر', 'حذرت', 'يحذر', 'تحذر', 'اتهم', 'اتهمت', 'يتهم', 'تتهم', 'ابلغ', 'ابلغت'],
]);
