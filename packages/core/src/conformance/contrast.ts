/** WCAG 2 contrast between two colours, to check that the badge's text can be read. */

/**
 * The WCAG 2 contrast ratio of two `#rrggbb` colours, from 1 (none) to 21 (black on white).
 * Normal text needs at least 4.5.
 *
 * @example
 * ```ts
 * contrastRatio('#ffffff', '#005eb8'); // 6.3...
 * ```
 */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new TypeError(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => {
    const channel = Number.parseInt(part, 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
