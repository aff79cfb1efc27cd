import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens N server-sent event streams (/api/v1/events) against a running Tandem and holds them,
 * so the server's heap, RSS and threads can be read with N streams open (bench/sse.sh).
 * Usage: java bench/SseStreams.java <base-url> <token> <n> <hold-seconds>
 */
public class SseStreams {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int n = Integer.parseInt(args[2]);
        int hold = Integer.parseInt(args[3]);
        AtomicInteger open = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch answered = new CountDownLatch(n);
        List<HttpClient> clients = new ArrayList<>();
        // Several clients: one HttpClient's selector thread serves all of its connections.
        for (int c = 0; c < Math.max(1, n / 500); c++) {
            clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/events"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
        for (int i = 0; i < n; i++) {
            clients.get(i % clients.size()).sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                    .whenComplete((response, error) -> {
                        if (error == null && response.statusCode() == 200) {
                            open.incrementAndGet();
                            Thread.ofVirtual().start(() -> drain(response.body()));
                        } else {
                            failed.incrementAndGet();
                        }
                        answered.countDown();
                    });
            if (i % 100 == 99) {
                Thread.sleep(50); // a burst of reconnects, not a SYN flood
            }
        }
        answered.await(60, TimeUnit.SECONDS);
        System.out.println("open=" + open.get() + " failed=" + failed.get());
        Thread.sleep(hold * 1000L);
        System.exit(0);
    }

    private static void drain(InputStream body) {
        byte[] buffer = new byte[256];
        try (body) {
            while (body.read(buffer) >= 0) {
                // pings and "changed" events: read and forget
            }
        } catch (java.io.IOException ended) {
            // the stream ended
        }
    }
}
