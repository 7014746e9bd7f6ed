import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/lib/public/display";
import { Link } from "@/lib/i18n/server-link";
import type { CatalogueModel } from "@/lib/public/catalogue-model";
import { chapterName } from "./chapter-name";

/** Browse links: chapters of the regulation, NBS categories 01–05, Article 19 industries. */
export async function CatalogueFacets({ model }: { model: CatalogueModel }) {
  const [t, locale] = await Promise.all([getTranslations("catalogue-public"), getLocale()]);
  const f = model.filter;
  const list = (heading: string, id: string, items: { key: string; param: string; label: string; count: number; current: boolean }[]) => (
    <>
      <h2 id={id}>{heading}</h2>
      <ul aria-labelledby={id}>
        {items.map((i) => (
          <li key={i.key}>
            <Link href={{ pathname: "/indicators", query: { [i.param]: i.key } }} aria-current={i.current ? "true" : undefined}>
              {i.label}
            </Link>
            {t("count", { n: i.count })}
          </li>
        ))}
      </ul>
    </>
  );
  return (
    <nav aria-label={t("browse")} className="pub-facets" data-testid="catalogue-facets">
      {list(t("byChapter"), "facet-chapter", model.chapters.map((c) => ({ key: c.item.key, param: "chapter", label: chapterName(c.item.key, locale, t), count: c.count, current: f.chapter === c.item.key })))}
      {list(t("byCategory"), "facet-category", model.categories.map((c) => ({ key: c.item.code, param: "category", label: `${c.item.code} ${localName(c.item, locale)}`, count: c.count, current: f.category === c.item.code })))}
      {list(t("byEmerging"), "facet-emerging", model.emerging.map((e) => ({ key: e.item.code, param: "emerging", label: localName(e.item, locale), count: e.count, current: f.emerging === e.item.code })))}
    </nav>
  );
}
