/** A command line the CLI cannot run as given (exit code 2). */
export class UsageError extends Error {}
