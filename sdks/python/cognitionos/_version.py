"""Versions: generated from spec/openapi.json by generators/python. Do not edit."""

__version__ = "3.0.0"
# The API contract this SDK was generated from; the server sends its own in CognitionOS-Spec-Version.
SPEC_VERSION = "3.0.0"
