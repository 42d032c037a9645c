/** Types for TypeScript callers of scripts/lib/formatted-json.js (the golden tests). */
export function formattedJson(value: unknown, file: string): string;
