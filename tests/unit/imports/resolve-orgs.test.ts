/** Organisation lists as officers write them, resolved against the registry. */
import { describe, expect, it } from 'vitest';
import { buildOrgRegistry, resolveOrgList, type OrgSnapshot } from '../../../src-main/core/organizations/resolve';

let id = 0;
const org = (name: string, aliases: string[] = [], shortName: string | null = null): OrgSnapshot => ({ id: ++id, key: null, name, shortName, kind: 'other', aliases });
const ORGS = [
  org('Sở Giáo dục và Đào tạo Hải Phòng', ['Sở Giáo dục và Đào tạo', 'Sở GD&ĐT', 'Sở GDĐT']),
  org('Sở Y tế'),
  org('Sở Nội vụ'),
  org('Sở Tài chính'),
  org('Sở Khoa học và Công nghệ'),
  org('Văn phòng Sở', ['Văn phòng']),
  org('Phòng Giáo dục Trung học', ['Giáo dục Trung học', 'GD Trung học']),
  org('Phòng Giáo dục Mầm non và Giáo dục Tiểu học', ['Giáo dục Mầm non và Giáo dục Tiểu học', 'GDMN&GDTH']),
  org('Phòng Giáo dục Mầm non (cũ)', ['Giáo dục Mầm non']),
  org('Phòng Giáo dục Tiểu học (cũ)', ['Giáo dục Tiểu học']),
  org('Phòng Giáo dục Thường xuyên, Giáo dục Nghề nghiệp và Đại học', ['Giáo dục Thường xuyên, Giáo dục Nghề nghiệp và Đại học']),
  org('Sở, ngành, cơ quan, đơn vị thành phố', ['Các Sở, ngành, cơ quan, đơn vị thành phố']),
  org('Các xã, phường, đặc khu'),
];
const reg = buildOrgRegistry(ORGS);
const name = (i: number | null) => ORGS.find((o) => o.id === i)?.name ?? null;

describe('resolveOrgList', () => {
  it.each([
    ['Sở Giáo dục và Đào tạo', [['Sở Giáo dục và Đào tạo', 'Sở Giáo dục và Đào tạo Hải Phòng']]],
    ['So Giao duc va Dao tao', [['So Giao duc va Dao tao', 'Sở Giáo dục và Đào tạo Hải Phòng']]],
    // a PDF hard wrap inside one name
    ['Sở Giáo dục và\nĐào tạo', [['Sở Giáo dục và Đào tạo', 'Sở Giáo dục và Đào tạo Hải Phòng']]],
    ['Giáo dục Thường xuyên, Giáo dục\nNghề nghiệp và Đại học', [['Giáo dục Thường xuyên, Giáo dục Nghề nghiệp và Đại học', 'Phòng Giáo dục Thường xuyên, Giáo dục Nghề nghiệp và Đại học']]],
    // "và" inside a name vs between two names
    ['Giáo dục Mầm non và Giáo dục Tiểu học', [['Giáo dục Mầm non và Giáo dục Tiểu học', 'Phòng Giáo dục Mầm non và Giáo dục Tiểu học']]],
    ['Sở Nội vụ và Sở Tài chính', [['Sở Nội vụ', 'Sở Nội vụ'], ['Sở Tài chính', 'Sở Tài chính']]],
    // "," inside a collective vs between bodies
    [
      'Sở Y tế, các Sở, ngành, cơ quan, đơn vị thành phố; các xã, phường, đặc khu',
      [['Sở Y tế', 'Sở Y tế'], ['các Sở, ngành, cơ quan, đơn vị thành phố', 'Sở, ngành, cơ quan, đơn vị thành phố'], ['các xã, phường, đặc khu', 'Các xã, phường, đặc khu']],
    ],
    ['Sở GD&ĐT, Sở Y tế, Ban Quản lý dự án', [['Sở GD&ĐT', 'Sở Giáo dục và Đào tạo Hải Phòng'], ['Sở Y tế', 'Sở Y tế'], ['Ban Quản lý dự án', null]]],
  ])('%j', (text, expected) => {
    expect(resolveOrgList(reg, text).map((e) => [e.text, name(e.orgId)])).toEqual(expected);
  });

  it('reads bullets as separate bodies and keeps the part each answers for', () => {
    const r = resolveOrgList(reg, '- GDMN&GDTH phụ trách y tế học đường, bán trú;\n- GD Trung học phụ trách\nthể thao;\n- Văn phòng tổ chức các giải, Hội khỏe Phù Đổng.');
    expect(r.map((e) => [name(e.orgId), e.match, e.part])).toEqual([
      ['Phòng Giáo dục Mầm non và Giáo dục Tiểu học', 'prefix', 'phụ trách y tế học đường, bán trú'],
      ['Phòng Giáo dục Trung học', 'prefix', 'phụ trách thể thao'],
      ['Văn phòng Sở', 'prefix', 'tổ chức các giải, Hội khỏe Phù Đổng.'],
    ]);
  });

  it('suggests the closest body for a typo, without resolving it', () => {
    const [e] = resolveOrgList(reg, 'Sở Khoa hoc Cong nghe');
    expect(e).toMatchObject({ orgId: null, match: 'fuzzy', suggestion: { name: 'Sở Khoa học và Công nghệ' } });
  });

  it('gives nothing for an empty cell', () => {
    expect(resolveOrgList(reg, '')).toEqual([]);
    expect(resolveOrgList(reg, null)).toEqual([]);
  });
});
