import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * Several places taken in one announcement (event-taxonomy.md: one event per claimant, place or day): each town or
 * village of a list with «و» or «،» is its own ControlChangeClaimed, with the same claimant, taker and day and the wider
 * place they lie in; a count with no names stays one event at the wider place. Sentences written for this spec.
 */
const controls = (text: string) =>
  extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.filter((e) => e.type === 'ControlChangeClaimed' && !e.background);
const specific = (text: string) =>
  controls(text).map((e) => e.locations.filter((l) => l.precision === 'settlement' || l.precision === 'feature').map((l) => l.name));

describe('a list of places taken: one control change each', () => {
  it.each([
    [['Avdiivka', 'Bakhmut'], 'وأعلنت وزارة الدفاع الروسية السيطرة على بلدتي أفدييفكا وباخموت في منطقة دونيتسك.'],
    [['Aleppo', 'Hama'], 'وسيطرت هيئة تحرير الشام والفصائل المتحالفة معها على مدينتي حلب، وحماة.'],
    [['Sirte', 'Misrata'], 'وقالت قوات حكومة الوفاق إنها استعادت مدينة سرت ومدينة مصراتة.'],
    [['Kidal', 'Gao'], 'وأعلن الجيش المالي استعادة السيطرة على مدن كيدال وغاو من المتمردين.'],
  ])('%j: %s', (names, text) => {
    expect(specific(text)).toEqual(names.map((n) => [n]));
    const [a, b] = controls(text);
    expect(b).toMatchObject({ claimant: a!.claimant, accused: a!.accused, target: a!.target, occurredOn: a!.occurredOn });
  });

  it('each keeps the wider place it lies in', () => {
    const events = controls('وأعلنت وزارة الدفاع الروسية السيطرة على بلدتي أفدييفكا وباخموت في منطقة دونيتسك.');
    for (const e of events) expect(e.locations.map((l) => l.name)).toContain('Donetsk Oblast');
  });
});

it('two towns taken in one province, told in two sentences, stay two control changes', () => {
  const text =
    'وأعلنت وزارة الدفاع الروسية السيطرة على بلدة أفدييفكا في منطقة دونيتسك. وأضافت الوزارة أن قواتها سيطرت على مدينة باخموت في منطقة دونيتسك.';
  expect(specific(text)).toEqual([['Avdiivka'], ['Bakhmut']]);
});

describe('no list, no split', () => {
  it.each([
    ['a count with no names', 'وأعلنت كييف استعادة ثلاث قرى في منطقة دونيتسك.', 1],
    ['a town and the province it lies in', 'وسيطرت قوات الحكومة السورية على بلدة خان شيخون في ريف إدلب الجنوبي.', 1],
    ['a town and a place it is near', 'وسيطرت القوات الروسية على بلدة أفدييفكا القريبة من مدينة دونيتسك.', 1],
  ])('%s: %s', (_, text, n) => {
    expect(controls(text)).toHaveLength(n);
  });
});
