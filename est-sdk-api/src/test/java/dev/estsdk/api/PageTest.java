package dev.estsdk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void toString_showsPositionAndTheTotalAsANumber() {
        assertThat(Page.of(List.of("a", "b"), 1, 2, 6))
                .hasToString("Page[pageNumber=1, pageSize=2, totalItems=6, hasNext=true, items=[a, b]]");
    }

    @Test
    void toString_whenTotalUnknown_saysSo() {
        assertThat(new Page<>(List.of("a"), 3, 2, OptionalLong.empty(), false))
                .hasToString("Page[pageNumber=3, pageSize=2, totalItems=unknown, hasNext=false, items=[a]]");
    }
}
