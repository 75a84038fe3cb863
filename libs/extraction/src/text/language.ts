/**
 * Script-based language guess. Arabic-script text is Arabic unless letters
 * only Persian/Urdu use dominate; Latin text is English (or "und" when it
 * has too few letters to tell); Cyrillic is Russian.
 */
export function detectLanguage(text: string): string {
  let arabic = 0;
  let persian = 0;
  let latin = 0;
  let cyrillic = 0;
  let other = 0;
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) {
      if (
        c === 0x067e ||
        c === 0x0686 ||
        c === 0x0698 ||
        c === 0x06af ||
        c === 0x06a9 ||
        c === 0x06cc ||
        c === 0x06d2 ||
        c === 0x0679 ||
        c === 0x0688 ||
        c === 0x0691 ||
        c === 0x06ba ||
        c === 0x06be ||
        c === 0x06c1
      )
        persian++;
      else if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3)) arabic++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if (c > 0x2000 && /\p{L}/u.test(text[i])) other++;
  }
  const letters = arabic + persian + latin + cyrillic + other;
  if (letters < 3) return 'und';
  if (arabic + persian >= letters * 0.4) {
    if (persian > (arabic + persian) * 0.08) return persian > arabic * 0.3 ? 'fa' : 'ar';
    return 'ar';
  }
  if (latin >= letters * 0.5) return 'en';
  if (cyrillic >= letters * 0.5) return 'ru';
  return 'und';
}
