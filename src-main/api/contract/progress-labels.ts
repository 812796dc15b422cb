/** Progress status codes, Vietnamese names and colours (pure; see core/progress/status-names). */
export * from '../../core/progress/status-names';
