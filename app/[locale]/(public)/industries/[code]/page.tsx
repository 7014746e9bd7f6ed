import type { Metadata } from "next";
import { localName } from "@/lib/public/display";
import { notFound } from "next/navigation";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { DemoBadge } from "@/app/_components/demo-badge";
import { ClassesSection } from "@/app/_components/public/industry/classes-section";
import { IndustryKpis } from "@/app/_components/public/industry/industry-kpis";
import { StructureSection } from "@/app/_components/public/industry/structure-section";
import { loadIndustry } from "@/lib/public/industry-model";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  const model = await loadIndustry(code);
  return model ? { title: `${code} ${localName(model.category, await getLocale())}` } : {};
}

/** A core industry (NBS 01–04): its figures, the core structure over time, its classes and indicators. */
export default async function IndustryPage({ params }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const model = await loadIndustry(code);
  if (!model) notFound();
  const t = await getTranslations("public");
  return (
    <article data-industry={code}>
      <h1>{t("industryTitle", { code, name: localName(model.category, locale) })}</h1>
      {model.rows.some((r) => r.isDemo) ? <DemoBadge note /> : null}
      <p>{t("industryIntro", { code })}</p>
      <IndustryKpis model={model} />
      <StructureSection model={model} />
      <ClassesSection model={model} />
    </article>
  );
}
