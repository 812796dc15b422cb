/** A command line that cannot be run as typed (exit code 2). */
export class UsageError extends Error {}
