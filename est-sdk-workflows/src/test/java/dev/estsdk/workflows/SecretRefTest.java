package dev.estsdk.workflows;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretRefTest {

    @Test
    void aReferenceIsWrittenAndReadAsDollarBraceEnv() {
        SecretRef ref = SecretRef.env("EST_SIP_PASSWORD");

        assertThat(ref.reference()).isEqualTo("${env:EST_SIP_PASSWORD}");
        assertThat(SecretRef.parse(" ${env:EST_SIP_PASSWORD} ")).contains(ref);
    }

    @Test
    void literalsAndMalformedReferencesAreNotReferences() {
        assertThat(SecretRef.parse("Alice-Passw0rd-1")).isEmpty();
        assertThat(SecretRef.parse("${env:}")).isEmpty();
        assertThat(SecretRef.parse("${env:1ABC}")).isEmpty();
        assertThat(SecretRef.parse("${vault:ABC}")).isEmpty();
        assertThat(SecretRef.parse("x${env:ABC}")).isEmpty();
    }

    @Test
    void aVariableNameOutsideLettersDigitsAndUnderscoresIsRefused() {
        assertThatThrownBy(() -> SecretRef.env("EST-PASSWORD"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EST-PASSWORD");
    }

    @Test
    void credentialReferencesAreStableUpperCaseNamesOfTheUsername() {
        assertThat(SecretRef.forCredential("Desk phones", "alice").variable()).isEqualTo("EST_SIP_PASSWORD_ALICE");
        assertThat(SecretRef.forCredential("Desk phones", "alice.smith@x").variable())
                .isEqualTo("EST_SIP_PASSWORD_ALICE_SMITH_X");
        assertThat(SecretRef.forCredentialInList("Desk phones", "alice").variable())
                .isEqualTo("EST_SIP_PASSWORD_DESK_PHONES_ALICE");
    }

    @Test
    void theMapResolverFindsSetVariablesOnly() {
        SecretResolver resolver = SecretResolver.of(Map.of("A", "value-a"));

        assertThat(resolver.resolve(SecretRef.env("A"))).contains("value-a");
        assertThat(resolver.resolve(SecretRef.env("B"))).isEmpty();
    }

    @Test
    void documentsWithTheSameContentAreEqual() {
        PlanDocument one = sample();
        PlanDocument two = sample();

        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
        assertThat(one.toBuilder().phoneNumbers("+12025550102").build()).isNotEqualTo(two);
    }

    @Test
    void unsetListsAreEmptyAndAnUnsetCredentialUseIsOutbound() {
        PlanDocument doc = new PlanDocument(1, PlanDocument.TrunkSpec.of("ACME", "acme"), null, null, null, null,
                null, null);

        assertThat(doc.endpoints()).isEmpty();
        assertThat(new PlanDocument.CredentialListSpec("x", null, null, null).use())
                .isEqualTo(PlanDocument.CredentialUse.OUTBOUND);
    }

    @Test
    void enumValuesAreSpelledInKebabCase() {
        assertThat(PlanDocument.TransferMode.DISABLE_ALL.value()).isEqualTo("disable-all");
        assertThat(PlanDocument.parseValue(PlanDocument.RecordingMode.class, "record-from-answer-dual"))
                .contains(PlanDocument.RecordingMode.RECORD_FROM_ANSWER_DUAL);
        assertThat(PlanDocument.value(TrafficDirection.BOTH)).isEqualTo("both");
        assertThat(PlanDocument.parseValue(PlanDocument.EndpointType.class, "dynamic")).isEmpty();
    }

    static PlanDocument sample() {
        return PlanDocument.builder(new PlanDocument.TrunkSpec("ACME PBX", "acme-pbx", true, null))
                .direction(TrafficDirection.BOTH)
                .accessControlList(PlanDocument.AclSpec.create("HQ SBC", List.of("203.0.113.10/32")))
                .credentialList(PlanDocument.CredentialListSpec.create("Desk phones",
                        PlanDocument.CredentialUse.OUTBOUND,
                        List.of(new PlanDocument.CredentialSpec("alice", SecretRef.env("EST_SIP_PASSWORD")))))
                .endpoint(PlanDocument.EndpointSpec.staticEndpoint("pbx-1", "203.0.113.20"))
                .phoneNumbers("+12025550101")
                .build();
    }
}
