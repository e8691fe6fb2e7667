package dev.estsdk.client.internal;

import dev.estsdk.api.model.Secret;
import dev.estsdk.client.EstCredentials;
import dev.estsdk.core.internal.Authorizer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** HTTP Basic authentication with the access key on every request. */
final class BasicAuthorizer implements Authorizer {

    private final Secret header;
    private final Secret keySecret;

    BasicAuthorizer(EstCredentials credentials) {
        this.keySecret = credentials.keySecret();
        this.header = Secret.of(basic(credentials));
    }

    /** The {@code Basic ...} header value for the key. */
    static String basic(EstCredentials credentials) {
        String pair = credentials.keyId() + ":" + credentials.keySecret().reveal();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public CompletableFuture<String> authorization(Duration budget) {
        return CompletableFuture.completedFuture(header.reveal());
    }

    @Override
    public boolean rejected(String authorization) {
        return false;
    }

    @Override
    public Collection<Secret> secrets() {
        return List.of(keySecret, header);
    }

    @Override
    public String toString() {
        return "BasicAuthorizer[***]";
    }
}
