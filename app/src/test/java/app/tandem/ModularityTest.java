package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Features talk only through each other's public, top-level types, use only the modules their
 * {@code package-info} allows, and form no cycles; and the module picture in
 * docs/architecture.md is drawn from the code, never by hand: a Mermaid graph of each module's
 * direct dependencies, beside Spring Modulith's Documenter's PlantUML files in docs/modules/.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(TandemApplication.class);
    private static final Path DOCS = Path.of("..", "docs");
    private static final String START = "<!-- modules:start (written by ModularityTest) -->";
    private static final String END = "<!-- modules:end -->";

    @Test
    void modulesKeepTheirBoundariesAndDeclaredDependencies() {
        MODULES.verify();
    }

    @Test
    void theModulePictureInTheDocsIsGeneratedFromTheCode() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.resolve("modules").toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        Path architecture = DOCS.resolve("architecture.md");
        String doc = Files.readString(architecture, StandardCharsets.UTF_8);
        assertThat(doc).contains(START).contains(END);
        String generated = doc.substring(0, doc.indexOf(START) + START.length()) + "\n```mermaid\n" + mermaid()
                + "```\n" + doc.substring(doc.indexOf(END));
        Files.writeString(architecture, generated, StandardCharsets.UTF_8);
        assertThat(Files.readString(architecture, StandardCharsets.UTF_8)).contains("need --> pause");
        assertThat(DOCS.resolve("modules").resolve("components.puml")).exists();
    }

    /** One arrow per direct dependency, sorted so that the file changes only when the code does. */
    private static String mermaid() {
        String arrows = MODULES.stream().sorted((a, b) -> name(a).compareTo(name(b)))
                .flatMap(module -> module.getDirectDependencies(MODULES).uniqueModules()
                        .map(target -> "    " + name(module) + " --> " + name(target)).sorted())
                .collect(Collectors.joining("\n"));
        return "flowchart TD\n" + arrows + "\n";
    }

    private static String name(ApplicationModule module) {
        return module.getIdentifier().toString();
    }
}
