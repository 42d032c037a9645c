/** Types for TypeScript callers of custom-functions-runtime.js (the pane's stand-in). */
export interface CustomFunctionsRuntime {
  Error: typeof CustomFunctions.Error;
  ErrorCode: typeof CustomFunctions.ErrorCode;
  associate(idOrMappings: string | Record<string, unknown>, fn?: unknown): void;
  associated: Map<string, unknown>;
}
export function createCustomFunctionsRuntime(): CustomFunctionsRuntime;
