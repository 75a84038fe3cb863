/**
 * Verbs of asking (normalised): their subject, not an actor named in a list or clause between
 * them and the request («تقدمت يريفان … إلى المنظمة، التي تضم روسيا …، بطلب»), is the requester.
 */
export const REQUEST_VERBS: readonly string[] = ['تقدم', 'تقدمت', 'طلب', 'طلبت', 'ناشد', 'ناشدت', 'استنجد', 'استنجدت', 'طالب', 'طالبت'];
