import { getTranslations } from "next-intl/server";
import { dataLicense } from "@/lib/public/data-license";

/** The data licence, said where data can be taken away (downloads, the API docs, bulletins). */
export async function DataLicenseNote() {
  const t = await getTranslations("public");
  const l = dataLicense();
  return (
    <p className="note" data-testid="data-license">
      {t("licenseLabel")}
      {l.url ? (
        <a href={l.url} rel="license">
          {l.name}
        </a>
      ) : (
        <span>{l.name}</span>
      )}
      {t("licenseText")}
    </p>
  );
}
