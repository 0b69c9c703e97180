// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;



/**
 * What a plugin is granted in its tenant: {@code memory:read} and {@code memory:write} the tenant's memories, {@code workflows:execute} start its workflows, {@code usage:read} read its usage.
 * <p>A value the spec does not list (from a newer server) is kept: {@link #asString()} returns it and {@link #value()} says {@code _UNKNOWN}.
 */
public final class PluginPermission extends ApiEnum {
    /** The value {@code memory:read}. */
    public static final PluginPermission MEMORY_READ = new PluginPermission("memory:read");
    /** The value {@code memory:write}. */
    public static final PluginPermission MEMORY_WRITE = new PluginPermission("memory:write");
    /** The value {@code workflows:execute}. */
    public static final PluginPermission WORKFLOWS_EXECUTE = new PluginPermission("workflows:execute");
    /** The value {@code usage:read}. */
    public static final PluginPermission USAGE_READ = new PluginPermission("usage:read");

    /** The values this SDK version knows, for a switch; {@code _UNKNOWN} for any other. */
    public enum Value {
        /** {@link #MEMORY_READ}. */
        MEMORY_READ,
        /** {@link #MEMORY_WRITE}. */
        MEMORY_WRITE,
        /** {@link #WORKFLOWS_EXECUTE}. */
        WORKFLOWS_EXECUTE,
        /** {@link #USAGE_READ}. */
        USAGE_READ,
        /** A value this SDK version does not know. */
        _UNKNOWN
    }

    private PluginPermission(String value) {
        super(value);
    }

    /**
     * The constant for a known value, else a new instance that keeps the value.
     *
     * @param value the wire value
     * @return the enum value
     */
    public static PluginPermission of(String value) {
        switch (value) {
            case "memory:read":
                return MEMORY_READ;
            case "memory:write":
                return MEMORY_WRITE;
            case "workflows:execute":
                return WORKFLOWS_EXECUTE;
            case "usage:read":
                return USAGE_READ;
            default:
                return new PluginPermission(value);
        }
    }

    /**
     * Which known value this is, for a switch.
     *
     * @return the constant of {@link Value}, {@code _UNKNOWN} for a value this SDK version does not know
     */
    public Value value() {
        switch (asString()) {
            case "memory:read":
                return Value.MEMORY_READ;
            case "memory:write":
                return Value.MEMORY_WRITE;
            case "workflows:execute":
                return Value.WORKFLOWS_EXECUTE;
            case "usage:read":
                return Value.USAGE_READ;
            default:
                return Value._UNKNOWN;
        }
    }
}
