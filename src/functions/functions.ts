/**
 * The custom-functions entry, and the modules that implement them. Each module declares its
 * functions by JSDoc; custom-functions-metadata-plugin writes functions.json from them and
 * appends the CustomFunctions.associate calls at build time. The registry (./registry) names the
 * export that implements each function: a new module is exported here. Repeated calls are
 * answered from a cache, installed before the modules associate their functions.
 */
import "./answer-from-cache";
export * from "./allotment";
export * from "./market";
export * from "./calendar";
export * from "./procedure";
export * from "./valuation";
export * from "./schedule";
export * from "./rights";
export * from "./transfer";
export * from "./consolidation";
export * from "./squeezeOut";
