import type { ReactNode } from "react";
import { SiteFooter } from "@/app/_components/public/site/site-footer";
import { SiteHeader } from "@/app/_components/public/site/site-header";

// Header and footer are components of their own because app/[locale]/not-found.tsx, which
// renders outside this layout, shows them too.
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="wrap pub-main">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
