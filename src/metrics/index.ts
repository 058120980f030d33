export * from "./inequality.js";
export * from "./size-distribution.js";
