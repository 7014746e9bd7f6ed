import { describeAuditData } from "@/lib/audit/describe-audit";

/** An audit event's details: a short list of "field: before → after" and "field: value". */
export function AuditDetails({ action, data, locale }: { action: string; data: unknown; locale: string }) {
  const lines = describeAuditData(action, data, locale);
  if (!lines.length) return null;
  return (
    <ul className="audit-details">
      {lines.map((l, i) => (
        <li key={i}>
          <span className="audit-field">{l.label}</span>:{" "}
          {"value" in l ? (
            l.value
          ) : (
            <>
              <del>{l.before}</del> → <ins>{l.after}</ins>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
