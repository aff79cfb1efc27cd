package app.tandem.coach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class CoachCliTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static List<JsonNode> run(String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CoachCli.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
        return out.toString(StandardCharsets.UTF_8).lines().map(JSON::readTree).toList();
    }

    @Test
    void answersEveryLineInOrderAndGoesOnAfterMalformedOnes() {
        List<JsonNode> out = run(String.join("\n",
                "{\"id\":\"a\",\"kind\":\"reply\",\"text\":\"Yeah, but I already made plans.\"}",
                "this is not json",
                "{\"id\":\"b\",\"kind\":\"bid\",\"text\":\"hi\"}",
                "{\"id\":\"c\",\"kind\":\"need\"}",
                "",
                "[1,2]",
                "{\"id\":7,\"kind\":\"NEED\",\"text\":\"I need you to stop by the bakery.\",\"labels\":[]}",
                "{\"id\":\"d\",\"kind\":\"need\",\"text\":42}"));
        assertThat(out).hasSize(7);
        assertThat(out.get(0).get("id").asString()).isEqualTo("a");
        assertThat(out.get(0).get("labels").get(0).asString()).isEqualTo("dismissal");
        JsonNode finding = out.get(0).get("findings").get(0);
        assertThat(finding.get("label").asString()).isEqualTo("dismissal");
        assertThat(finding.get("trigger").asString()).isEqualTo("Yeah, but");
        assertThat(finding.get("start").asInt()).isZero();
        assertThat(finding.get("end").asInt()).isEqualTo(9);
        assertThat(finding.has("explanation")).isTrue();
        assertThat(finding.has("antidote")).isTrue();
        assertThat(out.get(0).get("suggestion").asString()).isNotBlank();

        assertThat(out.get(1).get("id").isNull()).isTrue();
        assertThat(out.get(1).get("error").asString()).isNotBlank();
        assertThat(out.get(2).get("id").asString()).isEqualTo("b");
        assertThat(out.get(2).get("error").asString()).contains("kind");
        assertThat(out.get(3).get("id").asString()).isEqualTo("c");
        assertThat(out.get(3).get("error").asString()).contains("text");
        assertThat(out.get(4).get("error").asString()).isNotBlank();
        assertThat(out.get(5).get("id").asInt()).isEqualTo(7);
        assertThat(out.get(5).get("labels")).isEmpty();
        assertThat(out.get(5).get("suggestion").isNull()).isTrue();
        assertThat(out.get(6).get("error").asString()).contains("text");
    }

    @Test
    void errorsNeverEchoThePartnersText() {
        List<JsonNode> out = run("{\"id\":1,\"kind\":\"nope\",\"text\":\"my secret words\"}\n{broken my secret words\n");
        assertThat(out).allSatisfy(n -> assertThat(n.toString()).doesNotContain("secret"));
    }

    @Test
    void readsReflectionsAndNamesTheLayerOfEachFinding() {
        List<JsonNode> out = run(String.join("\n",
                "{\"id\":\"r\",\"kind\":\"reflection\",\"text\":\"What I hear is you never get to rest.\"}",
                "{\"id\":\"n\",\"kind\":\"need\",\"text\":\"You never help. I need you to do bath time.\"}"));
        assertThat(out.get(0).get("labels")).isEmpty();
        assertThat(out.get(1).get("findings").get(0).get("layer").asString()).isIn("rules", "semantic");
    }

    @Test
    void rulesOnlyGivesOnlyRuleFindings() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String in = "{\"id\":1,\"kind\":\"reply\",\"text\":\"Whatever.\"}\n";
        CoachCli.run(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), out, app.tandem.coach.Coach.rulesOnly());
        JsonNode line = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(line.get("labels").get(0).asString()).isEqualTo("stonewalling");
        assertThat(line.get("findings").get(0).get("layer").asString()).isEqualTo("rules");
    }

    @Test
    void emptyInputGivesEmptyOutput() {
        assertThat(run("")).isEmpty();
    }
}
