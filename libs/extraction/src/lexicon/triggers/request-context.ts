/** «دعوة»: a call is a request only when its object comes soon after. */
export const INVITATION: readonly string[] = ['دعوه'];

/** «استنجدت الحكومة بروسيا»: verbs that are themselves a plea for help, with no object word after them. */
export const PLEA_FOR_HELP: readonly string[] = ['استنجد', 'استنجدت', 'يستنجد', 'تستنجد'];

/**
 * «طالب الرئيس الأوكراني الحلفاء بمزيد من الأسلحة», «طالبت الحكومة واشنطن بالتدخل»: a demand is a request for
 * assistance only with help or arms asked for right after it, behind «ب» (normalised). Not «طالب بانسحاب القوات» or
 * «طالبت بحماية المدنيين»: the help must be for the one who asks.
 */
export const DEMANDS: readonly string[] = ['طالب', 'طالبت', 'يطالب', 'تطالب'];
export const DEMANDED_HELP: readonly string[] = [
  ...['الاسلحه', 'اسلحه', 'السلاح', 'الذخاير', 'ذخاير', 'المنظومات', 'منظومات', 'الصواريخ', 'صواريخ', 'الدبابات', 'دبابات'],
  ...['الطايرات', 'طايرات', 'المقاتلات', 'مقاتلات', 'الدعم', 'دعم', 'المساعده', 'مساعده', 'العون', 'التدخل', 'تدخل'],
  ...['تزويد', 'تزويدها', 'تزويده', 'تزويدنا', 'ارسال', 'تسليح', 'تسليحها', 'امداد', 'امدادها'],
];
/** «بمزيد من الأسلحة»: «more of» between the demand and the help. */
export const MORE_OF: readonly string[] = ['مزيد', 'المزيد', 'من'];
/** How far after the demand (its addressee between) the help may stand. */
export const DEMAND_REACH = 5;

/** «دعا … تركيا إلى التدخل عسكريا»: the first word of a military intervention, a request only after a call (normalised). */
export const CALLED_INTERVENTION: readonly string[] = ['التدخل', 'تدخل', 'تدخلا'];

/** «دعت الحكومة المجتمع الدولي إلى تزويدها بـ…»: supplying the caller itself, only after a call (normalised). */
export const SELF_SUPPLY: readonly string[] = [
  'تزويدها',
  'تزويده',
  'تزويدنا',
  'تزويدهم',
  'امدادها',
  'امداده',
  'امدادنا',
  'تسليحها',
  'تسليحه',
];
