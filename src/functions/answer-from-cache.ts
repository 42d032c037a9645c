/**
 * Imported first by the functions entry, so that the functions every module associates answer
 * repeated calls from one cache (./recalculation-cache), new each time the add-in loads.
 */
import { RecalculationCache } from "./recalculation-cache";

new RecalculationCache().install(CustomFunctions);
