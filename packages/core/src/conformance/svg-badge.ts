/**
 * The static SVG badge, for READMEs, e-mails and pages without JavaScript: a two-part flat
 * badge, the standard on the left, the status (icon and words), expiry and an optional
 * "verified" on the right. Accessible (`role="img"`, `aria-label`, `<title>`), every text
 * escaped, at most 2048 bytes, and the same bytes for the same input.
 */
import type { ConformanceStatement } from '../format/kinds/conformance-statement.js';
import { parseDocument } from '../format/parse.js';
import { standardColours, toneColours } from './badge-palette.js';
import { badgeWords, formatBadgeDate } from './badge-words.js';
import { statusDisplays, type DisplayLanguage } from './status-display.js';
import { fitText, textWidth } from './text-width.js';
import { isExpired } from './validity.js';
import { cleanText, escapeXml } from './xml-text.js';

/**
 * Options of {@link renderBadgeSvg}.
 *
 * @example
 * ```ts
 * const options: BadgeSvgOptions = { lang: 'cy', verified: { issuer: result.issuer.name } };
 * ```
 */
export interface BadgeSvgOptions {
  /** The language of the words: English (default) or Welsh. */
  lang?: DisplayLanguage;
  /** The time at which to decide whether the statement has expired. Default: now. */
  now?: Date;
  /**
   * Whether you have verified the statement's signature (with {@link verifyStatement}); give
   * the issuer's name to say who signed it. The badge cannot check this itself: an image
   * proves nothing, so only set it from a verification you have just made.
   */
  verified?: boolean | { issuer: string };
}

/**
 * The most bytes a badge may take.
 *
 * @example
 * ```ts
 * new TextEncoder().encode(renderBadgeSvg(statement)).length <= MAX_BADGE_BYTES; // true
 * ```
 */
export const MAX_BADGE_BYTES = 2048;

const FONT_SIZE = 11;
const HEIGHT = 20;
const PAD = 6;
const ICON = 12;
const GAP = 4;
const MAX_STANDARD_WIDTH = 200;
const MAX_VERSION_WIDTH = 70;
const FONT = 'Arial,Helvetica,Liberation Sans,sans-serif';

/**
 * Renders a statement as a static SVG badge.
 *
 * @throws {@link format!InvalidDocumentError} when the statement is not a valid ConformanceStatement.
 * @example
 * ```ts
 * const svg = renderBadgeSvg(statement, { lang: 'cy' });
 * writeFileSync('badge.svg', svg);
 * ```
 */
export function renderBadgeSvg(statement: ConformanceStatement, options: BadgeSvgOptions = {}): string {
  parseDocument(statement, { kind: 'ConformanceStatement' });
  // Realistic statements fit at the first try; hostile ones (texts of nothing but "&") are
  // cut shorter until the badge fits.
  for (let limit = 120; ; limit = Math.floor(limit / 2)) {
    const svg = render(statement, options, limit);
    if (limit <= 8 || new TextEncoder().encode(svg).length <= MAX_BADGE_BYTES) return svg;
  }
}

function render(statement: ConformanceStatement, options: BadgeSvgOptions, limit: number): string {
  const lang: DisplayLanguage = options.lang === 'cy' ? 'cy' : 'en';
  const words = badgeWords[lang];
  const display = statusDisplays[statement.status];
  const expired = isExpired(statement, options.now);
  const colours = toneColours[expired ? 'neutral' : display.tone];
  const status = display.label[lang];

  const name = cleanText(statement.standard.name ?? statement.standard.id);
  const version = cleanText(statement.standard.version ?? '');
  const standardFull = version ? `${name} ${version}` : name;
  // A long name is shortened before its version, which says which edition is met.
  const fittedVersion = fitText(version, { maxWidth: MAX_VERSION_WIDTH, fontSize: FONT_SIZE, maxLength: limit / 2 });
  const room = MAX_STANDARD_WIDTH - (fittedVersion ? textWidth(` ${fittedVersion}`, FONT_SIZE) : 0);
  const fittedName = fitText(name, { maxWidth: room, fontSize: FONT_SIZE, maxLength: limit });
  const standard = fittedVersion ? `${fittedName} ${fittedVersion}` : fittedName;
  const expiry =
    statement.expires && (expired ? words.expired : words.until)(formatBadgeDate(statement.expires, lang, true));
  const right = [status, expiry, options.verified ? words.verified : undefined].filter(Boolean).join(' · ');

  const { subject } = statement;
  const subjectName = subject.product
    ? `${subject.product.name}${subject.product.version ? ` ${subject.product.version}` : ''} (${subject.name})`
    : subject.name;
  const verifiedBy =
    typeof options.verified === 'object'
      ? clip(options.verified.issuer, limit / 2) || true
      : options.verified
        ? true
        : undefined;
  const label = words.sentence({
    subject: clip(subjectName, limit),
    standard: clip(standardFull, limit),
    status,
    validity: statement.expires
      ? (expired ? words.expiredOn : words.validUntil)(formatBadgeDate(statement.expires, lang))
      : words.noExpiry,
    verifiedBy,
  });

  const leftText = round(textWidth(standard, FONT_SIZE));
  const rightText = round(textWidth(right, FONT_SIZE));
  const split = Math.ceil(PAD + leftText + PAD);
  const iconX = split + PAD;
  const textX = iconX + ICON + GAP;
  const width = Math.ceil(textX + rightText + PAD + 1);
  const text = (x: number, fill: string, length: number, content: string) =>
    `<text x="${x}" y="14" fill="${fill}" textLength="${length}" lengthAdjust="spacingAndGlyphs">${escapeXml(content)}</text>`;

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}" role="img" aria-label="${escapeXml(label)}" lang="${lang}">` +
    `<title>${escapeXml(label)}</title>` +
    `<rect width="${width}" height="${HEIGHT}" rx="3" fill="${standardColours.background}"/>` +
    // The status part sits inside a 1px frame of the standard's colour.
    `<path fill="${colours.background}" d="M${split} 1H${width - 3}a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H${split}z"/>` +
    `<g font-family="${FONT}" font-size="${FONT_SIZE}">` +
    text(PAD, standardColours.text, leftText, standard) +
    `<path fill="${colours.text}" transform="translate(${iconX} 4) scale(.75)" d="${escapeXml(display.icon.path)}"/>` +
    text(textX, colours.text, rightText, right) +
    `</g></svg>`
  );
}

/** A cleaned text cut to at most `length` code units (whole characters, then "…"). */
const clip = (text: string, length: number) =>
  fitText(cleanText(text), {
    maxWidth: Number.POSITIVE_INFINITY,
    fontSize: FONT_SIZE,
    maxLength: Math.max(4, Math.floor(length)),
  });

/** Rounded up to a tenth of a pixel: never narrower than the text, and short to write. */
const round = (value: number) => Math.ceil(value * 10) / 10;
