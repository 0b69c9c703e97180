/**
 * The CognitionOS SDK. Exports the client, its models, services and exceptions; io.cognitionos.internal
 * (transport, retries, the shared JSON mapper) stays inside the module.
 */
module io.cognitionos {
    requires transitive java.net.http;
    requires transitive com.fasterxml.jackson.databind;

    exports io.cognitionos;
    exports io.cognitionos.errors;
    exports io.cognitionos.models;
    exports io.cognitionos.services;

    // Jackson writes a model through its @JsonValue method.
    opens io.cognitionos.models to com.fasterxml.jackson.databind;
}
