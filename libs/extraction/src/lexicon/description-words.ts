/**
 * Words that describe a person, a group or a thing by what it does, prepares or is charged with, not by what happened:
 * «عنصرا كان يعمل على إطلاق صواريخ», «خلية كانت تعد لقصف مواقع الجيش», «مسلحين كانوا يخططون لشن هجمات», «قياديا
 * مسؤولا عن تنفيذ هجمات», «متهما بالتخطيط لإطلاق صواريخ», «منصة تستخدم لإطلاق الصواريخ». The attack after one is
 * the describer's aim, habit or charge (stages/triggers/descriptions.ts). Normalised forms (ى→ي, ة→ه, أ→ا).
 */
export type DescriberComplement = 'على' | 'عن' | 'لـ' | 'بـ' | 'لـ/في' | 'في/بـ' | 'none';

export interface Describer {
  heads: readonly string[];
  /** What must follow the head for it to describe: «على» or «عن», a word glued to «لـ»/«بـ», «في», or nothing. */
  complement: DescriberComplement;
  /**
   * Only after what it describes: «كان»/«كانوا», a relative pronoun or an indefinite accusative noun («عنصرا يعمل
   * على …»). «الجيش يعمل على صد الهجوم» tells what the army is doing now.
   */
  describedOnly?: boolean;
}

export const DESCRIBERS = {
  // «كان يعمل على إطلاق صواريخ», «تعكف على تصنيع المسيرات» (not the past «عمل»: «عمل الجيش على صد الهجوم» did)
  working: { heads: ['يعمل', 'تعمل', 'يعملون', 'يعملان', 'تعملان', 'يعكف', 'تعكف', 'يعكفون'], complement: 'على', describedOnly: true },
  // «كانت تعد لقصف …», «كان يستعد لشن هجوم», «يجهزون لهجوم» (the bare «يعد» is «is considered»: only before «لـ»)
  preparing: {
    heads: ['يعد', 'تعد', 'يعدون', 'يعدان', 'تعدان', 'يجهز', 'تجهز', 'يجهزون', 'يتجهز', 'تتجهز', 'يستعدون', 'يتحضر', 'تتحضر', 'يحضرون'],
    complement: 'لـ',
  },
  // «كانوا يخططون لشن هجمات», «بالتخطيط لإطلاق صواريخ»
  planning: { heads: ['يخططون', 'يخططان', 'تخططان', 'خططوا', 'خططت', 'التخطيط', 'تخطيط', 'ينوون', 'ينويان', 'تنويان'], complement: 'none' },
  // «قياديا مسؤولا عن تنفيذ هجمات» (an indefinite accusative describes a man; «الحركة المسؤولة عن الهجوم» claims it)
  responsible: { heads: ['مسؤولا', 'مسؤولين'], complement: 'عن' },
  // «متورطين في قصف …», «ضالعا في الهجوم على …», «خلية متخصصة في زرع العبوات»
  involved: {
    heads: ['متورط', 'متورطا', 'متورطين', 'متورطون', 'ضالع', 'ضالعا', 'ضالعين', 'ضالعون', 'متخصص', 'متخصصه', 'متخصصين'],
    complement: 'في/بـ',
  },
  // «متهما بالتخطيط …», «متهمين بقصف …»: charged with (not «متهما روسيا بقصف …», accusing: its object comes first)
  charged: { heads: ['متهما', 'متهمه', 'متهم', 'متهمان', 'متهمين'], complement: 'بـ' },
  // «منصة تستخدم لإطلاق الصواريخ», «المستودع المستخدم في تخزين …» (not the past «استخدمت القوات المدفعية في قصف»)
  used: {
    heads: ['يستخدم', 'تستخدم', 'يستخدمها', 'تستخدمها', 'يستخدمه', 'تستخدمه', 'مستخدمه', 'المستخدم', 'المستخدمه', 'يستعمل', 'تستعمل'],
    complement: 'لـ/في',
  },
} as const satisfies Record<string, Describer>;

/**
 * Where a description ends, before its reach: a place or a time («كان يخطط لشن هجمات في كركوك»), a cause («في
 * غارة»: «قتل قيادي كان يعمل على تصنيع المسيرات في غارة أمريكية»), normalised.
 */
export const DESCRIPTION_ENDS: ReadonlySet<string> = new Set(['في', 'خلال', 'قرب', 'اثر', 'جراء', 'بعد', 'قبل', 'عند', 'حين', 'عندما']);

/** How many words after the head (and its «على»/«عن») a description covers: a verbal noun, its object (a place of two or three words) and its weapon. */
export const DESCRIPTION_REACH = 6;
