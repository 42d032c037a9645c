/** Types for the tests that import scripts/check-manifest.js. */
export interface ManifestProblem {
  rule: string;
  message: string;
}
export function checkManifest(xml: string, options: { assetsDir: string }): ManifestProblem[];
export const ruleNames: string[];
