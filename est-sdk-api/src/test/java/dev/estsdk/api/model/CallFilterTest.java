package dev.estsdk.api.model;

import dev.estsdk.api.exception.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static dev.estsdk.api.model.BuildFailures.failureOf;
import static dev.estsdk.api.model.BuildFailures.fieldsOf;
import static dev.estsdk.api.model.BuildFailures.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallFilterTest {

    private static final Instant FROM = Instant.parse("2021-10-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2021-10-30T23:59:59Z");

    @Test
    void build_whenNothingSet_hasNoConditionAndTheLargestPageSize() {
        CallFilter filter = CallFilter.builder().build();

        assertThat(filter.pageSize()).isEqualTo(1000);
        assertThat(filter.directions()).isEmpty();
        assertThat(filter.createTime()).isNull();
        assertThat(filter.from()).isNull();
        assertThat(filter).hasToString("CallFilter[pageSize=1000]");
    }

    @Test
    void createdOn_sendsTheDay() {
        assertThat(CallFilter.builder().createdOn(LocalDate.of(2021, 2, 1)).build().createTime()).isEqualTo("2021-02-01");
    }

    @Test
    void createdIn_sendsTheMonth() {
        assertThat(CallFilter.builder().createdIn(YearMonth.of(2021, 2)).build().createTime()).isEqualTo("2021-02");
    }

    @Test
    void createdInHour_sendsTheHourDroppingMinutes() {
        assertThat(CallFilter.builder().createdInHour(LocalDateTime.of(2021, 2, 1, 9, 45)).build().createTime())
                .isEqualTo("2021-02-01T09");
    }

    @Test
    void createdInHour_usesAsciiDigitsWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));

            assertThat(CallFilter.builder().createdInHour(LocalDateTime.of(2021, 2, 1, 9, 0)).build().createTime())
                    .isEqualTo("2021-02-01T09");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void exactPeriodSetters_replaceEachOther() {
        CallFilter filter = CallFilter.builder().createdOn(LocalDate.of(2021, 2, 1)).createdIn(YearMonth.of(2021, 3))
                .build();

        assertThat(filter.createTime()).isEqualTo("2021-03");
    }

    @Test
    void range_keepsBothBounds() {
        CallFilter filter = CallFilter.builder().createdFrom(FROM).createdTo(TO).build();

        assertThat(filter.createdFrom()).isEqualTo(FROM);
        assertThat(filter.createdTo()).isEqualTo(TO);
        assertThat(filter.createTime()).isNull();
    }

    @Test
    void build_whenExactPeriodAndRange_failsNamingBothForms() {
        assertThat(failureOf(() -> CallFilter.builder().createdOn(LocalDate.of(2021, 10, 1)).createdTo(TO).build()))
                .hasMessageContaining("createTime: set either an exact period (createdOn, createdIn, createdInHour)"
                        + " or a range (createdFrom, createdTo), not both");
    }

    @Test
    void build_whenRangeEndsBeforeItStarts_failsOnCreatedTo() {
        assertThat(violationsOf(() -> CallFilter.builder().createdFrom(TO).createdTo(FROM).build()))
                .containsExactly(new FieldViolation("createdTo", "must not be before createdFrom"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1001, -5})
    void build_whenPageSizeOutside1To1000_failsNamingFieldAndRule(int pageSize) {
        assertThat(violationsOf(() -> CallFilter.builder().pageSize(pageSize).build())).containsExactly(
                new FieldViolation("pageSize", "must be between 1 and 1000 (was " + pageSize + ")"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1000})
    void build_whenPageSizeAtBounds_succeeds(int pageSize) {
        assertThat(CallFilter.builder().pageSize(pageSize).build().pageSize()).isEqualTo(pageSize);
    }

    @Test
    void directions_keepsOrderAndReplacesEarlierOnes() {
        CallFilter filter = CallFilter.builder().directions(Direction.INBOUND)
                .directions(Direction.OUTBOUND, Direction.INBOUND).build();

        assertThat(filter.directions()).containsExactly(Direction.OUTBOUND, Direction.INBOUND);
    }

    @Test
    void build_whenADirectionIsNullAndPrefixesBlank_reportsEach() {
        assertThat(fieldsOf(() -> CallFilter.builder().from("").to(" ").trunkId("")
                .directions(Arrays.asList(Direction.INBOUND, null)).build()))
                .containsExactly("from", "to", "trunkId", "directions[1]");
    }

    @Test
    void toBuilder_keepsTheExactPeriodAndEquality() {
        CallFilter filter = CallFilter.builder().from("+4670").callResult(CallResult.BUSY)
                .createdOn(LocalDate.of(2024, 6, 6)).directions(List.of(Direction.INBOUND)).pageSize(7).build();

        CallFilter copy = filter.toBuilder().build();

        assertThat(copy).isEqualTo(filter).hasSameHashCodeAs(filter).hasToString(filter.toString());
        assertThat(copy.toBuilder().pageSize(8).build()).isNotEqualTo(filter);
    }

    @Test
    void lists_areUnmodifiableCopiesTheCallerCannotChangeLater() {
        List<Direction> directions = new ArrayList<>(List.of(Direction.INBOUND));
        List<String> projectIds = new ArrayList<>(List.of("p1"));
        CallFilter.Builder filterBuilder = CallFilter.builder().directions(directions);
        CallExportRequest.Builder exportBuilder = CallExportRequest.builder().projectIds(projectIds);
        directions.add(Direction.OUTBOUND);
        projectIds.add("p2");

        CallFilter filter = filterBuilder.build();
        CallExportRequest export = exportBuilder.build();

        assertThat(filter.directions()).containsExactly(Direction.INBOUND);
        assertThat(export.projectIds()).containsExactly("p1");
        assertThatThrownBy(() -> filter.directions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> export.projectIds().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void exportBuild_reportsFilterViolationsWithPrefixTogetherWithItsOwn() {
        assertThat(fieldsOf(() -> CallExportRequest.builder()
                .filter(f -> f.pageSize(0).createdOn(LocalDate.of(2024, 6, 1)).createdFrom(FROM))
                .fromCountryCode("swe")
                .projectIds(Arrays.asList("p1", " "))
                .fileName("")
                .build()))
                .containsExactly("filter.createTime", "filter.pageSize", "fromCountryCode", "projectIds[1]", "fileName");
    }

    @Test
    void exportBuild_whenNoFilterGiven_usesAnEmptyFilter() {
        assertThat(CallExportRequest.builder().build().filter()).isEqualTo(CallFilter.builder().build());
    }

    @Test
    void exportToBuilder_roundTripsEveryCondition() {
        CallExportRequest request = CallExportRequest.builder()
                .filter(CallFilter.builder().trunkId("01T").createdFrom(FROM).build())
                .fromCountryCode("US").toCountryCode("SE").emergencyOnly(false).region("us-east")
                .projectIds(List.of("p1", "p2")).fileName("june.csv").groupId("g").parentId("pa")
                .relationshipType("initial").hasChildren(true)
                .build();

        assertThat(request.toBuilder().build()).isEqualTo(request).hasSameHashCodeAs(request)
                .hasToString(request.toString());
        assertThat(request.toBuilder().hasChildren(false).build()).isNotEqualTo(request);
    }
}
