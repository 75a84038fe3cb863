import { describe, expect, it } from 'vitest';
import { stateCodes } from '@sitrep/domain';
import { extract } from '../extract.js';
import { tokenize } from '../text/tokens.js';
import { ACTORS } from './parties.js';
import { NISBA, NISBA_EXTRA, nisbaForms } from './states.js';
import { NO_NISBA, WORLD_ADJECTIVES, WORLD_NISBA, WORLD_NISBA_EXTRA } from './world-nisba.js';

/**
 * ISO 3166-1 entries that are dependent territories or uninhabited, not states with forces of their own (ISO 3166
 * Maintenance Agency's list, «independent: No»; Western Sahara's forces are the Polisario's, a group).
 */
const TERRITORIES = new Set(
  (
    'AI AQ AS AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY MF MO MP MQ MS NC NF NU ' +
    'PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT'
  ).split(' '),
);

const STEMS: ReadonlyArray<[string, string]> = [...NISBA, ...WORLD_NISBA].flatMap(([code, stems]) =>
  /^[A-Z]{2}$/.test(code) ? stems.map((s): [string, string] => [code, s]) : [],
);

const figures = (text: string) =>
  extract({ text, publishedOn: '2024-05-12' }).events.flatMap((e) => e.casualties.map((c) => `${c.party}|${c.category}|${c.min}`));
const events = (text: string) => extract({ text, publishedOn: '2024-05-12' }).events;

/** Parties of the nisba and country phrases the actor lexicon finds in a text. */
const nisbaParties = (text: string) =>
  ACTORS.scan(tokenize(text).tokens)
    .filter((m) => m.data.role === 'nisba' || m.data.role === 'country' || m.data.role === 'capital')
    .map((m) => m.data.party);

describe('every state has a nisba', () => {
  it('each state of the ISO list has a nisba row, or a reason for none', () => {
    const covered = new Set([...NISBA, ...NISBA_EXTRA, ...WORLD_NISBA, ...WORLD_NISBA_EXTRA].map(([code]) => code));
    const missing = stateCodes().filter((c) => !TERRITORIES.has(c) && !covered.has(c) && !NO_NISBA[c]);
    expect(missing).toEqual([]);
    // a reason is never given for a state that has a nisba after all
    expect(Object.keys(NO_NISBA).filter((c) => covered.has(c))).toEqual([]);
  });

  it('each state of the table has an English adjective for labels', () => {
    const codes = [...WORLD_NISBA, ...WORLD_NISBA_EXTRA].map(([code]) => code);
    expect(codes.filter((c) => !WORLD_ADJECTIVES[c])).toEqual([]);
    expect(events('أعلن الجيش الإندونيسي مقتل جنديين في هجوم على قاعدة عسكرية.')[0]?.claimant.name).toMatch(/^Indonesian /);
  });

  it.each(STEMS)('%s «%s» names the state’s soldiers in a casualty count (plural and dual)', (code, stem) => {
    expect(figures(`قتل ثلاثة جنود ${stem}ين في هجوم على قاعدة عسكرية.`)).toContain(`${code}|killed|3`);
    expect(figures(`أصيب جنديان ${stem}ان في انفجار عبوة ناسفة.`)).toContain(`${code}|wounded|2`);
  });

  it.each(STEMS)('%s «%s»: «الجيش ال…ي» speaks for the state and «القوات ال…ية» are its forces', (code, stem) => {
    const [said] = events(`أعلن الجيش ال${stem} مقتل أربعة من جنوده في هجوم على قاعدة عسكرية.`);
    expect(said?.claimant.party).toBe(code);
    const shelled = events(`قصفت القوات ال${stem}ه مواقع المسلحين قرب الحدود.`).find((e) => e.type === 'ShellingReported');
    expect(shelled?.accused).toBe(code);
  });
});

