// Sends a file to POST /api/v1/batches with XMLHttpRequest, which (unlike fetch) reports
// upload progress; the NDJSON answer reports validation progress, then the result.
export type UploadProgress = { uploaded: number; validated: number; total: number };
export type UploadResult = { status: number; body: Record<string, unknown> & { id?: number | null; status?: string } };

export function sendUpload(form: FormData, file: File, locale: string, onProgress: (p: UploadProgress) => void): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const p: UploadProgress = { uploaded: 0, validated: 0, total: file.size };
    let seen = 0;
    let result: UploadResult | null = null;
    const readLines = () => {
      const text = xhr.responseText;
      const end = text.lastIndexOf("\n");
      if (end < seen) return;
      for (const line of text.slice(seen, end).split("\n").filter(Boolean)) {
        const msg = JSON.parse(line);
        if (msg.progress) onProgress({ ...p, validated: (p.validated = msg.progress.bytes) });
        if (msg.result) result = msg.result;
      }
      seen = end + 1;
    };
    xhr.upload.onprogress = (e) => onProgress({ ...p, uploaded: (p.uploaded = e.loaded) });
    xhr.onprogress = readLines;
    xhr.onload = () => {
      if (!(xhr.getResponseHeader("content-type") ?? "").includes("ndjson")) {
        // an error answered before streaming began (401, 403, 413 …)
        try {
          return resolve({ status: xhr.status, body: JSON.parse(xhr.responseText) });
        } catch {
          return reject(new Error(`HTTP ${xhr.status}`));
        }
      }
      readLines();
      if (result) resolve(result);
      else reject(new Error("no result"));
    };
    xhr.onerror = () => reject(new Error("network error"));
    xhr.open("POST", `/api/v1/batches?locale=${locale}`);
    xhr.setRequestHeader("Accept", "application/x-ndjson");
    xhr.send(form);
  });
}
