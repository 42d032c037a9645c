/** Types for TypeScript callers of scripts/lib/excel-call.js (the tests, the bench). */
export interface ParameterMetadata {
  name: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
  repeating?: boolean;
  type?: string;
  description?: string;
}
export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  result?: { dimensionality?: "scalar" | "matrix"; type?: string };
  options?: Record<string, boolean>;
}
export type Outcome = { value: unknown } | { thrown: unknown } | { busy: true };
export class ExcelCallError extends Error {}
export class ContractError extends Error {}
export function excelArguments(metadata: FunctionMetadata, args: unknown[]): unknown[];
export function callAsExcel(
  metadata: FunctionMetadata,
  implementation: (...args: unknown[]) => unknown,
  args: unknown[],
  options?: { namespace?: string; timeoutMs?: number },
): Promise<Outcome>;
export function presentOutcome(
  outcome: Outcome,
  metadata: FunctionMetadata,
  unexpected?: (thrown: unknown) => void,
): unknown;
