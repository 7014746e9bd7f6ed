"use client";
// Static markup drawn on the server (a chart's SVG) in an element that React hydrates without
// the markup travelling in the page data: the props carry a key (lib/charts/server-markup-store.ts).
// In the server render of the HTML the key gives the markup; in the browser the markup is read
// back from the element the HTML already holds, so the browser's tree says what the page shows
// and React never rewrites it. Rendered in the browser without that HTML (a navigation inside the
// app, or React starting over after a hydration error), the element stays empty: ChartIsland
// then draws the interactive chart at once.
import { useId, useState } from "react";
import { takeMarkup } from "@/lib/charts/server-markup-store";

type Props = { markupKey: string; className?: string; /** the text alternative (role="img") */ label: string; as?: "div" | "span" };

export function ServerMarkup({ markupKey, className, label, as: Tag = "div" }: Props) {
  const id = useId();
  const [html] = useState(() => (typeof window === "undefined" ? takeMarkup(markupKey) : document.getElementById(id)?.innerHTML) ?? "");
  return <Tag id={id} className={className} role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}
