package dev.estsdk.testkit.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TwilioSipEdgeTest {

    @RegisterExtension
    static TwilioSimulatorExtension twilio = TwilioSimulatorExtension.create();

    private static final String DOMAIN = "edge.pstn.twilio.com";
    private static final String PASSWORD = "IWasAtSignal2018";

    private TwilioHttp http;
    private String trunk;

    @BeforeEach
    void setUp() {
        http = new TwilioHttp(twilio.simulator());
        trunk = http.trunk(DOMAIN);
    }

    private TwilioSipResult invite(TwilioSipInvite invite) {
        return twilio.simulator().sip().invite(invite);
    }

    private void associateAcl(String... cidrs) {
        http.post("/v1/Trunks/" + trunk + "/IpAccessControlLists", "IpAccessControlListSid", http.acl("HQ", cidrs));
    }

    private void associateCredentials(String username) {
        http.post("/v1/Trunks/" + trunk + "/CredentialLists", "CredentialListSid",
                http.credentialList("users", username, PASSWORD));
    }

    @Nested
    class Termination {

        @Test
        void unknownDomain_is404() {
            TwilioSipResult r = invite(TwilioSipInvite.termination("203.0.113.7", "+14155550100", "nobody.pstn.twilio.com"));
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.trunkSid()).isNull();
        }

        @Test
        void trunkWithoutAnyAuthentication_is403() {
            TwilioSipResult r = invite(TwilioSipInvite.termination("203.0.113.7", "+14155550100", DOMAIN));
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.explanation()).contains("no IP access control list and no credential list");
        }

        @Test
        void ipAcl_admitsOnlySourcesInItsNetworks() {
            associateAcl("203.0.113.0/28", "198.51.100.10/32");
            assertThat(invite(TwilioSipInvite.termination("203.0.113.15", "+14155550100", DOMAIN)).status()).isEqualTo(200);
            assertThat(invite(TwilioSipInvite.termination("198.51.100.10", "+14155550100", DOMAIN)).status()).isEqualTo(200);
            assertThat(invite(TwilioSipInvite.termination("203.0.113.16", "+14155550100", DOMAIN)).status()).isEqualTo(403);
            assertThat(invite(TwilioSipInvite.termination("198.51.100.11", "+14155550100", DOMAIN)).status()).isEqualTo(403);
        }

        @Test
        void credentialList_challenges_thenChecksTheDigest() {
            associateCredentials("pbx");
            TwilioSipInvite bare = TwilioSipInvite.termination("192.0.2.1", "+14155550100", DOMAIN);
            assertThat(invite(bare).status()).isEqualTo(407);
            assertThat(invite(bare.withDigest("pbx", PASSWORD)).status()).isEqualTo(200);
            assertThat(invite(bare.withDigest("pbx", "WrongPassword1")).status()).isEqualTo(403);
            assertThat(invite(bare.withDigest("other", PASSWORD)).status()).isEqualTo(403);
        }

        @Test
        void withBothSchemes_bothAreEnforced() {
            associateAcl("203.0.113.0/24");
            associateCredentials("pbx");
            TwilioSipInvite fromAcl = TwilioSipInvite.termination("203.0.113.7", "+14155550100", DOMAIN);
            assertThat(invite(fromAcl).status()).isEqualTo(407);
            assertThat(invite(fromAcl.withDigest("pbx", PASSWORD)).status()).isEqualTo(200);
            assertThat(invite(TwilioSipInvite.termination("192.0.2.1", "+14155550100", DOMAIN).withDigest("pbx", PASSWORD))
                    .status()).isEqualTo(403);
        }

        @Test
        void changesTakeEffectAtOnce_removingTheAclStopsTraffic() {
            String acl = http.acl("HQ", "203.0.113.0/24");
            http.post("/v1/Trunks/" + trunk + "/IpAccessControlLists", "IpAccessControlListSid", acl);
            TwilioSipInvite call = TwilioSipInvite.termination("203.0.113.7", "+14155550100", DOMAIN);
            assertThat(invite(call).status()).isEqualTo(200);
            http.delete("/v1/Trunks/" + trunk + "/IpAccessControlLists/" + acl);
            assertThat(invite(call).status()).isEqualTo(403);
        }

        @Test
        void secureTrunk_refusesNonTls() {
            associateAcl("203.0.113.0/24");
            http.post("/v1/Trunks/" + trunk, "Secure", "true");
            TwilioSipInvite call = TwilioSipInvite.termination("203.0.113.7", "+14155550100", DOMAIN);
            assertThat(invite(call).status()).isEqualTo(488);
            assertThat(invite(call.overTransport("TCP")).status()).isEqualTo(488);
            assertThat(invite(call.overTransport("tls")).status()).isEqualTo(200);
        }

        @Test
        void nonE164Number_is400() {
            associateAcl("203.0.113.0/24");
            assertThat(invite(TwilioSipInvite.termination("203.0.113.7", "4155550100", DOMAIN)).status()).isEqualTo(400);
        }

        @Test
        void domainMatch_isCaseInsensitive() {
            associateAcl("203.0.113.0/24");
            assertThat(invite(TwilioSipInvite.termination("203.0.113.7", "+14155550100", "EDGE.pstn.twilio.com")).status())
                    .isEqualTo(200);
        }
    }

    @Nested
    class Origination {

        private String number;

        @BeforeEach
        void numberOnTrunk() {
            number = "+14155550101";
            http.post("/v1/Trunks/" + trunk + "/PhoneNumbers", "PhoneNumberSid", twilio.simulator().ownedNumbers().get(number));
        }

        @Test
        void numberNotOwned_orNotOnATrunk_is404() {
            assertThat(invite(TwilioSipInvite.origination("+15550000000", "+19995550100")).status()).isEqualTo(404);
            TwilioSipResult r = invite(TwilioSipInvite.origination("+15550000000", "+14155550102"));
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.explanation()).contains("not associated with any trunk");
        }

        @Test
        void lowestPriorityFirst_skippingDisabledUrls() {
            http.originationUrl(trunk, "sip:backup.example.com", 20, 10, true);
            http.originationUrl(trunk, "sip:disabled.example.com", 1, 10, false);
            http.originationUrl(trunk, "sip:primary.example.com", 10, 10, true);
            TwilioSipResult r = invite(TwilioSipInvite.origination("+15550000000", number));
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.deliveredTo()).isEqualTo("sip:primary.example.com");
            assertThat(r.attempts()).containsExactly("sip:primary.example.com");
            assertThat(r.trunkSid()).isEqualTo(trunk);
        }

        @Test
        void equalPriorities_shareCallsByWeight() {
            http.originationUrl(trunk, "sip:a.example.com", 10, 60, true);
            http.originationUrl(trunk, "sip:b.example.com", 10, 20, true);
            http.originationUrl(trunk, "sip:c.example.com", 10, 20, true);
            Map<String, Integer> share = new HashMap<>();
            for (int i = 0; i < 100; i++) {
                share.merge(invite(TwilioSipInvite.origination("+15550000000", number)).deliveredTo(), 1, Integer::sum);
            }
            assertThat(share).containsEntry("sip:a.example.com", 60).containsEntry("sip:b.example.com", 20)
                    .containsEntry("sip:c.example.com", 20);
        }

        @Test
        void unansweredUrl_failsOverToEqualThenHigherPriority() {
            http.originationUrl(trunk, "sip:a.example.com", 10, 10, true);
            http.originationUrl(trunk, "sip:b.example.com", 10, 10, true);
            http.originationUrl(trunk, "sip:c.example.com", 20, 10, true);
            TwilioSipResult r = invite(TwilioSipInvite.origination("+15550000000", number)
                    .withUnreachable("sip:a.example.com", "sip:b.example.com"));
            assertThat(r.deliveredTo()).isEqualTo("sip:c.example.com");
            assertThat(r.attempts()).hasSize(3).endsWith("sip:c.example.com");
            assertThat(r.attempts().subList(0, 2)).containsExactlyInAnyOrder("sip:a.example.com", "sip:b.example.com");
        }

        @Test
        void noUrlAnswering_usesTheDisasterRecoveryUrl_else503() {
            http.originationUrl(trunk, "sip:a.example.com", 10, 10, true);
            TwilioSipInvite down = TwilioSipInvite.origination("+15550000000", number).withUnreachable("sip:a.example.com");
            TwilioSipResult noDr = invite(down);
            assertThat(noDr.status()).isEqualTo(503);
            assertThat(noDr.errorCode()).isEqualTo(32011);
            http.post("/v1/Trunks/" + trunk, "DisasterRecoveryUrl", "https://example.com/dr");
            TwilioSipResult dr = invite(down);
            assertThat(dr.status()).isEqualTo(200);
            assertThat(dr.disasterRecovery()).isTrue();
            assertThat(dr.deliveredTo()).isEqualTo("https://example.com/dr");
        }

        @Test
        void noEnabledUrl_isCode32010() {
            http.originationUrl(trunk, "sip:a.example.com", 10, 10, false);
            TwilioSipResult r = invite(TwilioSipInvite.origination("+15550000000", number));
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.errorCode()).isEqualTo(32010);
            assertThat(r.attempts()).isEmpty();
        }

        @Test
        void secureTrunk_deliversOverTls() {
            http.originationUrl(trunk, "sip:pbx.example.com;transport=udp", 10, 10, true);
            assertThat(invite(TwilioSipInvite.origination("+15550000000", number)).transport()).isEqualTo("udp");
            http.post("/v1/Trunks/" + trunk, "Secure", "true");
            assertThat(invite(TwilioSipInvite.origination("+15550000000", number)).transport()).isEqualTo("tls");
        }
    }
}
