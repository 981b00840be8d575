/** A mistake in how the CLI was called, or a file it cannot read: exit code 2 with a one-line reason. */
export class UsageError extends Error {}
