/** Vietnamese labels for stored codes, shared by the UI and the exports. */

export const DOCUMENT_KIND_LABELS: Record<string, string> = {
  nghi_quyet: 'Nghị quyết',
  quyet_dinh: 'Quyết định',
  chi_thi: 'Chỉ thị',
  chuong_trinh: 'Chương trình',
  de_an: 'Đề án',
  ke_hoach: 'Kế hoạch',
  huong_dan: 'Hướng dẫn',
  cong_van: 'Công văn',
  ket_luan: 'Kết luận',
  bao_cao: 'Báo cáo',
  thong_bao: 'Thông báo',
  luat: 'Luật',
  nghi_dinh: 'Nghị định',
  thong_tu: 'Thông tư',
  other: 'Văn bản khác',
};

export const ORGANIZATION_KIND_LABELS: Record<string, string> = {
  party: 'Cơ quan Đảng',
  central: 'Cơ quan Trung ương',
  ministry: 'Bộ, ngành Trung ương',
  city: 'Chính quyền thành phố',
  city_agency: 'Sở, ban, ngành thành phố',
  so: 'Sở Giáo dục và Đào tạo',
  department: 'Phòng thuộc Sở',
  commune: 'Xã, phường, đặc khu',
  school: 'Trường học',
  university: 'Cơ sở giáo dục đại học',
  centre: 'Trung tâm',
  enterprise: 'Doanh nghiệp',
  collective: 'Nhóm đơn vị',
  other: 'Khác',
};

export const DEADLINE_KIND_LABELS: Record<string, string> = {
  date: 'ngày',
  month: 'tháng',
  quarter: 'quý',
  half: '6 tháng',
  year: 'năm',
  school_year: 'năm học',
  range: 'giai đoạn',
  recurring: 'định kỳ',
  ongoing: 'thường xuyên',
  unknown: 'chưa đọc được',
};

export const PERIOD_KIND_LABELS: Record<string, string> = {
  quarter: 'Quý',
  half: '6 tháng',
  year: 'Năm',
  review: 'Sơ kết',
  final: 'Tổng kết',
  adhoc: 'Đột xuất',
  submission: 'Nộp kế hoạch',
};
