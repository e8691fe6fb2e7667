package dev.estsdk.twilio.internal;

import dev.estsdk.api.Page;
import dev.estsdk.api.PagedIterable;
import dev.estsdk.twilio.internal.LinkPager.LinkedPage;
import org.junit.jupiter.api.Test;

import dev.estsdk.api.exception.EstClientException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinkPagerTest {

    /** Serves 0..total-1 in pages; links name the offset, and every call is recorded. */
    private static final class FakeTwilio implements LinkPager.PageSource<Integer> {
        private final int total;
        final List<String> calls = new ArrayList<>();

        FakeTwilio(int total) {
            this.total = total;
        }

        @Override
        public LinkedPage<Integer> first(int pageSize) {
            calls.add("first:" + pageSize);
            return page(0, pageSize);
        }

        @Override
        public LinkedPage<Integer> next(String link) {
            calls.add(link);
            String[] parts = link.split("[?&=]");
            return page(Integer.parseInt(parts[2]), Integer.parseInt(parts[4]));
        }

        private LinkedPage<Integer> page(int offset, int size) {
            int to = Math.min(offset + size, total);
            List<Integer> items = IntStream.range(offset, to).boxed().toList();
            String next = to < total ? "/v1/Trunks?Offset=" + to + "&PageSize=" + size : null;
            return new LinkedPage<>(items, next);
        }
    }

    @Test
    void listing_fetchesNothingUntilIterated() {
        FakeTwilio twilio = new FakeTwilio(10);
        PagedIterable<Integer> listing = LinkPager.listing(twilio);
        listing.iterator();
        listing.stream();
        assertThat(twilio.calls).isEmpty();
        assertThat(listing.pageSize()).isEqualTo(50);
    }

    @Test
    void iteration_followsTheNextLinks_pageByPage() {
        FakeTwilio twilio = new FakeTwilio(7);
        List<Integer> all = LinkPager.listing(twilio).withPageSize(3).stream().toList();
        assertThat(all).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(twilio.calls).containsExactly("first:3", "/v1/Trunks?Offset=3&PageSize=3",
                "/v1/Trunks?Offset=6&PageSize=3");
    }

    @Test
    void shortCircuitingStreams_stopFetching() {
        FakeTwilio twilio = new FakeTwilio(100);
        assertThat(LinkPager.listing(twilio).withPageSize(10).stream().filter(i -> i == 12).findFirst()).contains(12);
        assertThat(twilio.calls).hasSize(2);
    }

    @Test
    void pageAccess_walksUnknownLinks_andReusesKnownOnes() {
        FakeTwilio twilio = new FakeTwilio(10);
        PagedIterable<Integer> listing = LinkPager.listing(twilio).withPageSize(3);
        Page<Integer> third = listing.page(3);
        assertThat(third.items()).containsExactly(6, 7, 8);
        assertThat(third.hasNext()).isTrue();
        assertThat(third.totalItems()).isEmpty();
        assertThat(twilio.calls).hasSize(3);
        twilio.calls.clear();
        assertThat(listing.page(4).items()).containsExactly(9);
        assertThat(listing.page(4).hasNext()).isFalse();
        assertThat(twilio.calls).containsExactly("/v1/Trunks?Offset=9&PageSize=3", "/v1/Trunks?Offset=9&PageSize=3");
    }

    @Test
    void pageBeyondTheEnd_isEmpty() {
        FakeTwilio twilio = new FakeTwilio(4);
        Page<Integer> page = LinkPager.listing(twilio).withPageSize(2).page(5);
        assertThat(page.items()).isEmpty();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void otherPageSizes_keepTheirOwnLinks() {
        FakeTwilio twilio = new FakeTwilio(6);
        PagedIterable<Integer> listing = LinkPager.listing(twilio);
        assertThat(listing.withPageSize(2).page(2).items()).containsExactly(2, 3);
        assertThat(listing.withPageSize(3).page(2).items()).containsExactly(3, 4, 5);
        assertThat(twilio.calls).containsExactly("first:2", "/v1/Trunks?Offset=2&PageSize=2", "first:3",
                "/v1/Trunks?Offset=3&PageSize=3");
    }

    @Test
    void emptyListing_fetchesOnce() {
        FakeTwilio twilio = new FakeTwilio(0);
        assertThat(LinkPager.listing(twilio).stream().toList()).isEmpty();
        assertThat(twilio.calls).containsExactly("first:50");
    }

    @Test
    void emptyNextLink_meansTheLastPage() {
        LinkPager.PageSource<String> source = new LinkPager.PageSource<>() {
            @Override
            public LinkedPage<String> first(int pageSize) {
                return new LinkedPage<>(List.of("only"), "");
            }

            @Override
            public LinkedPage<String> next(String link) {
                throw new AssertionError("no next page to follow");
            }
        };
        assertThat(LinkPager.listing(source).stream().toList()).containsExactly("only");
    }

    /** Serves pages whose next link, from the second page on, is always the same one. */
    private static final class LoopingTwilio implements LinkPager.PageSource<String> {
        final List<String> calls = new ArrayList<>();

        @Override
        public LinkedPage<String> first(int pageSize) {
            calls.add("first");
            return new LinkedPage<>(List.of("a"), "/v1/Trunks?PageToken=PAloop");
        }

        @Override
        public LinkedPage<String> next(String link) {
            calls.add(link);
            return new LinkedPage<>(List.of("b"), "/v1/Trunks?PageToken=PAloop");
        }
    }

    @Test
    void nextLinkRepeatingAnEarlierPage_failsInsteadOfLoopingForever() {
        LoopingTwilio twilio = new LoopingTwilio();

        assertThatThrownBy(() -> LinkPager.listing(twilio).stream().limit(100).toList())
                .isInstanceOf(EstClientException.class).hasMessageContaining("repeats");
        assertThat(twilio.calls).containsExactly("first", "/v1/Trunks?PageToken=PAloop");
    }

    @Test
    void refetchingAPage_thatReturnsTheSameNextLinkAgain_isNoLoop() {
        FakeTwilio twilio = new FakeTwilio(6);
        PagedIterable<Integer> listing = LinkPager.listing(twilio).withPageSize(2);

        assertThat(listing.page(2).items()).containsExactly(2, 3);
        assertThat(listing.page(2).items()).containsExactly(2, 3);
        assertThat(listing.stream().toList()).containsExactly(0, 1, 2, 3, 4, 5);
    }
}
