// Targets, status and alerts for the leadership dashboard: pure, exact-decimal, no clock.
export * from "./dates";
export * from "./lateness";
export * from "./target-progress";
export * from "./indicator-status";
export * from "./alerts";
