/** Reconnaissance flights and shoot-downs: a flying weapon near one of them is no strike. */
export const NOT_A_STRIKE: readonly string[] = ['تحليق', 'استطلاع', 'اسقاط', 'اسقط', 'اسقطت', 'اعتراض', 'اعترضت'];

/** «بطائرة مسيرة»: a flying weapon as the instrument («ب…») is a strike when the sentence has a weapon. */
export const INSTRUMENT_PREFIX = /^[وف]?ب/;
