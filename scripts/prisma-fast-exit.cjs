// Preloaded (NODE_OPTIONS=--require) into `prisma migrate deploy` only.
// Prisma 6.19's WASM schema engine arms a 10 s setTimeout (advisory-lock timeout) that is
// never cleared, so the CLI idles ~10 s after finishing. Unref long timers so the process
// can exit as soon as its real work (and the pg pool, allowExitOnIdle) is done.
const orig = global.setTimeout;
global.setTimeout = function (fn, ms, ...args) {
  const t = orig.call(this, fn, ms, ...args);
  if (ms >= 10000 && t && typeof t.unref === "function") t.unref();
  return t;
};
