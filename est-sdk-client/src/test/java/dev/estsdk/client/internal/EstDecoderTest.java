package dev.estsdk.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import feign.Request;
import feign.Response;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EstDecoderTest {

    private static final Request REQUEST = Request.create(Request.HttpMethod.GET, "http://127.0.0.1/v1/x",
            Map.of(), null, StandardCharsets.UTF_8, null);

    private final EstDecoder decoder = new EstDecoder(EstJson.create());

    record Named(String name) {
    }

    @Test
    void decode_readsUtf8JsonFromTheBufferedBytes() throws Exception {
        Object decoded = decoder.decode(response(200, "application/json", "{\"name\":\"Åsa → ☎\"}",
                StandardCharsets.UTF_8), Named.class);

        assertThat(decoded).isEqualTo(new Named("Åsa → ☎"));
    }

    @Test
    void decode_whenContentTypeNamesAnotherCharset_readsTheTextInThatCharset() throws Exception {
        Object latin1 = decoder.decode(response(200, "application/json; charset=ISO-8859-1",
                "{\"name\":\"Åsa\"}", StandardCharsets.ISO_8859_1), Named.class);
        Object utf16 = decoder.decode(response(200, "application/json; charset=UTF-16",
                "{\"name\":\"Åsa\"}", StandardCharsets.UTF_16), Named.class);

        assertThat(latin1).isEqualTo(new Named("Åsa"));
        assertThat(utf16).isEqualTo(new Named("Åsa"));
    }

    @Test
    void decode_whenBodyIsEmpty_returnsNull() throws Exception {
        assertThat(decoder.decode(response(200, "application/json", "", StandardCharsets.UTF_8), Named.class))
                .isNull();
    }

    @Test
    void decode_whenLengthIsUnknown_readsTheStreamAndTakesAnEmptyOneAsNull() throws Exception {
        Response json = Response.builder().status(200).request(REQUEST).headers(Map.of())
                .body(new ByteArrayInputStream("{\"name\":\"t1\"}".getBytes(StandardCharsets.UTF_8)), null)
                .build();
        Response empty = Response.builder().status(200).request(REQUEST).headers(Map.of())
                .body(new ByteArrayInputStream(new byte[0]), null).build();

        assertThat(decoder.decode(json, Named.class)).isEqualTo(new Named("t1"));
        assertThat(decoder.decode(empty, Named.class)).isNull();
    }

    @Test
    void decode_ofABodyOtherThanTheBufferingClients_readsItsStream() throws Exception {
        Response json = Response.builder().status(200).request(REQUEST).headers(Map.of())
                .body("{\"name\":\"t1\"}".getBytes(StandardCharsets.UTF_8)).build();

        assertThat(decoder.decode(json, Named.class)).isEqualTo(new Named("t1"));
    }

    @Test
    void decode_asBytesOrText_returnsTheBodyAsItIs() throws Exception {
        byte[] pcap = {(byte) 0xd4, (byte) 0xc3, (byte) 0xb2, (byte) 0xa1, 0, 1};
        Response download = Response.builder().status(200).request(REQUEST).headers(Map.of())
                .body(pcap).build();

        assertThat((byte[]) decoder.decode(download, byte[].class)).isEqualTo(pcap);
        assertThat(decoder.decode(response(200, "text/csv", "id,from\n1,+12025550101\n", StandardCharsets.UTF_8),
                String.class)).isEqualTo("id,from\n1,+12025550101\n");
    }

    @Test
    void decode_when204OrNoBody_returnsTheEmptyValueOfTheType() throws Exception {
        Response noContent = response(204, "application/json", "{\"name\":\"ignored\"}", StandardCharsets.UTF_8);
        Response noBody = Response.builder().status(200).request(REQUEST).headers(Map.of()).build();

        assertThat(decoder.decode(noContent, Optional.class)).isEqualTo(Optional.empty());
        assertThat(decoder.decode(noBody, Named.class)).isNull();
    }

    @Test
    void decode_whenJsonIsMalformed_failsWithJacksonsError() {
        assertThatThrownBy(() -> decoder.decode(response(200, "application/json", "{\"name\":", StandardCharsets.UTF_8),
                Named.class)).isInstanceOf(JsonProcessingException.class);
    }

    private static Response response(int status, String contentType, String body, Charset charset) {
        Map<String, Collection<String>> headers = Map.of("content-type", List.of(contentType));
        return Response.builder().status(status).request(REQUEST).headers(headers)
                .body(body.getBytes(charset)).build();
    }
}
