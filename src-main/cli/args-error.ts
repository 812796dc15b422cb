export { UsageError } from './usage-error';
