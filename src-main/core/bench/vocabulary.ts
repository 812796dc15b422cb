/** Words of the generated office, taken from the real seed plans so text looks like theirs. */
import { EMBEDDED_SEEDS } from '../../../seeds/index';
import type { SeedFile } from '../../../seeds/schema';

export interface Vocabulary {
  taskTitles: string[];
  outputs: string[];
  deadlineTemplates: string[];
  groupTitles: string[];
  targetNames: string[];
  targetUnits: string[];
  targetTexts: string[];
  budgets: string[];
  funding: string[];
  summaries: string[];
}

export function loadVocabulary(): Vocabulary {
  const v: Vocabulary = {
    taskTitles: [],
    outputs: [],
    deadlineTemplates: [],
    groupTitles: [],
    targetNames: [],
    targetUnits: [],
    targetTexts: [],
    budgets: [],
    funding: [],
    summaries: [],
  };
  const add = (list: string[], s: string | null | undefined) => {
    if (s && !list.includes(s)) list.push(s);
  };
  for (const src of EMBEDDED_SEEDS) {
    const file = src.data as SeedFile;
    for (const d of file.documents ?? []) {
      if (!d.plan) continue;
      add(v.summaries, d.summary);
      for (const g of d.plan.taskGroups ?? []) add(v.groupTitles, g.title);
      for (const t of d.plan.tasks ?? []) {
        add(v.taskTitles, t.title);
        add(v.outputs, t.output);
        add(v.deadlineTemplates, t.deadlineText);
        add(v.budgets, t.budgetText);
        add(v.funding, t.fundingSource);
      }
      for (const t of d.plan.targets ?? []) {
        add(v.targetNames, t.name);
        add(v.targetUnits, t.unit);
        add(v.targetTexts, t.targetText);
      }
    }
  }
  return v;
}

export const PLACE_NAMES = [
  'An Dương', 'An Lão', 'Bạch Đằng', 'Cát Bi', 'Cát Hải', 'Đằng Hải', 'Đằng Lâm', 'Đông Hải', 'Đồ Sơn', 'Dương Kinh',
  'Gia Viên', 'Hải An', 'Hồng Bàng', 'Hưng Đạo', 'Kiến An', 'Kiến Thụy', 'Lạch Tray', 'Lê Chân', 'Lê Lợi', 'Minh Đức',
  'Ngô Quyền', 'Nam Sơn', 'Quán Toan', 'Quang Trung', 'Tân Tiến', 'Thủy Nguyên', 'Tiên Lãng', 'Trần Nguyên Hãn', 'Vĩnh Bảo', 'Vĩnh Niệm',
  'Hạ Long', 'Chu Văn An', 'Nguyễn Trãi', 'Lý Thường Kiệt', 'Trần Phú', 'Thái Phiên', 'Ngô Gia Tự', 'Phan Bội Châu', 'Lương Thế Vinh', 'Hoàng Văn Thụ',
  'Bạch Long Vĩ', 'Cộng Hiền', 'Đại Thắng', 'Hòa Bình', 'Kênh Giang', 'Lưu Kiếm', 'Minh Tân', 'Phả Lễ', 'Tam Cường', 'Vĩnh An',
];
