package dev.estsdk.workflows.internal;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdaptiveLimitTest {

    @Test
    void onThrottled_halvesDownToOne() {
        AdaptiveLimit limit = new AdaptiveLimit(16);

        limit.onThrottled();
        assertThat(limit.limit()).isEqualTo(8);
        limit.onThrottled();
        limit.onThrottled();
        limit.onThrottled();
        limit.onThrottled();

        assertThat(limit.limit()).isEqualTo(1);
    }

    @Test
    void onSuccess_growsByOneAfterAsManySuccessesAsTheLimit_upToTheMaximum() {
        AdaptiveLimit limit = new AdaptiveLimit(4);
        limit.onThrottled();
        limit.onThrottled();

        limit.onSuccess();
        assertThat(limit.limit()).isEqualTo(2);
        limit.onSuccess();
        limit.onSuccess();
        assertThat(limit.limit()).isEqualTo(3);
        for (int i = 0; i < 20; i++) {
            limit.onSuccess();
        }

        assertThat(limit.limit()).isEqualTo(4);
    }

    @Test
    void acquire_blocksAtTheLimitUntilASlotIsReleased() throws Exception {
        AdaptiveLimit limit = new AdaptiveLimit(1);
        limit.acquire();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch acquired = new CountDownLatch(1);
        Thread waiter = new Thread(() -> {
            started.countDown();
            try {
                limit.acquire();
                acquired.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        started.await();

        assertThat(acquired.getCount()).isEqualTo(1);
        limit.release();

        assertThat(acquired.await(10, TimeUnit.SECONDS)).isTrue();
        waiter.join();
    }

    @Test
    void constructor_belowOne_isRefused() {
        assertThatThrownBy(() -> new AdaptiveLimit(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
