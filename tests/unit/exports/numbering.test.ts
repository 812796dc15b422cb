import { describe, expect, it } from 'vitest';
import { asciiSlug, planFileName, planFileStem, reportFileName } from '../../../src-main/core/exports/files';
import {
  agencySymbolFor,
  appendixLabel,
  datePhrase,
  isPartyNumber,
  normalizeNumberSymbol,
  numberLine,
  placeDateLine,
  roman,
} from '../../../src-main/core/exports/numbering';

const OFFICE = { agency: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', symbol: 'SGDĐT' };

describe('number line (Số, ký hiệu)', () => {
  it.each([
    ['05/KH-SGDĐT', 'ke_hoach', 'Số: 05/KH-SGDĐT'],
    ['5/KH-SGDĐT', 'ke_hoach', 'Số: 05/KH-SGDĐT'],
    ['5 / KH - SGDĐT', 'ke_hoach', 'Số: 05/KH-SGDĐT'],
    ['12/SGDĐT-VP', 'cong_van', 'Số: 12/SGDĐT-VP'],
    ['1042/QĐ-UBND', 'quyet_dinh', 'Số: 1042/QĐ-UBND'],
    ['02-CTr/TU', 'chuong_trinh', 'Số 02-CTr/TU'],
  ])('%s (%s) → %s', (n, kind, expected) => {
    expect(numberLine(n, kind, 'SGDĐT')).toBe(expected);
  });

  it('leaves six blanks for the number of a draft', () => {
    expect(numberLine(null, 'ke_hoach', 'SGDĐT')).toBe('Số:      /KH-SGDĐT');
    expect(numberLine(null, 'bao_cao', 'SGDĐT')).toBe('Số:      /BC-SGDĐT');
    expect(numberLine('  ', 'cong_van', 'SGDĐT')).toBe('Số:      /SGDĐT');
  });

  it('tells party numbering from administrative numbering', () => {
    expect(isPartyNumber('71-NQ/TW')).toBe(true);
    expect(isPartyNumber('02-CTr/TU')).toBe(true);
    expect(isPartyNumber('05/KH-SGDĐT')).toBe(false);
    expect(normalizeNumberSymbol('7-NQ/TW')).toBe('07-NQ/TW');
  });

  it('takes the agency symbol of the issuer', () => {
    expect(agencySymbolFor('SỞ GIÁO DỤC VÀ ĐÀO TẠO', OFFICE)).toBe('SGDĐT');
    expect(agencySymbolFor('ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG', OFFICE)).toBe('UBND');
    expect(agencySymbolFor('UỶ BAN NHÂN DÂN THÀNH PHỐ', OFFICE)).toBe('UBND');
  });
});

describe('place and date line: leading zero for days below 10 and months 1 and 2', () => {
  it.each([
    ['2026-03-05', 'ngày 05 tháng 3 năm 2026'],
    ['2026-02-05', 'ngày 05 tháng 02 năm 2026'],
    ['2026-01-31', 'ngày 31 tháng 01 năm 2026'],
    ['2026-03-15', 'ngày 15 tháng 3 năm 2026'],
    ['2026-10-09', 'ngày 09 tháng 10 năm 2026'],
    ['2026-12-10', 'ngày 10 tháng 12 năm 2026'],
  ])('%s → %s', (iso, expected) => {
    expect(datePhrase(iso, 2026)).toBe(expected);
  });

  it('leaves blanks for a draft, with the year', () => {
    expect(placeDateLine('Hải Phòng', null, 2026)).toBe('Hải Phòng, ngày      tháng      năm 2026');
    expect(placeDateLine('Hải Phòng', '2026-03-05', 2020)).toBe('Hải Phòng, ngày 05 tháng 3 năm 2026');
  });
});

describe('appendix numbering', () => {
  it.each([
    [1, 'I'],
    [2, 'II'],
    [4, 'IV'],
    [9, 'IX'],
    [14, 'XIV'],
  ])('roman(%i) = %s', (n, r) => expect(roman(n)).toBe(r));

  it('numbers appendices only when there are two or more', () => {
    expect(appendixLabel(0, 1)).toBe('Phụ lục');
    expect(appendixLabel(0, 2)).toBe('Phụ lục I');
    expect(appendixLabel(1, 2)).toBe('Phụ lục II');
  });
});

describe('file names', () => {
  it('folds Vietnamese to readable ASCII', () => {
    expect(asciiSlug('Quý I/2026')).toBe('Quy-I-2026');
    expect(asciiSlug('6 tháng đầu năm 2026')).toBe('6-thang-dau-nam-2026');
    expect(asciiSlug('Đề án “Phát triển”')).toBe('De-an-Phat-trien');
  });

  it('names the report draft after the period and the plan number', () => {
    expect(reportFileName('Quý I/2026', planFileStem('05/KH-SGDĐT', 'KH', 1), 'docx')).toBe('BC_Quy-I-2026_KH-05-SGDDT.docx');
    expect(reportFileName('Quý I/2026', planFileStem('05/KH-SGDĐT', 'KH', 1), 'xlsx')).toBe('BC_Quy-I-2026_KH-05-SGDDT_Phu-luc.xlsx');
    expect(planFileStem('02-CTr/TU', 'CTr', 3)).toBe('CTr-02-TU');
    expect(planFileStem(null, 'KH', 7)).toBe('KH-du-thao-7');
  });

  it('keeps plan file names short and ASCII', () => {
    const name = planFileName('KH-du-thao-1', 'Triển khai Đề án “Phát triển giáo dục và đào tạo thành phố Hải Phòng đến năm 2030”', 'docx');
    expect(name).toMatch(/^KH-du-thao-1_Trien-khai-De-an-[A-Za-z0-9-]+\.docx$/);
    expect(name.length).toBeLessThanOrEqual(70);
  });
});
