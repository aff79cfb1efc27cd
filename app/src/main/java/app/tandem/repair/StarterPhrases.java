package app.tandem.repair;

import app.tandem.kernel.ResourceLines;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Starter phrases for repair attempts (repair/starter-phrases.txt, "field|phrase" a line), by field. */
@Component
public class StarterPhrases {

    private final Map<String, List<String>> byField = ResourceLines.of("repair/starter-phrases.txt").stream()
            .map(l -> l.split("\\|", 2))
            .collect(Collectors.groupingBy(p -> p[0].strip(), LinkedHashMap::new,
                    Collectors.mapping(p -> p[1].strip(), Collectors.toList())));


    public Map<String, List<String>> all() {
        return byField;
    }
}
