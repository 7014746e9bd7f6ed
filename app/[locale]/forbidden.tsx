import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";

export default async function Forbidden() {
  const t = await getTranslations("auth");
  return (
    <main id="main" className="wrap narrow" data-testid="forbidden">
      <h1>{t("forbiddenTitle")}</h1>
      <p>{t("forbidden")}</p>
      <p>
        <Link href="/staff">{t("backHome")}</Link>
      </p>
    </main>
  );
}
