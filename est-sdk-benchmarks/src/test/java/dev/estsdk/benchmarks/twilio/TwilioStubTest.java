package dev.estsdk.benchmarks.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.IncomingPhoneNumber;
import dev.estsdk.twilio.TwilioClient;
import dev.estsdk.twilio.model.Trunk;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Twilio rows measure working calls: both clients decode the same answers from the stub. */
class TwilioStubTest {

    private static TwilioStub stub;
    private static TwilioClient est;
    private static TwilioRestClient twilioJava;

    @BeforeAll
    static void start() throws Exception {
        stub = TwilioStub.start();
        est = EstTwilioTarget.client(stub.baseUrl());
        twilioJava = TwilioJavaTarget.client(stub.baseUrl());
    }

    @AfterAll
    static void stop() {
        est.close();
        stub.close();
    }

    @Test
    void bothClientsDecodeTheSameTrunk() {
        long before = stub.requestCount();
        Trunk ours = est.trunks().get(TwilioPayloads.TRUNK_SID);
        com.twilio.rest.trunking.v1.Trunk theirs =
                com.twilio.rest.trunking.v1.Trunk.fetcher(TwilioPayloads.TRUNK_SID).fetch(twilioJava);

        assertThat(stub.requestCount() - before).as("one request each, both answered by the stub").isEqualTo(2);
        assertThat(ours.sid()).isEqualTo(theirs.getSid()).isEqualTo(TwilioPayloads.TRUNK_SID);
        assertThat(ours.accountSid()).isEqualTo(theirs.getAccountSid()).isEqualTo(TwilioPayloads.ACCOUNT_SID);
        assertThat(ours.domainName()).isEqualTo(theirs.getDomainName()).isEqualTo(TwilioPayloads.DOMAIN_NAME);
        assertThat(ours.friendlyName()).isEqualTo(theirs.getFriendlyName());
        assertThat(ours.secure()).isEqualTo(theirs.getSecure()).isTrue();
        assertThat(ours.cnamLookupEnabled()).isEqualTo(theirs.getCnamLookupEnabled()).isTrue();
        assertThat(ours.disasterRecoveryUrl()).isEqualTo(theirs.getDisasterRecoveryUrl().toString());
        assertThat(ours.dateCreated()).isEqualTo(theirs.getDateCreated().toInstant());
        assertThat(ours.dateUpdated()).isEqualTo(theirs.getDateUpdated().toInstant());
        assertThat(ours.links()).isEqualTo(theirs.getLinks());
    }

    @Test
    void bothClientsListTheSameTenThousandNumbersByFollowingNextPageUri() {
        long before = stub.requestCount();
        List<String> ours = new ArrayList<>();
        est.incomingPhoneNumbers().list().withPageSize(TwilioPayloads.MAX_PAGE_SIZE)
                .forEach(n -> ours.add(n.sid() + " " + n.phoneNumber()));
        List<String> theirs = new ArrayList<>();
        IncomingPhoneNumber.reader().setPageSize((long) TwilioPayloads.MAX_PAGE_SIZE).read(twilioJava)
                .forEach(n -> theirs.add(n.getSid() + " " + n.getPhoneNumber()));

        int pages = TwilioPayloads.PHONE_NUMBER_COUNT / TwilioPayloads.MAX_PAGE_SIZE;
        assertThat(stub.requestCount() - before).as("%d pages each", pages).isEqualTo(2L * pages);
        assertThat(ours).hasSize(TwilioPayloads.PHONE_NUMBER_COUNT).doesNotHaveDuplicates().isEqualTo(theirs);
        assertThat(ours.get(TwilioPayloads.PHONE_NUMBER_COUNT - 1)).isEqualTo(
                TwilioPayloads.phoneNumberSid(TwilioPayloads.PHONE_NUMBER_COUNT - 1) + " "
                        + TwilioPayloads.phoneNumber(TwilioPayloads.PHONE_NUMBER_COUNT - 1));
    }

    @Test
    void twilioJavaIsOnlyEverRoutedToALoopbackStub() {
        assertThatThrownBy(() -> TwilioJavaTarget.client("http://192.0.2.1:8080"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loopback");
    }
}
