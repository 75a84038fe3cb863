/**
 * Phrases that contain a place name but do not name a place: organisations,
 * agreements, media outlets, idioms. The trie matches them like names (so the
 * longest match swallows the place inside) and `findPlaces` drops them.
 */
export const BLOCKERS: readonly string[] = [
  // diplomacy formats named after cities
  'مجموعة مينسك', 'مجموعه مينسك', 'لمجموعة مينسك', 'اتفاقات مينسك', 'اتفاقيات مينسك', 'اتفاقية مينسك', 'اتفاق مينسك',
  'اتفاقيتي مينسك', 'مسار أستانا', 'صيغة أستانا', 'مسار آستانة', 'صيغة آستانة', 'مسار جنيف', 'اتفاق الدوحة',
  'Minsk Group', 'Minsk agreements', 'Astana format',
  // media outlets and agencies
  'روسيا اليوم', 'إنترفاكس أوكرانيا', 'انترفاكس أوكرانيا', 'صوت أمريكا', 'صوت أميركا', 'واشنطن بوست', 'واشنطن تايمز',
  'نيويورك تايمز', 'نيويورك بوست', 'جيروزاليم بوست', 'تايمز أوف إسرائيل', 'موسكو تايمز', 'طهران تايمز', 'قناة الجزيرة',
  'الجزيرة نت', 'سكاي نيوز', 'العربي الجديد', 'قناة الميادين', 'موقع الميادين', 'القاهرة الإخبارية', 'يريفان ريبورت', 'Russia Today', 'Voice of America',
  'Washington Post', 'New York Times', 'Jerusalem Post', 'Times of Israel', 'Moscow Times', 'Tehran Times',
  // institutions
  'البيت الأبيض', 'جامعة الدول العربية', 'حلف شمال الأطلسي', 'معهد واشنطن',
  // armed groups, newspapers and institutions named after a place
  'فيلق القدس', 'سرايا القدس', 'القدس العربي', 'القدس برس', 'يوم القدس', 'يوم القدس العالمي',
  'لواء القدس',
  // armed groups and movements named after a country
  'قوات سوريا الديمقراطية', 'مجلس سوريا الديمقراطية', 'الدولة الإسلامية في العراق والشام', 'الدولة الإسلامية في العراق',
  'المقاومة الإسلامية في العراق', 'المقاومة الإسلامية في لبنان', 'حركة تحرير السودان', 'جيش تحرير السودان',
  'الحركة الشعبية لتحرير السودان', 'تلفزيون سوريا', 'إيران إنترناشونال', 'إيران انترناشيونال',
  // continents and regions named after a country
  'أمريكا اللاتينية', 'أميركا اللاتينية', 'أمريكا الجنوبية', 'أميركا الجنوبية', 'أمريكا الشمالية', 'أميركا الشمالية',
  'أمريكا الوسطى', 'أميركا الوسطى',
  // idioms and ordinary words that contain a place spelling
  'القوة القاهرة', 'الظروف القاهرة', 'البقاع المقدسة', 'لفيف من', 'درعا بشريا', 'دروعا بشرية', 'حماه الله',
  // «سرت» (Sirte) is also the verb «spread»
  'سرت شائعات', 'سرت الشائعات', 'سرت أنباء', 'سرت الأنباء', 'سرت حالة', 'سرت موجة', 'سرت أجواء', 'سرت مخاوف',
  'مسقط رأس', 'مسقط رأسه', 'مسقط رأسها', 'مسقط رؤوس', 'كأس العالم',
];
