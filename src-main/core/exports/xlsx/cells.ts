/**
 * Cell values from user data. Everything an officer wrote is written as a text cell
 * (shared string) with the Text number format "@": a title such as "=SUM(A1)", "+84 ..."
 * "@x" or "-5" stays text when the file is opened, and stays text when someone edits
 * the cell later. Nothing in an export is ever a formula.
 */
import type { Cell } from 'exceljs';

export const TEXT_FORMAT = '@';

/** Characters that make a spreadsheet read typed text as a formula. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

export function setText(cell: Cell, text: string): void {
  // a rich-text-free string value is always written as a string cell, never as <f>
  cell.value = text;
  cell.numFmt = TEXT_FORMAT;
}
