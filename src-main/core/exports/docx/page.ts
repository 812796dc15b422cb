/**
 * Sections: the body on A4 portrait, each appendix on A4 landscape with the decree's own
 * margins and its page numbering restarting at 1. Page numbers are a PAGE field centred
 * in the top margin, never on a section's first page (different first-page header).
 */
import { Header, PageNumber, PageOrientation, TextRun, type ISectionOptions } from 'docx';
import type { FormatSettings } from '../format-schema';
import { FONT, para } from './text';
import { A4, halfPoints, mmToTwips } from './units';

type SectionProps = NonNullable<ISectionOptions['properties']>;

function pageNumberHeader(f: FormatSettings): Header {
  return new Header({
    children: [
      para(
        [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: halfPoints(f.pageNumberSizePt), sizeComplexScript: halfPoints(f.pageNumberSizePt), color: '000000' })],
        { align: 'center' },
      ),
    ],
  });
}

function emptyHeader(): Header {
  return new Header({ children: [para([])] });
}

export function sectionHeaders(f: FormatSettings): NonNullable<ISectionOptions['headers']> {
  return { default: pageNumberHeader(f), first: emptyHeader() };
}

export function portraitProperties(f: FormatSettings): SectionProps {
  return {
    page: {
      size: { width: A4.widthTwips, height: A4.heightTwips, orientation: PageOrientation.PORTRAIT },
      margin: {
        top: mmToTwips(f.marginTopMm),
        bottom: mmToTwips(f.marginBottomMm),
        left: mmToTwips(f.marginLeftMm),
        right: mmToTwips(f.marginRightMm),
        header: mmToTwips(f.headerDistanceMm),
        footer: mmToTwips(f.headerDistanceMm),
      },
      pageNumbers: { start: 1 },
    },
    titlePage: true,
  };
}

export function landscapeProperties(f: FormatSettings): SectionProps {
  return {
    page: {
      // docx swaps width and height for a landscape section: give the portrait sizes
      size: { width: A4.widthTwips, height: A4.heightTwips, orientation: PageOrientation.LANDSCAPE },
      margin: {
        top: mmToTwips(f.appendixMarginTopMm),
        bottom: mmToTwips(f.appendixMarginBottomMm),
        left: mmToTwips(f.appendixMarginLeftMm),
        right: mmToTwips(f.appendixMarginRightMm),
        header: mmToTwips(Math.min(f.headerDistanceMm, f.appendixMarginTopMm - 5)),
        footer: mmToTwips(Math.min(f.headerDistanceMm, f.appendixMarginBottomMm - 5)),
      },
      pageNumbers: { start: 1 },
    },
    titlePage: true,
  };
}
