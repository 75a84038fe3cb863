/**
 * Arabic words that are never read as a place name by the world gazetteer,
 * however well their skeleton fits a GeoNames village: function words,
 * pronouns, numbers, days and months, and the everyday vocabulary of news
 * reports (verbs of saying, military and casualty nouns, directions).
 *
 * 135,000 places give almost every two- or three-consonant skeleton a
 * namesake somewhere («قال» ~ Kala, «بعد» ~ Bad), so a general word list is
 * the first guard; the population and context thresholds of the lookup are
 * the second. The list is general Arabic, not any report's words; the dev
 * corpus only checks it (world-gazetteer.corpus.spec.ts).
 *
 * Two sources: the Arabic list of `stopwords-iso` (480 function words and
 * particles, MIT) and the news vocabulary below.
 *
 * Entries are compared after the phrase's proclitics and article are
 * removed and letters folded (أ إ آ → ا, ة → ه, ى → ي), so «والجيش» and
 * «جيش» are one entry.
 */
import { createRequire } from 'node:module';

const WORDS = `
في من إلى الى على عن مع بين حتى منذ خلال عند لدى نحو حول ضد قبل بعد أمام خلف تحت فوق دون غير سوى عبر وفق حسب إثر جراء سبب رغم
لكن بل أو أم ثم إن أن إذا لو لم لن لا ما ماذا هل قد كي لكي حيث كيف متى أين لما بينما كلا نعم إلا إما أي أيا
كان كانت يكون تكون كانوا ليس ليست صار أصبح أصبحت ظل زال يزال تزال بات مازال
كل بعض جميع كافة عدة عدد معظم أغلب نفس ذات أيضا كما مثل مثلا فقط جدا أكثر أقل أول آخر أخرى آخرين الأخرى
هذا هذه ذلك تلك هؤلاء أولئك هنا هناك الذي التي الذين اللذين اللتين اللواتي
هو هي هم هن هما نحن أنا أنت أنتم انه أنه إنه أنها إنها عليه عليها عليهم فيه فيها فيهم منه منها منهم له لها لهم به بها بهم إليه إليها عنه عنها معه معها لنا لي
يوم أيام اليوم أمس غدا الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت صباح مساء ظهر فجر ليلة ليل ساعة ساعات دقيقة دقائق أسبوع أسابيع شهر أشهر عام أعوام سنة سنوات
يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر
كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين
الماضي الماضية المقبل المقبلة الحالي الحالية الجاري الجارية وقت الآن حاليا مؤخرا سابقا لاحقا
واحد واحدة اثنان اثنين اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثمان ثماني ثمانية تسع تسعة عشر عشرة عشرات عشرين ثلاثين أربعين خمسين مئة مائة مئات ألف آلاف مليون ملايين نصف ربع
قال قالت قالوا يقول تقول أعلن أعلنت أكد أكدت أفاد أفادت أضاف أضافت ذكر ذكرت أشار أشارت نقل نقلت تابع أوضح أوضحت صرح بيان تصريح تصريحات أنباء
تم يتم جرى وقع وقعت أدى أسفر أسفرت قتل قتلت قتلوا أصيب أصيبت سقط سقطت استهدف استهدفت شن شنت هاجم هاجمت دمر دمرت سيطر سيطرت أطلق أطلقت
جيش الجيش قوات قوة القوة عناصر عنصر مقاتل مقاتلين مسلحين مسلح جنود جندي ضابط ضباط عسكري عسكرية عسكريين أمن أمني الأمن شرطة حرس
حكومة وزارة وزير وزراء رئيس رئاسة الرئيس نائب مجلس الدولة دولة دول سلطات السلطات مسؤول مسؤولين مصدر مصادر المصدر وكالة وكالات مراسل تقرير تقارير
قصف القصف غارة غارات هجوم هجمات معارك معركة اشتباكات اشتباك مواجهات عملية عمليات ضربة ضربات انفجار تفجير صاروخ صواريخ قذيفة قذائف مدفعية طائرة طائرات مسيرة مسيرات دبابة دبابات
قتلى قتيل جرحى جريح مصاب مصابين إصابات إصابة ضحايا شهيد شهداء مدني مدنيين المدنيين أطفال نساء سكان أهالي حصيلة
مدينة مدن بلدة بلدات قرية قرى منطقة مناطق محافظة ولاية إقليم مقاطعة حي أحياء ريف مخيم موقع مواقع مقر مقرات مركز طريق طرق الطرق شارع جسر سوق مستشفى مدرسة منزل منازل مبنى
شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي الشمال الجنوب الشرق الغرب داخل خارج قرب محيط أطراف حدود الحدود جانب جهة اتجاه
حرب الحرب سلام السلام هدنة اتفاق وقف إطلاق النار نار سلمي سلمية سياسي سياسية دولي دولية وطني وطنية عربي عربية إسلامي إسلامية
مالي مالية بلد بلاد البلاد دولة وطن عاصمة قارة أفريقيا إفريقيا أوروبا آسيا أفريقي إفريقي أوروبي آسيوي مكان أماكن إسلام إستراتيجية استراتيجية أضرار استعادة المحيط الأطلسي الهادئ الهندي المتوسط
قريب قريبة بعيد بعيدة مجاور مجاورة تابع تابعة مجموعة وحدة وحدات فرقة لواء كتيبة سرية فصيل فصائل جماعة جماعات ميليشيا ميليشيات
سفير سفارة قنصل وفد مبعوث حضور قرار قرارات مسؤولية تعاون تنسيق علاقات محادثات مفاوضات اجتماع قمة زيارة مؤتمر
نزاع صراع قتال حرب أزمة تطورات محاولة محاولات مواطن مواطنين مواطنة إرهاب إرهابي إرهابية ثلاثي ثنائي مباني مبان
قناص قناصة صاروخ صاروخا جنديا شهيدا قتيلا مدنيا مرارا تكرارا إرسال استثناء باستثناء فارغ فارغة كامل
كبير كبيرة صغير صغيرة جديد جديدة قديم قديمة كثير كثيرة قليل أخير أخيرة عام عامة خاص خاصة مهم كامل كاملة
`;

/** أ إ آ → ا, ة → ه, ى → ي, diacritics dropped: the spelling variants of one word. */
export function foldArabic(word: string): string {
  return word.replace(FOLDED_LETTERS, (c) => FOLDS[c] ?? '');
}
const FOLDED_LETTERS = /[\u064b-\u065f\u0670\u0640أإآةى]/g;
const FOLDS: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ة: 'ه', ى: 'ي' };

const require = createRequire(import.meta.url);
const ISO_ARABIC = (require('stopwords-iso') as Record<string, string[]>).ar;

const STOPWORDS: ReadonlySet<string> = new Set(
  [...WORDS.split(/\s+/), ...ISO_ARABIC]
    .filter((w) => w && /[\u0621-\u064a]/.test(w))
    .flatMap((w) => {
      const folded = foldArabic(w);
      return folded.startsWith('ال') && folded.length > 3 ? [folded, folded.slice(2)] : [folded];
    }),
);

/** True for a word (proclitics and article already removed) that is never a place by itself. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(foldArabic(word));
}

export const STOPWORD_COUNT = STOPWORDS.size;
