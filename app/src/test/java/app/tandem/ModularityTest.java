package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Features talk only through each other's public, top-level types, use only the modules their
 * {@code package-info} allows, and form no cycles; and the module picture in
 * docs/architecture.md is drawn from the code by Spring Modulith's Documenter, never by hand.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(TandemApplication.class);
    private static final Path ARCHITECTURE = Path.of("..", "docs", "architecture.md");
    private static final String START = "<!-- modules:start (written by ModularityTest) -->";
    private static final String END = "<!-- modules:end -->";

    @Test
    void modulesKeepTheirBoundariesAndDeclaredDependencies() {
        MODULES.verify();
    }

    @Test
    void theModulePictureInTheDocsIsGeneratedFromTheCode() throws IOException {
        Path output = Path.of("target", "spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(output.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        String picture = Files.readString(output.resolve("components.puml"), StandardCharsets.UTF_8).strip();

        String doc = Files.readString(ARCHITECTURE, StandardCharsets.UTF_8);
        assertThat(doc).contains(START).contains(END);
        String generated = doc.substring(0, doc.indexOf(START) + START.length()) + "\n```plantuml\n" + picture
                + "\n```\n" + doc.substring(doc.indexOf(END));
        Files.writeString(ARCHITECTURE, generated, StandardCharsets.UTF_8);
        assertThat(Files.readString(ARCHITECTURE, StandardCharsets.UTF_8)).contains("@startuml");
    }
}