describe('nisbas of the states peacekeeping and coalition reports name', () => {
  it.each([
    ['قتل جنديان بورونديان في هجوم لحركة الشباب على قاعدة في إقليم هيران.', 'BI|killed|2'],
    ['قتل ثلاثة جنود أوغنديين في كمين نصبته حركة الشباب في إقليم شبيلي السفلى.', 'UG|killed|3'],
    ['أصيب أربعة جنود ماليزيين من قوات اليونيفيل في انفجار قرب بلدة الناقورة.', 'MY|wounded|4'],
    ['أصيب جنديان إندونيسيان في قصف على موقع لليونيفيل في جنوب لبنان.', 'ID|wounded|2'],
    ['قتل جنديان سنغاليان من بعثة الأمم المتحدة في هجوم قرب تمبكتو.', 'SN|killed|2'],
    ['قتل جندي تنزاني في هجوم للمتمردين قرب مدينة بيني.', 'TZ|killed|1'],
    ['قتل خمسة جنود رومانيين في انفجار لغم قرب الحدود الأوكرانية.', 'RO|killed|5'],
    // nisbas of two words
    ['أسرت القوات الأوكرانية جنديين كوريين شماليين في منطقة كورسك.', 'KP|captured|2'],
    ['قتل ثلاثة جنود جنوب سودانيين في اشتباك على الحدود مع السودان.', 'SS|killed|3'],
  ])('%s → %s', (text, key) => {
    expect(figures(text)).toContain(key);
  });

  it.each([
    ['أعلن الجيش الكيني مقتل خمسة من جنوده في انفجار عبوة ناسفة في مقاطعة لامو.', 'KE'],
    ['وقال الجيش الرواندي إن قواته ردت على قصف من الأراضي الكونغولية.', 'RW'],
    ['أعلنت وزارة الدفاع الكورية الجنوبية أن بيونغ يانغ أطلقت صاروخا باليستيا.', 'KR'],
  ])('«الجيش ال…ي» speaks for its state: %s', (text, party) => {
    expect(events(text)[0]?.claimant.party).toBe(party);
  });

  it('«القوات الأوغندية» shell, al-Shabaab is hit', () => {
    const [e] = events('قصفت القوات الأوغندية مواقع لحركة الشباب في إقليم شبيلي السفلى.');
    expect([e?.accused, e?.target]).toEqual(['UG', 'SO-SHABAAB']);
  });
});

describe('states by the names the press uses', () => {
  it.each([
    ['الدنمارك', 'DK'],
    ['ميانمار', 'MM'],
    ['بورما', 'MM'],
    ['كوت ديفوار', 'CI'],
    ['جمهورية الكونغو الديمقراطية', 'CD'],
    ['الكونغو برازافيل', 'CG'],
    ['تيمور الشرقية', 'TL'],
  ])('«%s» is %s', (name, party) => {
    expect(nisbaParties(name)).toEqual([party]);
  });

  it('«تيمور» alone is a man’s name, not East Timor', () => {
    expect(nisbaParties('قال تيمور إن القافلة وصلت.')).toEqual([]);
  });
});

describe('new nisbas do not take ordinary words', () => {
  it.each([
    // «مجرى» (a course) is the masculine «مجري» once normalised: Hungary is read only in the feminine and plural
    'ارتفع منسوب المياه في مجرى النهر بعد الأمطار.',
    // a region, not South Africa or South Sudan
    'عقدت دول الجنوب الأفريقي قمة طارئة في العاصمة.',
    'زار السفير البابوي المدينة وألقى الرئيس الباني كلمة.',
    'تبدأ الأشهر القمرية برؤية الهلال.',
    'قال المتحدث باسم الجبهة التركمانية إن الوضع هادئ.',
    'ارتفع سعر غاز البوتان في الأسواق.',
  ])('no state in «%s»', (text) => {
    expect(nisbaParties(text)).toEqual([]);
  });

  it('«خان كندي» is Stepanakert, not Canada', () => {
    expect(nisbaParties('سقطت قذائف على مدينة خان كندي ليلا.')).toEqual(['NKR']);
  });

  it('a generated form that is the country’s own name stays the country', () => {
    const { tokens } = tokenize('بوروندي');
    expect(ACTORS.matchAt(tokens, 0)?.data).toMatchObject({ role: 'country', party: 'BI' });
    expect(nisbaForms('بوروندي')).toContain('بوروندي');
  });
});
