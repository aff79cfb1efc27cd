package app.tandem.push;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.IntegrationTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What installing needs is served to anyone, signed in or not, with the types browsers expect. */
class InstallableAssetsTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theServiceWorkerIsServedFromTheRootAsScriptWithoutASignIn() throws Exception {
        HttpResponse<String> worker = get("/sw.js", HttpResponse.BodyHandlers.ofString());

        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
        assertThat(worker.body()).contains("addEventListener('push'", "addEventListener('notificationclick'");
    }

    @Test
    void theManifestNamesTheAppAndItsIconsWhichAreRealPngsOfTheirSizes() throws Exception {
        HttpResponse<String> manifest = get("/manifest.webmanifest", HttpResponse.BodyHandlers.ofString());
        assertThat(manifest.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/manifest+json");
        JsonNode app = JsonMapper.builder().build().readTree(manifest.body());
        assertThat(app.get("display").asString()).isEqualTo("standalone");
        assertThat(app.get("theme_color").asString()).isEqualTo("#2f6f62");

        for (JsonNode icon : app.get("icons")) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                    get(icon.get("src").asString(), HttpResponse.BodyHandlers.ofByteArray()).body()));
            assertThat(image.getWidth() + "x" + image.getHeight()).isEqualTo(icon.get("sizes").asString());
        }
    }

    @Test
    void theOfflinePageNeedsNoSignIn() throws Exception {
        HttpResponse<String> offline = get("/offline.html", HttpResponse.BodyHandlers.ofString());

        assertThat(offline.statusCode()).isEqualTo(200);
        assertThat(offline.body()).contains("You are offline");
    }

    private <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(api().base() + path)).build(), body);
    }
}
