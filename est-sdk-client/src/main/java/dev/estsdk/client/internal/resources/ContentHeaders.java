package dev.estsdk.client.internal.resources;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the headers of a non-JSON answer say about its body: the file name proposed in
 * {@code Content-Disposition} and the charset of {@code Content-Type}.
 */
final class ContentHeaders {

    private static final Pattern FILE_NAME_EXTENDED =
            Pattern.compile("filename\\*\\s*=\\s*([^';]*)'[^']*'([^;]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_NAME =
            Pattern.compile("filename\\s*=\\s*(\"([^\"]*)\"|[^;]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET =
            Pattern.compile(";\\s*charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

    private ContentHeaders() {
    }

    /**
     * The file name an answer proposes in {@code Content-Disposition}; the RFC 5987
     * {@code filename*} form wins over {@code filename}. Any directory part is dropped, so the
     * name cannot point outside the folder a caller saves into.
     *
     * @param headers the answer's headers, names in any case
     * @return the bare file name, or null when none is proposed
     */
    static String fileName(Map<String, ? extends Collection<String>> headers) {
        String disposition = header(headers, "content-disposition").orElse(null);
        if (disposition == null) {
            return null;
        }
        String name = null;
        Matcher extended = FILE_NAME_EXTENDED.matcher(disposition);
        if (extended.find()) {
            Charset charset = extended.group(1).isBlank() ? StandardCharsets.UTF_8 : charset(extended.group(1));
            name = URLDecoder.decode(extended.group(2).strip().replace("+", "%2B"), charset);
        } else {
            Matcher plain = FILE_NAME.matcher(disposition);
            if (plain.find()) {
                name = plain.group(2) != null ? plain.group(2) : plain.group(1).strip();
            }
        }
        return bare(name);
    }

    /**
     * The charset {@code Content-Type} announces.
     *
     * @param headers the answer's headers, names in any case
     * @return the charset; UTF-8 when none or an unknown one is announced
     */
    static Charset charset(Map<String, ? extends Collection<String>> headers) {
        return header(headers, "content-type")
                .map(CHARSET::matcher)
                .filter(Matcher::find)
                .map(m -> charset(m.group(1)))
                .orElse(StandardCharsets.UTF_8);
    }

    private static Optional<String> header(Map<String, ? extends Collection<String>> headers, String lowerCaseName) {
        return headers.entrySet().stream()
                .filter(h -> h.getKey() != null && h.getKey().toLowerCase(Locale.ROOT).equals(lowerCaseName))
                .flatMap(h -> h.getValue().stream())
                .findFirst();
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
