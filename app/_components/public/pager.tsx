import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";
import { pageHref } from "@/lib/public/paging";

type Props = { path: string; search: Record<string, string | string[] | undefined>; page: number; pages: number; label: string; testId?: string };

/** 上一页 · 第 N 页，共 M 页 · 下一页: plain links (rel prev/next), so paging works without JavaScript and for crawlers. */
export async function Pager({ path, search, page, pages, label, testId }: Props) {
  if (pages <= 1) return null;
  const t = await getTranslations("site");
  return (
    <nav className="pager" aria-label={label} data-testid={testId}>
      {page > 1 ? (
        <Link href={pageHref(path, search, page - 1)} rel="prev">
          {t("pagerPrev")}
        </Link>
      ) : null}{" "}
      <span aria-current="page">{t("pagerOf", { page, pages })}</span>{" "}
      {page < pages ? (
        <Link href={pageHref(path, search, page + 1)} rel="next">
          {t("pagerNext")}
        </Link>
      ) : null}
    </nav>
  );
}
