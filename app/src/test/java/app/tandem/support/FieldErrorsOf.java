package app.tandem.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The field errors an answer shows, read the same way from a page (each error sits beside its
 * field as {@code <p class="field-error" id="<field>-error">}) and from a problem detail's
 * {@code errors}: so a test can run one bad input through both and compare.
 */
public final class FieldErrorsOf {

    private static final Pattern ON_PAGE = Pattern.compile(
            "<p class=\"field-error\" id=\"([^\"]+)-error\" role=\"alert\">(.*?)</p>", Pattern.DOTALL);

    private FieldErrorsOf() {}

    public static Map<String, String> page(String html) {
        Map<String, String> errors = new LinkedHashMap<>();
        Matcher m = ON_PAGE.matcher(html);
        while (m.find()) {
            errors.put(m.group(1), unescape(m.group(2).strip()));
        }
        return errors;
    }

    public static Map<String, String> problem(JsonNode body) {
        Map<String, String> errors = new LinkedHashMap<>();
        JsonNode fields = body == null ? null : body.get("errors");
        if (fields != null) {
            fields.properties().forEach(e -> errors.put(e.getKey(), e.getValue().asString()));
        }
        return errors;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
