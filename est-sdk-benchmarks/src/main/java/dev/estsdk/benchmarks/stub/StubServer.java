package dev.estsdk.benchmarks.stub;

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
 * A minimal, stateless EST stub on {@code 127.0.0.1} for the per-call, decoding, pagination and
 * cold-start measurements. Every answer is rendered once at start-up, so the server costs the
 * same few microseconds whichever client calls it and the measured difference is the client's.
 * It serves:
 * <ul>
 *   <li>{@code POST /oauth2/token} — a token valid for an hour;</li>
 *   <li>{@code GET /v1/projects/bench-project/trunks/{TRUNK_ID}} — one trunk;</li>
 *   <li>{@code GET /v1/projects/bench-project/trunks} — all {@value Payloads#TRUNK_COUNT} trunks on one page;</li>
 *   <li>{@code GET /v1/projects/bench-project/phoneNumbers?page=&size=} — {@value Payloads#PHONE_NUMBER_COUNT}
 *       numbers, pages of size 500 pre-rendered, other sizes rendered per request;</li>
 *   <li>{@code GET /v1/projects/bench-listing/trunks?page=&size=} — {@value Payloads#LISTING_TRUNK_COUNT}
 *       trunks, pages of size 500 pre-rendered, other sizes rendered per request (see
 *       {@link Payloads#listingTrunkPage}).</li>
 * </ul>
 * Anything else answers 404 in the service's error shape. Credentials are not checked.
 */
public final class StubServer implements AutoCloseable {

    private static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";
    private static final String PREFIX = "/v1/projects/" + Payloads.PROJECT_ID;
    private static final String LISTING = "/v1/projects/" + Payloads.LISTING_PROJECT_ID + "/trunks";

    private final HttpServer server;
    private final ExecutorService executor;
    private final byte[] trunk = Payloads.trunk();
    private final byte[] trunkPage = Payloads.trunkPage();
    private final byte[][] numberPages;
    private final byte[][] listingPages;
    private final byte[] token = Payloads.token();
    private final byte[] trunkPageGzip = gzip(trunkPage);
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong bodyBytesSent = new AtomicLong();

    private StubServer(HttpServer server) {
        this.server = server;
        int pages = Payloads.PHONE_NUMBER_COUNT / Payloads.MAX_PAGE_SIZE;
        this.numberPages = new byte[pages][];
        for (int i = 0; i < pages; i++) {
            numberPages[i] = Payloads.phoneNumberPage(i + 1, Payloads.MAX_PAGE_SIZE);
        }
        this.listingPages = new byte[Payloads.LISTING_TRUNK_COUNT / Payloads.MAX_PAGE_SIZE][];
        for (int i = 0; i < listingPages.length; i++) {
            listingPages[i] = Payloads.listingTrunkPage(i + 1, Payloads.MAX_PAGE_SIZE);
        }
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "bench-stub-" + threads.incrementAndGet());
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
    public static StubServer start() throws IOException {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's
        // delayed ACK, and every small answer waits ~40 ms. The property is read once, on first use.
        if (System.getProperty(NODELAY_PROPERTY) == null) {
            System.setProperty(NODELAY_PROPERTY, "true");
        }
        // A backlog with room for the 1,000 connections a burst of row 9 opens at once.
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        StubServer stub = new StubServer(http);
        http.start();
        return stub;
    }

    /** @return the base URL, e.g. {@code http://127.0.0.1:40123} */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** @return the token URL */
    public String authUrl() {
        return baseUrl() + "/oauth2/token";
    }

    /** @return how many response body bytes the stub has written, as sent (compressed or not) */
    public long bodyBytesSent() {
        return bodyBytesSent.get();
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
            String method = exchange.getRequestMethod();
            if (method.equals("POST") && path.equals("/oauth2/token")) {
                send(exchange, 200, token);
            } else if (!method.equals("GET")) {
                send(exchange, 405, Payloads.error(405, "METHOD_NOT_ALLOWED", "the benchmark stub only reads"));
            } else if (path.equals(PREFIX + "/trunks/" + Payloads.TRUNK_ID)) {
                send(exchange, 200, trunk);
            } else if (path.equals(PREFIX + "/trunks")) {
                String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
                if (accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("gzip")) {
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                    send(exchange, 200, trunkPageGzip);
                } else {
                    send(exchange, 200, trunkPage);
                }
            } else if (path.equals(PREFIX + "/phoneNumbers")) {
                Query query = Query.parse(exchange.getRequestURI().getRawQuery());
                send(exchange, 200, numberPage(query.intValue("page", 1), query.intValue("size", Payloads.MAX_PAGE_SIZE)));
            } else if (path.equals(LISTING)) {
                Query query = Query.parse(exchange.getRequestURI().getRawQuery());
                send(exchange, 200, listingPage(query.intValue("page", 1), query.intValue("size", Payloads.MAX_PAGE_SIZE)));
            } else {
                send(exchange, 404, Payloads.error(404, "NO_RESOURCE_FOUND", "not served by the benchmark stub"));
            }
        }
    }

    private byte[] numberPage(int page, int size) {
        if (size == Payloads.MAX_PAGE_SIZE && page >= 1 && page <= numberPages.length) {
            return numberPages[page - 1];
        }
        return Payloads.phoneNumberPage(Math.max(page, 1), Math.max(size, 1));
    }

    private byte[] listingPage(int page, int size) {
        if (size == Payloads.MAX_PAGE_SIZE && page >= 1 && page <= listingPages.length) {
            return listingPages[page - 1];
        }
        return Payloads.listingTrunkPage(Math.max(page, 1), Math.max(size, 1));
    }

    private static byte[] gzip(byte[] body) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bytes)) {
            out.write(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        bodyBytesSent.addAndGet(body.length);
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
