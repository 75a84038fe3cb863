/** «خسائر مادية» alone is equipment, not people. */
export const MATERIAL: readonly string[] = ['ماديه'];

/** «لتجنب الخسائر»: losses avoided are none. */
export const AVOIDING: readonly string[] = ['لتجنب', 'تجنب'];

/** «دمر إحدى وحدات الجيش»: destroying a unit is fighting. */
export const UNITS: readonly string[] = ['وحدات', 'وحده', 'كتيبه', 'سريه', 'مجموعه', 'فصيل'];
