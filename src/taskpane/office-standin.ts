/**
 * Runs first on the pane page, before the functions bundle. Inside Office, office.js (from
 * Microsoft's CDN, as Microsoft requires) gives the page `CustomFunctions`. Outside Office the
 * preview must work with no network: where a firm's proxy blocks the CDN, office.js never loads,
 * and the functions bundle would stop at its first `CustomFunctions.associate` ("CustomFunctions
 * is not defined") and take the pane with it. Then, and only then, the page gets the same
 * stand-in `npm run invoke` uses: its Error carries Excel's code and message, which the preview's
 * engine shows.
 */
import { createCustomFunctionsRuntime } from "./custom-functions-runtime";

if (typeof Office === "undefined" && typeof CustomFunctions === "undefined") {
  Object.assign(globalThis, { CustomFunctions: createCustomFunctionsRuntime() });
}
