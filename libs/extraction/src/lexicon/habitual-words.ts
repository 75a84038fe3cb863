import { Lexicon } from './lexicon.js';

// Words that make a sentence about attacks a habit, a standing description or a summary rather than one incident
// told (stages/triggers/habitual.ts reads them). Sets hold normalised forms; lexicons take phrases as written.

/**
 * «هجمات متكررة», «قصف شبه يومي», «بانتظام», «بين الحين والآخر»: how often, not when. With a present verb the clause
 * tells a habit («وتتعرض القواعد لهجمات متكررة»); a day of its own («منذ صباح اليوم») makes it news again.
 * Not «متواصل» or «متقطع»: «قصف متواصل منذ الفجر» is the day's fire.
 */
export const FREQUENCY = new Lexicon<true>().addAll(
  [
    ...['متكررة', 'متكرر', 'متكررا', 'بشكل متكرر', 'مرارا', 'مرارا وتكرارا', 'بانتظام', 'باستمرار', 'بشكل دوري', 'دوري', 'دورية'],
    ...['يومي', 'يومية', 'يوميا', 'شبه يومي', 'شبه يومية', 'بشكل شبه يومي', 'بشكل يومي', 'أحيانا', 'في أحيان كثيرة'],
    ...['بين الحين والآخر', 'بين حين وآخر', 'من حين لآخر', 'من حين إلى آخر', 'من وقت لآخر', 'من وقت إلى آخر'],
  ],
  true,
);

/**
 * «كثيرا ما تستهدف», «عادة ما تتهم», «اعتادت الفصائل استهداف», «دأب الجيش على قصف», «وتكررت الهجمات على القواعد»,
 * «وتنشط جماعات مسلحة … وتشن هجمات»: a habit or a standing state by itself.
 */
export const HABIT_OPENERS = new Lexicon<true>().addAll(
  [
    ...['كثيرا ما', 'غالبا ما', 'عادة ما', 'دائما ما', 'طالما', 'لطالما', 'اعتاد', 'اعتادت', 'اعتادوا', 'يعتاد', 'تعتاد'],
    ...['دأب', 'دأبت', 'دأبوا', 'يدأب', 'تدأب', 'تواظب', 'يواظب', 'تكررت', 'تكرر', 'تتكرر', 'يتكرر', 'تنشط', 'ينشط'],
    ...['في الآونة الأخيرة', 'خلال الآونة الأخيرة'],
  ],
  true,
);

/** «وتقصف روسيا المدن الأوكرانية منذ بدء الغزو», «ويخوض الجيش معارك منذ سنوات»: a present run since long ago. */
export const LONG_AGO: ReadonlySet<string> = new Set(['سنوات', 'اشهر', 'شهور', 'اعوام', 'عقود', 'سنين', 'عقد']);

/**
 * The present (imperfect, not future) of verbs that tell attacks done, suffered or traded: «تشن», «يستهدف», «تتعرض»,
 * «تتلقى», «تشهد», «تتبادل», «تتهم». Normalised (ى→ي), «و»/«ف» glued or not, a plural or dual ending.
 */
export const PRESENT_ATTACK_VERB = /^[وف]?[يت](?:شن|نفذ|ستهدف|قصف|طلق|هاجم|ضرب|غير|تعرض|تلقي|شهد|تبادل|تهم|واجه|خوض|قاتل)(?:ون|ان|ين)?$/;

/** «وتتلقى الحركة ضربات موجعة»: the present of receiving blows is a standing state, not a day's strike. */
export const RECEIVES: ReadonlySet<string> = new Set(['تتلقي', 'يتلقي', 'تتلقيان', 'يتلقيان', 'يتلقون']);
/** What is received so (clitic-stripped): blows and attacks, not treatment («يتلقى 12 جريحا العلاج»). */
export const BLOWS: ReadonlySet<string> = new Set(['ضربات', 'ضربه', 'هجمات', 'صفعات']);
/** How far after the verb of receiving its blows may stand (past the subject). */
export const BLOWS_REACH = 6;

/** «وتتبادل إسلام أباد وكابل الاتهامات بدعم …»: the present of trading accusations, and its object. */
export const TRADES: ReadonlySet<string> = new Set(['تتبادل', 'يتبادل', 'تتبادلان', 'يتبادلان', 'يتبادلون']);
export const ACCUSATIONS: ReadonlySet<string> = new Set(['الاتهامات', 'اتهامات', 'الاتهام']);
/** How far after the verb of trading its «الاتهامات» may stand (past its two subjects). */
export const TRADES_REACH = 6;

/**
 * A day of its own makes a present clause the day's news («تتعرض المدينة لقصف عنيف منذ صباح اليوم»): the words of
 * a day or a part of one (weekday names come from the calendar).
 */
export const DAY_WORDS: ReadonlySet<string> = new Set([
  ...['اليوم', 'امس', 'البارحه', 'الليله', 'الان', 'حاليا', 'غداه'],
  ...['صباح', 'الصباح', 'مساء', 'المساء', 'فجر', 'الفجر', 'ليل', 'ليله', 'ظهر', 'الظهر', 'عصر', 'العصر'],
]);

/**
 * A summary of many attacks, not one: «وأدت هذه الهجمات إلى نزوح …» (a demonstrative: attacks told before or many),
 * «في حوادث وهجمات مختلفة» (various incidents), «منذ اندلاع النزاع» (the start of a period), «سجلت المنظمة 1500 هجوم»
 * (a count recorded). Normalised forms.
 */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['هذه', 'هذا', 'تلك', 'ذلك', 'هاتين', 'هذين', 'هولاء']);
export const INCIDENTS: ReadonlySet<string> = new Set(['حوادث', 'الحوادث', 'احداث', 'الاحداث']);
export const VARIOUS: ReadonlySet<string> = new Set(['مختلفه', 'متعدده', 'متنوعه', 'شتي', 'عديده']);
/** How far after «حوادث» its «مختلفة» may stand («في حوادث وهجمات مختلفة»). */
export const VARIOUS_REACH = 4;
/** «منذ بدء الحرب», «منذ اندلاع المعارك», «منذ أن شنت …»: «منذ», its start word, and how far an «أن» clause reaches. */
export const SINCE = 'منذ';
export const PERIOD_STARTS: ReadonlySet<string> = new Set(['بدء', 'بدايه', 'اندلاع', 'انطلاق', 'مطلع', 'بدايات', 'انطلاقه']);
export const SINCE_CLAUSE_REACH = 8;
/** «سجلت», «وثقت», «أحصت», «رصدت»: a count recorded over a period; the count stands within this many words. */
export const RECORDED: ReadonlySet<string> = new Set([
  ...['سجل', 'سجلت', 'وثق', 'وثقت', 'احصي', 'احصت', 'رصد', 'رصدت', 'يسجل', 'تسجل', 'يوثق', 'توثق'],
]);
export const RECORDED_COUNT_REACH = 7;
/** «مئات الغارات», «آلاف الهجمات»: a count no single day's report gives (read with no day of its own). */
export const MASS_COUNTS: ReadonlySet<string> = new Set(['ميات', 'الاف', 'الالاف']);
/** The nouns of attacks counted so (clitic-stripped forms): the events, not the weapons («أطلقت 100 صاروخ» is one barrage). */
export const ATTACK_EVENT_NOUNS: ReadonlySet<string> = new Set([
  ...['هجوم', 'هجمات', 'هجوما', 'غاره', 'غارات', 'ضربه', 'ضربات', 'اعتداء', 'اعتداءات', 'عمليه', 'عمليات'],
]);
