import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CatalogueFacets } from "@/app/_components/public/catalogue/catalogue-facets";
import { CatalogueResults } from "@/app/_components/public/catalogue/catalogue-results";
import { CatalogueSearch } from "@/app/_components/public/catalogue/catalogue-search";
import { Pager } from "@/app/_components/public/pager";
import { loadCatalogue } from "@/lib/public/catalogue-model";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "catalogue-public" });
  return { title: t("title") };
}

/** The public catalogue: browse by chapter, NBS category and emerging industry; search by name or code. */
export default async function CataloguePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const search = await searchParams;
  const [t, model] = await Promise.all([getTranslations("catalogue-public"), loadCatalogue(search)]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <CatalogueSearch model={model} />
      <div className="pub-catalogue">
        <CatalogueFacets model={model} />
        <div>
          <CatalogueResults model={model} />
          <Pager pathname="/indicators" paging={model.paging} keep={search} label={t("pagesLabel")} />
          <p className="note">{t("retiredListedNote")}</p>
        </div>
      </div>
    </>
  );
}
