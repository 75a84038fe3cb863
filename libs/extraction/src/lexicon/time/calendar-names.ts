// Names of days, months and decades as they appear in Arabic news (normalised forms).

/** Weekday names (0 = Sunday). */
export const WEEKDAYS: Record<string, number> = { الاحد: 0, الاثنين: 1, الثلاثاء: 2, الاربعاء: 3, الخميس: 4, الجمعه: 5, السبت: 6 };

/**
 * Month names: Gregorian as Egypt and the Gulf spell them, Levantine-Iraqi (Syriac), the French-derived names of the
 * Algerian and Tunisian press (جانفي، فيفري، أفريل، ماي، جوان، جويلية، أوت) and the Moroccan ones (يوليوز، غشت، شتنبر،
 * نونبر، دجنبر).
 */
export const MONTHS: Record<string, number> = {
  يناير: 1,
  فبراير: 2,
  مارس: 3,
  ابريل: 4,
  ابريل_: 4,
  مايو: 5,
  يونيو: 6,
  يونيه: 6,
  يوليو: 7,
  يوليه: 7,
  اغسطس: 8,
  سبتمبر: 9,
  اكتوبر: 10,
  نوفمبر: 11,
  ديسمبر: 12,
  شباط: 2,
  اذار: 3,
  نيسان: 4,
  ايار: 5,
  حزيران: 6,
  تموز: 7,
  اب: 8,
  ايلول: 9,
  جانفي: 1,
  فيفري: 2,
  افريل: 4,
  ماي: 5,
  جوان: 6,
  جويليه: 7,
  اوت: 8,
  // Moroccan (and Mauritanian) spellings: «يوليوز», «غشت», «شتنبر», «نونبر», «دجنبر»
  يوليوز: 7,
  غشت: 8,
  شتنبر: 9,
  نونبر: 11,
  دجنبر: 12,
};
/**
 * Month names whose normalised spelling is also a place or a common word: «اب» is «آب» August, «إب» Ibb (Yemen)
 * and «أب» father; «نيسان» is also the car maker; «تموز», «جوان» given names; «ماي» and «أوت» English loans
 * («ماي» my, «أوت» out) in brand and song names; «غشت» the verb «غشّت» (cheated). After a bare preposition («في إب») they are
 * not a month: they need a day number, a year, a modifier («آب الماضي») or a calendar cue («شهر آب», «مطلع آب»).
 */
export const MONTHS_SHARED_WITH_WORDS: ReadonlySet<string> = new Set(['اب', 'نيسان', 'تموز', 'ماي', 'جوان', 'اوت', 'غشت']);

/** Two-word Levantine months; Iraqi usage often drops the article («تشرين ثاني»). */
export const MONTHS2: Record<string, Record<string, number>> = {
  تشرين: { الاول: 10, الثاني: 11, اول: 10, ثاني: 11 },
  كانون: { الاول: 12, الثاني: 1, اول: 12, ثاني: 1 },
};

/** Decades («التسعينيات»), as years of their century. */
export const DECADES: Record<string, number> = {
  التسعينيات: 90,
  الثمانينيات: 80,
  السبعينيات: 70,
  تسعينيات: 90,
  ثمانينيات: 80,
  سبعينيات: 70,
  التسعينات: 90,
  تسعينات: 90,
  الثمانينات: 80,
};

/**
 * Hijri (Islamic) month names as the Yemeni, Saudi and Gulf press writes them (normalised): «الخامس من رمضان 1445»,
 * «1 محرم 1446 هـ». Two-word months by their second word («ربيع الآخر», «جمادى الأولى», «ذو القعدة», genitive «ذي»).
 * Several are also given names or words («رمضان قديروف», «رجب طيب أردوغان», «صفر» zero, «شعبان»): they are read
 * only after a day (time/hijri.ts).
 */
export const HIJRI_MONTHS: Record<string, number> = { محرم: 1, صفر: 2, رجب: 7, شعبان: 8, رمضان: 9, شوال: 10 };
export const HIJRI_MONTHS2: Record<string, Record<string, number>> = {
  ربيع: { الاول: 3, اول: 3, الثاني: 4, ثاني: 4, الاخر: 4, اخر: 4 },
  جمادي: { الاولي: 5, اولي: 5, الاول: 5, الثانيه: 6, ثانيه: 6, الثاني: 6, الاخره: 6, اخره: 6, الاخر: 6 },
  ذو: { القعده: 11, الحجه: 12 },
  ذي: { القعده: 11, الحجه: 12 },
};
/** «صفر» is also zero («3 صفر», a score): read as Safar only with its year or the era mark («5 صفر 1446 هـ»). */
export const HIJRI_NEEDS_YEAR: ReadonlySet<number> = new Set([2]);
/** «1446 هـ», «١٤٤٥هـ»: the era mark after a Hijri year (normalised: the tatweel dropped). */
export const HIJRI_ERA: readonly string[] = ['ه', 'هجري', 'هجريه', 'للهجره'];
/** «الموافق 15 مارس 2024»: the word that gives the Gregorian date beside a Hijri one. */
export const CONCORDANT: readonly string[] = ['الموافق', 'الموافقه', 'موافق'];
