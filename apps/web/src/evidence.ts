// Marks, in an evidence sentence, the words that made the event (its trigger)
// and the figures. The extractor keeps the sentence and its offsets but not the
// trigger's, so the page finds them again with the trigger words of the event
// taxonomy (shared/spec/event-taxonomy.md): a display aid, never a source of data.

export type Mark = 'trigger' | 'figure';
export interface Segment {
  text: string;
  mark: Mark | null;
}

/** Arabic stems per event type; matched inside words, so clitics (و، ب، ال) need no listing. */
export const TRIGGER_STEMS: Record<string, readonly string[]> = {
  ArmedClashReported: ['اشتباك', 'معارك', 'معركة', 'قتال', 'مواجهات', 'هجوم'],
  ShellingReported: ['قصف', 'قذائف', 'قذيفة', 'مدفعي', 'هاون', 'صواريخ', 'صاروخ', 'راجمات', 'أسلحة ثقيلة', 'الأسلحة الثقيلة'],
  AirStrikeReported: ['مسيرة', 'مسيّرة', 'بدون طيار', 'من دون طيار', 'غارة', 'غارات', 'الطيران'],
  CasualtiesClaimed: [
    'قتلى',
    'مقتل',
    'قتل',
    'جرحى',
    'جرح',
    'أصيب',
    'إصابة',
    'أسرى',
    'أسر',
    'مفقود',
    'ضحايا',
    'ضحية',
    'ضحيت',
    'شهداء',
    'استشهاد',
    'حصيلة',
  ],
  MaterielLossClaimed: ['دبابات', 'دبابة', 'مروحيات', 'مروحية', 'منظومات', 'منظومة', 'عربات مدرعة', 'مدرعات', 'تدمير', 'دمر'],
  ControlChangeClaimed: ['السيطرة', 'سيطرة', 'خسارة', 'تحرير', 'استعاد'],
  CeasefireDeclared: ['وقف إطلاق النار', 'وقف اطلاق النار', 'هدنة', 'اتفقتا', 'أوقفا'],
  CeasefireViolationAlleged: ['انتهاك', 'خرق', 'انتهاكات', 'خروقات'],
  MobilizationDeclared: ['التعبئة', 'تعبئة', 'الأحكام العرفية'],
  AssistanceRequested: ['طلب المساعدة', 'المساعدة', 'التماس', 'ناشد'],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Digits (Latin, Arabic-Indic, Persian) with separators, and the vague or spelled quantities the extractor reads. */
const FIGURE =
  /[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*|(?:ال)?(?:عشرات|مئات|آلاف|ألف|مائة|مئة|اثنين|اثنان|ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرة|عشرين|ثلاثين|أربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?![\u0621-\u064A])/gu;

function ranges(text: string, re: RegExp, mark: Mark): { start: number; end: number; mark: Mark }[] {
  const out: { start: number; end: number; mark: Mark }[] = [];
  for (const m of text.matchAll(re)) if (m[0]) out.push({ start: m.index, end: m.index + m[0].length, mark });
  return out;
}

/**
 * Splits `text` into plain and marked segments for the given event types.
 * Overlaps resolve to the earlier match (a figure inside a trigger phrase stays a trigger).
 */
export function markEvidence(text: string, types: readonly string[]): Segment[] {
  const stems = [...new Set(types.flatMap((t) => TRIGGER_STEMS[t] ?? []))].sort((a, b) => b.length - a.length);
  const found = [
    ...(stems.length ? ranges(text, new RegExp(stems.map(escape).join('|'), 'gu'), 'trigger') : []),
    ...ranges(text, FIGURE, 'figure'),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const r of found) {
    if (r.start < at) continue;
    if (r.start > at) segments.push({ text: text.slice(at, r.start), mark: null });
    segments.push({ text: text.slice(r.start, r.end), mark: r.mark });
    at = r.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: null });
  return segments;
}

/** The segments as DOM nodes: text nodes and <mark> elements (never HTML from the text). */
export function renderEvidence(text: string, types: readonly string[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const s of markEvidence(text, types)) {
    if (!s.mark) frag.append(s.text);
    else {
      const m = document.createElement('mark');
      m.className = s.mark;
      m.textContent = s.text;
      frag.append(m);
    }
  }
  return frag;
}
