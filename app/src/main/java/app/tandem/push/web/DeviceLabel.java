package app.tandem.push.web;

import java.util.List;
import java.util.Map;

/**
 * A short name for a browser, from its User-Agent, so a partner can tell their devices apart on
 * the account page ("Firefox on Android"). The User-Agent itself is not kept: it says far more.
 */
final class DeviceLabel {

    private static final List<Map.Entry<String, String>> BROWSERS = List.of(
            Map.entry("Edg/", "Edge"), Map.entry("OPR/", "Opera"), Map.entry("SamsungBrowser", "Samsung Internet"),
            Map.entry("Firefox/", "Firefox"), Map.entry("FxiOS", "Firefox"), Map.entry("CriOS", "Chrome"),
            Map.entry("Chromium/", "Chromium"), Map.entry("Chrome/", "Chrome"), Map.entry("Safari/", "Safari"));
    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(
            Map.entry("Android", "Android"), Map.entry("iPhone", "iPhone"), Map.entry("iPad", "iPad"),
            Map.entry("Windows", "Windows"), Map.entry("Mac OS X", "macOS"), Map.entry("CrOS", "ChromeOS"),
            Map.entry("Linux", "Linux"));

    private DeviceLabel() {}

    static String of(String userAgent) {
        String ua = userAgent == null ? "" : userAgent;
        String browser = first(BROWSERS, ua, "A browser");
        String system = first(SYSTEMS, ua, null);
        return system == null ? browser : browser + " on " + system;
    }

    private static String first(List<Map.Entry<String, String>> names, String ua, String otherwise) {
        return names.stream().filter(e -> ua.contains(e.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(otherwise);
    }
}
