package dev.estsdk.api.model;

import dev.estsdk.api.exception.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static dev.estsdk.api.model.BuildFailures.failureOf;
import static dev.estsdk.api.model.BuildFailures.fieldsOf;
import static dev.estsdk.api.model.BuildFailures.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersAndCountriesTest {

    @ParameterizedTest
    @ValueSource(strings = {"15551234567", "+0123456", "+1", "+1234567890123456", "+1 555 123", "+1-555-123", "00461234"})
    void e164Rule_whenNotE164_namesTheRuleAndTheValue(String number) {
        assertThat(FieldRules.e164(number)).contains(
                "must be an E.164 number: + then 2 to 15 digits, e.g. +15551234567 (was \"" + number + "\")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+15552229999", "+46701234567", "+12", "+123456789012345"})
    void e164Rule_whenE164_accepts(String number) {
        assertThat(FieldRules.e164(number)).isEmpty();
    }

    @Test
    void isAssigned_isTrueOnlyWithANonBlankTrunk() {
        assertThat(new PhoneNumber("01N", "+15552229999", "01TRUNK", "US", null, null).isAssigned()).isTrue();
        assertThat(new PhoneNumber("01N", "+15552229999", " ", "US", null, null).isAssigned()).isFalse();
        assertThat(new PhoneNumber("01N", "+15552229999", null, "US", null, null).isAssigned()).isFalse();
    }

    @Test
    void phoneNumberFilter_all_hasNoCondition() {
        assertThat(PhoneNumberFilter.all().sipTrunkId()).isNull();
        assertThat(PhoneNumberFilter.builder().build()).isEqualTo(PhoneNumberFilter.all());
    }

    @Test
    void phoneNumberFilter_forTrunk_keepsTheTrunk() {
        assertThat(PhoneNumberFilter.forTrunk("01TRUNK").sipTrunkId()).isEqualTo("01TRUNK");
    }

    @Test
    void phoneNumberFilter_whenTrunkBlank_failsNamingField() {
        assertThat(fieldsOf(() -> PhoneNumberFilter.forTrunk(" "))).containsExactly("sipTrunkId");
        assertThat(fieldsOf(() -> PhoneNumberFilter.builder().sipTrunkId("").build())).containsExactly("sipTrunkId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"se", "SWE", "S1", "", "*"})
    void countryPermissionUpdate_whenIsoCodeIsNotUpperCaseAlpha2_failsNamingFieldAndRule(String isoCode) {
        assertThat(failureOf(() -> UpdateCountryPermissionRequest.builder(isoCode).enabled(true).build()))
                .hasMessageContaining("isoCode: must be an ISO 3166-1 alpha-2 code in upper case, e.g. SE");
    }

    @Test
    void countryPermissionToUpdate_carriesTheCountryAndItsEnabled() {
        CountryPermission sweden = new CountryPermission("SE", "Sweden", "Europe", java.util.List.of("+46"), false);

        assertThat(sweden.toUpdate().enabled(true).build()).isEqualTo(new UpdateCountryPermissionRequest("SE", true));
    }

    @Test
    void callBlockingRuleBuild_whenDirectionMissingAndCountriesBad_reportsAll() {
        assertThat(fieldsOf(() -> CreateCallBlockingRuleRequest.builder().callerCountry("usa").calleeCountry("U").build()))
                .containsExactly("direction", "callerCountry", "calleeCountry");
    }

    @Test
    void callBlockingRuleBuild_whenOnlyDirection_succeeds() {
        assertThat(CreateCallBlockingRuleRequest.builder().direction(Direction.INBOUND).build().direction())
                .isSameAs(Direction.INBOUND);
    }

    @Test
    void money_keepsTheAmountExactly() {
        assertThat(new Money(new BigDecimal("0.0040"), "USD").amount()).isEqualByComparingTo("0.004")
                .hasToString("0.0040");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "../x", "a b", "a&b=c/d", "a\nb"})
    void phoneNumberFilterConstructor_whenTrunkIdIsNotAnId_failsNamingSipTrunkId(String trunkId) {
        assertThat(fieldsOf(() -> new PhoneNumberFilter(trunkId))).containsExactly("sipTrunkId");
    }
}
