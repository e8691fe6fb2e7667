package dev.estsdk.testkit.internal.calls;

import dev.estsdk.testkit.CallSeed;
import dev.estsdk.testkit.internal.IdGenerator;
import dev.estsdk.testkit.internal.model.CallRecord;
import dev.estsdk.testkit.internal.model.CountryCatalog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/** Turns a {@link CallSeed} into a full call record, deriving times, billing and countries. */
public final class CallRecords {

    private CallRecords() {
    }

    /**
     * @param seed the seed
     * @param projectId the project it lands in
     * @param now the simulator's current time (for a seed without create time)
     * @param ids id source
     * @return the record
     */
    public static CallRecord fromSeed(CallSeed seed, String projectId, Instant now, IdGenerator ids) {
        Instant created = seed.createTime() != null ? seed.createTime() : now.minus(Duration.ofMinutes(1));
        String callId = seed.callId() != null ? seed.callId() : ids.next(created);
        String result = seed.callResult();
        boolean answered = result.equals("COMPLETED");
        int duration = answered ? seed.durationSeconds() : 0;
        Instant answer = answered ? created.plusSeconds(7) : null;
        Instant end = (answered ? answer : created.plusSeconds(20)).plusSeconds(duration);
        int billing = answered ? ((duration + 59) / 60) * 60 : 0;
        BigDecimal price = seed.pricePerMinute().multiply(BigDecimal.valueOf(billing / 60))
                .setScale(4, RoundingMode.HALF_UP);
        String fromCountry = seed.fromCountryCode() != null ? seed.fromCountryCode()
                : CountryCatalog.countryOf(userPart(seed.from()));
        String toCountry = seed.toCountryCode() != null ? seed.toCountryCode()
                : CountryCatalog.countryOf(userPart(seed.to()));
        return new CallRecord(callId, projectId, seed.trunkId(), seed.trunkName(), seed.from(), seed.to(),
                seed.direction(), result, created, answer, end, duration, billing,
                seed.pricePerMinute(), price, seed.currencyCode(), fromCountry, toCountry, seed.emergency(),
                seed.region(), seed.withPcap() ? "PCAP" + callId : null,
                seed.groupId() != null ? seed.groupId() : callId, seed.parentId(), seed.relationshipType(),
                seed.hasChildren(), sipCode(result));
    }

    /**
     * @param party a number or a SIP URI such as {@code sip:12015555555@76.184.202.212}, optionally in angle brackets
     * @return the user part without scheme, host or leading {@code +}
     */
    public static String userPart(String party) {
        String s = party.trim();
        int lt = s.indexOf('<');
        if (lt >= 0) {
            int gt = s.indexOf('>', lt);
            s = s.substring(lt + 1, gt < 0 ? s.length() : gt);
        }
        if (s.regionMatches(true, 0, "sips:", 0, 5)) {
            s = s.substring(5);
        } else if (s.regionMatches(true, 0, "sip:", 0, 4) || s.regionMatches(true, 0, "tel:", 0, 4)) {
            s = s.substring(4);
        }
        for (char c : new char[] {'@', ';', '?'}) {
            int i = s.indexOf(c);
            if (i >= 0) {
                s = s.substring(0, i);
            }
        }
        return s.startsWith("+") ? s.substring(1) : s;
    }

    private static int sipCode(String result) {
        return switch (result) {
            case "COMPLETED" -> 200;
            case "BUSY" -> 486;
            case "NO_ANSWER" -> 480;
            case "CANCEL" -> 487;
            default -> 500;
        };
    }
}
