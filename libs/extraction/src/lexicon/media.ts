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
  ['SY', 'SANA', ['سانا']],
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
