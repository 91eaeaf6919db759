package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dvhc.common.Json;

/**
 * The few W3C WebDriver calls the browser test needs, sent to Debian's chromedriver over HTTP with the JDK's client
 * (no Selenium: four endpoints do not justify its dependency tree). The session records Chrome's performance log,
 * whose Network events are the page's own requests — not the browser's background traffic.
 */
final class ChromeDriverClient implements AutoCloseable {

    private final Process driver;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String session;

    ChromeDriverClient(Path chromedriver, Path chromium, List<String> chromiumArgs) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        driver = new ProcessBuilder(chromedriver.toString(), "--port=" + port).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(driver.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); ; line = out.readLine()) {
            assertThat(line).as("chromedriver started").isNotNull();
            if (line.contains("started successfully")) {
                break;
            }
        }
        Thread drain = new Thread(() -> out.lines().forEach(line -> { }), "chromedriver-output");
        drain.setDaemon(true);
        drain.start();
        base = "http://127.0.0.1:" + port;
        try {
            JsonNode created = call("POST", "/session", Map.of("capabilities", Map.of("alwaysMatch", Map.of(
                    "browserName", "chrome",
                    "goog:chromeOptions", Map.of("binary", chromium.toString(), "args", chromiumArgs),
                    "goog:loggingPrefs", Map.of("performance", "ALL")))));
            session = created.get("value").get("sessionId").asText();
        } catch (IOException | RuntimeException | Error e) {
            driver.destroy();
            throw e;
        }
    }

    void open(URI url) throws Exception {
        call("POST", "/session/" + session + "/url", Map.of("url", url.toString()));
    }

    JsonNode script(String body) throws Exception {
        return call("POST", "/session/" + session + "/execute/sync", Map.of("script", body, "args", List.of()))
                .get("value");
    }

    byte[] screenshot() throws Exception {
        return java.util.Base64.getDecoder().decode(call("GET", "/session/" + session + "/screenshot", null)
                .get("value").asText());
    }

    /** URLs of every request the page sent (Network.requestWillBeSent of the performance log). */
    List<String> pageRequests() throws Exception {
        List<String> urls = new ArrayList<>();
        for (JsonNode entry : call("POST", "/session/" + session + "/se/log", Map.of("type", "performance")).get("value")) {
            JsonNode message = Json.mapper().readTree(entry.get("message").asText()).get("message");
            if ("Network.requestWillBeSent".equals(message.get("method").asText())) {
                urls.add(message.get("params").get("request").get("url").asText());
            }
        }
        return urls;
    }

    private JsonNode call(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(1))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(Json.write(body)));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }

    @Override
    public void close() throws Exception {
        try {
            call("DELETE", "/session/" + session, null);
        } finally {
            driver.destroy();
            driver.waitFor();
        }
    }
}
