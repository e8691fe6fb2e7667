package dev.estsdk.twilio.model;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.model.Secret;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TwilioRequestsTest {

    private static final String TK = "TK" + "a".repeat(32);

    @Test
    void build_reportsEveryViolationAtOnce() {
        assertThatThrownBy(() -> CreateOriginationUrlRequest.builder()
                .friendlyName(" ").sipUrl("sips:pbx.example.com").priority(-1).weight(0).build())
                .isInstanceOfSatisfying(EstValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("friendlyName", "sipUrl", "priority", "weight"));
    }

    @Test
    void createOriginationUrl_startsWithTwilioDefaults() {
        CreateOriginationUrlRequest r = CreateOriginationUrlRequest.builder()
                .friendlyName("PBX").sipUrl("sip:pbx.example.com").build();
        assertThat(r.priority()).isEqualTo(10);
        assertThat(r.weight()).isEqualTo(10);
        assertThat(r.enabled()).isTrue();
    }

    @Test
    void createOriginationUrl_withoutNameOrUrl_namesBoth() {
        assertThatThrownBy(() -> CreateOriginationUrlRequest.builder().build())
                .isInstanceOfSatisfying(EstValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("friendlyName", "is required"),
                                new FieldViolation("sipUrl", "is required")));
    }

    @Test
    void updateTrunk_holdsOnlyTheFieldsSet() {
        UpdateTrunkRequest r = UpdateTrunkRequest.builder().secure(true).build();
        assertThat(r.secure()).isTrue();
        assertThat(r.friendlyName()).isNull();
        assertThat(r.domainName()).isNull();
        assertThat(r.disasterRecoveryUrl()).isNull();
        assertThat(r.cnamLookupEnabled()).isNull();
        assertThat(r.transferMode()).isNull();
    }

    @Test
    void updates_thatSetNothing_areRefused() {
        assertThatThrownBy(() -> UpdateTrunkRequest.builder().build()).isInstanceOf(EstValidationException.class)
                .hasMessage("Invalid UpdateTrunkRequest: must set at least one field; an update that sets nothing"
                        + " changes nothing");
        assertThatThrownBy(() -> UpdateOriginationUrlRequest.builder().build()).isInstanceOf(EstValidationException.class);
        assertThatThrownBy(() -> UpdateRecordingRequest.builder().build()).isInstanceOf(EstValidationException.class);
        assertThatThrownBy(() -> UpdateIpAddressRequest.builder().build()).isInstanceOf(EstValidationException.class);
        assertThatThrownBy(() -> UpdateIncomingPhoneNumberRequest.builder().build()).isInstanceOf(EstValidationException.class);
    }

    @Test
    void updateTrunk_clearDisasterRecoveryUrl_sendsTheEmptyValue() {
        UpdateTrunkRequest r = UpdateTrunkRequest.builder().clearDisasterRecoveryUrl().build();
        assertThat(r.disasterRecoveryUrl()).isEmpty();
        assertThat(r.clearsDisasterRecoveryUrl()).isTrue();
        assertThat(UpdateTrunkRequest.builder().disasterRecoveryUrl("https://example.com/dr").build()
                .clearsDisasterRecoveryUrl()).isFalse();
    }

    @Test
    void createTrunk_withNothingSet_isValid_asOnTwilio() {
        CreateTrunkRequest r = CreateTrunkRequest.builder().build();
        assertThat(r.friendlyName()).isNull();
        assertThat(r.secure()).isNull();
    }

    @Test
    void incomingNumber_trunkAndVoiceApplication_areMutuallyExclusive() {
        assertThatThrownBy(() -> UpdateIncomingPhoneNumberRequest.builder().trunkSid(TK)
                .voiceApplicationSid("AP" + "b".repeat(32)).build())
                .isInstanceOfSatisfying(EstValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("voiceApplicationSid"));
    }

    @Test
    void cidr_setsAddressAndPrefix() {
        CreateIpAddressRequest r = CreateIpAddressRequest.builder().friendlyName("HQ").cidr("203.0.113.0/28").build();
        assertThat(r.ipAddress()).isEqualTo("203.0.113.0");
        assertThat(r.cidrPrefixLength()).isEqualTo(28);
        CreateIpAddressRequest single = CreateIpAddressRequest.builder().friendlyName("HQ").cidr("203.0.113.7").build();
        assertThat(single.cidrPrefixLength()).isEqualTo(32);
    }

    @Test
    void cidrWithoutPrefix_onAnUpdate_makesTheEntryASingleAddress_insteadOfKeepingTheStoredPrefix() {
        UpdateIpAddressRequest update = UpdateIpAddressRequest.builder().cidr("203.0.113.10").build();

        assertThat(update.ipAddress()).isEqualTo("203.0.113.10");
        assertThat(update.cidrPrefixLength()).as("an entry stored as /24 must become /32, not 203.0.113.10/24")
                .isEqualTo(32);
    }

    @Test
    void hostBits_messageNamesTheNetworkAddress() {
        assertThatThrownBy(() -> CreateIpAddressRequest.builder().friendlyName("HQ").cidr("203.0.113.7/24").build())
                .hasMessageContaining("203.0.113.0");
    }

    @Test
    void passwords_neverPrint() {
        Secret password = Secret.of("TopSecretPass1");
        CreateCredentialRequest.Builder builder = CreateCredentialRequest.builder().username("pbx").password(password);
        CreateCredentialRequest request = builder.build();
        UpdateCredentialRequest update = UpdateCredentialRequest.of(password);
        assertThat(request.toString()).contains("pbx", "***").doesNotContain("TopSecretPass1");
        assertThat(builder.toString()).contains("***").doesNotContain("TopSecretPass1");
        assertThat(update.toString()).isEqualTo("UpdateCredentialRequest[password=***]");
        assertThatThrownBy(() -> CreateCredentialRequest.builder().username("pbx")
                .password(Secret.of("weakpassword")).build())
                .hasMessageContaining("password").hasMessageNotContaining("weakpassword");
    }

    @Test
    void openEnums_keepUnknownValues_andReturnConstantsForKnownOnes() {
        assertThat(TransferMode.of("SIP-ONLY")).isSameAs(TransferMode.SIP_ONLY);
        assertThat(HttpMethod.of("post")).isSameAs(HttpMethod.POST);
        RecordingMode future = RecordingMode.of("record-from-future");
        assertThat(future.isKnown()).isFalse();
        assertThat(future.value()).isEqualTo("record-from-future");
        assertThat(future).isEqualTo(RecordingMode.of("record-from-future"));
        assertThat(RecordingMode.knownValues()).hasSize(5);
        assertThatThrownBy(() -> TransferMode.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TransferMode.of("a\r\nb")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void serverRecords_areLenient_andHandOutUnmodifiableCopies() {
        Map<String, String> links = new HashMap<>();
        links.put("origination_urls", "https://trunking.twilio.com/v1/Trunks/" + TK + "/OriginationUrls");
        links.put("ignored", null);
        Trunk trunk = new Trunk(TK, null, null, null, null, null, false, false, false, TransferMode.of("new-mode"),
                null, null, null, null, Instant.EPOCH, null, null, links);
        links.put("later", "x");
        assertThat(trunk.links()).containsOnlyKeys("origination_urls");
        assertThat(trunk.authTypeSet()).isEmpty();
        assertThat(trunk.authType()).isEmpty();
        assertThatThrownBy(() -> trunk.links().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new SipIpAccessControlList("AL" + "a".repeat(32), null, null, null, null, null, null)
                .subresourceUris()).isEmpty();
    }

    @Test
    void trunk_authType_derivesTheSchemes() {
        Trunk both = new Trunk(TK, null, null, null, null, null, false, false, false, null, null, null,
                "IP_ACL,CREDENTIAL_LIST", List.of(), null, null, null, null);
        assertThat(both.usesIpAccessControl()).isTrue();
        assertThat(both.usesCredentials()).isTrue();
        Trunk none = new Trunk(TK, null, null, null, null, null, false, false, false, null, null, null, "",
                List.of(), null, null, null, null);
        assertThat(none.usesIpAccessControl()).isFalse();
        assertThat(none.usesCredentials()).isFalse();
    }

    @Test
    void incomingNumber_readsEmptySidsAsAbsent() {
        IncomingPhoneNumber n = new IncomingPhoneNumber("PN" + "c".repeat(32), null, "+18089255327", null, "", "",
                "", "in-use", "twilio", null, null, null, null);
        assertThat(n.trunkSid()).isNull();
        assertThat(n.voiceApplicationSid()).isNull();
        assertThat(n.voiceUrl()).isNull();
    }

    @Test
    void ipAddress_cidr_joinsAddressAndPrefix() {
        SipIpAddress ip = new SipIpAddress("IP" + "d".repeat(32), null, null, "HQ", "203.0.113.0", 24, null, null, null);
        assertThat(ip.cidr()).isEqualTo("203.0.113.0/24");
    }

    @Test
    void sidRule_rejectsBadPrefixArgument() {
        assertThatThrownBy(() -> TwilioRules.sid("tk", TK)).isInstanceOf(IllegalArgumentException.class);
        assertThat(TwilioRules.sid("TK", TK)).isEmpty();
    }
}
