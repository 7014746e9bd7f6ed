import { useLocale, useTranslations } from "next-intl";
import type { BatchContents } from "@/lib/batches/batch-contents";
import { periodName } from "./named";

const SHOWN = 2;

/** "数字经济核心产业增加值、软件业务收入等 5 项指标 · 14 个地区 · 2025年第一季度—2025年第三季度" */
export function BatchContentsLine({ contents: c, compact = false }: { contents: BatchContents; compact?: boolean }) {
  const t = useTranslations("uploads");
  const locale = useLocale();
  const names = c.indicators.slice(0, SHOWN).map((i) => (locale === "en" ? i.nameEn : i.nameZh));
  const what = c.indicators.length > SHOWN ? t("contentsMore", { names: names.join(locale === "en" ? ", " : "、"), n: c.indicators.length }) : names.join(locale === "en" ? ", " : "、");
  const when = c.from === c.to ? periodName(c.to, locale) : `${periodName(c.from, locale)}—${periodName(c.to, locale)}`;
  const text = `${what} · ${t("contentsRegions", { n: c.regions })} · ${when}`;
  if (compact) return <span className="note">{text}</span>;
  return (
    <p data-testid="batch-contents">
      {t("contents")}: {text}
    </p>
  );
}
