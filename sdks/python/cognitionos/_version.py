"""Versions: generated from spec/openapi.json by generators/python. Do not edit."""

# The SDK's version, shared by the four SDKs (generators/sdk-version.ts).
__version__ = "0.1.0"
# The API contract this SDK was generated from; the server sends its own in CognitionOS-Spec-Version.
SPEC_VERSION = "3.1.0"
