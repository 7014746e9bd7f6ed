// Building blocks of the open API's response schemas. Every schema that the OpenAPI
// document lists under components is registered here by id (apiComponent), so that the
// document is generated from the very schemas the handlers serialise with.
import { z } from "zod";
import { PERIOD_CODE } from "@/lib/period";

export const apiRegistry = z.registry<{ id: string }>();

/** Register a schema as an OpenAPI component (`#/components/schemas/<id>`). */
export function apiComponent<T extends z.ZodType>(id: string, schema: T): T {
  apiRegistry.add(schema, { id });
  return schema;
}

/** Exact decimal as text ("1234.5", "-0.25"): never a float, never exponent notation. */
export const ZDecimalString = apiComponent(
  "DecimalString",
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .meta({ description: "An exact decimal number written as a string (e.g. \"9027.1\"). 精确小数，以字符串表示。", examples: ["9027.1"] }),
);

// the period code's one pattern (lib/period.ts), also in the OpenAPI document
export { PERIOD_CODE };

export const ZPeriodCode = apiComponent(
  "PeriodCode",
  z
    .string()
    .regex(PERIOD_CODE)
    .meta({ description: "Period code: 2025Q3 (quarter), 2025M09 (month) or 2025 (year). 期别代码。", examples: ["2025Q3"] }),
);

export const ZLocalised = z.object({ zh: z.string(), en: z.string() });

export const ZNamed = apiComponent(
  "NamedCode",
  z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string().nullable() }).meta({ description: "A code with its Chinese and English names." }),
);

export const ZApiError = apiComponent(
  "Error",
  z
    .object({
      error: z.object({
        code: z.string().meta({ description: "Machine-readable code, e.g. invalid_parameter, not_found, rate_limited." }),
        message: z.string().meta({ description: "Chinese and English message, separated by \" / \"." }),
        parameter: z.string().optional().meta({ description: "The query parameter that was refused, for invalid_parameter." }),
        retryAfterSeconds: z.number().int().optional(),
      }),
    })
    .meta({ description: "Every error answer has this shape. 所有错误响应均为此结构。" }),
);
export type TApiError = z.infer<typeof ZApiError>;

/** A page of a list answer (the indicator catalogue); the observations' Paging adds a cursor. */
export const ZListPaging = apiComponent(
  "ListPaging",
  z.object({
    limit: z.number().int(),
    offset: z.number().int(),
    total: z.number().int().meta({ description: "Entries matching the filters." }),
    next: z.string().nullable().meta({ description: "The URL of the next page; null on the last page." }),
  }),
);
