"use client";
// Saves the interactive chart as a PNG (ECharts getDataURL). Enabled only once ECharts has
// drawn; without JavaScript the SVG link beside it is the way to get the chart.
import { useEffect, useState } from "react";

type Props = { figureId: string; fileName: string; label: string };

export function ChartPngButton({ figureId, fileName, label }: Props) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const island = document.getElementById(figureId)?.querySelector(".chart-island");
    if (!island) return;
    const check = () => setReady(island.getAttribute("data-chart-ready") === "true");
    check();
    const observer = new MutationObserver(check);
    observer.observe(island, { attributes: true, attributeFilter: ["data-chart-ready"] });
    return () => observer.disconnect();
  }, [figureId]);

  async function save() {
    const { echarts } = await import("@/lib/charts/echarts-client"); // the chunk the chart itself loaded
    const dom = document.getElementById(figureId)?.querySelector<HTMLElement>("[_echarts_instance_]");
    const chart = dom ? echarts.getInstanceByDom(dom) : undefined;
    if (!chart) return;
    const a = document.createElement("a");
    a.href = chart.getDataURL({ type: "png", pixelRatio: 2, backgroundColor: "#ffffff" });
    a.download = fileName;
    a.click();
  }

  return (
    <button type="button" className="secondary pub-small-button" onClick={save} disabled={!ready} data-testid={`${figureId}-png`}>
      {label}
    </button>
  );
}
