"use client";
// Any page that fails while rendering (the database gone mid-request, or a bug) shows this
// instead of Next's default: a plain message in the page's language and a retry. Production
// builds never pass the server error's message or stack to the browser, only its digest,
// which we show so that a report can be matched with the server log.
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main id="main" className="wrap narrow" data-testid="page-error" role="alert">
      <h1>{t("unavailableTitle")}</h1>
      <p>{t("unavailable")}</p>
      <p>
        <button type="button" onClick={() => reset()}>
          {t("retry")}
        </button>{" "}
        <Link href="/">{t("home")}</Link>
      </p>
      {error.digest ? (
        <p className="muted">
          {t("reference")}: <code>{error.digest}</code>
        </p>
      ) : null}
    </main>
  );
}
