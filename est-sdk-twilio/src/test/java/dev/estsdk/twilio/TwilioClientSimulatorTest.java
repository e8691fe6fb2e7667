package dev.estsdk.twilio;

import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.Secret;
import dev.estsdk.testkit.twilio.TwilioSimulator;
import dev.estsdk.testkit.twilio.TwilioSimulatorExtension;
import dev.estsdk.testkit.twilio.TwilioSipInvite;
import dev.estsdk.testkit.twilio.TwilioSipResult;
import dev.estsdk.twilio.model.CreateCredentialRequest;
import dev.estsdk.twilio.model.CreateIpAddressRequest;
import dev.estsdk.twilio.model.IncomingPhoneNumber;
import dev.estsdk.twilio.model.OriginationUrl;
import dev.estsdk.twilio.model.SipCredential;
import dev.estsdk.twilio.model.SipCredentialList;
import dev.estsdk.twilio.model.SipIpAccessControlList;
import dev.estsdk.twilio.model.SipIpAddress;
import dev.estsdk.twilio.model.Trunk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Twilio client end to end against the testkit's stateful Twilio simulator. */
class TwilioClientSimulatorTest {

    private static final String NUMBER = "+14155550100";

    @RegisterExtension
    static TwilioSimulatorExtension simulator = TwilioSimulatorExtension.create(b -> b.ownedNumbers(NUMBER));

    private static TwilioClient client(TwilioSimulator sim) {
        return TwilioClient.builder().accountSid(sim.accountSid()).authToken(sim.authToken())
                .trunkingBaseUrl(sim.trunkingBaseUrl()).apiBaseUrl(sim.apiBaseUrl()).build();
    }

