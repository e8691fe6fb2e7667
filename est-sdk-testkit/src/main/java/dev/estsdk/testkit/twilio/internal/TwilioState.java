package dev.estsdk.testkit.twilio.internal;

import dev.estsdk.testkit.internal.VirtualClock;
import dev.estsdk.testkit.twilio.internal.Records.AclRec;
import dev.estsdk.testkit.twilio.internal.Records.CredentialListRec;
import dev.estsdk.testkit.twilio.internal.Records.NumberRec;
import dev.estsdk.testkit.twilio.internal.Records.TrunkRec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The one Twilio account the simulator holds, and the global registry of trunk domain names
 * (deleted ones stay reserved for the retention period). Every read and write runs under one
 * lock ({@link #locked(Supplier)}), so each request sees and leaves a consistent account.
 */
public final class TwilioState {

    private final TwilioSettings settings;
    private final VirtualClock clock;
    private final Sids sids = new Sids();
    private final ReentrantLock lock = new ReentrantLock();
    private final byte[] salt = HexFormat.of().parseHex(new Sids().next("00").substring(2));

    /** Trunks by SID, in creation order. */
    public final Map<String, TrunkRec> trunks = new LinkedHashMap<>();
    /** IP access control lists by SID. */
    public final Map<String, AclRec> acls = new LinkedHashMap<>();
    /** Credential lists by SID. */
    public final Map<String, CredentialListRec> credentialLists = new LinkedHashMap<>();
    /** Owned numbers by SID. */
    public final Map<String, NumberRec> numbers = new LinkedHashMap<>();
    /** Deleted domain names (lower case) and when they were deleted. */
    private final Map<String, Instant> deletedDomains = new HashMap<>();

    /** @param settings the configuration */
    public TwilioState(TwilioSettings settings) {
        this.settings = settings;
        this.clock = new VirtualClock(settings.initialInstant(), settings.ticker());
        seed();
    }

    /** @return the configuration */
    public TwilioSettings settings() {
        return settings;
    }

    /** @return the clock */
    public VirtualClock clock() {
        return clock;
    }

    /**
     * @param prefix a SID prefix
     * @return a new SID
     */
    public String newSid(String prefix) {
        return sids.next(prefix);
    }

    /**
     * Runs an action under the account lock.
     *
     * @param action what to do
     * @param <T> the result type
     * @return its result
     */
    public <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    /** Restores the seeded state: no trunks or lists, the owned numbers unassigned, no reservations. */
    public void reset() {
        locked(() -> {
            trunks.clear();
            acls.clear();
            credentialLists.clear();
            numbers.clear();
            deletedDomains.clear();
            clock.reset();
            seed();
            return null;
        });
    }

    private void seed() {
        Instant now = clock.now();
        for (String e164 : settings.ownedNumbers()) {
            NumberRec n = new NumberRec(numberSid(e164), e164, now);
            n.friendlyName = friendly(e164);
            numbers.put(n.sid, n);
        }
    }

    /** A stable SID per number, so seeded numbers keep their SIDs across resets and restarts. */
    static String numberSid(String e164) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(e164.getBytes(StandardCharsets.UTF_8));
            return "PN" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String friendly(String e164) {
        String digits = e164.substring(1);
        if (digits.length() == 11 && digits.startsWith("1")) {
            return "(" + digits.substring(1, 4) + ") " + digits.substring(4, 7) + "-" + digits.substring(7);
        }
        return e164;
    }

    /**
     * @param sid a trunk SID
     * @param path the request path, for the 404 message
     * @return the trunk
     * @throws TwilioError 404 when there is none
     */
    public TrunkRec trunk(String sid, String path) {
        TrunkRec t = trunks.get(sid);
        if (t == null) {
            throw TwilioError.notFound(path);
        }
        return t;
    }

    /**
     * @param trunkSid a trunk SID
     * @return the numbers routed to it, in account order
     */
    public List<NumberRec> numbersOf(String trunkSid) {
        List<NumberRec> out = new ArrayList<>();
        for (NumberRec n : numbers.values()) {
            if (trunkSid.equals(n.trunkSid)) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * @param t a trunk
     * @return Twilio's {@code auth_type}: {@code IP_ACL}, {@code CREDENTIAL_LIST}, both
     *     comma-separated, or empty
     */
    public static List<String> authTypes(TrunkRec t) {
        List<String> types = new ArrayList<>();
        if (!t.credentialLists.isEmpty()) {
            types.add("CREDENTIAL_LIST");
        }
        if (!t.ipAccessControlLists.isEmpty()) {
            types.add("IP_ACL");
        }
        return types;
    }

    /**
     * Whether a domain name may be given to a trunk: not used by another trunk, not owned by
     * another account, not deleted within the retention period.
     *
     * @param domain the domain name
     * @param exceptTrunk the trunk being renamed, or null
     * @return true when free
     */
    public boolean domainFree(String domain, String exceptTrunk) {
        String key = domain.toLowerCase(Locale.ROOT);
        for (TrunkRec t : trunks.values()) {
            if (t.domainName != null && t.domainName.equalsIgnoreCase(key) && !t.sid.equals(exceptTrunk)) {
                return false;
            }
        }
        if (isForeign(key)) {
            return false;
        }
        Instant deleted = deletedDomains.get(key);
        return deleted == null || !clock.now().isBefore(deleted.plus(settings.domainRetention()));
    }

    /**
     * @param domain a domain name
     * @return whether another account owns it
     */
    public boolean isForeign(String domain) {
        return settings.foreignDomains().stream().anyMatch(d -> d.equalsIgnoreCase(domain));
    }

    /**
     * @param domain a domain name
     * @return the trunk of this account that has it, or null
     */
    public TrunkRec trunkByDomain(String domain) {
        for (TrunkRec t : trunks.values()) {
            if (t.domainName != null && t.domainName.equalsIgnoreCase(domain)) {
                return t;
            }
        }
        return null;
    }

    /**
     * @param domain a trunk's domain
     * @return whether any trunk's domain is a sub-domain of it
     */
    public boolean hasSubDomains(String domain) {
        String suffix = "." + domain.toLowerCase(Locale.ROOT);
        return trunks.values().stream()
                .anyMatch(t -> t.domainName != null && t.domainName.toLowerCase(Locale.ROOT).endsWith(suffix));
    }

    /**
     * Reserves a deleted trunk's domain for the retention period.
     *
     * @param domain the domain name, or null
     */
    public void reserve(String domain) {
        if (domain != null) {
            deletedDomains.put(domain.toLowerCase(Locale.ROOT), clock.now());
        }
    }

    /**
     * @param password a password
     * @return its salted hash
     */
    public byte[] hash(String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return how long deleted domains stay reserved */
    public Duration retention() {
        return settings.domainRetention();
    }
}
