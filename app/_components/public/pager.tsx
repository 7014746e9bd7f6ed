import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";
import type { PageSlice } from "@/lib/public/paging";

/**
 * A paged list's pager: the previous and next pages and where the reader is. Nothing for a list
 * of one page. The first page's link has no ?page, so that it is the list's one address.
 */
export async function Pager({ pathname, paging, label }: { pathname: string; paging: PageSlice; label: string }) {
  if (paging.pages <= 1) return null;
  const t = await getTranslations("public");
  const href = (n: number) => ({ pathname, query: n > 1 ? { page: n } : undefined });
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
