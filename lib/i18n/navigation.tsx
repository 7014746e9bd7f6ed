import type { ComponentProps } from "react";
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

const navigation = createNavigation(routing);
export const { redirect, getPathname } = navigation;

/**
 * next-intl's Link without prefetching unless asked for. Next prefetches every link in view
 * once the page is idle; our pages are dynamic, so each prefetch is a server render and an RSC
 * parse on the reader's phone (nine of them on an indicator page) for pages that are served
 * from memory in milliseconds when actually clicked.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof navigation.Link>) {
  return <navigation.Link prefetch={prefetch} {...props} />;
}
