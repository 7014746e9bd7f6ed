"use client";
// Wraps a server-rendered SVG chart. When the chart comes near the viewport (and the browser
// is idle), it loads ECharts and lays the interactive chart over the SVG; once ECharts
// reports `finished`, the SVG is hidden and the figure carries data-chart-ready="true". With
// JavaScript off the SVG simply stays. Charts further down are upgraded a few seconds later
// when the browser is idle, so that the charts a reader sees first do not wait behind them.
// On touch screens a chart is upgraded when it is first touched.
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { NARROW_MAX } from "@/lib/charts/narrow";
import type { ChartSpec } from "@/lib/charts/registry";

// React's lazy rather than next/dynamic: the chart is only ever rendered in the browser (after
// an effect), so next/dynamic's server-side machinery would be 2 KB of first-load JS for nothing
const InteractiveChart = lazy(() => import("./interactive-chart"));

type Props = { spec: ChartSpec; height: number; /** the height in a phone-wide container (fit-layout.ts) */ narrowHeight?: number; children: ReactNode; onInstance?: (i: unknown) => void };

const NEAR_MARGIN = "300px";
const LATER_MS = 3000;

/** true once the element is within NEAR_MARGIN of the viewport, or LATER_MS have passed, and the browser has had a quiet moment */
function useUpgradeWanted(ref: React.RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // no drawn SVG (rendered in the browser, not from the server's HTML: ServerMarkup): draw now
    if (!el.querySelector(".chart-svg svg")) {
      setNear(true);
      return;
    }
    // Safari has no requestIdleCallback
    const idle = (f: () => void) => (typeof window.requestIdleCallback === "function" ? window.requestIdleCallback(f, { timeout: 1500 }) : setTimeout(f, 1));
    // On touch screens the drawn SVG is the chart until a reader touches it: a phone pays most
    // for ECharts' parse and first draw, and tooltips there need a tap anyway.
    if (window.matchMedia?.("(pointer: coarse)").matches) {
      const wake = () => setNear(true);
      const events = ["pointerdown", "focusin"] as const;
      events.forEach((e) => el.addEventListener(e, wake, { once: true, passive: true }));
      return () => events.forEach((e) => el.removeEventListener(e, wake));
    }
    const later = setTimeout(() => idle(() => setNear(true)), LATER_MS);
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        clearTimeout(later);
        idle(() => setNear(true));
      },
      { rootMargin: NEAR_MARGIN },
    );
    io.observe(el);
    return () => {
      io.disconnect();
      clearTimeout(later);
    };
  }, [ref]);
  return near;
}

export function ChartIsland({ spec, height, narrowHeight, children, onInstance }: Props) {
  const [ready, setReady] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const near = useUpgradeWanted(box);
  const instance = useRef<unknown>(null);
  const onFinished = useCallback(
    (chart: unknown) => {
      instance.current = chart;
      onInstance?.(chart);
      setReady(true);
    },
    [onInstance],
  );
  // The interactive chart is laid out for the width it is shown at, as the SVG under it is.
  const narrow = near && narrowHeight !== undefined && (box.current?.clientWidth ?? Infinity) <= NARROW_MAX;
  const drawnHeight = narrow ? narrowHeight! : height;
  const vars = { "--chart-h": `${height}px`, "--chart-h-narrow": `${narrowHeight ?? height}px` } as React.CSSProperties;
  return (
    <div ref={box} className="chart-island" data-chart-ready={ready ? "true" : "false"} data-narrow={narrowHeight === undefined ? undefined : "auto"} style={narrowHeight === undefined ? { minHeight: height } : vars}>
      <div className="chart-svg" aria-hidden={ready}>
        {children}
      </div>
      <div className="chart-canvas">{near ? (
          <Suspense fallback={null}>
            <InteractiveChart spec={spec} height={drawnHeight} narrow={narrow} onFinished={onFinished} />
          </Suspense>
        ) : null}</div>
    </div>
  );
}
