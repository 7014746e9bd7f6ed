import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/require";
import { EXTRA_COLUMNS, STARTER_COLUMNS } from "@/lib/catalogue/columns";
import { Link } from "@/lib/i18n/server-link";
import { ImportForm } from "./import-form";

export const dynamic = "force-dynamic";

export default async function CatalogueImportPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission("catalogue:manage", "/admin/catalogue/import");
  const t = await getTranslations("catalogue");
  return (
    <>
      <p>
        <Link href="/admin/catalogue">← {t("title")}</Link>
      </p>
      <h1>{t("importTitle")}</h1>
      <p>{t("importIntro")}</p>
      <ul className="note">
        <li>{t("importColumnsStarter", { columns: STARTER_COLUMNS.join(", ") })}</li>
        <li>{t("importColumnsExtra", { columns: EXTRA_COLUMNS.join(", ") })}</li>
        <li>{t("importRuleColumns")}</li>
        <li>{t("importRuleRetire")}</li>
        <li>{t("importRuleEncoding")}</li>
        <li>{t("importRuleReleased")}</li>
      </ul>
      <p>
        <a href="/api/v1/catalogue/export?format=csv" download>
          {t("exportCsv")}
        </a>{" "}
        ·{" "}
        <a href="/api/v1/catalogue/export?format=xlsx" download>
          {t("exportXlsx")}
        </a>
      </p>
      <ImportForm />
    </>
  );
}
