import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/lib/public/display";
import { Link } from "@/lib/i18n/server-link";
import type { IndustryModel } from "@/lib/public/industry-model";

/** The category's NBS classes, its indicators, and links to the other three core categories. */
export async function ClassesSection({ model }: { model: IndustryModel }) {
  const [t, locale] = await Promise.all([getTranslations("public"), getLocale()]);
  return (
    <>
      <section aria-labelledby="classes-h" className="pub-section">
        <h2 id="classes-h">{t("classesHeading")}</h2>
        <p>{t("classesIntro")}</p>
        <ul data-testid="industry-classes">
          {model.classes.map((c) => (
            <li key={c.code}>
              {c.code} {localName(c, locale)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="industry-indicators-h" className="pub-section">
        <h2 id="industry-indicators-h">{t("industryIndicators")}</h2>
        <ul>
          {model.indicators.map((i) => (
            <li key={i.code}>
              <Link href={`/indicators/${i.code}`}>
                {i.code} {localName(i, locale)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <nav aria-labelledby="other-industries-h" className="pub-section">
        <h2 id="other-industries-h">{t("otherIndustries")}</h2>
        <ul className="pub-inline-list">
          {model.parts
            .filter((_, i) => i !== model.index)
            .map((p) => (
              <li key={p.category.code}>
                <Link href={`/industries/${p.category.code}`}>
                  {p.category.code} {localName(p.category, locale)}
                </Link>
              </li>
            ))}
        </ul>
      </nav>
    </>
  );
}
