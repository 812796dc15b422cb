/** Pure Vietnamese parsers the renderer shares with the core for live previews (see core/vn). */
export { fold } from '../../core/vn/text';
export { parseDeadline } from '../../core/vn/deadline';
export { parseTarget } from '../../core/vn/target';
export { parseMoneyDong } from '../../core/vn/money';
export { parseVnDate } from '../../core/vn/dates';
