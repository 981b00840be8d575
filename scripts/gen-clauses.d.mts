/** The text of server/src/clauses/std.generated.ts for the current std/*.yaml files. */
export function generate(): string;
/** Writes the module when the clause files changed; returns whether it was current. */
export function updateStdClauses(): boolean;
