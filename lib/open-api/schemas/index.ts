export * from "./common";
export * from "./indicator";
export * from "./observation";
export * from "./release";
