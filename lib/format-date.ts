// Dates and times are shown in Asia/Shanghai, the bureau's time zone, whatever the server's.
export function formatDateTime(d: Date, locale: string): string {
  return d.toLocaleString(locale === "en" ? "en-GB" : "zh-CN", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  });
}

export function formatDate(d: Date, locale: string): string {
  return d.toLocaleDateString(locale === "en" ? "en-GB" : "zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });
}
