/**
 * A fast tokenizer for machine-written spreadsheet XML: tags and texts found with one
 * sticky regular expression instead of saxes's character-by-character state machine
 * (which cost more than everything else in reading a large sheet). It understands what
 * spreadsheet writers produce — elements, attributes, the five entities and numeric
 * references — and answers `false` at anything else (comments, CDATA, a doctype, a tag cut
 * short), so the caller parses that part again with saxes.
 */

export interface XmlHandler {
  open(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  text(text: string): void;
  close(name: string): void;
}

const TOKEN = /<([^>]*)>|([^<]+)/y;
const ATTR = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (_, name: string | undefined, dec: string | undefined, hex: string | undefined) =>
    name ? NAMED[name]! : String.fromCodePoint(dec ? Number(dec) : parseInt(hex!, 16)),
  );
}

function attributesOf(body: string, from: number): Record<string, string> {
  const out: Record<string, string> = {};
  if (from >= body.length) return out;
  ATTR.lastIndex = from;
  for (let m = ATTR.exec(body); m; m = ATTR.exec(body)) out[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
  return out;
}

/** Feed the pieces of one XML part to the handler; false when the part needs a full XML parser. */
export function scanXmlTokens(pieces: Iterable<string>, h: XmlHandler): boolean {
  let carry = '';
  let depth = 0;
  for (const piece of pieces) {
    const data = carry + piece;
    // only whole tags: keep what follows the last '<' for the next piece
    const cut = data.lastIndexOf('<');
    const end = cut > 0 ? cut : cut === 0 ? 0 : data.length;
    carry = data.slice(end);
    if (!scan(end === data.length ? data : data.slice(0, end), end)) return false;
  }
  if (carry && !scan(carry, carry.length)) return false;
  return depth === 0;

  function scan(data: string, end: number): boolean {
    TOKEN.lastIndex = 0;
    while (TOKEN.lastIndex < end) {
      const m = TOKEN.exec(data);
      if (!m) return false;
      if (m[2] !== undefined) {
        if (depth > 0) h.text(decodeEntities(m[2]));
        continue;
      }
      const body = m[1]!;
      const first = body.charCodeAt(0);
      if (first === 63 /* ? */) continue;
      if (first === 33 /* ! */) return false;
      if (first === 47 /* / */) {
        if (--depth < 0) return false;
        h.close(body.slice(1).trim());
        continue;
      }
      const selfClosing = body.charCodeAt(body.length - 1) === 47;
      const inner = selfClosing ? body.slice(0, -1) : body;
      let n = 0;
      while (n < inner.length && inner.charCodeAt(n) > 32) n++;
      h.open(inner.slice(0, n), attributesOf(inner, n), selfClosing);
      if (selfClosing) h.close(inner.slice(0, n));
      else depth++;
    }
    return true;
  }
}
