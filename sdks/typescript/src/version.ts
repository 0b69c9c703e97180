// Generated from spec/openapi.json by generators/typescript. Do not edit: change the spec or the generator.
/** This package's version, sent in the User-Agent. */
export const VERSION = '0.1.0';
/** The spec version this SDK was generated from; the server answers its own in CognitionOS-Spec-Version. */
export const SPEC_VERSION = '3.1.0';
