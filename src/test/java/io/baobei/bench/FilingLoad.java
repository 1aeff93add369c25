package io.baobei.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.baobei.platform.security.DemoUsers;
import io.baobei.support.Filings;

/**
 * Filings per second end to end: {@code clients} threads posting {@code POST /api/filings} over HTTP with
 * basic auth. Each filing is stored, collision-checked, protected and has its approval task open when the
 * 201 answers.
 */
final class FilingLoad {

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicInteger customers = new AtomicInteger(5_000_000);
    private final String baseUrl;
    private final int clients;

    FilingLoad(String baseUrl, int clients) {
        this.baseUrl = baseUrl;
        this.clients = clients;
    }

    /** How fast, and how long each {@code POST /api/filings} took. */
    record Figures(double perSecond, double p50Millis, double p99Millis) {
    }

    /** New customers, all filed by rep1. */
    Figures distinct(int count) throws Exception {
        return fileConcurrently(count, i -> Filings.enterprise(customers.incrementAndGet()), false);
    }

    /**
     * Every tenth filing is by rep2, of a customer rep1 already protects (201 IN_COLLISION), or of one rep2
     * filed earlier in the run when the same customer comes up twice (409).
     */
    Figures withCollisions(int count) throws Exception {
        int firstOfRun = customers.get() + 1;
        return fileConcurrently(count, i -> i % 10 == 9 && customers.get() > firstOfRun
                ? Filings.enterprise(firstOfRun + ThreadLocalRandom.current().nextInt(customers.get() - firstOfRun))
                : Filings.enterprise(customers.incrementAndGet()), true);
    }

    private interface FilingSource {
        Map<String, Object> filing(int i);
    }

    private Figures fileConcurrently(int count, FilingSource source, boolean collisions) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long[] nanos = new long[count];
        long start = System.nanoTime();
        Clients.run(clients, client -> {
            int i;
            while ((i = next.getAndIncrement()) < count) {
                String rep = collisions && i % 10 == 9 ? "rep2" : "rep1";
                Map<String, Object> filing = source.filing(i);
                long sent = System.nanoTime();
                HttpResponse<String> response = post(rep, filing);
                nanos[i] = System.nanoTime() - sent;
                if (response.statusCode() != 201 && response.statusCode() != 409) {
                    throw new IllegalStateException("POST /api/filings → " + response.statusCode() + ": " + response.body());
                }
            }
        });
        double perSecond = count / ((System.nanoTime() - start) / 1e9);
        Arrays.sort(nanos);
        return new Figures(perSecond, nanos[(int) (count * 0.50)] / 1e6, nanos[Math.min(count - 1, (int) (count * 0.99))] / 1e6);
    }

    private HttpResponse<String> post(String rep, Map<String, Object> filing) throws IOException, InterruptedException {
        String auth = Base64.getEncoder().encodeToString((rep + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/filings"))
                .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(filing))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
