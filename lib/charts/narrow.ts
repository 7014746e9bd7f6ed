// The width below which a chart gets its phone drawing (fit-layout.ts). A module of its own
// because the chart island on every chart page reads it in the browser, and importing
// fit-layout there would ship all of its layout code in the page's first load.

/** Containers at most this wide (px) get the narrow drawing. */
export const NARROW_MAX = 480;
