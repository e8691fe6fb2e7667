package dev.estsdk.benchmarks.probe;

import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.benchmarks.Targets;
import dev.estsdk.benchmarks.stub.Payloads;
import dev.estsdk.client.EstClient;
import java.util.Locale;

/**
 * Row 7, SDK side, run in a fresh JVM: lists every trunk of the stub's listing project several
 * times with {@code sipTrunks().list()}, authenticating with an OAuth2 token as the official Node
 * SDK does ({@code bench/node/list-trunks.js} is the other side and prints the same lines).
 * Prints {@code SWEEP n items nanos} per sweep, timed from the start of {@code main}, before any
 * SDK class is loaded (sweep 1: class loading, client set-up, the token and every page), or from
 * the end of the previous sweep; then {@value ChildJvm#READY}.
 */
public final class SdkListingProbe {

    private SdkListingProbe() {
    }

    /**
     * @param args the stub's base URL, the number of sweeps and the page size
     */
    public static void main(String[] args) {
        long from = System.nanoTime();
        String url = args[0];
        int sweeps = Integer.parseInt(args[1]);
        int size = Integer.parseInt(args[2]);
        try (EstClient sdk = Targets.sdkWithOAuth(url, url + "/oauth2/token", Payloads.LISTING_PROJECT_ID,
                Payloads.KEY_ID, Payloads.KEY_SECRET)) {
            for (int sweep = 1; sweep <= sweeps; sweep++) {
                long items = 0;
                for (SipTrunk trunk : sdk.sipTrunks().list().withPageSize(size)) {
                    if (trunk.id() == null) {
                        throw new IllegalStateException("sweep " + sweep + ": a trunk without an id");
                    }
                    items++;
                }
                long now = System.nanoTime();
                System.out.println(String.format(Locale.ROOT, "SWEEP %d %d %d", sweep, items, now - from));
                from = now;
            }
        }
        System.out.println(ChildJvm.READY);
    }
}
