/**
 * The fast tokenizer for spreadsheet and Word XML gives the same events as saxes, however
 * the text is cut into pieces, and hands anything beyond plain elements (comments, CDATA)
 * back to saxes by answering false.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { describe, expect, it } from 'vitest';
import { scanXmlTokens } from '../../../src-main/core/imports/xml-tokens';

const XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://x"><sheetData>' +
  '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> Sở &amp; “GD&#272;T” &lt;1&gt; &#x1EA1;</t></is></c>' +
  '<c r="B1" s=\'2\'><f>SUM(A1:A2)&gt;0</f><v>250</v></c><c r="C1"/></row>' +
  '<row r="2"><c r="A2" t="s"><v>3</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>';

type Event = [string, string, Record<string, string>?, boolean?];

function viaSaxes(xml: string): Event[] {
  const out: Event[] = [];
  const p = new SaxesParser({ xmlns: false });
  p.on('opentag', (t: SaxesTagPlain) => out.push(['open', t.name, t.attributes as Record<string, string>, t.isSelfClosing]));
  p.on('text', (t: string) => {
    if (t.trim()) out.push(['text', t]);
  });
  p.on('closetag', (t: SaxesTagPlain) => out.push(['close', t.name]));
  p.write(xml).close();
  return out;
}

function viaTokens(pieces: string[]): { ok: boolean; events: Event[] } {
  const events: Event[] = [];
  let text = '';
  const flush = () => {
    if (text.trim()) events.push(['text', text]);
    text = '';
  };
  const ok = scanXmlTokens(pieces, {
    open: (name, attributes, selfClosing) => {
      flush();
      events.push(['open', name, attributes, selfClosing]);
    },
    text: (t) => {
      text += t;
    },
    close: (name) => {
      flush();
      events.push(['close', name]);
    },
  });
  return { ok, events };
}

describe('fast XML tokens', () => {
  it.each([1, 3, 7, 64, 10_000])('match saxes with the text cut every %i characters', (size) => {
    const pieces: string[] = [];
    for (let i = 0; i < XML.length; i += size) pieces.push(XML.slice(i, i + size));
    const r = viaTokens(pieces);
    expect(r.ok).toBe(true);
    expect(r.events).toEqual(viaSaxes(XML));
  });

  it.each([
    ['a comment', '<a><!-- <b> --><c/></a>'],
    ['CDATA', '<a><![CDATA[x < y]]></a>'],
    ['a tag cut short', '<a><b></a'],
    ['an unclosed element', '<a><b>'],
  ])('hands %s back to saxes', (_, xml) => {
    expect(viaTokens([xml]).ok).toBe(false);
  });
});
