import { Lexicon } from './lexicon.js';

/**
 * Words that cancel or suspend what follows (negation, denial, modality, purpose, threat, condition), or that tell it
 * as the past of the report (`recap`: an anniversary, a trial or an inquiry, «سبق أن»).
 */
export type MarkerKind = 'neg' | 'deny' | 'modal' | 'purpose' | 'threat' | 'cond' | 'call' | 'despite' | 'future' | 'recap' | 'terms';
export const MARKERS = new Lexicon<MarkerKind>();
MARKERS.addAll(['لم', 'لن', 'لا', 'ليس', 'ليست', 'لسنا', 'عدم', 'ولم', 'ولن', 'ولا', 'لما', 'دون', 'بدون', 'من دون'], 'neg');
MARKERS.addAll(
  ['نفى', 'نفت', 'ينفي', 'تنفي', 'نفي', 'نافيا', 'نافية', 'كذب', 'كذبت', 'تكذيب', 'ينكر', 'أنكر', 'دحض', 'دحضت', 'مزاعم', 'ادعاءات'],
  'deny',
);
MARKERS.addAll(
  [
    'قد',
    'ربما',
    'يمكن',
    'يمكن أن',
    'ممكن',
    'احتمال',
    'احتمالية',
    'محتمل',
    'محتملة',
    'يحتمل',
    'مرشح',
    'مرشحان',
    'مرشحة',
    'تنوي',
    'ينوي',
    'يعتزم',
    'تعتزم',
    'تخطط',
    'يخطط',
    // «أعلنت عزمها السيطرة على المدينة»: an intent
    'عزم',
    'يشتبه',
    'مستعد',
    'مستعدة',
    'استعداد',
    // «تستعد القوات لإطلاق عملية عسكرية»: preparing for an attack reports none
    'تستعد',
    'يستعد',
    'تتأهب',
    'يتأهب',
    'يتوقع',
    'تتوقع',
    'متوقع',
    'يرجح',
    'مخاوف',
    'خشية',
    'تخشى',
    'يخشى',
    'خوفا',
    'خطر',
    'شفا',
    'ينذر',
    'يهدد بتحول',
    'سيناريو',
    'إمكانية',
    'امكانية',
    // «من المرجح ارتفاع الحصيلة», «قدرة الجماعة على شن هجمات»: a likelihood or an ability, not a fact
    'المرجح',
    'المتوقع',
    'المحتمل',
    'ترجح',
    'توقعات',
    'قدرة',
    'قدرته',
    'قدرتها',
    'قدرتهم',
    // a hope, an openness, a draft: «أعربوا عن أملهم في التوصل إلى هدنة», «منفتحة على اتفاق», «مسودة اتفاق»
    // (not the bare «أمل»: «حركة أمل» is a party)
    ...['أمله', 'أملها', 'أملهم', 'أملا', 'آمال', 'يأمل', 'تأمل', 'يأملون', 'منفتح', 'منفتحة', 'مسودة'],
    // a failure or a refusal tells what did not come about: «فشلت القوات في السيطرة على المدينة», «أخفقت الوساطة
    // في التوصل إلى هدنة», «رفض الرئيس إعلان التعبئة» (what follows «بعد» still happened: «فشلت في اقتحامها بعد معارك»)
    ...['فشل', 'فشلت', 'فشلوا', 'يفشل', 'تفشل', 'أخفق', 'أخفقت', 'أخفقوا', 'عجزت', 'عجز', 'عجزوا'],
    ...['رفض', 'رفضت', 'رفضوا', 'يرفض', 'ترفض'],
    // a plan tells nothing done yet: «أعلن الجيش عن خطة لتوسيع العملية البرية»
    ...['خطة', 'خططا', 'خطط', 'مخطط', 'مخططا'],
  ],
  'modal',
);
MARKERS.addAll(
  [
    'لإعادة',
    'لاستعادة',
    'للسيطرة',
    'لمنع',
    'منع',
    'لتجنب',
    'تجنب',
    'لتفادي',
    'بهدف',
    'من أجل',
    'سعيا',
    'لنزع',
    'محاولة',
    'محاولتها',
    'محاولته',
    'محاولات',
    'للحصول',
    'للتوصل',
    'لإبرام',
    'للاتفاق',
    'لتحقيق',
    'لإقرار',
    'لضمان',
    // a goal of facing attacks: «مرسوم بالتعبئة لمواجهة الهجمات» reports no attack
    'لمواجهة',
    'للتصدي',
    'لمكافحة',
    'لردع',
    // an attack awaited, not one that happened: «نشرت القوات تحسبا لهجوم», «استعدادا لهجوم متوقع»
    'تحسبا',
    'استعدادا',
    // the topic of a meeting or a statement: «جلسة لبحث القصف على حلب» reports no shelling
    'لبحث',
    'لمناقشة',
    'لمتابعة',
    'لتدارس',
    // ways to an end: «بحثا سبل التوصل إلى وقف إطلاق النار», «في سبيل إنهاء القتال»
    'سبل',
    'سبيل',
    // shelter sought from what may come: «يلجأ السكان إلى الملاجئ للاحتماء من الغارات الجوية»
    'للاحتماء',
    'احتماء',
  ],
  'purpose',
);
MARKERS.addAll(
  [
    ...['تهدد', 'هدد', 'يهدد', 'تهديد', 'تهديدات', 'هددت', 'هددوا', 'يهددون', 'مهددا', 'مهددة'],
    ...['توعد', 'يتوعد', 'توعدت', 'تتوعد', 'توعدوا', 'متوعدا', 'متوعدة'],
    ...['حذر', 'يحذر', 'تحذر', 'تحذير', 'حذرت', 'وحذر', 'حذروا', 'محذرا', 'محذرة'],
    // «لوحت أنقرة بشن عملية برية», «أمهل الجيش المسلحين 48 ساعة قبل اقتحام المدينة», «أنذر السكان قبل قصفها»
    ...['لوح', 'لوحت', 'يلوح', 'تلوح', 'ملوحا', 'أمهل', 'أمهلت', 'يمهل', 'أنذر', 'أنذرت'],
  ],
  'threat',
);
// «ولو», «فلو»: too short for the tokens to strip the «و»
MARKERS.addAll(['في حال', 'إذا', 'اذا', 'لو', 'ولو', 'فلو', 'ما لم', 'إن لم', 'حال', 'عما إذا'], 'cond');
MARKERS.addAll(
  [
    'دعا',
    'دعت',
    'داعيا',
    'داعية',
    'يدعو',
    'تدعو',
    'دعوة',
    'الدعوة',
    'دعوا',
    'طالب',
    'طالبت',
    'يطالب',
    'تطالب',
    'مطالبة',
    'مطالبا',
    'ضرورة',
    'العودة',
    'حث',
    'حثت',
    'يحث',
    'يجب',
    'ينبغي',
    'السعي',
    'ناشد',
    'ناشدت',
    'أهمية',
    'الالتزام',
    'والالتزام',
    'جهود',
    'المساعي',
    'بذل',
  ],
  'call',
);
MARKERS.addAll(['رغم', 'برغم', 'على الرغم', 'بالرغم'], 'despite');
MARKERS.addAll(
  [
    // an anniversary: «في ذكرى مجزرة قانا», «الذكرى العاشرة لسيطرة التنظيم على الموصل»
    'ذكرى',
    // a trial, a charge, a verdict: «محاكمة المتهمين بالهجوم على …», «بتهمة قصف قرى», «أدينوا بالمشاركة في الهجوم»
    // (not «أدين», also «I condemn», nor «متهم(ة)», also the passive of a fresh accusation)
    ...['محاكمة', 'محاكمات', 'تهمة', 'تهم', 'متهمين', 'متهمون', 'أدينوا', 'قضية', 'دعوى'],
    // an inquiry into an attack: «تحقق المحكمة في قصف مستشفى», «لجنة تحقيق في أحداث الاشتباكات»
    ...['تحقيق في', 'تحقيقا في', 'تحقيقات في', 'تحقيق بشأن', 'تحقيق حول', 'يحقق في', 'تحقق في'],
    // an earlier time recalled: «وسبق أن قصفت الطائرات …», «على غرار هجوم …», «تعيد إلى الأذهان الهجوم …»
    ...['سبق', 'على غرار', 'إلى الأذهان'],
  ],
  'recap',
);
/**
 * What a text lays down, not what happened: «وينص إعلان وقف إطلاق النار على توقف القوات عند مواقعها», «ويقضي
 * الاتفاق بانسحاب المقاتلين», «وبموجب الاتفاق، تتوقف الأعمال القتالية». The terms reach past a comma (scope.ts); a
 * declaration issued in the same sentence before them still stands («أصدرت الحكومة مرسوما يقضي بالتعبئة»,
 * triggers.ts). Not the past «قضى»/«قضت» (a court, a death) nor «وفقا لـ» (a source).
 */
