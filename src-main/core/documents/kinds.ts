/** Kinds of documents PlanDesk knows (labels live in api/contract/labels). */
export const DOCUMENT_KINDS = [
  'nghi_quyet',
  'quyet_dinh',
  'chi_thi',
  'chuong_trinh',
  'de_an',
  'ke_hoach',
  'huong_dan',
  'cong_van',
  'ket_luan',
  'bao_cao',
  'thong_bao',
  'luat',
  'nghi_dinh',
  'thong_tu',
  'other',
] as const;
