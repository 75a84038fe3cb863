/** «المتنازع عليها», «تحت السيطرة»: a disputed or held area, not a change of control. */
export const DISPUTE_OR_HELD: readonly string[] = ['تنازع', 'يتنازع', 'تتنازع', 'نزاع', 'المتنازع', 'تحت', 'يتنازعان', 'تتنازعان'];

/** «دخول الاتفاق حيز التنفيذ»: an agreement entering into force, not troops entering a place. */
export const ENTERING: readonly string[] = ['دخول', 'دخلت'];
export const INTO_FORCE: readonly string[] = ['حيز', 'التنفيذ', 'الاتفاق', 'اتفاق'];
