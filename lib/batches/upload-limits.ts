/** Upload size limit: UPLOAD_MAX_MB (default 50), refused before the whole file is read. */
export function uploadMaxBytes(): number {
  const mb = Number(process.env.UPLOAD_MAX_MB ?? 50);
  return Math.max(1, Number.isFinite(mb) ? mb : 50) * 1024 * 1024;
}
