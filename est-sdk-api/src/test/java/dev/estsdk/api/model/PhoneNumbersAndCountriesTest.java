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
    void phoneNumberBuild_whenNotE164_failsNamingFieldAndRule(String number) {
        assertThat(failureOf(() -> PhoneNumber.builder().phoneNumber(number).build())).hasMessageContaining(
                "phoneNumber: must be an E.164 number: + then 2 to 15 digits, e.g. +15551234567 (was \"" + number + "\")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+15552229999", "+46701234567", "+12", "+123456789012345"})
    void phoneNumberBuild_whenE164_succeeds(String number) {
        assertThat(PhoneNumber.builder().phoneNumber(number).build().phoneNumber()).isEqualTo(number);
    }

    @Test
    void isAssigned_isTrueOnlyWithANonBlankTrunk() {
        PhoneNumber.Builder number = PhoneNumber.builder().phoneNumber("+15552229999");

        assertThat(number.sipTrunkId("01TRUNK").build().isAssigned()).isTrue();
        assertThat(number.sipTrunkId("").build().isAssigned()).isFalse();
        assertThat(number.sipTrunkId(null).build().isAssigned()).isFalse();
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
        assertThat(Money.of(new BigDecimal("0.0040"), "USD").amount()).isEqualByComparingTo("0.004")
                .hasToString("0.0040");
    }

    @Test
    void moneyBuild_whenCurrencyNotIso4217_failsNamingField() {
        assertThat(violationsOf(() -> Money.of(BigDecimal.ONE, "usd"))).containsExactly(new FieldViolation(
                "currencyCode", "must be an ISO 4217 code of three upper-case letters, e.g. USD"));
    }

    @Test
    void moneyBuild_whenEmpty_reportsBothRequired() {
        assertThat(fieldsOf(() -> Money.builder().build())).containsExactly("amount", "currencyCode");
    }

    @Test
    void callRecordsExportBuild_whenCsvMissing_failsAsRequired() {
        assertThat(violationsOf(() -> CallRecordsExport.builder().fileName("x.csv").build()))
                .containsExactly(new FieldViolation("csv", "is required"));
    }
}
