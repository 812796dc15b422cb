/** Line breaks turned into single spaces (the import's texts, comparisons); shared by core and renderer. */
const ONE_LINE_ALREADY = /[^\S ]| {2}|^ | $/;

export function oneLine(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  // most cells are one clean line already: test once instead of rebuilding the string
  const t = ONE_LINE_ALREADY.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
  return t === '' ? null : t;
}
