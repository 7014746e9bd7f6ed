import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/require";
import { findFormOptions } from "@/lib/catalogue/form-options";
import { Link } from "@/lib/i18n/server-link";
import { IndicatorForm } from "../indicator-form";

export const dynamic = "force-dynamic";

export default async function NewIndicatorPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission("catalogue:manage", "/admin/catalogue/new");
  const t = await getTranslations("catalogue");
  return (
    <>
      <p>
        <Link href="/admin/catalogue">← {t("title")}</Link>
      </p>
      <h1>{t("newIndicator")}</h1>
      <p className="note">{t("newIntro")}</p>
      <IndicatorForm lang={locale === "en" ? "en" : "zh"} options={await findFormOptions()} initial={null} />
    </>
  );
}
