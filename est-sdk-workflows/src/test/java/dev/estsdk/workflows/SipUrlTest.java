package dev.estsdk.workflows;

import dev.estsdk.api.model.StaticEndpoint;
import dev.estsdk.api.model.Transport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Origination URLs as the Twilio reference §12 writes them, and as others may have written them. */
class SipUrlTest {

    @Test
    void of_writesAddressPortAndLowerCaseTransport() {
        StaticEndpoint e = new StaticEndpoint(null, null, "sbc", "pbx.example.com", 5080, Transport.TCP, 1, true,
                null, null, null);

        assertThat(SipUrl.of(e)).isEqualTo("sip:pbx.example.com:5080;transport=tcp");
    }

    @Test
    void parse_readsBackWhatOfWrote() {
        StaticEndpoint e = new StaticEndpoint(null, null, "sbc", "203.0.113.10", 5061, Transport.TLS, 1, true,
                null, null, null);

        assertThat(SipUrl.parse(SipUrl.of(e))).isEqualTo(new SipUrl("203.0.113.10", 5061, Transport.TLS));
    }

    @Test
    void parse_dropsUserPartHeadersAndOtherParameters_andDefaultsThePortByTransport() {
        assertThat(SipUrl.parse("sip:+14155550100@pbx.example.com;edge=dublin;transport=tls?X-Acme=1"))
                .isEqualTo(new SipUrl("pbx.example.com", 5061, Transport.TLS));
        assertThat(SipUrl.parse("sip:198.51.100.99"))
                .isEqualTo(new SipUrl("198.51.100.99", 5060, Transport.UDP));
        assertThat(SipUrl.parse("SIP:198.51.100.99:5070;Transport=TCP"))
                .isEqualTo(new SipUrl("198.51.100.99", 5070, Transport.TCP));
    }
}
