import { row, type CueRow } from './row.js';

/** Materiel and ground: destroyed or seized equipment, lost or taken territory. */
export const GROUND_ROWS: readonly CueRow[] = [
  row('destroy', [
    'تدمير',
    'دمر',
    'دمرت',
    'تدمر',
    'يدمر',
    'دمرنا',
    'إسقاط',
    'أسقط',
    'أسقطت',
    'اسقاط',
    'إعطاب',
    'أعطب',
    'إحراق',
    'أحرق',
    'أحرقت',
    'احتراق', // «احتراق آلية عسكرية بالكامل»: burnt out (a figure needs an equipment noun after it)
    'احترقت',
    'تحطيم',
    'أعطبت',
    // interception is the loss of the drone or missile intercepted (the event needs an equipment noun); not a bare
    // «اعترض», which with a pronoun («واعترضه») is something that came in the way
    'اعتراض',
    'اعترضت',
    // a ship sunk («إغراق سفينة», «أغرقت القوات زورقين»)
    'إغراق',
    'أغرق',
    'أغرقت',
  ]),
  row('seize', ['الاستيلاء', 'استولى', 'استولت', 'اغتنام', 'اغتنمت', 'اغتنم', 'غنم', 'غنمت', 'الاستحواذ', 'مصادرة']),
  row('lose', ['فقدان', 'فقدانها', 'فقدت', 'فقد', 'خسارة', 'خسرت', 'خسر']),
  row('control', [
    'السيطرة',
    'سيطرت',
    'سيطر',
    'سيطرة',
    'سيطرتها',
    'سيطرته',
    'سيطرتهم',
    'بسط السيطرة',
    'فرض السيطرة',
    'تحرير',
    'حررت',
    'حرر',
    'تحريرها',
    // «أعلن الجيش تطهير مدينة سنجة من الدعم السريع»: clearing a place of the enemy (not «التطهير العرقي»: see
    // triggers/control-rules.ts)
    'تطهير',
    'طهرت',
    'طهر',
    'طهروا',
    'استعادة',
    'استعادت',
    'استعاد',
    'استعادتها',
    // the present of headlines, for taking back (telic: «الجيش السوداني يستعيد مدينة سنجة»; not «تسيطر», which in
    // a body is as often a state: «تسيطر الحركة على مناطق واسعة»)
    'يستعيد',
    'تستعيد',
    'يسترد',
    'تسترد',
    'يسترجع',
    'تسترجع',
    // «استرد الجيش القصر الجمهوري», «استرجع الجيش بلدة»: taking back
    'استرد',
    'استردت',
    'استرداد',
    'استردوا',
    'استرجع',
    'استرجعت',
    'استرجاع',
    'استرجعوا',
    // «أخلت القوات مواقعها», «تخلت القوات عن مواقعها»: ground of its own given up (OWN_GROUND_LEFT in
    // triggers/control-context.ts; not «أخلت السلطات السكان», «تخلت الحكومة عن خطتها»)
    'أخلت',
    'أخلى',
    'أخلوا',
    'تخلت',
    'تخلى',
    'تخلوا',
    'انتزاع',
    'انتزعت',
    'انتزع',
    'اجتاحت',
    'اجتاح',
    'انسحاب',
    'انسحبت',
    'انسحب',
    'احتلت',
    'احتل',
    'دخل',
    'دخلت',
    'دخول',
    'طرد',
    'طردت',
    // expelling a side «من» a place (EXPELLING in triggers/control-context.ts)
    'طردوا',
    'أخرج',
    'أخرجت',
    'أخرجوا',
    'دحر',
    'دحرت',
    'دحروا',
    // «سقطت المدينة في أيدي المسلحين»: the place is the subject, before the cue
    'في أيدي',
    'بأيدي',
    'في يد',
    'بيد',
    'في قبضة',
    // «أحكمت القوات قبضتها على المدينة», the subject often between verb and grip: the grip «على» a place («قبضة»
    // matches «قبضتها», «قبضته»; not «قبضت على», an arrest). With «على» it is no «hands» a place falls into.
    'قبضة على',
    // «باتت القرية مجددا تحت العلم الأوكراني»: under a side's flag, after a verb of becoming (see the control rule)
    'تحت العلم',
    'تحت راية',
    'تحت الراية',
  ]),
  // «رفعت القوات الأوكرانية علمها فوق القرية»: a force raising its flag over a place (the `flag` condition; not «رفع
  // الحصار», «رفع العقوبات», nor protesters' flags)
  row('control', ['رفع', 'رفعت', 'رفعوا', 'رفعنا', 'يرفع', 'ترفع', 'يرفعون'], { when: 'flag' }),
];