    @Test
    void provisionsATrunk_readsEverythingBack_andTearsItDownInReverse(TwilioSimulator sim) {
        try (TwilioClient twilio = client(sim)) {
            SipIpAccessControlList acl = twilio.ipAccessControlLists().create("office");
            SipIpAddress address = twilio.ipAccessControlLists().createIpAddress(acl.sid(),
                    CreateIpAddressRequest.builder().friendlyName("pbx").ipAddress("203.0.113.10").build());
            SipCredentialList users = twilio.credentialLists().create("pbx users");
            SipCredential alice = twilio.credentialLists().createCredential(users.sid(),
                    CreateCredentialRequest.builder().username("alice").password(Secret.of("Str0ngPassw0rd")).build());
            Trunk trunk = twilio.trunks().create(t -> t.friendlyName("Acme").domainName("acme-e2e.pstn.twilio.com"));
            OriginationUrl primary = twilio.originationUrls().create(trunk.sid(), o -> o.friendlyName("primary")
                    .sipUrl("sip:pbx1.example.com").priority(10).weight(60));
            OriginationUrl backup = twilio.originationUrls().create(trunk.sid(), o -> o.friendlyName("backup")
                    .sipUrl("sip:pbx2.example.com").priority(20).weight(10));
            twilio.trunkIpAccessControlLists().add(trunk.sid(), acl.sid());
            twilio.trunkCredentialLists().add(trunk.sid(), users.sid());
            IncomingPhoneNumber number = twilio.incomingPhoneNumbers().findByPhoneNumber(NUMBER).orElseThrow();
            twilio.trunkPhoneNumbers().add(trunk.sid(), number.sid());

            Trunk read = twilio.trunks().get(trunk.sid());
            assertThat(read.domainName()).isEqualTo("acme-e2e.pstn.twilio.com");
            assertThat(read.usesIpAccessControl()).isTrue();
            assertThat(twilio.trunks().list().stream().map(Trunk::sid)).contains(trunk.sid());
            assertThat(twilio.originationUrls().list(trunk.sid()).stream().map(OriginationUrl::sid))
                    .containsExactlyInAnyOrder(primary.sid(), backup.sid());
            assertThat(twilio.originationUrls().get(trunk.sid(), primary.sid()).weight()).isEqualTo(60);
            assertThat(twilio.trunkIpAccessControlLists().get(trunk.sid(), acl.sid()).friendlyName()).isEqualTo("office");
            assertThat(twilio.trunkCredentialLists().list(trunk.sid()).stream().map(l -> l.sid())).containsExactly(users.sid());
            assertThat(twilio.trunkPhoneNumbers().get(trunk.sid(), number.sid()).phoneNumber()).isEqualTo(NUMBER);
            assertThat(twilio.incomingPhoneNumbers().get(number.sid()).trunkSid()).isEqualTo(trunk.sid());
            assertThat(twilio.ipAccessControlLists().listIpAddresses(acl.sid()).stream().map(SipIpAddress::ipAddress))
                    .containsExactly("203.0.113.10");
            assertThat(twilio.credentialLists().getCredential(users.sid(), alice.sid()).username()).isEqualTo("alice");

            TwilioSipResult call = sim.sip().invite(TwilioSipInvite.origination("+15550000000", NUMBER));
            assertThat(call.deliveredTo()).isEqualTo("sip:pbx1.example.com");
            TwilioSipResult termination = sim.sip().invite(TwilioSipInvite.termination("203.0.113.10", "+15550000000",
                    "acme-e2e.pstn.twilio.com").withDigest("alice", "Str0ngPassw0rd"));
            assertThat(termination.isSuccess()).isTrue();

            twilio.originationUrls().update(trunk.sid(), backup.sid(), u -> u.enabled(false));
            assertThat(twilio.originationUrls().get(trunk.sid(), backup.sid()).enabled()).isFalse();
            assertThat(twilio.originationUrls().get(trunk.sid(), backup.sid()).friendlyName())
                    .as("a partial update keeps the other fields").isEqualTo("backup");

            twilio.trunkPhoneNumbers().remove(trunk.sid(), number.sid());
            twilio.trunkCredentialLists().remove(trunk.sid(), users.sid());
            twilio.trunkIpAccessControlLists().remove(trunk.sid(), acl.sid());
            twilio.originationUrls().delete(trunk.sid(), backup.sid());
            twilio.originationUrls().delete(trunk.sid(), primary.sid());
            twilio.trunks().delete(trunk.sid());
            twilio.credentialLists().deleteCredential(users.sid(), alice.sid());
            twilio.credentialLists().delete(users.sid());
            twilio.ipAccessControlLists().deleteIpAddress(acl.sid(), address.sid());
            twilio.ipAccessControlLists().delete(acl.sid());

            assertThatThrownBy(() -> twilio.trunks().get(trunk.sid())).isInstanceOf(NotFoundException.class);
            assertThat(twilio.incomingPhoneNumbers().findByPhoneNumber(NUMBER)).as("the number stays owned")
                    .hasValueSatisfying(n -> assertThat(n.trunkSid()).isNull());
            assertThat(twilio.ipAccessControlLists().list().stream()).isEmpty();
        }
    }

    @Test
    void listsFollowTheSimulatorsPageLinks_syncAndAsync(TwilioSimulator sim) {
        try (TwilioClient twilio = client(sim)) {
            List<String> created = IntStream.range(0, 7)
                    .mapToObj(i -> twilio.credentialLists().create("list " + i).sid()).toList();

            assertThat(twilio.credentialLists().list().withPageSize(3).stream().map(SipCredentialList::sid))
                    .containsExactlyInAnyOrderElementsOf(created);
            assertThat(twilio.async().credentialLists().list().withPageSize(2).toList().join())
                    .extracting(SipCredentialList::sid).containsExactlyInAnyOrderElementsOf(created);
        }
    }

    @Test
    void apiKeyAuthentication_isAcceptedByTheSimulator(TwilioSimulator sim) {
        try (TwilioClient twilio = TwilioClient.builder().accountSid(sim.accountSid())
                .apiKey(sim.apiKeySid(), sim.apiKeySecret()).baseUrl(sim.baseUrl()).build()) {
            assertThat(twilio.incomingPhoneNumbers().findByPhoneNumber(NUMBER)).isPresent();
        }
    }
}
