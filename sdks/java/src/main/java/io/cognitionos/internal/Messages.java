// Generated from generators/java/runtime/io/cognitionos/internal/Messages.java by generators/java. Do not edit: change that file.
package io.cognitionos.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the policy's message formats exactly as generators/policy/policy.ts formatMessage does:
 * `{name}` is replaced by its value; in `{prefix name suffix}` (`{: detail}`, `{ (request request_id)}`)
 * the last snake_case word is the name, and the whole group vanishes when the value is empty or missing.
 */
public final class Messages {
    private static final Pattern GROUP = Pattern.compile("\\{([^{}]*?)([a-z_]+)([^{}a-z_]*)\\}");

    private Messages() {}

    /** Alternating names and values: `values("param", "tenantId", "value", "..")`. */
    public static Map<String, String> values(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) values.put(namesAndValues[i], namesAndValues[i + 1]);
        return values;
    }

    public static String format(String template, Map<String, String> values) {
        Matcher group = GROUP.matcher(template);
        StringBuilder out = new StringBuilder();
        while (group.find()) {
            String value = values.get(group.group(2));
            String filled = value == null || value.isEmpty() ? "" : group.group(1) + value + group.group(3);
            group.appendReplacement(out, Matcher.quoteReplacement(filled));
        }
        group.appendTail(out);
        return out.toString();
    }
}
