import { defineRouting } from "next-intl/routing";

// Chinese is the primary language and needs no prefix (/indicators); English lives under /en.
// No Accept-Language detection: the same URL always shows the same language, which keeps
// pages cacheable and links shareable.
export const routing = defineRouting({
  locales: ["zh", "en"],
  defaultLocale: "zh",
  localePrefix: "as-needed",
  localeDetection: false,
  // no detection, so nothing to remember: a cookie would only make pages uncacheable
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(s: string | undefined): s is Locale {
  return s === "zh" || s === "en";
}
