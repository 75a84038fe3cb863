import type { MaterielKind } from '../../extraction-record.js';
import { Lexicon } from '../lexicon.js';

/**
 * Model names of equipment, as Arabic copy writes them (normalised), and the kind each one is. A model after a
 * generic noun says what the noun is («منظومة هيمارس» is rocket artillery, «طائرة بيرقدار» a drone), and a model
 * may stand for its noun after a count («تدمير 3 ليوبارد»). Only names that are no common word.
 */
export interface EquipmentModel {
  kind: MaterielKind;
  /** Also a common word («شاهد»: a witness): a model only after an equipment noun, never alone after a count. */
  notAlone?: true;
}
export const EQUIPMENT_MODELS = new Lexicon<EquipmentModel>();
const model = (kind: MaterielKind, words: readonly string[], extra: Partial<EquipmentModel> = {}) =>
  EQUIPMENT_MODELS.addAll(words, { kind, ...extra });
model('tank', ['ليوبارد', 'ليوبرد', 'ابرامز', 'ميركافا', 'الميركافا', 'تشالنجر', 'تشالينجر']);
model('armoured-vehicle', ['برادلي', 'ماردر', 'سترايكر', 'بي ام بي', 'بي ام دي', 'بي تي ار', 'كوزاك']);
model('vehicle', ['همفي', 'هامفي']);
model('artillery', ['هيمارس', 'هايمارس', 'غفوزديكا', 'فوزديكا', 'اكاتسيا', 'مستا', 'سميرتش', 'اورغان', 'كراب']);
// «40 غراد» are as often the rockets fired as the launchers
model('artillery', ['غراد'], { notAlone: true });
model('air-defence', ['بانتسير', 'بانستير', 'باتريوت', 'اوسا', 'ناسامز', 'ايريس', 'ستريلا', 'شيلكا']);
model('drone', ['بيرقدار', 'اوريون', 'لانسيت', 'ريبر', 'هيرون', 'اكنجي']);
model('drone', ['شاهد', 'هرمس', 'صماد', 'قاصف', 'مهاجر'], { notAlone: true });
model('helicopter', ['اباتشي', 'بلاك هوك']);
model('aircraft', ['سوخوي', 'ميغ', 'ميراج', 'رافال', 'تورنيدو']);

/**
 * Short letters of a designation that are a model only with its number («تي-72», «سو-34», «مي-8», «إف-16», «F-16»,
 * «MQ-9», «كا-52»): the letters, an optional hyphen, digits.
 */
export const DESIGNATION_PREFIXES: ReadonlyMap<string, MaterielKind> = new Map<string, MaterielKind>([
  ['تي', 'tank'],
  ['سو', 'aircraft'],
  ['ميغ', 'aircraft'],
  ['اف', 'aircraft'],
  ['f', 'aircraft'],
  ['مي', 'helicopter'],
  ['كا', 'helicopter'],
  ['mi', 'helicopter'],
  ['ka', 'helicopter'],
  ['mq', 'drone'],
  ['كيو', 'drone'],
  ['اس', 'air-defence'],
  ['s', 'air-defence'],
]);

/** «من طراز», «من نوع», «عيار»: what comes after names the model or the calibre (normalised). */
export const MODEL_OPENERS: readonly (readonly string[])[] = [
  ['من', 'طراز'],
  ['من', 'نوع'],
  ['طراز'],
  ['نوع'],
  // a gun's calibre: «مدفع عيار 57», «مدافع من عيار 155 ملم»
  ['من', 'عيار'],
  ['عيار'],
];

/** «155 ملم»: the unit after a calibre's number (normalised). */
export const CALIBRE_UNITS: readonly string[] = ['ملم', 'مم', 'مليمتر', 'ملليمتر'];
