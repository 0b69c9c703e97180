# Generated from generators/python/runtime/_trace.py by generators/python. Do not edit: change it there.
"""W3C trace context: with opentelemetry-api installed (the `otel` extra) and a span active in the
caller's context, every call carries that span's traceparent and tracestate. Imported on first use,
so the default install neither needs nor loads OpenTelemetry."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, MutableMapping, Optional


def inject_trace_context(headers: MutableMapping[str, str]) -> None:
    """Adds traceparent/tracestate for the active span; nothing when no span is active."""
    propagator = _propagator()
    if propagator is not None:
        propagator.inject(headers)  # writes nothing for an invalid (absent) span context


@lru_cache(maxsize=None)
def _propagator() -> Optional[Any]:
    try:
        from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator
    except ImportError:
        return None
    return TraceContextTextMapPropagator()
