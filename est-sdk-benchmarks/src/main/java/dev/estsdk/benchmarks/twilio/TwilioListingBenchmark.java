package dev.estsdk.benchmarks.twilio;

import com.twilio.rest.api.v2010.account.IncomingPhoneNumber;
import dev.estsdk.benchmarks.twilio.TwilioFetchBenchmark.Clients;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Row 11c: list all {@value TwilioPayloads#PHONE_NUMBER_COUNT} incoming phone numbers in pages of
 * {@value TwilioPayloads#MAX_PAGE_SIZE}, following {@code next_page_uri}; one operation is the
 * whole listing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TwilioListingBenchmark {

    /**
     * @param clients the clients
     * @return how many numbers were listed
     */
    @Benchmark
    public long estListPhoneNumbers(Clients clients) {
        long count = 0;
        for (var number : clients.est.incomingPhoneNumbers().list().withPageSize(TwilioPayloads.MAX_PAGE_SIZE)) {
            count += number.sid().length() > 0 ? 1 : 0;
        }
        return checked(count);
    }

    /**
     * @param clients the clients
     * @return how many numbers were listed
     */
    @Benchmark
    public long twilioJavaListPhoneNumbers(Clients clients) {
        long count = 0;
        for (IncomingPhoneNumber number : IncomingPhoneNumber.reader()
                .setPageSize((long) TwilioPayloads.MAX_PAGE_SIZE).read(clients.twilioJava)) {
            count += number.getSid().length() > 0 ? 1 : 0;
        }
        return checked(count);
    }

    private static long checked(long count) {
        if (count != TwilioPayloads.PHONE_NUMBER_COUNT) {
            throw new IllegalStateException("listed " + count + " numbers, expected " + TwilioPayloads.PHONE_NUMBER_COUNT);
        }
        return count;
    }
}
