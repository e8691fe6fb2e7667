package dev.estsdk.core.internal;

import dev.estsdk.api.model.Secret;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * HTTP Basic authentication with one fixed user name and password on every attempt. A 401 is
 * never replayed: the same credentials would be refused again.
 */
public final class HttpBasicAuthorizer implements Authorizer {

    private final Secret password;
    private final Secret header;

    /**
     * Basic credentials.
     *
     * @param username the user name (an account or key id), never secret
     * @param password the password (a token or key secret)
     */
    public HttpBasicAuthorizer(String username, Secret password) {
        Objects.requireNonNull(username, "username");
        this.password = Objects.requireNonNull(password, "password");
        String pair = username + ":" + password.reveal();
        this.header = Secret.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
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
        return List.of(password, header);
    }

    @Override
    public String toString() {
        return "HttpBasicAuthorizer[***]";
    }
}
