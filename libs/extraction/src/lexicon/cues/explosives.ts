import { row, type CueRow } from './row.js';

/**
 * Explosions, roadside bombs, car bombs and suicide bombings. The taxonomy has no scored type for them
 * (they are neither fire between forces nor stand-off fire nor aircraft), so they fire nothing and keep a
 * generic «هجوم»/«استهداف» beside them from becoming a clash or a shelling.
 */
export const EXPLOSIVE_ROWS: readonly CueRow[] = [
  row('blast', [
    'انفجار',
    'انفجارات',
    'الانفجار',
    'انفجرت',
    'انفجر',
    'تفجير',
    'التفجير',
    'تفجيرات',
    'تفجيرا',
    'عبوة ناسفة',
    'العبوة الناسفة',
    'عبوات ناسفة',
    'عبوة',
    'لغم',
    'لغم أرضي',
    'ألغام',
    'سيارة مفخخة',
    'السيارة المفخخة',
    'مفخخة',
    'حزام ناسف',
    'حزاما ناسفا',
    'انتحاري',
    'انتحارية',
    'هجوم انتحاري',
    'تفجير انتحاري',
    'عملية انتحارية',
    // boats that are the bomb: «زورق مفخخ», «زورق مسير» (a surface drone, no aircraft)
    'زورق مفخخ',
    'زوارق مفخخة',
    'زورق مسير',
    'زوارق مسيرة',
    'زورق انتحاري',
    'زوارق انتحارية',
    'قارب مفخخ',
    'قارب مسير',
  ]),
];
