import { randomBytes } from 'node:crypto';

/**
 * Short Arabic reports written for the chaos suite (shelling, a clash,
 * casualty claims, a ceasefire), so the extractor emits several events per
 * report. A serial makes each text, hence each report id, unique.
 */
const TEMPLATES = [
  'أعلنت وزارة الدفاع الأرمينية أن القوات الأذربيجانية قصفت بالمدفعية مواقع قرب بلدة جرموك فجر يوم 13 سبتمبر 2022، ما أدى إلى مقتل ثلاثة جنود وإصابة خمسة آخرين.',
  'قالت وزارة الدفاع الأذربيجانية إن اشتباكات عنيفة اندلعت على الحدود مع أرمينيا في منطقة كلبجار، وإن جنديين قتلا وأصيب أربعة.',
  'أفادت مصادر محلية بأن طائرة مسيرة استهدفت آلية عسكرية قرب مدينة غوريس، ودمرت دبابة، ولم تعلن حصيلة الضحايا.',
  'أعلنت روسيا التوصل إلى وقف لإطلاق النار بين أرمينيا وأذربيجان اعتبارا من الساعة التاسعة مساء يوم 14 سبتمبر 2022.',
  'اتهمت يريفان باكو بخرق وقف إطلاق النار وقصف قرى في محافظة سيونيك، مشيرة إلى مقتل مدني واحد وجرح اثنين.',
];

export interface ChaosReport {
  text: string;
  publishedOn: string;
  source: string;
}

const RUN = randomBytes(4).toString('hex');

/** The n-th unique report of this run (the same n gives the same report, so a storm can repeat it). */
export function uniqueReport(n: number, salt = RUN): ChaosReport {
  return {
    text: `${TEMPLATES[n % TEMPLATES.length]}\nالمرجع ${salt}-${n}.`,
    publishedOn: '2022-09-14',
    source: `chaos-${n % 3}`,
  };
}
