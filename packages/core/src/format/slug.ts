/**
 * The path segment of a free-text name (a statement's product). A module apart from `paths.ts`,
 * whose segments every reader of the layout uses: only the writers of statements need this one.
 */

/** Lower case ASCII letters and digits joined by `-`: `Système EPR+ 2` becomes `systeme-epr-2`. */
export function slug(text: string): string {
  const result = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  if (!result) throw new TypeError(`${JSON.stringify(text)} has no letters or digits to make a path segment of`);
  return result;
}
