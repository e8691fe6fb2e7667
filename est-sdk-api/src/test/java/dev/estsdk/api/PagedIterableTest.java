package dev.estsdk.api;

import dev.estsdk.api.exception.EstErrorDetails;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.exception.NotFoundException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagedIterableTest {

    /** Serves pages of a fixed listing and records every fetch as "page/size". */
    private static final class CountingFetcher implements PageFetcher<String> {
        private final List<List<String>> pages;
        private final boolean alwaysHasNext;
        final List<String> fetches = new ArrayList<>();

        CountingFetcher(boolean alwaysHasNext, List<List<String>> pages) {
            this.pages = pages;
            this.alwaysHasNext = alwaysHasNext;
        }

        @Override
        public Page<String> fetch(int pageNumber, int pageSize) {
            fetches.add(pageNumber + "/" + pageSize);
            List<String> items = pageNumber <= pages.size() ? pages.get(pageNumber - 1) : List.of();
            boolean hasNext = alwaysHasNext || pageNumber < pages.size();
            return new Page<>(items, pageNumber, pageSize, OptionalLong.empty(), hasNext);
        }
    }

    private static CountingFetcher threePages() {
        return new CountingFetcher(false, List.of(List.of("a", "b"), List.of("c", "d"), List.of("e")));
    }

    @Test
    void listing_beforeIteration_fetchesNothing() {
        CountingFetcher fetcher = threePages();
        PagedIterable<String> listing = PagedIterable.of(fetcher, 2, 500);

        listing.iterator();
        listing.stream();
        listing.pages();
        listing.pageStream();
        listing.withPageSize(3).spliterator();

        assertThat(fetcher.fetches).isEmpty();
    }

    @Test
    void iteration_fetchesPageTwoOnlyWhenPassingTheEndOfPageOne() {
        CountingFetcher fetcher = threePages();
        Iterator<String> it = PagedIterable.of(fetcher, 2, 500).iterator();

        assertThat(it.next()).isEqualTo("a");
        assertThat(fetcher.fetches).containsExactly("1/2");
        assertThat(it.next()).isEqualTo("b");
        assertThat(fetcher.fetches).containsExactly("1/2");

        assertThat(it.hasNext()).isTrue();
        assertThat(fetcher.fetches).containsExactly("1/2", "2/2");
    }

    @Test
    void iteration_stopsAfterThePageThatHasNoNext() {
        CountingFetcher fetcher = threePages();

        List<String> items = new ArrayList<>();
        PagedIterable.of(fetcher, 2, 500).forEach(items::add);

        assertThat(items).containsExactly("a", "b", "c", "d", "e");
        assertThat(fetcher.fetches).containsExactly("1/2", "2/2", "3/2");
    }

    @Test
    void iteration_stopsAtAnEmptyPageEvenIfItClaimsMore() {
        CountingFetcher fetcher = new CountingFetcher(true, List.of(List.of("a", "b"), List.of("c", "d")));

        assertThat(PagedIterable.of(fetcher, 2, 500).stream().toList()).containsExactly("a", "b", "c", "d");
        assertThat(fetcher.fetches).containsExactly("1/2", "2/2", "3/2");
    }

    @Test
    void iteration_whenFirstPageEmpty_yieldsNothingAfterOneFetch() {
        CountingFetcher fetcher = new CountingFetcher(true, List.of());
        Iterator<String> it = PagedIterable.of(fetcher, 2, 500).iterator();

        assertThat(it.hasNext()).isFalse();
        assertThat(it.hasNext()).isFalse();
        assertThat(fetcher.fetches).containsExactly("1/2");
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void stream_findFirst_fetchesOnlyTheFirstPage() {
        CountingFetcher fetcher = threePages();

        assertThat(PagedIterable.of(fetcher, 2, 500).stream().findFirst()).contains("a");
        assertThat(fetcher.fetches).containsExactly("1/2");
    }

    @Test
    void eachIteration_startsAgainAtPageOne() {
        CountingFetcher fetcher = threePages();
        PagedIterable<String> listing = PagedIterable.of(fetcher, 2, 500);

        listing.stream().limit(3).toList();
        listing.stream().findFirst();

        assertThat(fetcher.fetches).containsExactly("1/2", "2/2", "1/2");
    }

    @Test
    void page_makesExactlyOneFetchForThatPage() {
        CountingFetcher fetcher = threePages();

        Page<String> page = PagedIterable.of(fetcher, 2, 500).page(2);

        assertThat(page.items()).containsExactly("c", "d");
        assertThat(fetcher.fetches).containsExactly("2/2");
    }

    @Test
    void page_whenBelowOne_failsWithoutFetching() {
        CountingFetcher fetcher = threePages();

        assertThatThrownBy(() -> PagedIterable.of(fetcher, 2, 500).page(0))
                .isInstanceOfSatisfying(EstValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("pageNumber", "must be at least 1 (was 0)")));
        assertThat(fetcher.fetches).isEmpty();
    }

    @Test
    void pages_yieldsNonEmptyPagesLazily() {
        CountingFetcher fetcher = threePages();
        Iterator<Page<String>> pages = PagedIterable.of(fetcher, 2, 500).pages().iterator();

        assertThat(pages.next().items()).containsExactly("a", "b");
        assertThat(fetcher.fetches).containsExactly("1/2");
        assertThat(pages.next().pageNumber()).isEqualTo(2);
        assertThat(pages.next().items()).containsExactly("e");
        assertThat(pages.hasNext()).isFalse();
        assertThat(fetcher.fetches).containsExactly("1/2", "2/2", "3/2");
    }

    @Test
    void pageStream_streamsThePagesInOrder() {
        assertThat(PagedIterable.of(threePages(), 2, 500).pageStream().map(Page::pageNumber).toList())
                .containsExactly(1, 2, 3);
    }

    @Test
    void withPageSize_asksTheFetcherForThatSizeAndLeavesTheOriginalAlone() {
        CountingFetcher fetcher = threePages();
        PagedIterable<String> listing = PagedIterable.of(fetcher, 2, 500);

        PagedIterable<String> bigger = listing.withPageSize(500);
        bigger.page(1);

        assertThat(fetcher.fetches).containsExactly("1/500");
        assertThat(listing.pageSize()).isEqualTo(2);
        assertThat(bigger.pageSize()).isEqualTo(500);
    }

    @Test
    void withPageSize_whenOutsideOneToMax_failsNamingFieldAndRule() {
        PagedIterable<String> listing = PagedIterable.of(threePages(), 2, 500);

        for (int size : new int[] {0, 501}) {
            assertThatThrownBy(() -> listing.withPageSize(size))
                    .isInstanceOfSatisfying(EstValidationException.class, e -> assertThat(e.violations())
                            .containsExactly(new FieldViolation("pageSize",
                                    "must be between 1 and 500 (was " + size + ")")));
        }
    }

    @Test
    void of_whenDefaultSizeOutsideOneToMax_refuses() {
        assertThatIllegalArgumentException().isThrownBy(() -> PagedIterable.of(threePages(), 501, 500));
        assertThatIllegalArgumentException().isThrownBy(() -> PagedIterable.of(threePages(), 0, 500));
    }

    @Test
    void iteration_whenFetchFails_surfacesTheFetchersException() {
        NotFoundException notFound = new NotFoundException(EstErrorDetails.builder().status(404).build());
        PagedIterable<String> listing = PagedIterable.of((n, s) -> {
            throw notFound;
        }, 2, 500);

        assertThatThrownBy(() -> listing.iterator().hasNext()).isSameAs(notFound);
    }

    @Test
    void iteration_whenFetcherReturnsNull_failsNamingThePage() {
        PagedIterable<String> listing = PagedIterable.of((n, s) -> null, 2, 500);

        assertThatNullPointerException().isThrownBy(() -> listing.iterator().next())
                .withMessage("the page fetcher returned null for page 1");
    }

    @Test
    void ofList_servesTheItemsInSlicesOfThePageSize() {
        PagedIterable<Integer> listing = PagedIterable.of(List.of(1, 2, 3, 4, 5)).withPageSize(2);

        assertThat(listing).containsExactly(1, 2, 3, 4, 5);
        assertThat(listing.page(3)).isEqualTo(new Page<>(List.of(5), 3, 2, OptionalLong.of(5), false));
        assertThat(listing.page(4).items()).isEmpty();
        assertThat(listing.pageStream().count()).isEqualTo(3);
    }

    @Test
    void page_of_hasNextWhileItemsRemainBeyondThisPage() {
        assertThat(Page.of(List.of("a", "b"), 1, 2, 5).hasNext()).isTrue();
        assertThat(Page.of(List.of("e"), 3, 2, 5).hasNext()).isFalse();
        assertThat(Page.of(List.of("c", "d"), 2, 2, 4).hasNext()).isFalse();
        assertThat(Page.of(List.of("a"), 1, 2, 5).totalItems()).hasValue(5);
    }

    @Test
    void page_whenItemsOrTotalNull_normalises() {
        Page<String> page = new Page<>(null, 1, 10, null, false);

        assertThat(page.items()).isEmpty();
        assertThat(page.totalItems()).isEmpty();
        assertThatThrownBy(() -> page.items().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
