package dev.estsdk.benchmarks.twilio;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stateless Twilio stub on {@code 127.0.0.1} for rows 11a to 11d, serving what
 * {@link TwilioPayloads} renders (pages of size {@value TwilioPayloads#MAX_PAGE_SIZE} rendered once
 * at start-up, so the server's cost is the same whichever client calls):
 * <ul>
 *   <li>{@code GET /v1/Trunks/{TRUNK_SID}} — one trunk;</li>
 *   <li>{@code GET /2010-04-01/Accounts/{ACCOUNT_SID}/IncomingPhoneNumbers.json?PageSize=&Page=} —
 *       {@value TwilioPayloads#PHONE_NUMBER_COUNT} numbers, each page linking the next with
 *       {@code next_page_uri}.</li>
 * </ul>
 * Anything else answers 404 in Twilio's error shape. Credentials and the Host header are not
 * checked: twilio-java addresses {@code *.twilio.com} and is routed here by
 * {@link TwilioTargets#twilioJava}.
 */
public final class TwilioStub implements AutoCloseable {

    private static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService executor;
    private final byte[] trunk = TwilioPayloads.trunk();
    private final byte[][] numberPages;
    private final AtomicLong requests = new AtomicLong();

    private TwilioStub(HttpServer server) {
        this.server = server;
        numberPages = new byte[TwilioPayloads.PHONE_NUMBER_COUNT / TwilioPayloads.MAX_PAGE_SIZE][];
        for (int i = 0; i < numberPages.length; i++) {
            numberPages[i] = TwilioPayloads.phoneNumberPage(i, TwilioPayloads.MAX_PAGE_SIZE);
        }
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "bench-twilio-stub-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /**
     * Starts the stub on a free port of {@code 127.0.0.1}.
     *
     * @return the running stub
     * @throws IOException if the port cannot be bound
     */
    public static TwilioStub start() throws IOException {
        // As in StubServer: without TCP_NODELAY every small answer waits for a delayed ACK.
        if (System.getProperty(NODELAY_PROPERTY) == null) {
            System.setProperty(NODELAY_PROPERTY, "true");
        }
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        TwilioStub stub = new TwilioStub(http);
        http.start();
        return stub;
    }

    /** @return the base URL of both APIs, e.g. {@code http://127.0.0.1:40123} */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** @return how many requests the stub has answered */
    public long requestCount() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            body.transferTo(OutputStream.nullOutputStream());
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getRawPath();
            if (!exchange.getRequestMethod().equals("GET")) {
                send(exchange, 405, TwilioPayloads.error(405, "The benchmark stub only reads"));
            } else if (path.equals(TwilioPayloads.TRUNK_PATH)) {
                send(exchange, 200, trunk);
            } else if (path.equals(TwilioPayloads.NUMBERS_PATH)) {
                String query = exchange.getRequestURI().getRawQuery();
                send(exchange, 200, numberPage(intParameter(query, "Page", 0), intParameter(query, "PageSize", 50)));
            } else {
                send(exchange, 404, TwilioPayloads.error(404, "The requested resource " + path + " was not found"));
            }
        }
    }

    private byte[] numberPage(int page, int size) {
        if (size == TwilioPayloads.MAX_PAGE_SIZE && page >= 0 && page < numberPages.length) {
            return numberPages[page];
        }
        return TwilioPayloads.phoneNumberPage(Math.max(page, 0), Math.max(size, 1));
    }

    private static int intParameter(String query, String name, int fallback) {
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).equals(name)) {
                    try {
                        return Integer.parseInt(pair.substring(eq + 1));
                    } catch (NumberFormatException e) {
                        return fallback;
                    }
                }
            }
        }
        return fallback;
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Stops the stub at once. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
