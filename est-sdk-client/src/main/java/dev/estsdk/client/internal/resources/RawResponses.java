package dev.estsdk.client.internal.resources;

import feign.FeignException;
import feign.Request;
import feign.Response;
import feign.RetryableException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads responses that are not JSON (the CSV export, packet captures) within the attempt, so
 * the attempt's timeout covers the body too.
 *
 * <p>Feign hands such a response over without looking at its status. An error status is
 * therefore raised here as Feign's own {@link FeignException#errorStatus(String, Response)} (status,
 * headers and body intact), and a body that breaks off as the {@link RetryableException} Feign
 * uses for I/O failures; the call runner maps both like any other Feign failure.
 */
final class RawResponses {

    private static final Pattern FILE_NAME_EXTENDED =
            Pattern.compile("filename\\*\\s*=\\s*([^';]*)'[^']*'([^;]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_NAME =
            Pattern.compile("filename\\s*=\\s*(\"([^\"]*)\"|[^;]+)", Pattern.CASE_INSENSITIVE);

    private RawResponses() {
    }

    /**
     * Reads the whole body of a successful response and closes it.
     *
     * @param operationName names the call in the error, e.g. {@code GetPcap}
     * @param response      the response
     * @return the body; empty when there is none
     * @throws FeignException for a status other than 2xx, or when reading the body fails
     */
    static byte[] bytes(String operationName, Response response) {
        try (response) {
            if (response.status() < 200 || response.status() > 299) {
                throw FeignException.errorStatus(operationName, response);
            }
            if (response.body() == null) {
                return new byte[0];
            }
            try (InputStream in = response.body().asInputStream()) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            String message = "could not read the response of " + operationName;
            Request request = response.request();
            if (request == null) {
                throw new UncheckedIOException(message, e);
            }
            throw new RetryableException(-1, message, request.httpMethod(), e, (Long) null, request);
        }
    }

    /**
     * The file name a response proposes in {@code Content-Disposition}; the RFC 5987
     * {@code filename*} form wins over {@code filename}. Any directory part is dropped, so the
     * name cannot point outside the folder a caller saves into.
     *
     * @param headers the response headers, names in any case
     * @return the bare file name, or null when none is proposed
     */
    static String fileName(Map<String, Collection<String>> headers) {
        String disposition = headers.entrySet().stream()
                .filter(h -> h.getKey() != null && h.getKey().toLowerCase(Locale.ROOT).equals("content-disposition"))
                .flatMap(h -> h.getValue().stream())
                .findFirst().orElse(null);
        if (disposition == null) {
            return null;
        }
        String name = null;
        Matcher extended = FILE_NAME_EXTENDED.matcher(disposition);
        if (extended.find()) {
            name = URLDecoder.decode(extended.group(2).strip().replace("+", "%2B"),
                    extended.group(1).isBlank() ? StandardCharsets.UTF_8 : charset(extended.group(1)));
        } else {
            Matcher plain = FILE_NAME.matcher(disposition);
            if (plain.find()) {
                name = plain.group(2) != null ? plain.group(2) : plain.group(1).strip();
            }
        }
        return bare(name);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String bare(String name) {
        if (name == null) {
            return null;
        }
        String bare = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return bare.isEmpty() || bare.equals(".") || bare.equals("..")
                || bare.chars().anyMatch(Character::isISOControl) ? null : bare;
    }
}
