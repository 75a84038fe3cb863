/**
 * Ukraine (with Crimea and the occupied east, de jure UA). Coordinates:
 * Wikipedia / GeoNames city centres; dev-set gold for Kyiv and Ukraine.
 * «كيف» (how) is deliberately not a spelling of Kyiv.
 */
import { P, type Place } from './types.js';

export const UKRAINE: Place[] = [
  P('ua-kyiv', 'Kyiv', 'UA', 50.4501, 30.5234, 'settlement', 'ua', ['كييف', 'كيیف', 'العاصمة الأوكرانية', 'العاصمة كييف'], ['Kyiv', 'Kiev']),
  P('ua-bucha', 'Bucha', 'UA', 50.5436, 30.212, 'settlement', 'ua', ['بوتشا', 'بوچا'], ['Bucha']),
  P('ua-irpin', 'Irpin', 'UA', 50.5218, 30.2506, 'settlement', 'ua', ['إيربين', 'ايربين', 'إربين'], ['Irpin']),
  P('ua-kharkiv', 'Kharkiv', 'UA', 49.9935, 36.2304, 'settlement', 'ua', ['خاركيف', 'خاركوف', 'خاركييف'], ['Kharkiv', 'Kharkov']),
  P('ua-kupiansk', 'Kupiansk', 'UA', 49.7106, 37.6156, 'settlement', 'ua', ['كوبيانسك', 'كوبيانسك'], ['Kupiansk', 'Kupyansk']),
  P('ua-sumy', 'Sumy', 'UA', 50.9077, 34.7981, 'settlement', 'ua', ['سومي'], ['Sumy']),
  P('ua-chernihiv', 'Chernihiv', 'UA', 51.4982, 31.2893, 'settlement', 'ua', ['تشيرنيهيف', 'تشرنيغوف', 'تشيرنيغوف', 'تشرنيهيف'], ['Chernihiv', 'Chernigov']),
  P('ua-donbas', 'Donbas', 'UA', 48.3, 38.3, 'region', 'ua', ['دونباس', 'دونباس', 'حوض دونباس', 'شرق أوكرانيا', 'شرقي أوكرانيا'], ['Donbas', 'Donbass', 'eastern Ukraine']),
  P('ua-donetsk-oblast', 'Donetsk Oblast', 'UA', 48.0, 37.8, 'region', 'ua-donbas', ['منطقة دونيتسك', 'مقاطعة دونيتسك', 'جمهورية دونيتسك', 'جمهورية دونيتسك الشعبية', 'إقليم دونيتسك'], ['Donetsk Oblast', 'Donetsk region']),
  P('ua-donetsk', 'Donetsk', 'UA', 48.0159, 37.8029, 'settlement', 'ua-donetsk-oblast', ['دونيتسك', 'دونيتسك', 'دونتسك'], ['Donetsk']),
  P('ua-luhansk-oblast', 'Luhansk Oblast', 'UA', 48.8, 39.0, 'region', 'ua-donbas', ['منطقة لوغانسك', 'مقاطعة لوغانسك', 'جمهورية لوغانسك', 'جمهورية لوغانسك الشعبية', 'منطقة لوهانسك', 'إقليم لوغانسك'], ['Luhansk Oblast', 'Luhansk region', 'Lugansk region']),
  P('ua-luhansk', 'Luhansk', 'UA', 48.574, 39.3078, 'settlement', 'ua-luhansk-oblast', ['لوغانسك', 'لوهانسك', 'لوجانسك'], ['Luhansk', 'Lugansk']),
  P('ua-bakhmut', 'Bakhmut', 'UA', 48.5947, 38.0008, 'settlement', 'ua-donetsk-oblast', ['باخموت', 'أرتيوموفسك', 'أرتيموفسك', 'ارتيموفسك'], ['Bakhmut', 'Artemovsk', 'Artemivsk']),
  P('ua-avdiivka', 'Avdiivka', 'UA', 48.1394, 37.7425, 'settlement', 'ua-donetsk-oblast', ['أفدييفكا', 'أفديفكا', 'افدييفكا', 'أفدييوفكا'], ['Avdiivka', 'Avdeyevka']),
  P('ua-mariupol', 'Mariupol', 'UA', 47.0971, 37.5434, 'settlement', 'ua-donetsk-oblast', ['ماريوبول', 'ماريوبل'], ['Mariupol']),
  P('ua-kramatorsk', 'Kramatorsk', 'UA', 48.7389, 37.5844, 'settlement', 'ua-donetsk-oblast', ['كراماتورسك'], ['Kramatorsk']),
  P('ua-sloviansk', 'Sloviansk', 'UA', 48.8667, 37.6167, 'settlement', 'ua-donetsk-oblast', ['سلافيانسك', 'سلوفيانسك'], ['Sloviansk', 'Slavyansk']),
  P('ua-pokrovsk', 'Pokrovsk', 'UA', 48.2828, 37.1761, 'settlement', 'ua-donetsk-oblast', ['بوكروفسك'], ['Pokrovsk']),
  P('ua-vuhledar', 'Vuhledar', 'UA', 47.7797, 37.2486, 'settlement', 'ua-donetsk-oblast', ['فوهليدار', 'أوغليدار', 'اوغليدار'], ['Vuhledar', 'Ugledar']),
  P('ua-sievierodonetsk', 'Sievierodonetsk', 'UA', 48.9483, 38.4917, 'settlement', 'ua-luhansk-oblast', ['سيفيرودونيتسك', 'سيفيرودونتسك'], ['Sievierodonetsk', 'Severodonetsk']),
  P('ua-lysychansk', 'Lysychansk', 'UA', 48.9167, 38.4333, 'settlement', 'ua-luhansk-oblast', ['ليسيتشانسك', 'ليسيشانسك'], ['Lysychansk', 'Lisichansk']),
  P('ua-contact-line', 'Donbas line of contact', 'UA', 48.2, 37.9, 'border', 'ua-donbas', ['خط التماس', 'خط التماس في دونباس', 'خط التماس في شرق أوكرانيا'], ['Donbas contact line']),
  P('ua-zaporizhzhia', 'Zaporizhzhia', 'UA', 47.8388, 35.1396, 'settlement', 'ua', ['زابوريجيا', 'زابوروجيا', 'زاباروجيا', 'زابوريجيه', 'زاباروجيه', 'زابوروجيه'], ['Zaporizhzhia', 'Zaporozhye']),
  P('ua-enerhodar', 'Enerhodar (Zaporizhzhia nuclear plant)', 'UA', 47.4989, 34.6561, 'settlement', 'ua', ['إنرهودار', 'إنيرغودار', 'انرهودار', 'محطة زابوريجيا النووية', 'محطة زابوروجيا النووية', 'محطة زاباروجيا النووية', 'محطة زابوريجيا للطاقة النووية'], ['Enerhodar', 'Zaporizhzhia nuclear power plant']),
  P('ua-kherson', 'Kherson', 'UA', 46.6354, 32.6169, 'settlement', 'ua', ['خيرسون'], ['Kherson']),
  P('ua-mykolaiv', 'Mykolaiv', 'UA', 46.975, 31.9946, 'settlement', 'ua', ['ميكولايف', 'نيكولاييف', 'ميكولاييف'], ['Mykolaiv', 'Nikolaev']),
  P('ua-odesa', 'Odesa', 'UA', 46.4825, 30.7233, 'settlement', 'ua', ['أوديسا', 'اوديسا', 'أوديسّا'], ['Odesa', 'Odessa']),
  P('ua-dnipro', 'Dnipro', 'UA', 48.4647, 35.0462, 'settlement', 'ua', ['دنيبرو', 'دنيبروبتروفسك'], ['Dnipro', 'Dnipropetrovsk']),
  P('ua-lviv', 'Lviv', 'UA', 49.8397, 24.0297, 'settlement', 'ua', ['لفيف', 'لفوف'], ['Lviv', 'Lvov']),
  P('ua-crimea', 'Crimea', 'UA', 45.3, 34.4, 'region', 'ua', ['القرم', 'شبه جزيرة القرم', 'جزيرة القرم', 'القرم'], ['Crimea']),
  P('ua-sevastopol', 'Sevastopol', 'UA', 44.6167, 33.5254, 'settlement', 'ua-crimea', ['سيفاستوبول', 'سيباستوبول'], ['Sevastopol']),
  P('ua-kerch-bridge', 'Crimean (Kerch) Bridge', 'UA', 45.3078, 36.5097, 'feature', 'ua-crimea', ['جسر القرم', 'جسر كيرتش', 'جسر كيرش'], ['Crimean Bridge', 'Kerch Bridge']),
];
