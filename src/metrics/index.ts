export * from "./entropy.js";
export * from "./inequality.js";
export * from "./rank-correlation.js";
export * from "./size-distribution.js";
