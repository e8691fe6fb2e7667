package consumer;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.client.EstClient;
import dev.estsdk.client.EstCredentials;
import dev.estsdk.testkit.EstSimulator;

/** Creates and lists a trunk on the simulator through the client; fails on the wrong Jackson. */
public final class Main {

    public static void main(String[] args) {
        String expectedJackson = args[0];
        String jackson = PackageVersion.VERSION.toString();
        if (!jackson.equals(expectedJackson)) {
            throw new IllegalStateException("Jackson " + jackson + " on the class path, expected " + expectedJackson);
        }
        try (EstSimulator sim = EstSimulator.start();
             EstClient est = EstClient.builder().projectId(sim.projectId())
                     .baseUrl(sim.baseUrl()).authUrl(sim.authUrl())
                     .credentials(EstCredentials.oauth(sim.keyId(), sim.keySecret())).build()) {
            SipTrunk created = est.sipTrunks().create(t -> t.name("Consumer").hostName("consumer"));
            long listed = est.sipTrunks().list().stream().filter(t -> t.id().equals(created.id())).count();
            if (listed != 1) {
                throw new IllegalStateException("the created trunk was listed " + listed + " times");
            }
            System.out.println("bom-consumer: created and listed trunk " + created.domain() + " with Jackson " + jackson);
        }
    }
}
