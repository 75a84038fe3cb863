import { ACTOR_TABLE } from '@sitrep/domain';
import { normalizeKey } from '../../text/normalize.js';

/**
 * «الحزب», «الحركة», «الجماعة», «التنظيم», «الهيئة»: a group named again by the head noun of its own name
 * («حزب الله» … «مقاتلي الحزب», «حركة الشباب» … «أعلنت الحركة»). Normalised heads, without the article.
 */
export const ANAPHOR_HEADS: readonly string[] = ['حزب', 'حركه', 'جماعه', 'تنظيم', 'هييه', 'جبهه'];

const GROUPS = ACTOR_TABLE.filter((e) => e.kind === 'group').map((e) => ({ code: e.code, names: e.arabic.map(normalizeKey) }));

/**
 * The anaphor heads each group's own names begin with («PS-HAMAS» → «حركه»; «ISIS» → «تنظيم»); not from a name that
 * extends another group's («حزب الله العراقي» is the PMF's, but «الحزب» is Hezbollah's).
 */
export const HEADS_OF_GROUP: ReadonlyMap<string, readonly string[]> = new Map(
  GROUPS.map(({ code, names }) => {
    const own = names.filter((n) => !GROUPS.some((o) => o.code !== code && o.names.some((m) => n.startsWith(m + ' '))));
    const heads = new Set(own.map((n) => n.split(' ')[0]).filter((w) => ANAPHOR_HEADS.includes(w)));
    return [code, [...heads]];
  }),
);
