/** Word measures: twips (1/20 pt, 1/1440 inch) for lengths, half-points for font sizes. */

export const A4 = { widthMm: 210, heightMm: 297, widthTwips: 11906, heightTwips: 16838 } as const;

export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

export function cmToTwips(cm: number): number {
  return mmToTwips(cm * 10);
}

export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** Font sizes in docx are half-points. */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}
