package dev.estsdk.examples.cli;

import dev.estsdk.api.model.Transport;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --transport}: one of UDP, TCP and TLS, in any case. */
final class TransportConverter implements ITypeConverter<Transport> {

    @Override
    public Transport convert(String value) {
        Transport t = Transport.of(value);
        if (!t.isKnown()) {
            throw new TypeConversionException("expected one of udp, tcp, tls (was '" + value + "')");
        }
        return t;
    }
}
