import { PERSONS } from '../nouns.js';

/**
 * Those who carried out an attack are killed or caught too («أحد المهاجمين فجر نفسه», «مقتل 4 من
 * المهاجمين»): they are the accused side, never the victims'. Added to the person nouns on import.
 */
const ATTACKERS = ['المهاجمين', 'المهاجمون', 'مهاجمين', 'مهاجمون', 'منفذي الهجوم', 'منفذو الهجوم'];
const TERRORISTS = ['الإرهابيين', 'الإرهابيون', 'إرهابيين', 'إرهابيون'];
const ONE_ATTACKER = ['أحد المهاجمين', 'مهاجم', 'المهاجم', 'أحد منفذي الهجوم', 'أحد الإرهابيين', 'إرهابي', 'الإرهابي'];

PERSONS.addAll([...ATTACKERS, ...TERRORISTS], { affiliation: 'military', attacker: true });
PERSONS.addAll(ONE_ATTACKER, { affiliation: 'military', count: 1, attacker: true });
