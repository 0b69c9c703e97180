// Generated from generators/java/runtime/io/cognitionos/internal/Json.java by generators/java. Do not edit: change that file.
package io.cognitionos.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The one ObjectMapper, and the decoders and encoders the emitted models are spelled with. Internal. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<Map<String, Object>>() {};
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<Map<String, String>>() {};

    public static final Function<JsonNode, String> STRING = JsonNode::asText;
    public static final Function<JsonNode, Integer> INT = JsonNode::asInt;
    public static final Function<JsonNode, Long> LONG = JsonNode::asLong;
    public static final Function<JsonNode, Double> DOUBLE = JsonNode::asDouble;
    public static final Function<JsonNode, Boolean> BOOLEAN = JsonNode::asBoolean;
    public static final Function<JsonNode, OffsetDateTime> DATE_TIME = node -> OffsetDateTime.parse(node.asText());
    public static final Function<JsonNode, LocalDate> DATE = node -> LocalDate.parse(node.asText());
    /** Any JSON value as plain Java values (maps, lists, strings, numbers, booleans, null). */
    public static final Function<JsonNode, Object> ANY = Json::toJava;
    public static final Function<JsonNode, Map<String, Object>> OBJECT = Json::toJavaMap;
    public static final Function<JsonNode, Map<String, String>> STRINGS = node -> Collections.unmodifiableMap(MAPPER.convertValue(node, STRING_MAP));

    private Json() {}

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A nested model: its constructor takes the object node. */
    public static <T> Function<JsonNode, T> model(Function<ObjectNode, T> constructor) {
        return node -> constructor.apply((ObjectNode) node);
    }

    /** An enum-like value: its factory takes the wire string. */
    public static <T> Function<JsonNode, T> enumeration(Function<String, T> of) {
        return node -> of.apply(node.asText());
    }

    /** An enum-like value with integer values: its factory takes the wire number. */
    public static <T> Function<JsonNode, T> integerEnumeration(Function<Long, T> of) {
        return node -> of.apply(node.asLong());
    }

    /** A map of string keys to values of one type, in the order the JSON has them. */
    public static <T> Function<JsonNode, Map<String, T>> map(Function<JsonNode, T> value) {
        return node -> {
            Map<String, T> entries = new LinkedHashMap<>();
            node.fields().forEachRemaining(entry -> entries.put(entry.getKey(), value.apply(entry.getValue())));
            return Collections.unmodifiableMap(entries);
        };
    }

    /** Whether a value is a JSON object holding every named field (the shape of a union's variant). */
    public static boolean hasFields(JsonNode node, String... names) {
        if (!node.isObject()) return false;
        for (String name : names) {
            if (!node.has(name)) return false;
        }
        return true;
    }

    public static <T> Function<JsonNode, List<T>> list(Function<JsonNode, T> item) {
        return node -> {
            List<T> items = new ArrayList<>(node.size());
            node.forEach(element -> items.add(item.apply(element)));
            return Collections.unmodifiableList(items);
        };
    }

    public static Object toJava(JsonNode node) {
        return MAPPER.convertValue(node, Object.class);
    }

    public static Map<String, Object> toJavaMap(JsonNode node) {
        return Collections.unmodifiableMap(MAPPER.convertValue(node, MAP));
    }

    /** A value as JSON: models and enums write their JSON, date-times and dates their RFC 3339 text. */
    public static JsonNode tree(Object value) {
        if (value instanceof OffsetDateTime) return MAPPER.getNodeFactory().textNode(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((OffsetDateTime) value));
        if (value instanceof LocalDate) return MAPPER.getNodeFactory().textNode(DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDate) value));
        return MAPPER.valueToTree(value);
    }

    /** Sets a builder's field (null sends JSON null). */
    public static void put(ObjectNode json, String name, Object value) {
        json.set(name, tree(value));
    }

    /** Adds one item to a builder's list field. */
    public static void add(ObjectNode json, String name, Object item) {
        json.withArray(name).add(tree(item));
    }

    /** Refuses to build params that lack a required field, naming it before any request is sent. */
    public static ObjectNode requireFields(ObjectNode json, String type, String... names) {
        for (String name : names) {
            if (!json.has(name)) throw new IllegalStateException(type + ": `" + name + "` is required");
        }
        return json.deepCopy();
    }

    public static JsonNode parse(byte[] body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] write(JsonNode json) {
        try {
            return MAPPER.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
