/**
 * How wide a text is drawn, so that the SVG badge can size its boxes without a browser.
 * The widths are Arial's advance widths (taken from Liberation Sans, which shares Arial's
 * metrics), in 1/2048 em. The badge also sets `textLength`, so a viewer without Arial draws
 * the text squeezed or stretched to the same width: it never overflows its box.
 */

const UNITS_PER_EM = 2048;

// U+0020 to U+007E.
const ASCII = [
  569, 569, 727, 1139, 1139, 1821, 1366, 391, 682, 682, 797, 1196, 569, 682, 569, 569, 1139, 1139, 1139, 1139, 1139,
  1139, 1139, 1139, 1139, 1139, 569, 569, 1196, 1196, 1196, 1139, 2079, 1366, 1366, 1479, 1479, 1366, 1251, 1593, 1479,
  569, 1024, 1366, 1139, 1706, 1479, 1593, 1366, 1593, 1479, 1366, 1251, 1479, 1366, 1933, 1366, 1366, 1251, 569, 569,
  569, 961, 1139, 682, 1139, 1139, 1024, 1139, 1139, 569, 1139, 1139, 455, 455, 1024, 455, 1706, 1139, 1139, 1139, 1139,
  682, 1024, 569, 1139, 1024, 1479, 1024, 1024, 1024, 684, 532, 684, 1196,
];

// Letters and punctuation that do not decompose into an ASCII letter and accents.
const OTHERS: Readonly<Record<string, number>> = {
  '’': 455,
  '‘': 455,
  '“': 682,
  '”': 682,
  '–': 1139,
  '—': 2048,
  '…': 2048,
  '·': 569,
  '•': 717,
  ß: 1251,
  æ: 1821,
  Æ: 2048,
  ø: 1251,
  Ø: 1593,
  œ: 1933,
  Œ: 2048,
  ð: 1139,
  Ð: 1479,
  þ: 1139,
  Þ: 1366,
  ł: 455,
  Ł: 1139,
  đ: 1139,
  Đ: 1479,
  ı: 569,
  '€': 1139,
  '£': 1139,
  '©': 1509,
  '®': 1509,
  '°': 819,
  '±': 1124,
  '×': 1196,
  '÷': 1124,
  '«': 1139,
  '»': 1139,
  '\u00A0': 569,
};

// Anything else (other scripts, emoji): a full em and a fifth, wider than nearly any glyph.
const FALLBACK = 2458;

const ZERO_WIDTH = /[\p{M}\p{Cf}]/u;

let segmenter: Intl.Segmenter | undefined;

/** The characters of a text as people see them; code points where Intl.Segmenter is missing. */
function graphemes(text: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return [...text];
  // Made on first use, so that importing the package costs nothing and fails nowhere.
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), ({ segment }) => segment);
}

/**
 * The width of a text in pixels when drawn in Arial at `fontSize` pixels, without kerning
 * (which only ever makes it narrower).
 *
 * @example
 * ```ts
 * textWidth('Conformant', 11); // 57.47...
 * ```
 */
export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const segment of graphemes(text)) {
    // Decomposed, an accented letter is its base letter plus zero-width marks: ŵ is w.
    let unknown = false;
    for (const char of segment.normalize('NFD')) {
      const code = char.codePointAt(0)!;
      if (code >= 0x20 && code <= 0x7e) units += ASCII[code - 0x20]!;
      else if (OTHERS[char] !== undefined) units += OTHERS[char];
      else if (!ZERO_WIDTH.test(char)) unknown = true;
    }
    // One unknown glyph per character as seen: an emoji sequence joined by ZWJ is one glyph.
    if (unknown) units += FALLBACK;
  }
  return (units * fontSize) / UNITS_PER_EM;
}

/**
 * Shortens a text, whole characters (graphemes) at a time, so that it is at most
 * `maxWidth` pixels wide and `maxLength` UTF-16 code units long, ending in an ellipsis when
 * it was shortened.
 *
 * @example
 * ```ts
 * fitText('Data Security and Protection Toolkit', { maxWidth: 100, fontSize: 11 }); // 'Data Security and…'
 * ```
 */
export function fitText(text: string, limits: { maxWidth: number; fontSize: number; maxLength?: number }): string {
  const maxLength = limits.maxLength ?? Number.POSITIVE_INFINITY;
  if (text.length <= maxLength && textWidth(text, limits.fontSize) <= limits.maxWidth) return text;
  const room = limits.maxWidth - textWidth('…', limits.fontSize);
  let kept = '';
  let width = 0;
  for (const segment of graphemes(text)) {
    const next = textWidth(segment, limits.fontSize);
    if (width + next > room || kept.length + segment.length + 1 > maxLength) break;
    kept += segment;
    width += next;
  }
  return `${kept.trimEnd()}…`;
}
