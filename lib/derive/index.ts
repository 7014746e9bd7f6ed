// Derived figures (notes.md §3): pure, exact-decimal functions; no I/O.
export * from "./decimal";
export * from "./series";
export * from "./ytd-periods";
export * from "./in-period";
export * from "./growth";
export * from "./single-period-growth";
export * from "./shares";
export * from "./stock-change";
export * from "./rounding";
export * from "./format";
export * from "./wording";
