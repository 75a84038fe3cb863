import { PERSONS } from '../nouns.js';

/**
 * Those who carried out an attack are killed or caught too («أحد المهاجمين فجر نفسه», «مقتل 4 من
 * المهاجمين»): they are the accused side, never the victims'. Added to the person nouns on import.
 */
const ATTACKERS = ['المهاجمين', 'المهاجمون', 'مهاجمين', 'مهاجمون', 'منفذي الهجوم', 'منفذو الهجوم'];
/** «قتل انتحاريين اثنين»: suicide attackers, the plural only (the singular is the adjective of «هجوم انتحاري»). */
const SUICIDE_ATTACKERS = ['انتحاريين', 'الانتحاريين', 'انتحاريون', 'الانتحاريون'];
/**
 * What a side calls its enemy's fighters («20 إرهابيا», «الخوارج» for the Pakistani and Somali armies, «المرتزقة» for
 * the Houthis, «المخربين» in Israeli copy): never the speaker's own dead, always the other side's.
 */
const TERRORISTS = [
  ...['الإرهابيين', 'الإرهابيون', 'إرهابيين', 'إرهابيون', 'إرهابيا', 'التكفيريين', 'تكفيريين', 'تكفيريا'],
  ...['الخوارج', 'خوارج', 'المرتزقة', 'مرتزقة', 'مرتزقا', 'المخربين', 'مخربين', 'مخربا'],
];
const ONE_ATTACKER = ['أحد المهاجمين', 'مهاجم', 'المهاجم', 'أحد منفذي الهجوم', 'أحد الإرهابيين', 'إرهابي', 'الإرهابي'];

PERSONS.addAll([...ATTACKERS, ...SUICIDE_ATTACKERS, ...TERRORISTS], { affiliation: 'military', attacker: true });
PERSONS.addAll(ONE_ATTACKER, { affiliation: 'military', count: 1, attacker: true });

/** «15 عنصرا إرهابيا», «عناصر إرهابية», «مسلحين تكفيريين»: an adjective that makes the counted people the enemy's (normalised). */
export const HOSTILE_ADJECTIVES: readonly string[] = ['ارهابي', 'ارهابيا', 'ارهابيه', 'ارهابيين', 'تكفيري', 'تكفيريه', 'تكفيريين'];
