/**
 * The largest register, 100,000 holders, through Microsoft's client: the same contract as every
 * build of writer.test.ts. A scale test: run once, out of the unit projects (jest.config.js).
 */
import { registerPlan } from "./builds";
import { describeThroughClient } from "./through-client";

describeThroughClient([["a register of 100,000 holders", () => registerPlan(100_000)]]);
