export * from "./assortativity.js";
export * from "./csr-rows.js";
export * from "./entropy.js";
export * from "./inequality.js";
export * from "./rank-correlation.js";
export * from "./size-distribution.js";
export * from "./time-to-viral.js";
export * from "./unpredictability.js";
