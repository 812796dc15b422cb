/**
 * Make Times New Roman the workbook's Normal font (exceljs always writes Calibri 11).
 * Column widths are counted in digits of the Normal font, so with the same font in the
 * cells and in Normal the widths print the same in Excel and in LibreOffice, and text
 * an officer types into an empty cell is Times New Roman too.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export function setNormalFont(xlsx: Uint8Array, name: string, sizePt: number): Buffer {
  const files = unzipSync(xlsx);
  const path = 'xl/styles.xml';
  const styles = files[path];
  if (!styles) return Buffer.from(xlsx);
  const xml = strFromU8(styles);
  const normal = `<font><sz val="${sizePt}"/><color theme="1"/><name val="${name}"/><family val="1"/></font>`;
  const patched = xml.replace(/(<fonts\b[^>]*>)\s*<font>[\s\S]*?<\/font>/, `$1${normal}`);
  files[path] = strToU8(patched);
  return Buffer.from(zipSync(files, { level: 1 }));
}
