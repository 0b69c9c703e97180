// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.internal;

/** The versions this build was generated with. */
public final class SdkInfo {
    /** This SDK's version (the one version of every CognitionOS SDK), sent in the User-Agent. */
    public static final String VERSION = "0.1.0";
    /** The spec version it was generated from; servers name theirs in CognitionOS-Spec-Version. */
    public static final String SPEC_VERSION = "3.1.0";

    private SdkInfo() {}
}
