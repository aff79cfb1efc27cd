package app.tandem.coach.cli;

import app.tandem.coach.Coach;
import app.tandem.coach.Finding;
import app.tandem.coach.Kind;
import app.tandem.coach.Label;
import app.tandem.coach.Review;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The coach on the command line: JSON lines {"id","kind","text"} in on stdin, one JSON line
 * out per input line, in order. A line that cannot be reviewed gets {"id","error"} and the run
 * goes on; blank lines are skipped. Extra fields (such as a labelled set's "labels") are
 * ignored, so a labelled file can be piped straight through. The exit status is always 0.
 *
 * <p>{@code --rules-only} reviews with the rules alone (no model to load: starts in
 * milliseconds instead of about two seconds). Each finding carries {@code "layer"}: "rules"
 * or "semantic".
 */
public final class CoachCli {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private CoachCli() {
    }

    public static void main(String[] args) {
        boolean rulesOnly = false;
        for (String a : args) {
            if (a.equals("--rules-only")) {
                rulesOnly = true;
            } else {
                System.err.println("usage: java -jar tandem-coach.jar [--rules-only] < in.jsonl > out.jsonl");
                System.exit(2);
            }
        }
        run(System.in, System.out, rulesOnly ? Coach.rulesOnly() : Coach.standard());
        System.out.flush();
    }

    /** The main loop with both layers, separate from {@link #main} so that tests can feed it streams. */
    public static void run(InputStream in, OutputStream out) {
        run(in, out, Coach.standard());
    }

    public static void run(InputStream in, OutputStream out, Coach coach) {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                writer.write(JSON.writeValueAsString(answer(coach, line)));
                writer.write('\n');
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode answer(Coach coach, String line) {
        JsonNode input;
        try {
            input = JSON.readTree(line);
        } catch (JacksonException e) {
            return error(null, "not a JSON object");
        }
        if (input == null || !input.isObject()) {
            return error(null, "not a JSON object");
        }
        JsonNode id = input.get("id");
        JsonNode kindNode = input.get("kind");
        JsonNode textNode = input.get("text");
        Kind kind;
        try {
            kind = Kind.parse(kindNode != null && kindNode.isString() ? kindNode.asString() : null);
        } catch (IllegalArgumentException e) {
            return error(id, "kind must be \"need\", \"reply\" or \"reflection\"");
        }
        if (textNode == null || !textNode.isString()) {
            return error(id, "text is missing or not a string");
        }
        return review(id, coach.review(kind, textNode.asString()));
    }

    private static ObjectNode review(JsonNode id, Review review) {
        ObjectNode out = JSON.createObjectNode();
        putId(out, id);
        ArrayNode labels = out.putArray("labels");
        for (Label label : review.labels()) {
            labels.add(label.wireName());
        }
        ArrayNode findings = out.putArray("findings");
        for (Finding f : review.findings()) {
            ObjectNode node = findings.addObject();
            node.put("label", f.label().wireName());
            node.put("start", f.start());
            node.put("end", f.end());
            node.put("trigger", f.trigger());
            node.put("explanation", f.explanation());
            node.put("antidote", f.antidote());
            node.put("layer", f.layer().wireName());
        }
        if (review.suggestion() == null) {
            out.putNull("suggestion");
        } else {
            out.put("suggestion", review.suggestion());
        }
        return out;
    }

    private static ObjectNode error(JsonNode id, String message) {
        ObjectNode out = JSON.createObjectNode();
        putId(out, id);
        out.put("error", message);
        return out;
    }

    private static void putId(ObjectNode out, JsonNode id) {
        if (id == null) {
            out.putNull("id");
        } else {
            out.set("id", id);
        }
    }
}
