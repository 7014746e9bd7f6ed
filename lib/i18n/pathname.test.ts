import { describe, expect, it } from "vitest";
import { getPathname } from "./navigation";
import { localizedPathname } from "./pathname";

// pathname.ts writes out next-intl's rule so that public pages need not import next-intl's
// navigation; this holds the two together should the routing change
describe("localizedPathname", () => {
  it("gives the path next-intl's getPathname gives, in each language, with and without a forced prefix", () => {
    for (const href of ["/", "/indicators", "/indicators/DE001", "/regions/210102"])
      for (const locale of ["zh", "en"] as const)
        for (const forcePrefix of [undefined, true]) {
          expect(localizedPathname({ href, locale, forcePrefix })).toBe(getPathname({ href, locale, forcePrefix }));
        }
  });
});
