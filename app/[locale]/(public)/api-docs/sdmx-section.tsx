import { getTranslations } from "next-intl/server";
import { sdmxExamples } from "./sdmx-examples";

/** The SDMX and JSON-stat section of the API docs: what is served, and examples to copy. */
export async function SdmxSection({ base }: { base: string }) {
  const t = await getTranslations("apidocs");
  return (
    <section aria-labelledby="sdmx-h" data-testid="sdmx-section">
      <h2 id="sdmx-h">{t("sdmxTitle")}</h2>
      <p>{t("sdmxIntro")}</p>
      <ul>
        <li>{t("sdmxStructures")}</li>
        <li>{t("sdmxData")}</li>
        <li>{t("sdmxFormats")}</li>
        <li>{t("sdmxTime")}</li>
        <li>{t("jsonstatText")}</li>
      </ul>
      {sdmxExamples(base).map((e) => (
        <div key={e.id} data-testid={`sdmx-example-${e.id}`}>
          <h3>{t(`sdmxExample_${e.id}`)}</h3>
          <div className="table-scroll" tabIndex={0}>
            <pre>
              <code data-lang={e.lang}>{e.code}</code>
            </pre>
          </div>
        </div>
      ))}
    </section>
  );
}