MARKERS.addAll(
  [
    ...['ينص', 'تنص', 'نص', 'نصت', 'ينصان', 'يقضي', 'تقضي', 'بموجب', 'بموجبه', 'بموجبها', 'بنود', 'بند', 'وبنود'],
    ...['يتضمن', 'تتضمن', 'يلزم', 'تلزم'],
  ],
  'terms',
);
MARKERS.addAll(['سوف', 'سيتم', 'ستقوم', 'سيقوم', 'غدا'], 'future');

/**
 * «رفض الجيش التعليق على القصف», «رفضت الوزارة الكشف عن عدد القتلى»: a refusal to speak of something is no refusal of
 * the thing, which still happened; after these the refusal is no marker (normalised, the word right after it).
 */
export const REFUSALS = new Set(['رفض', 'رفضت', 'رفضوا', 'يرفض', 'ترفض']);
export const REFUSED_TO_SAY = new Set(['التعليق', 'الكشف', 'الافصاح', 'الادلاء', 'الحديث', 'تاكيد', 'التاكيد', 'نفي', 'ذكر']);

/**
 * «قتل طالب جامعي في القصف», «أصيب طالب بشظايا»: «طالب» after a word of harm is a student, not «demanded» (normalised).
 */
export const DEMANDED = 'طالب';
export const HARMED = new Set(['قتل', 'اصيب', 'استشهد', 'جرح', 'اعتقل', 'اختطف', 'مقتل', 'اصابه', 'استشهاد', 'اعتقال', 'اختطاف']);

