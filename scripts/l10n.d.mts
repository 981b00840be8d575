export const ROOT: string;
export function localizable(manifest: unknown): { key: string; value: string; set(v: string): void }[];
export function extract(): string[];
export function clientStrings(dir?: string): string[];
