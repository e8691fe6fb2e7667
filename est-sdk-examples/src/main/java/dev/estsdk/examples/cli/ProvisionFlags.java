package dev.estsdk.examples.cli;

import dev.estsdk.api.model.Transport;
import java.util.List;

/**
 * What was given on the {@code est provision} command line; null where a flag was left out.
 *
 * @param direction {@code --direction}
 * @param auth {@code --auth}
 * @param endpoint {@code --endpoint}
 * @param hostName {@code --host-name}
 * @param numbers {@code --number}, possibly empty
 * @param ip {@code --ip}
 * @param endpointAddress {@code --endpoint-address}
 * @param port {@code --port}
 * @param transport {@code --transport}
 * @param sipUsername {@code --sip-username}
 */
record ProvisionFlags(CallDirection direction, AuthMethod auth, EndpointType endpoint, String hostName,
        List<String> numbers, String ip, String endpointAddress, int port, Transport transport, String sipUsername) {

    ProvisionFlags {
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
    }
}
