// Nouns of what an attack leaves behind.

/**
 * «آثار القصف», «أضرار الغارات», «مخلفات المعارك»: an attack named by what it left is one already
 * told (or a recap), not a new report of it. Normalised spellings.
 */
export const AFTERMATH_NOUNS: readonly string[] = ['اثار', 'مخلفات', 'اضرار', 'بقايا', 'ركام'];
