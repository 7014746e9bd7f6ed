import { getLocale, getTranslations } from "next-intl/server";
import { displayValue } from "@/lib/public/display";
import type { PublicObservation } from "@/lib/public/visible-observations";

type Props = { obs: PublicObservation | null; ind: { decimals: number; unit: string } };

/** A released value as the public reads it: the figure, "不公开" for a withheld one (it has no figure), "—" for none; its flag beside it. */
export async function ObservationText({ obs, ind }: Props) {
  const [t, tf, locale] = await Promise.all([getTranslations("explore"), getTranslations("flags"), getLocale()]);
  if (obs?.flag === "CONFIDENTIAL") return <span data-withheld="true">{t("confidential")}</span>;
  return (
    <>
      {displayValue(obs?.value ?? null, ind, locale)}
      {obs?.flag ? <span className="flag"> ({tf(obs.flag)})</span> : null}
    </>
  );
}
