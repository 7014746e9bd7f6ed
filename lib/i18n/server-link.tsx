// Links in server components: a plain <a> with the localized path. next/link would make each
// one a client component to hydrate (an indicator page has ~40 of them, a fifth of its
// hydration on a phone) for client-side navigation that buys little here: pages are served
// whole from memory, and the scripts are cached after the first page.
import "server-only";
import type { AnchorHTMLAttributes } from "react";
import { getLocale } from "next-intl/server";
import { localizedHref, type Href } from "./localized-href";

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { href: Href };

export async function Link({ href, ...rest }: Props) {
  return <a {...rest} href={localizedHref(href, await getLocale())} />;
}
