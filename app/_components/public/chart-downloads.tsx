import { getTranslations } from "next-intl/server";
import { ChartPngButton } from "./chart-png-button";

type Props = { figureId: string; svgUrl: string; fileName: string };

/** PNG (drawn by the browser's ECharts) and SVG (the server-rendered chart) of one figure. */
export async function ChartDownloads({ figureId, svgUrl, fileName }: Props) {
  const t = await getTranslations("indicator");
  return (
    <p className="pub-chart-downloads no-print">
      <span>{t("chartDownloads")}</span>
      <ChartPngButton figureId={figureId} fileName={`${fileName}.png`} label={t("png")} />
      <a href={svgUrl} download={`${fileName}.svg`} className="button secondary pub-small-button" data-testid={`${figureId}-svg`}>
        {t("svg")}
      </a>
    </p>
  );
}
