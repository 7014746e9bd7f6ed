import { NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";
import { safeNextPath } from "@/lib/auth/safe-next";
import { SignInForm } from "./sign-in-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string }> };

export default async function LoginPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const next = safeNextPath((await searchParams).next);
  return (
    <main id="main" className="wrap narrow">
      <p>
        <Link href="/">{t("site.title")}</Link>
      </p>
      <h1>{t("auth.title")}</h1>
      <NextIntlClientProvider>
        <SignInForm next={next} />
      </NextIntlClientProvider>
      <p className="note">{t("auth.publicNote")}</p>
    </main>
  );
}
