import { getTranslations } from "next-intl/server";
import type { PrimaryReason } from "@/lib/disclosure/rules";
import type { DisclosureReview } from "@/lib/disclosure/review";
import { DisclosureChoiceForm } from "./disclosure-choice-form";

/** The review page's disclosure section: primary and complementary withheld values, and why. */
export async function DisclosureReviewSection({ review, locale, batchId, deciding }: { review: DisclosureReview; locale: string; batchId: number; deciding: boolean }) {
  const t = await getTranslations("review");
  const why = (r: PrimaryReason) =>
    r.rule === "flag"
      ? t("whyFlag")
      : r.rule === "min_units"
        ? t("whyUnits", { units: r.units, min: r.min })
        : r.rule === "dominance"
          ? t("whyDominance", { n: r.n, k: r.k })
          : t("whyP", { p: r.p });
  return (
    <section aria-labelledby="disclosure-title" data-testid="review-disclosure">
      <h2 id="disclosure-title">{t("disclosureTitle")}</h2>
      {review.blocked ? (
        <p className="error" data-testid="disclosure-blocked">
          {locale === "en" ? review.blocked.en : review.blocked.zh}
        </p>
      ) : null}
      {review.cells.length ? (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("disclosureCell")}</th>
                <th scope="col">{t("disclosureValue")}</th>
                <th scope="col">{t("disclosureKind")}</th>
                <th scope="col">{t("disclosureWhy")}</th>
              </tr>
            </thead>
            <tbody>
              {review.cells.map((c) => (
                <tr key={`${c.indicatorCode}|${c.regionCode}|${c.period}`} data-kind={c.withheld.kind}>
                  <th scope="row">
                    {c.indicatorCode} {locale === "en" ? c.regionNameEn : c.regionNameZh} {c.period}
                  </th>
                  <td className="num">{c.value ?? "x"}</td>
                  <td>{c.withheld.kind === "primary" ? t("kindPrimary") : c.withheld.kind === "secondary" ? t("kindSecondary") : t("kindDerived")}</td>
                  <td>
                    {c.withheld.kind === "primary"
                      ? `${why(c.withheld.reason)} ${t("protectionNote", { p: c.withheld.protectionPercent })}`
                      : c.withheld.kind === "secondary"
                        ? t("whySecondary", { cells: c.withheld.protects.join(locale === "en" ? ", " : "、") })
                        : t(c.withheld.role === "level" ? "whyDerivedLevel" : c.withheld.role === "numerator" ? "whyDerivedNumerator" : "whyDerivedDenominator", { cell: c.withheld.because })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p data-testid="disclosure-none">{t("disclosureNone")}</p>
      )}
      {deciding && review.cells.some((c) => c.withheld.kind === "secondary") ? (
        <DisclosureChoiceForm
          batchId={batchId}
          secondary={review.cells
            .filter((c) => c.withheld.kind === "secondary")
            .map((c) => ({ ref: `${c.indicatorCode}|${c.regionCode}|${c.period}`, label: `${c.indicatorCode} ${locale === "en" ? c.regionNameEn : c.regionNameZh} ${c.period}` }))}
          candidates={review.candidates.map((c) => ({ ref: c.ref, label: `${c.indicatorCode} ${locale === "en" ? c.regionNameEn : c.regionNameZh} ${c.period}: ${c.value}` }))}
        />
      ) : null}
      <p className="note">{t("disclosureNote")}</p>
    </section>
  );
}
