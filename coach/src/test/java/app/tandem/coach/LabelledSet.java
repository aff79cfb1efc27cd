package app.tandem.coach;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A labelled set in the format of shared/coach/dev.jsonl. */
public record LabelledSet(List<Item> items) {

    public record Item(String id, Kind kind, String text, Set<String> labels, Set<String> also) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    public static LabelledSet read(Path path) {
        try {
            List<Item> items = new ArrayList<>();
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                items.add(new Item(n.get("id").asString(), Kind.parse(n.get("kind").asString()), n.get("text").asString(),
                        strings(n.get("labels")), strings(n.get("also"))));
            }
            return new LabelledSet(items);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new HashSet<>();
        if (array != null) {
            array.forEach(x -> out.add(x.asString()));
        }
        return out;
    }
}
