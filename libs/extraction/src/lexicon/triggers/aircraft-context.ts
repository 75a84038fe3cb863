/** Reconnaissance flights and shoot-downs: a flying weapon near one of them is no strike. */
export const NOT_A_STRIKE: readonly string[] = ['تحليق', 'استطلاع', 'اسقاط', 'اسقط', 'اسقطت', 'اعتراض', 'اعترضت'];

/** «بطائرة مسيرة», «بالصواريخ»: a word named as the instrument («ب…», «وب…», «فب…»); shared by the strike, target and loss-side readings. */
export const INSTRUMENT_PREFIX = /^[وف]?ب/;
