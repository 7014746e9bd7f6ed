"use client";
import { useTranslations } from "next-intl";
import { useRef, useState, type DragEvent, type FormEvent } from "react";
import { Link } from "@/lib/i18n/navigation";
import { ReportTables, type ReportLike } from "./report-tables";
import { sendUpload, type UploadProgress, type UploadResult } from "./upload-request";
import { encodingLabel } from "@/lib/ingest/encoding-label";

const DELIMITERS: Record<string, string> = { ",": "delimiter_comma", "\t": "delimiter_tab", ";": "delimiter_semicolon", "|": "delimiter_pipe" };
const delimiterName = (d: string | undefined, t: (k: string) => string) => (d ? (DELIMITERS[d] ? t(DELIMITERS[d]) : d) : "—");

const kb = (n: number) => (n > 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);

export function UploadForm({ locale }: { locale: "zh" | "en" }) {
  const t = useTranslations("uploads");
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [result, setResult] = useState<UploadResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const f = e.dataTransfer.files[0];
    if (f) setFile(f);
  };

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!file) return input.current?.focus();
    const data = new FormData();
    // options first: the server reads the file as a stream and sees only fields sent before it
    const fields = new FormData(e.currentTarget);
    if (fields.get("dryRun")) data.append("dryRun", "true");
    if (fields.get("sheet")) data.append("sheet", String(fields.get("sheet")));
    data.append("file", file, file.name);
    setBusy(true);
    setResult(null);
    setFailure(null);
    setProgress({ uploaded: 0, validated: 0, total: file.size });
    try {
      setResult(await sendUpload(data, file, locale, setProgress));
    } catch (err) {
      setFailure(String((err as Error).message));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <form onSubmit={onSubmit} className="form upload-form" data-testid="upload-form">
        <div
          className={`drop-zone${over ? " over" : ""}`}
          onDragOver={(e) => (e.preventDefault(), setOver(true))}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
          data-testid="drop-zone"
        >
          <label htmlFor="file">{t("file")}</label>
          <input id="file" ref={input} type="file" accept=".csv,.txt,.xlsx,.xlsm,.xls,.et,.ods,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          <p className="note">{file ? t("chosen", { name: file.name, size: kb(file.size) }) : t("drop")}</p>
        </div>
        <label htmlFor="sheet">{t("sheet")}</label>
        <input id="sheet" name="sheet" maxLength={100} />
        <label className="check">
          <input type="checkbox" name="dryRun" value="1" /> {t("dryRun")}
        </label>
        <div>
          <button type="submit" disabled={busy}>
            {t("submit")}
          </button>
        </div>
      </form>
      {progress ? <Progress p={progress} /> : null}
      {failure ? (
        <p className="error" role="alert">
          {t("resultFailed", { message: failure })}
        </p>
      ) : null}
      {result ? <UploadOutcome result={result} locale={locale} /> : null}
    </>
  );
}

function Progress({ p }: { p: UploadProgress }) {
  const t = useTranslations("uploads");
  const total = Math.max(p.total, 1);
  return (
    <div className="progress" data-testid="upload-progress">
      <label>
        {t("uploading")}
        <progress max={total} value={p.uploaded} data-testid="progress-upload" />
      </label>
      <label>
        {t("validating")}
        <progress max={total} value={p.validated} data-testid="progress-validate" />
      </label>
    </div>
  );
}

function UploadOutcome({ result, locale }: { result: UploadResult; locale: string }) {
  const t = useTranslations("uploads");
  const b = result.body as ReportLike & { id?: number | null; status?: string; rows?: number; errorCount?: number; duplicateOf?: number; encoding?: string; delimiter?: string; layout?: string; error?: { message: string }; preview?: { new: number; changed: number; unchanged: number } };
  const message =
    b.error?.message ??
    (result.status === 201
      ? t("resultStaged", { id: b.id ?? 0, rows: b.rows ?? 0 })
      : result.status === 200
        ? t("resultDryRun", { rows: b.rows ?? 0 })
        : result.status === 409
          ? t("resultDuplicate", { id: b.duplicateOf ?? 0 })
          : result.status === 413
            ? t("resultTooLarge")
            : t("resultInvalid", { count: b.errorCount ?? b.errors?.length ?? 0 }));
  const ok = result.status === 200 || result.status === 201;
  async function downloadReport() {
    const res = await fetch("/api/v1/batches/error-report", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ locale, errors: b.errors ?? [], warnings: b.warnings ?? [] }),
    });
    const url = URL.createObjectURL(await res.blob());
    const a = Object.assign(document.createElement("a"), { href: url, download: "upload-report.csv" });
    a.click();
    URL.revokeObjectURL(url);
  }
  return (
    <section className="upload-result" data-testid="upload-result" data-status={result.status} aria-live="polite">
      <p className={ok ? "success" : "error"} role="status">
        {message}
      </p>
      {b.encoding !== undefined ? (
        <p className="note" data-testid="upload-meta">
          {t("encoding")}: {encodingLabel(b.encoding)} · {t("delimiter")}: {delimiterName(b.delimiter, t)} · {t("layout")}: {b.layout === "long" || b.layout === "wide" ? t(`layout_${b.layout}`) : "—"} · {t("rows")}: {b.rows ?? 0}
        </p>
      ) : null}
      {b.preview ? (
        <p data-testid="upload-preview" data-new={b.preview.new} data-changed={b.preview.changed} data-unchanged={b.preview.unchanged}>
          {t("preview")}: {t("previewNew", { n: b.preview.new })} · {t("previewChanged", { n: b.preview.changed })} · {t("previewUnchanged", { n: b.preview.unchanged })}
        </p>
      ) : null}
      {b.id ? (
        <p>
          <Link href={`/uploads/${b.id}`}>{t("openBatch", { id: b.id })}</Link>
        </p>
      ) : null}
      {b.errors ? <ReportTables report={{ errors: b.errors, warnings: b.warnings ?? [], skipped: b.skipped ?? [] }} /> : null}
      {b.errors?.length || b.warnings?.length ? (
        <button type="button" className="secondary" onClick={downloadReport}>
          {t("downloadReport")}
        </button>
      ) : null}
    </section>
  );
}
