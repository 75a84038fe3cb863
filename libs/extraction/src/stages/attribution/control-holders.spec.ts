import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * ControlChangeClaimed with its sides read from the words that name them: the side whose hands, control or flag the
 * place came under took it (accused), even when it is the speaker; the side named after «من» past the place lost it
 * (target). Sentences written for this spec across conflicts.
 */
const control = (text: string) =>
  extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.find((e) => e.type === 'ControlChangeClaimed');

describe('the side a place came under took it', () => {
  it.each([
    ['UA', 'وقالت وزارة الدفاع الأوكرانية إن بلدة روبوتين سقطت في أيدي القوات الأوكرانية.'],
    ['UA', 'وأعلن حرس الحدود الأوكراني أن قرية روبوتين باتت مجددا تحت العلم الأوكراني.'],
    ['SD', 'وقال الجيش السوداني إن مدينة سنجة أصبحت تحت سيطرة القوات المسلحة بالكامل.'],
    ['SD-RSF', 'وذكر شهود أن مدينة الفاشر سقطت في أيدي قوات الدعم السريع بعد حصار طويل.'],
    ['ISIS', 'وقال مصدر أمني عراقي إن بلدة القائم وقعت في قبضة تنظيم داعش.'],
  ])('taken by %s: %s', (taker, text) => {
    expect(control(text)).toMatchObject({ accused: taker });
  });
});

describe('the side named after «من» lost it', () => {
  it.each([
    ['SO', 'SO-SHABAAB', 'وأعلن الجيش الصومالي استعادة السيطرة على بلدة عيل بور من حركة الشباب.'],
    ['YE', 'YE-HOUTHI', 'وحررت القوات الحكومية مديرية حريب في محافظة مأرب من ميليشيا الحوثي.'],
    ['LY-LNA', 'LY', 'وانتزعت قوات الجيش الوطني الليبي السيطرة على مدينة سرت من قوات حكومة الوفاق.'],
    ['ML', 'ML-CSP', 'واستعاد الجيش المالي السيطرة على مدينة كيدال من المتمردين الطوارق.'],
    ['SY-HTS', 'SY', 'وانتزعت هيئة تحرير الشام مدينة سراقب من أيدي قوات النظام السوري.'],
  ])('%s took it from %s: %s', (taker, loser, text) => {
    expect(control(text)).toMatchObject({ accused: taker, target: loser });
  });

  it.each([
    ['a place near another', 'وسيطرت القوات الروسية على قرية قريبة من مدينة أفدييفكا.'],
    ['the agent «من قبل»', 'وتمت استعادة مدينة سنجة من قبل الجيش السوداني.'],
    ['a partitive count of another matter', 'وأكد الجيش اليمني السيطرة على المطار، مشيرا إلى أسر العشرات من مسلحي الحوثي.'],
  ])('no loser: %s', (_, text) => {
    const e = control(text);
    expect(e).toBeDefined();
    expect(e?.target ?? null).toBeNull();
  });
});

describe('a control verb joined by «و» shares the subject of the verb before it', () => {
  it.each([
    ['SD-RSF', 'اقتحمت قوات الدعم السريع مدينة ود مدني وسيطرت عليها.'],
    ['RU', 'تقدمت القوات الروسية نحو مدينة بوكروفسك وسيطرت عليها.'],
    ['SO-SHABAAB', 'وقالت مصادر محلية إن حركة الشباب هاجمت بلدة عيل بور في إقليم هيران وسيطرت عليها بعد انسحاب القوات الحكومية.'],
  ])('taken by %s: %s', (taker, text) => {
    expect(control(text)).toMatchObject({ accused: taker });
  });

  it('a side named as the owner of what was shelled is no subject', () => {
    const e = control('قصفت المدفعية مواقع قوات الدعم السريع في مدينة ود مدني وسيطرت عليها.');
    expect(e?.accused).not.toBe('SD-RSF');
  });
});
