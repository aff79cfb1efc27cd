package app.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word a partner reads comes from the message catalogues: no template holds English text
 * outside an expression. Text nodes and the attributes people read or hear (placeholder,
 * aria-label, title, alt, a submit input's value) are checked, and so are string literals inside
 * expressions that read as words ("Your bid", a title passed to the layout). Allowed: the brand
 * name and punctuation.
 */
class TemplateTextTest {

    private static final Path TEMPLATES = Path.of("src/main/jte");

    /** A page in a language the coach cannot read says so beside every coach panel it has. */
    @Test
    void everyCoachPanelSaysWhereTheCoachReadsEnglishOnly() throws IOException {
        List<String> silent = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jte")).sorted().toList()) {
                String template = Files.readString(file);
                long panels = Pattern.compile("<section class=\"coach\"").matcher(template).results().count();
                long notices = Pattern.compile("@template\\.coach\\.englishOnly\\(").matcher(template).results().count();
                if (notices < panels) {
                    silent.add(TEMPLATES.relativize(file) + ": " + panels + " coach panels, " + notices + " notices");
                }
            }
        }
        assertThat(silent).isEmpty();
    }

    @Test
    void everyTemplateTakesItsWordsFromTheCatalogue() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jte")).sorted().toList()) {
                String name = TEMPLATES.relativize(file).toString().replace('\\', '/');
                new TemplateText(Files.readString(file)).english().forEach(e -> found.add(name + ":" + e));
            }
        }
        assertThat(found).as("English text in templates (file:line: text); give it a catalogue key").isEmpty();
    }

    @Test
    void theScanFindsTextAttributesAndWordyLiteralsButNotExpressionsOrMarkup() {
        String template = """
                @import app.tandem.web.Page
                @param Page page
                @template.layout(page = page, title = "Our bubble", content = @`
                    <h1>${page.t("home.title")}</h1>
                    <p class="hint">Nothing right now.</p>
                    <input placeholder="Can we connect?" name="text" value="once" type="radio">
                    <button aria-label="${page.t("x")}" value="send">${page.t("y")}</button>
                    <span>${x ? "badge warn" : "Your bid"}</span> · Tandem “${name}” &hellip;
                    <script>const words = "not shown";</script>
                    @if(a)<strong>Hi</strong>@endif
                `)
                """;
        assertThat(new TemplateText(template).english()).containsExactly(
                "3: \"Our bubble\"", "5: Nothing right now.", "6: placeholder=Can we connect?", "8: \"Your bid\"",
                "10: Hi");
    }

    /** A small scanner of jte: markup, expressions, and content blocks inside expressions. */
    static final class TemplateText {

        private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
        private static final Pattern CSS_LIKE = Pattern.compile("[a-z0-9_-]*");
        private static final Set<String> READ_ATTRIBUTES = Set.of("placeholder", "aria-label", "title", "alt");
        private static final Pattern KEYWORD = Pattern.compile("@(if|elseif|for|template\\.[\\w.]+|raw|endraw|else|endif|endfor|import|param)");

        private final String s;
        private int i;
        private final List<String> found = new ArrayList<>();

        TemplateText(String source) {
            this.s = source;
        }

        List<String> english() {
            html(false);
            return found;
        }

        private int line(int at) {
            int n = 1;
            for (int k = 0; k < at && k < s.length(); k++) {
                if (s.charAt(k) == '\n') {
                    n++;
                }
            }
            return n;
        }

        private static boolean wordy(String text) {
            String t = text.replaceAll("&\\w+;", " ").replace("Tandem", " ");
            return WORD.matcher(t).find();
        }

        private void text(StringBuilder text, int at) {
            String t = text.toString().strip().replaceAll("\\s+", " ");
            if (wordy(t)) {
                found.add(line(at) + ": " + t);
            }
            text.setLength(0);
        }

        /** Markup until the end, or until the backtick closing a content block. */
        private void html(boolean inContent) {
            StringBuilder text = new StringBuilder();
            int textAt = i;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (inContent && c == '`') {
                    i++;
                    text(text, textAt);
                    return;
                }
                if (c == '$' && s.startsWith("${", i) || s.startsWith("$unsafe{", i) || s.startsWith("!{", i)) {
                    i = s.indexOf('{', i) + 1;
                    java('}');
                    text.append(' ');
                } else if (c == '@') {
                    var m = KEYWORD.matcher(s).region(i, s.length());
                    if (m.lookingAt()) {
                        String word = m.group(1);
                        i = m.end();
                        if (word.equals("import") || word.equals("param")) {
                            int end = s.indexOf('\n', i);
                            i = end < 0 ? s.length() : end;
                        } else if (i < s.length() && s.charAt(i) == '(') {
                            i++;
                            java(')');
                        }
                        text.append(' ');
                    } else {
                        text.append(c);
                        i++;
                    }
                } else if (c == '<') {
                    text(text, textAt);
                    tag();
                    textAt = i;
                } else {
                    if (text.isEmpty() || text.toString().isBlank()) {
                        textAt = i;
                    }
                    text.append(c);
                    i++;
                }
            }
            text(text, textAt);
        }

        /** A tag: its readable attributes are text; script and style bodies, and comments, are skipped. */
        private void tag() {
            if (s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i);
                i = end < 0 ? s.length() : end + 3;
                return;
            }
            int start = i;
            i++;
            StringBuilder name = new StringBuilder();
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '/' || s.charAt(i) == '!')) {
                name.append(s.charAt(i++));
            }
            String tagName = name.toString().toLowerCase();
            List<String[]> attributes = new ArrayList<>();
            while (i < s.length() && s.charAt(i) != '>') {
                char c = s.charAt(i);
                if (Character.isLetter(c)) {
                    int a = i;
                    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || "-_:.".indexOf(s.charAt(i)) >= 0)) {
                        i++;
                    }
                    String attr = s.substring(a, i).toLowerCase();
                    if (i < s.length() && s.charAt(i) == '=') {
                        i++;
                        char q = s.charAt(i);
                        if (q == '"' || q == '\'') {
                            i++;
                            StringBuilder value = new StringBuilder();
                            while (i < s.length() && s.charAt(i) != q) {
                                if (s.startsWith("${", i)) {
                                    i += 2;
                                    java('}');
                                    value.append(' ');
                                } else {
                                    value.append(s.charAt(i++));
                                }
                            }
                            i++;
                            attributes.add(new String[] {attr, value.toString(), String.valueOf(a)});
                        }
                    }
                } else if (s.startsWith("${", i)) {
                    i += 2;
                    java('}');
                } else if (c == '@') {
                    var m = KEYWORD.matcher(s).region(i, s.length());
                    if (m.lookingAt()) {
                        i = m.end();
                        if (i < s.length() && s.charAt(i) == '(') {
                            i++;
                            java(')');
                        }
                    } else {
                        i++;
                    }
                } else {
                    i++;
                }
            }
            i++;
            boolean submit = attributes.stream().anyMatch(a -> a[0].equals("type") && (a[1].equals("submit") || a[1].equals("button")));
            for (String[] a : attributes) {
                boolean read = READ_ATTRIBUTES.contains(a[0]) || a[0].equals("value") && tagName.equals("input") && submit;
                if (read && wordy(a[1])) {
                    found.add(line(Integer.parseInt(a[2])) + ": " + a[0] + "=" + a[1].strip());
                }
            }
            if (tagName.equals("script") || tagName.equals("style")) {
                int end = s.indexOf("</" + tagName, i);
                i = end < 0 ? s.length() : end;
            }
            if (i <= start) {
                i = start + 1;
            }
        }

        /** Java until the closing character; string literals that read as words are English; content blocks are markup. */
        private void java(char close) {
            int depth = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '"') {
                    int a = i;
                    StringBuilder literal = new StringBuilder();
                    i++;
                    while (i < s.length() && s.charAt(i) != '"') {
                        if (s.charAt(i) == '\\') {
                            i++;
                        }
                        literal.append(s.charAt(i++));
                    }
                    i++;
                    if (readsAsWords(literal.toString())) {
                        found.add(line(a) + ": \"" + literal + "\"");
                    }
                } else if (c == '\'') {
                    i = s.indexOf('\'', i + 2) + 1;
                } else if (s.startsWith("@`", i)) {
                    i += 2;
                    html(true);
                } else if (c == '(' || c == '{' || c == '[') {
                    depth++;
                    i++;
                } else if ((c == ')' || c == '}' || c == ']') && depth > 0) {
                    depth--;
                    i++;
                } else if (c == close && depth == 0) {
                    i++;
                    return;
                } else {
                    i++;
                }
            }
        }

        /** "Your bid", "(no request yet)": yes. "badge warn", "email-error", "true", "/events": no. */
        private static boolean readsAsWords(String literal) {
            if (!wordy(literal) || literal.startsWith("/")) {
                return false;
            }
            if (Character.isUpperCase(literal.strip().isEmpty() ? 'a' : literal.strip().charAt(0))) {
                return true;
            }
            for (String token : literal.strip().split("\\s+")) {
                if (!CSS_LIKE.matcher(token).matches()) {
                    return literal.contains(" ") || !literal.matches("[\\w.:-]*");
                }
            }
            return false;
        }
    }
}
