package nl.plekwijzer.devstack.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Follows a Server-Sent Events endpoint of the service under test, as a browser would. */
public final class ServerSentEvents {

    private ServerSentEvents() {
    }

    /**
     * Opens the stream with the bearer token and returns its lines as they come (a live list), once
     * the service has answered 200; fails otherwise.
     */
    public static List<String> follow(URI stream, String token) throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .sendAsync(HttpRequest.newBuilder(stream).header("Authorization", "Bearer " + token)
                        .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines())
                .get(10, TimeUnit.SECONDS);
        if (response.statusCode() != 200) {
            throw new AssertionError("The stream " + stream + " answered " + response.statusCode());
        }
        Thread reader = new Thread(() -> response.body().forEach(lines::add), "sse-reader");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }
}
