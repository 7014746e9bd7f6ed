import { getLocale, getTranslations } from "next-intl/server";
import { localizedPathname } from "@/lib/i18n/pathname";
import { embedPath, feedPath, pageQuery } from "@/lib/public/download-links";
import { escapeHtml } from "@/lib/charts/escape";
import type { IndicatorModel } from "@/lib/public/indicator-model";
import { pageOrigin } from "@/lib/public/site-origin";

/** The permalink of this view, an iframe snippet for /embed, and the indicator's Atom feed. */
export async function ShareSection({ model }: { model: IndicatorModel }) {
  const [t, locale, origin] = await Promise.all([getTranslations("indicator"), getLocale(), pageOrigin()]);
  const code = model.data.indicator.code;
  const permalink = `${origin}${localizedPathname({ href: `/indicators/${code}`, locale })}?${pageQuery(model.params)}`;
  const src = escapeHtml(`${origin}${embedPath(code, model.params, locale)}`);
  const snippet = `<iframe src="${src}" title="${escapeHtml(model.name)}" width="100%" height="560" style="border:0" loading="lazy"></iframe>`;
  return (
    <section aria-labelledby="share-h" className="pub-section">
      <h2 id="share-h">{t("shareHeading")}</h2>
      <h3 id="permalink-h">{t("permalink")}</h3>
      <p>
        <a href={permalink} data-testid="permalink" className="pub-url">
          {permalink}
        </a>
      </p>
      <p className="note">{t("permalinkHint")}</p>
      <h3 id="embed-h">{t("embed")}</h3>
      <textarea aria-labelledby="embed-h" readOnly rows={3} className="pub-code" value={snippet} data-testid="embed-code" />
      <p className="note">{t("embedHint")}</p>
      <h3>{t("follow")}</h3>
      <p>
        <a href={feedPath(code, locale)} type="application/atom+xml" data-testid="feed-link">
          {`${origin}${feedPath(code, locale)}`}
        </a>
      </p>
      <p className="note">{t("followHint")}</p>
    </section>
  );
}
