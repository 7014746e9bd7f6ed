import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/lib/public/display";
import { localizedPathname } from "@/lib/i18n/pathname";
import { Link } from "@/lib/i18n/server-link";
import type { CatalogueModel } from "@/lib/public/catalogue-model";
import { chapterName } from "./chapter-name";

/** Search and filters as one GET form: filtering happens on the server, JavaScript or not. */
export async function CatalogueSearch({ model }: { model: CatalogueModel }) {
  const [t, locale] = await Promise.all([getTranslations("catalogue-public"), getLocale()]);
  const f = model.filter;
  const select = (name: string, label: string, value: string | null, options: { value: string; label: string }[]) => (
    <label>
      {label}{" "}
      <select name={name} defaultValue={value ?? ""}>
        <option value="">{t("any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form method="get" action={localizedPathname({ href: "/indicators", locale })} role="search" className="pub-form" data-testid="catalogue-search">
      <div className="pub-search">
        <label htmlFor="catalogue-q">{t("searchLabel")}</label>
        <input id="catalogue-q" type="search" name="q" defaultValue={f.q} aria-describedby="catalogue-q-hint" maxLength={100} />
        <button type="submit">{t("search")}</button>
      </div>
      <p id="catalogue-q-hint" className="note">
        {t("searchHint")}
      </p>
      <div className="inline-group">
        {select("chapter", t("chapterSelect"), f.chapter, model.chapters.map((c) => ({ value: c.item.key, label: chapterName(c.item.key, locale, t, true) })))}
        {select("category", t("categorySelect"), f.category, model.categories.map((c) => ({ value: c.item.code, label: `${c.item.code} ${localName(c.item, locale)}` })))}
        {select("emerging", t("emergingSelect"), f.emerging, model.emerging.map((e) => ({ value: e.item.code, label: localName(e.item, locale) })))}
      </div>
      {model.filtered ? (
        <p>
          <Link href="/indicators">{t("clear")}</Link>
        </p>
      ) : null}
    </form>
  );
}
