import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";
import type { PageSlice } from "@/lib/public/paging";

/**
 * A paged list's pager: the previous and next pages and where the reader is. Nothing for a list
 * of one page. The first page's link has no ?page, so that it is the list's one address; `keep`
 * is the rest of the search to carry (the catalogue's filter).
 */
export async function Pager({ pathname, paging, label, keep = {} }: { pathname: string; paging: PageSlice; label: string; keep?: Record<string, string | string[] | undefined> }) {
  if (paging.pages <= 1) return null;
  const t = await getTranslations("public");
  // the rest of the search (a catalogue's filter) stays in every page's link
  const others = Object.fromEntries(Object.entries(keep).filter((e): e is [string, string | string[]] => e[0] !== "page" && e[1] !== undefined));
  const href = (n: number) => ({ pathname, query: n > 1 ? { ...others, page: n } : Object.keys(others).length ? others : undefined });
  const { page, pages } = paging;
  return (
    <nav className="pager" aria-label={label} data-testid="pager">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {t("pagePrev")}
        </Link>
      ) : null}{" "}
      <span aria-current="page">{t("pageOf", { page, pages })}</span>{" "}
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          {t("pageNext")}
        </Link>
      ) : null}
    </nav>
  );
}
