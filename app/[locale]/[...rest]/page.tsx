import { notFound } from "next/navigation";

// Any path no page matches (/foo, /en/indicators/DE001/extra) gets the site's own 404 page in
// its language (app/[locale]/not-found.tsx) instead of Next's bare English one.
export default function UnknownPage(): never {
  notFound();
}
