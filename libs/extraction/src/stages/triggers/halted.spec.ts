import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/** Example sentences written for these specs, not taken from any report. */
const scored = (text: string) =>
  extract({ text, publishedOn: '2025-03-10', language: 'ar' })
    .events.filter((e) => !e.background)
    .map((e) => e.type);

const FIGHTING = ['AirStrikeReported', 'ShellingReported', 'ArmedClashReported'];
const fighting = (text: string) => scored(text).filter((t) => FIGHTING.includes(t));

describe('halts: what a halt governs is to stop, not a strike told', () => {
  it('a call to stop, however long its subject and addressee (Lebanon, Ukraine, Sudan, Iraq)', { timeout: 30_000 }, () => {
    expect(fighting('حث وزير الخارجية الفرنسي جان نويل بارو إسرائيل الثلاثاء على وقف غاراتها على لبنان.')).toEqual([]);
    expect(fighting('حث وزير الخارجية البريطاني ديفيد لامي روسيا الاثنين على وقف هجماتها على البنية التحتية الأوكرانية.')).toEqual([]);
    expect(fighting('دعت منظمة الصحة العالمية قوات الدعم السريع والجيش السوداني الخميس إلى وقف القصف على المستشفيات في الفاشر.')).toEqual(
      [],
    );
    // the weapon adjective of a halted attack is halted with it
    expect(fighting('طالبت الحكومة العراقية في بيان الفصائل المسلحة بوقف الهجمات الصاروخية على القواعد الأمريكية.')).toEqual([]);
  });

  it('a halt as the purpose of a demand, a halt with «عن», a halt announced (Lebanon, Somalia, Gaza)', () => {
    expect(fighting('وطالب رئيس البرلمان المجتمع الدولي بالضغط على إسرائيل لوقف اعتداءاتها على القرى الجنوبية.')).toEqual([]);
    expect(fighting('دعا الاتحاد الأفريقي حركة الشباب في بيان مطول أمس إلى الكف عن الهجمات على المدنيين في مقديشو.')).toEqual([]);
    expect(fighting('أعلن الجيش الإسرائيلي وقف الغارات على جنوب لبنان لمدة 48 ساعة.')).toEqual([]);
    expect(fighting('وقال المتحدث إن الوسطاء يعملون منذ أسابيع على وقف فوري لكل الغارات على قطاع غزة.')).toEqual([]);
  });

  it('a negated stop tells the fighting went on; a strike told beside a halt stays (Gaza, Sudan, Ukraine)', () => {
    expect(fighting('ولم يتوقف القصف الإسرائيلي على خان يونس منذ فجر اليوم.')).toContain('ShellingReported');
    expect(fighting('ولم تتوقف الاشتباكات بين الجيش وقوات الدعم السريع في أم درمان منذ الصباح.')).toContain('ArmedClashReported');
    expect(fighting('وخرقت القوات الروسية وقف إطلاق النار بقصف مدفعي على خيرسون.')).toContain('ShellingReported');
  });

  it('a plea to stop asks for no help (Somalia, Sudan, Gaza); a plea for help still does', () => {
    expect(scored('ناشدت الأمم المتحدة أطراف النزاع في الصومال وقف الهجمات على عمال الإغاثة.')).not.toContain('AssistanceRequested');
    expect(scored('ناشد أهالي الفاشر قوات الدعم السريع وقف القصف على الأحياء السكنية.')).not.toContain('AssistanceRequested');
    expect(scored('طلبت الأمم المتحدة من الطرفين وقف الهجمات على قوافل الإغاثة في غزة.')).not.toContain('AssistanceRequested');
    expect(scored('ناشد الرئيس الصومالي المجتمع الدولي تقديم الدعم العسكري لمواجهة حركة الشباب.')).toContain('AssistanceRequested');
    expect(scored('طلبت الحكومة الصومالية إرسال قوات أفريقية لوقف هجمات حركة الشباب.')).toContain('AssistanceRequested');
  });

  it('«ولو», «فلو»: a condition, as «لو» (Iraq, Yemen)', () => {
    expect(fighting('ولو استمرت الهجمات الصاروخية على السفارة فإن واشنطن سترد بقوة.')).toEqual([]);
    expect(fighting('فلو شن الحوثيون هجوما على السفن فإن الرد سيكون قاسيا.')).toEqual([]);
  });
});
