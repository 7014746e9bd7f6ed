import { getTranslations, setRequestLocale } from "next-intl/server";
import { UploadForm } from "@/app/_components/uploads/upload-form";
import { requirePermission } from "@/lib/auth/require";

export const dynamic = "force-dynamic";

export default async function NewUploadPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission("batch:upload", "/uploads/new");
  const t = await getTranslations("uploads");
  const tpl = (layout: string) => `/api/v1/templates?layout=${layout}&locale=${locale}`;
  return (
    <>
      <h1>{t("newTitle")}</h1>
      <p>{t("intro")}</p>
      <UploadForm locale={locale === "en" ? "en" : "zh"} />
      <section aria-labelledby="tpl">
        <h2 id="tpl">{t("templates")}</h2>
        <p className="note">{t("templateNote")}</p>
        <ul>
          <li>
            <a href={tpl("long")} download>
              {t("templateLong")}
            </a>
          </li>
          <li>
            <a href={tpl("wide")} download>
              {t("templateWide")}
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}
