package io.cognitionos.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the policy's message formats. `{name}` is replaced by its value; `{: name}` or
 * `{ (request name)}` is an optional part: its text around the name appears only with a value.
 */
public final class Messages {
    private static final Pattern PART = Pattern.compile("\\{([^{}]*)\\}");

    private Messages() {}

    /** Alternating names and values: `values("param", "tenantId", "value", "..")`. */
    public static Map<String, String> values(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) values.put(namesAndValues[i], namesAndValues[i + 1]);
        return values;
    }

    public static String format(String template, Map<String, String> values) {
        Matcher part = PART.matcher(template);
        StringBuilder out = new StringBuilder();
        while (part.find()) part.appendReplacement(out, Matcher.quoteReplacement(fill(part.group(1), values)));
        part.appendTail(out);
        return out.toString();
    }

    // The longest name that occurs in the part wins (`request_id` over a shorter word of its text).
    private static String fill(String part, Map<String, String> values) {
        String name = null;
        for (String candidate : values.keySet()) {
            if (part.contains(candidate) && (name == null || candidate.length() > name.length())) name = candidate;
        }
        if (name == null) return "";
        String value = values.get(name);
        if (value == null || value.isEmpty()) return "";
        int at = part.lastIndexOf(name);
        return part.substring(0, at) + value + part.substring(at + name.length());
    }
}
