/**
 * News outlets and their party: a state's media speak for that state, a group's
 * outlet for that group (party codes as in the actor table); wire services and
 * independent channels are channels only (null). «قالت وكالة X إن …» is the
 * outlet's claim unless it relays someone (attribution/speakers.ts).
 */
export const MEDIA: Array<[string | null, string, string[]]> = [
  ['RU', 'TASS', ['تاس', 'وكالة تاس']],
  ['RU', 'Sputnik', ['سبوتنيك', 'سبوتنيك عربي']],
  ['RU', 'RIA Novosti', ['نوفوستي', 'ريا نوفوستي']],
  ['RU', 'Interfax', ['إنترفاكس', 'انترفاكس']],
  ['RU', 'RT', ['روسيا اليوم', 'آر تي']],
  ['AZ', 'Trend', ['ترند']],
  ['AZ', 'AzerTac', ['أذر تاج', 'أذرتاج', 'أذرتاغ']],
  ['AM', 'Armenpress', ['أرمين برس', 'أرمنبرس', 'ارمنبريس']],
  ['TR', 'Anadolu', ['الأناضول', 'وكالة الأناضول']],
  ['TR', 'TRT', ['تي آر تي']],
  ['IR', 'IRNA', ['إرنا', 'ارنا']],
  ['IR', 'Tasnim', ['تسنيم']],
  // its full names carry «العربية» (Arab), which alone is the outlet Al Arabiya
  ['SY', 'SANA', ['سانا', 'وكالة الأنباء العربية السورية', 'الوكالة العربية السورية للأنباء']],
  ['IL', 'Israeli Army Radio', ['إذاعة الجيش الإسرائيلي', 'إذاعة جيش الاحتلال']],
  ['UA', 'Ukrinform', ['أوكرينفورم']],
  // acronyms that are also common words («وام» is «وأم», «قنا» a town) are learned from
  // the parentheses after the agency's name instead (attribution/actors.ts)
  ['SA', 'SPA', ['واس']],
  ['KW', 'KUNA', ['كونا']],
  ['JO', 'Petra', ['بترا']],
  ['SO', 'SONNA', ['صونا']],
  ['SD', 'SUNA', ['سونا', 'وكالة السودان للأنباء']],
  ['LB', 'NNA', ['الوكالة الوطنية للإعلام']],
  ['IQ', 'Security Media Cell', ['خلية الإعلام الأمني']],
  ['PS', 'WAFA', ['وفا']],
  ['EG', 'MENA', ['وكالة أنباء الشرق الأوسط']],
  ['LB-HEZBOLLAH', 'Al-Manar', ['المنار', 'قناة المنار']],
  // not «المسيرة» alone: without vowels it is also «المسيّرة», the drone
  ['YE-HOUTHI', 'Al-Masirah', ['قناة المسيرة']],
  ['PS-HAMAS', 'Al-Aqsa TV', ['قناة الأقصى', 'فضائية الأقصى']],
  ['ISIS', 'Amaq', ['أعماق', 'وكالة أعماق']],
  [null, 'Reuters', ['رويترز']],
  [null, 'AFP', ['فرانس برس', 'فرانس بريس', 'أ ف ب']],
  [null, 'AP', ['أسوشيتد برس', 'أسوشييتد برس']],
  [null, 'dpa', ['د ب أ', 'الألمانية للأنباء']],
  [null, 'Al Mayadeen', ['الميادين']],
  [null, 'Al Jazeera', ['الجزيرة']],
  [null, 'Al Arabiya', ['العربية']],
  [null, 'Al Hurra', ['الحرة', 'قناة الحرة']],
  [null, 'Xinhua', ['شينخوا']],
  [null, 'CNN', ['سي إن إن']],
  [null, 'BBC', ['بي بي سي']],
];

/**
 * Words that describe an outlet without naming it («وسائل إعلام رسمية روسية», «وكالة الأنباء الحكومية السورية»): a
 * nisba after them still says whose the outlet is. Any other word between the outlet's head and a nisba is the outlet's
 * own name («صحيفة التيار السودانية»), and the nisba only says where it is published.
 */
export const OUTLET_DESCRIPTORS: ReadonlySet<string> = new Set([
  ...['رسمي', 'رسميه', 'الرسمي', 'الرسميه', 'حكومي', 'حكوميه', 'الحكومي', 'الحكوميه'],
  ...['محلي', 'محليه', 'المحلي', 'المحليه', 'للانباء', 'الانباء', 'انباء', 'الاخباريه', 'اخباريه'],
]);
