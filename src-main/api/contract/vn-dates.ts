/** Day-first date parsing the renderer shares with the core (pure; see core/vn/dates). */
export { parseVnDate, isValidIsoDate } from '../../core/vn/dates';