/** «لا تزال», «لا سيما», «ما لا يقل عن 40» (a hedge on a figure): not negations. */
export const NOT_NEGATION_NEXT = new Set(['يقل', 'تقل', 'تزال', 'يزال', 'زال', 'زالت', 'سيما', 'سيّما', 'يزالون', 'تزالان', 'شك', 'بد']);

/**
 * A verdict after the fact: «المعلومات التي تفيد بأن … غير مؤكدة». The report nouns that carry a
 * claim, and the predicates that say it is false or unconfirmed; together they deny what lies between.
 */
export const REPORT_NOUNS = new Lexicon<true>().addAll(
  ['المعلومات', 'الأنباء', 'التقارير', 'الأخبار', 'الروايات', 'الادعاءات', 'المزاعم', 'الشائعات'],
  true,
);
export const FALSITY = new Lexicon<true>().addAll(
  ['غير مؤكدة', 'غير صحيحة', 'غير دقيقة', 'عارية عن الصحة', 'عارية من الصحة', 'لا أساس لها', 'كاذبة', 'ملفقة', 'مفبركة'],
  true,
);

/**
 * «نفى الجيش مسؤوليته عن قصف السوق», «نفت واشنطن علاقتها بالغارة», «نفت أي دور لها في الهجوم»: a denial of who did
 * it, not of what was done. One of these right after the denial word (past «أي») keeps the attack told.
 */
export const RESPONSIBILITY_NOUNS = new Lexicon<true>().addAll(
  ['مسؤولية', 'المسؤولية', 'علاقة', 'صلة', 'تورط', 'ضلوع', 'دور', 'وقوف', 'مشاركة'],
  true,
);
/** «نفت أي دور»: words allowed between the denial and its responsibility noun. */
export const RESPONSIBILITY_GAP = 2;
