/** Time words and adverbs that may stand between a speech verb and its subject («قال اليوم الوزير»). */
export const ADVERBIALS: ReadonlySet<string> = new Set([
  'اليوم',
  'امس',
  'يوم',
  'صباح',
  'مساء',
  'ليل',
  'ليله',
  'فجر',
  'ظهر',
  'عصر',
  'الاحد',
  'الاثنين',
  'الثلاثاء',
  'الاربعاء',
  'الخميس',
  'الجمعه',
  'السبت',
  'ايضا',
  'رسميا',
  'مجددا',
  'بدوره',
  'بدورها',
  'كل',
  'من',
  'اول',
  'الماضي',
  'الماضيه',
  'الليله',
  'كذلك',
  'قد',
]);

/** «أن», «إنه»: what follows is the content of the speech, not its speaker. */
export const COMPLEMENTIZER: ReadonlySet<string> = new Set(['ان', 'انه', 'انها', 'بان', 'بانه', 'بانها', 'إن']);

/** «أكد بيان صادر عن الجيش», «ذكر بيان للجيش»: the statement's own words between a speech verb and whose it is (normalised). */
export const STATEMENT_WORDS: ReadonlySet<string> = new Set(['بيان', 'بيانا', 'صادر', 'الصادر', 'عن', 'رسمي']);

/** Military and civil ranks before a person's name («قال العميد يحيى سريع المتحدث باسم …»), normalised. */
export const RANKS: ReadonlySet<string> = new Set([
  ...['العميد', 'اللواء', 'العقيد', 'المقدم', 'الرائد', 'النقيب', 'الفريق', 'الفريق اول', 'العماد', 'المشير'],
  ...['الجنرال', 'الاميرال', 'الكولونيل', 'الميجور', 'الكابتن', 'السيد', 'الشيخ', 'الدكتور', 'المستشار', 'القايد'],
]);

/** Social media and sites a statement is posted on (normalised): «على منصة إكس», «عبر تلغرام». */
export const MEDIA_WORDS: ReadonlySet<string> = new Set([
  ...['منصه', 'اكس', 'تويتر', 'تلغرام', 'تليغرام', 'تيليغرام', 'فيسبوك', 'فيس', 'بوك', 'يوتيوب', 'انستغرام'],
  ...['حساب', 'حسابه', 'حسابها', 'حسابهم', 'حسابات', 'صفحه', 'صفحته', 'صفحتها', 'قناته', 'قناتها', 'موقعه', 'موقعها'],
]);

/** The words of a channel phrase between a speech verb and its subject: a medium and its prepositions and adjectives. */
export const CHANNEL_WORDS: ReadonlySet<string> = new Set([
  ...MEDIA_WORDS,
  ...['عبر', 'علي', 'في', 'من', 'خلال', 'بيان', 'بيانا', 'تغريده', 'منشور', 'الرسمي', 'الرسميه', 'الالكتروني', 'الخاص'],
]);
