import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DEFAULT_JSON_LIMIT, MAX_FILE_ROWS, MAX_JSON_LIMIT } from "@/lib/open-api/params/param-help";
import { rateLimitConfigFromEnv } from "@/lib/open-api/rate-limit";
import { EndpointSection } from "./endpoint-section";
import { DataLicenseNote } from "@/app/_components/public/data-license-note";
import { downloadExamples, endpointDocs } from "./endpoints";
import { SdmxSection } from "./sdmx-section";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "apidocs" });
  return { title: t("title") };
}

// The curl examples name the host the reader reached us on.
async function siteOrigin(): Promise<string> {
  const h = await headers();
  const proto = (h.get("x-forwarded-proto") ?? "http").split(",")[0].trim();
  return `${proto}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost"}`;
}

const ERROR_EXAMPLE = `{"error": {"code": "invalid_parameter", "parameter": "from",
  "message": "参数 from 无效：… / Parameter from is invalid: …"}}`;

export default async function ApiDocsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("apidocs");
  const lang = locale === "en" ? "en" : "zh";
  const rate = rateLimitConfigFromEnv();
  const labels = { parameters: t("parameters"), parameter: t("parameter"), description: t("description"), noParameters: t("noParameters"), example: t("example") };
  const origin = await siteOrigin();
  const docs = endpointDocs(origin);
  return (
    <article>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p>{t("exact")}</p>
      <p className="note">{t("demo")}</p>
      <p>
        {t("openapi")} <a href="/api/openapi.json">/api/openapi.json</a>
      </p>

      <h2 id="endpoints">{t("endpoints")}</h2>
      {docs.map((d) => (
        <EndpointSection key={d.id} doc={d} text={t(d.textKey)} labels={labels} lang={lang} />
      ))}

      <h2>{t("measuresTitle")}</h2>
      <ul>
        <li>{t("measureLevel")}</li>
        <li>{t("measureInPeriod")}</li>
        <li>{t("measureYoy")}</li>
      </ul>
      <h2>{t("asOfTitle")}</h2>
      <p>{t("asOfText")}</p>
      <h2>{t("pagingTitle")}</h2>
      <p>{t("pagingText", { json: DEFAULT_JSON_LIMIT, maxJson: MAX_JSON_LIMIT, maxFile: MAX_FILE_ROWS })}</p>

      <h2 id="downloads">{t("downloadsTitle")}</h2>
      <p>{t("downloadsText")}</p>
      <dl data-testid="download-examples">
        {downloadExamples("DE001").map((d) => (
          <div key={d.key}>
            <dt>{t(d.key)}</dt>
            {d.urls.map((u) => (
              <dd key={u}>
                {/* a long download address wraps rather than widen a phone's page */}
                <a href={u} className="pub-url">
                  <code>{u}</code>
                </a>
              </dd>
            ))}
          </div>
        ))}
      </dl>

      <h2 id="license">{t("licenseTitle")}</h2>
      <DataLicenseNote />

      <SdmxSection base={origin} />

      <h2 id="rate-limit">{t("rateTitle")}</h2>
      <p data-testid="rate-limit-text">{t("rateText", { limit: rate.limit, window: rate.windowSeconds })}</p>
      <h2>{t("cacheTitle")}</h2>
      <p>{t("cacheText")}</p>
      <h2>{t("errorsTitle")}</h2>
      <p>{t("errorsText")}</p>
      <div className="table-scroll" tabIndex={0}>
        <pre>
          <code>{ERROR_EXAMPLE}</code>
        </pre>
      </div>

      <h2 id="stability">{t("stabilityTitle")}</h2>
      <ul data-testid="stability">
        {(["stability1", "stability2", "stability3", "stability4", "stability5"] as const).map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ul>
    </article>
  );
}
