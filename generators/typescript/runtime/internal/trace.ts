// W3C trace context: when the caller's app has @opentelemetry/api with an active span, every
// request carries its `traceparent`/`tracestate`, so the server's spans join the caller's trace.
// @opentelemetry/api is an optional peer: loaded once, lazily, and its absence (or any failure to
// load it) means no trace headers, never an error.

/** The two members of @opentelemetry/api this needs (its own types would make it a dependency). */
interface OtelApi {
  context: { active(): unknown };
  propagation: { inject(context: unknown, carrier: Record<string, string>): void };
}

// The name is a variable so that bundlers (esbuild, webpack) leave the import to run time instead
// of failing to resolve a package the app did not install.
const OTEL_API = '@opentelemetry/api';
let otel: Promise<OtelApi | undefined> | undefined;

function loadOtel(): Promise<OtelApi | undefined> {
  otel ??= import(OTEL_API).then(
    (module: { default?: OtelApi } & Partial<OtelApi>) => (module.propagation ? (module as OtelApi) : module.default),
    () => undefined,
  );
  return otel;
}

/** The trace headers of the caller's active context (none without a span or without OpenTelemetry). */
export async function traceHeaders(): Promise<Record<string, string>> {
  const api = await loadOtel();
  const carrier: Record<string, string> = {};
  api?.propagation.inject(api.context.active(), carrier);
  return carrier;
}
