package io.baobei.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A group robot (企业微信 / 钉钉 群机器人): a JSON text message POSTed to the configured webhook URL.
 * Both accept {@code {"msgtype": "text", "text": {"content": "..."}}}.
 */
@Component
public class WebhookChannel implements ExternalChannel {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json;
    private final NotificationProperties properties;

    public WebhookChannel(ObjectMapper json, NotificationProperties properties) {
        this.json = json;
        this.properties = properties;
    }

    @Override
    public boolean configured() {
        return properties.webhookConfigured();
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public void send(OutboxMessage message) throws Exception {
        String payload = json.writeValueAsString(Map.of("msgtype", "text",
                "text", Map.of("content", "【" + message.subject() + "】\n" + message.body())));
        HttpRequest request = HttpRequest.newBuilder(URI.create(message.destination()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("webhook answered " + response.statusCode());
        }
    }
}
