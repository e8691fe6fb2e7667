package dev.estsdk.workflows;

import dev.estsdk.api.model.StaticEndpoint;
import dev.estsdk.api.model.Transport;

import java.util.Locale;

/**
 * A Twilio origination URL as a static endpoint and back, per the Twilio reference §12:
 * {@code sip:address:port;transport=udp|tcp|tls}. A user part and other parameters of a URL made
 * elsewhere are dropped when read; a missing port reads as 5060 (5061 for TLS).
 *
 * @param host      the address or host name
 * @param port      the port
 * @param transport the transport
 */
record SipUrl(String host, int port, Transport transport) {

    static String of(StaticEndpoint endpoint) {
        Transport transport = endpoint.transport() == null ? Transport.UDP : endpoint.transport();
        return "sip:" + endpoint.address() + ":" + endpoint.port() + ";transport="
                + transport.value().toLowerCase(Locale.ROOT);
    }

    static SipUrl parse(String url) {
        int headers = url.indexOf('?');
        String rest = headers >= 0 ? url.substring(0, headers) : url;
        int colon = rest.indexOf(':');
        if (colon >= 0 && (rest.regionMatches(true, 0, "sip:", 0, 4) || rest.regionMatches(true, 0, "sips:", 0, 5))) {
            rest = rest.substring(colon + 1);
        }
        String params = "";
        int semicolon = rest.indexOf(';');
        if (semicolon >= 0) {
            params = rest.substring(semicolon + 1);
            rest = rest.substring(0, semicolon);
        }
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            rest = rest.substring(at + 1);
        }
        Transport transport = Transport.UDP;
        for (String param : params.split(";")) {
            if (param.regionMatches(true, 0, "transport=", 0, 10)) {
                transport = Transport.of(param.substring(10).toUpperCase(Locale.ROOT));
            }
        }
        String host = rest;
        int port = Transport.TLS.equals(transport) ? 5061 : StaticEndpoint.DEFAULT_PORT;
        int portColon = rest.lastIndexOf(':');
        if (portColon > 0 && rest.indexOf(']') < portColon) {
            try {
                port = Integer.parseInt(rest.substring(portColon + 1));
                host = rest.substring(0, portColon);
            } catch (NumberFormatException e) {
                host = rest;
            }
        }
        return new SipUrl(host, port, transport);
    }
}
