package dev.estsdk.testkit.twilio.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The simulator's mutable state objects, one per Twilio resource. They are only touched while
 * holding the {@link TwilioState} lock.
 */
public final class Records {

    private Records() {
    }

    /** A trunk with its origination URLs, recording and associations. */
    public static final class TrunkRec {
        /** The SID. */
        public final String sid;
        /** When created. */
        public final Instant created;
        /** When last changed. */
        public Instant updated;
        /** Name, or null. */
        public String friendlyName;
        /** Domain name, or null. */
        public String domainName;
        /** Disaster-recovery URL, or null. */
        public String disasterRecoveryUrl;
        /** Disaster-recovery method, or null. */
        public String disasterRecoveryMethod;
        /** Secure trunking. */
        public boolean secure;
        /** CNAM lookups. */
        public boolean cnamLookupEnabled;
        /** Transfer mode. */
        public String transferMode = "disable-all";
        /** Transfer caller ID. */
        public String transferCallerId = "from-transferee";
        /** Recording mode. */
        public String recordingMode = "do-not-record";
        /** Recording trim. */
        public String recordingTrim = "do-not-trim";
        /** Origination URLs by SID, in creation order. */
        public final Map<String, OriginationUrlRec> originationUrls = new LinkedHashMap<>();
        /** Associated ACL SIDs with the association time. */
        public final Map<String, Instant> ipAccessControlLists = new LinkedHashMap<>();
        /** Associated credential list SIDs with the association time. */
        public final Map<String, Instant> credentialLists = new LinkedHashMap<>();

        /**
         * @param sid the SID
         * @param created the creation time
         */
        public TrunkRec(String sid, Instant created) {
            this.sid = sid;
            this.created = created;
            this.updated = created;
        }
    }

    /** An origination URL. */
    public static final class OriginationUrlRec {
        /** The SID. */
        public final String sid;
        /** The trunk. */
        public final String trunkSid;
        /** When created. */
        public final Instant created;
        /** When last changed. */
        public Instant updated;
        /** Name. */
        public String friendlyName;
        /** SIP URL as given. */
        public String sipUrl;
        /** Priority. */
        public int priority;
        /** Weight. */
        public int weight;
        /** Whether enabled. */
        public boolean enabled;

        /**
         * @param sid the SID
         * @param trunkSid the trunk
         * @param created the creation time
         */
        public OriginationUrlRec(String sid, String trunkSid, Instant created) {
            this.sid = sid;
            this.trunkSid = trunkSid;
            this.created = created;
            this.updated = created;
        }
    }

    /** An IP access control list with its entries. */
    public static final class AclRec {
        /** The SID. */
        public final String sid;
        /** When created. */
        public final Instant created;
        /** When last changed. */
        public Instant updated;
        /** Name. */
        public String friendlyName;
        /** Entries by SID. */
        public final Map<String, IpRec> addresses = new LinkedHashMap<>();

        /**
         * @param sid the SID
         * @param created the creation time
         */
        public AclRec(String sid, Instant created) {
            this.sid = sid;
            this.created = created;
            this.updated = created;
        }
    }

    /** One IP access control list entry. */
    public static final class IpRec {
        /** The SID. */
        public final String sid;
        /** The list. */
        public final String aclSid;
        /** When created. */
        public final Instant created;
        /** When last changed. */
        public Instant updated;
        /** Name. */
        public String friendlyName;
        /** Dotted-quad address. */
        public String ipAddress;
        /** Prefix length. */
        public int cidrPrefixLength;

        /**
         * @param sid the SID
         * @param aclSid the list
         * @param created the creation time
         */
        public IpRec(String sid, String aclSid, Instant created) {
            this.sid = sid;
            this.aclSid = aclSid;
            this.created = created;
            this.updated = created;
        }
    }

    /** A credential list with its credentials. */
    public static final class CredentialListRec {
        /** The SID. */
        public final String sid;
        /** When created. */
        public final Instant created;
        /** When last changed. */
        public Instant updated;
        /** Name. */
        public String friendlyName;
        /** Credentials by SID. */
        public final Map<String, CredentialRec> credentials = new LinkedHashMap<>();

        /**
         * @param sid the SID
         * @param created the creation time
         */
        public CredentialListRec(String sid, Instant created) {
            this.sid = sid;
            this.created = created;
            this.updated = created;
        }
    }

    /** One digest credential; the password is kept only as a salted hash. */
    public static final class CredentialRec {
        /** The SID. */
        public final String sid;
        /** The list. */
        public final String listSid;
        /** The username. */
        public final String username;
        /** When created. */
        public final Instant created;
        /** When last changed. */
        public Instant updated;
        /** The password's hash. */
        public byte[] passwordHash;

        /**
         * @param sid the SID
         * @param listSid the list
         * @param username the username
         * @param created the creation time
         */
        public CredentialRec(String sid, String listSid, String username, Instant created) {
            this.sid = sid;
            this.listSid = listSid;
            this.username = username;
            this.created = created;
            this.updated = created;
        }
    }

    /** A phone number the account owns. */
    public static final class NumberRec {
        /** The SID. */
        public final String sid;
        /** E.164. */
        public final String phoneNumber;
        /** When created. */
        public final Instant created;
        /** When last changed. */
        public Instant updated;
        /** Name, e.g. {@code (202) 555-0101}. */
        public String friendlyName;
        /** The trunk it routes to, or null. */
        public String trunkSid;
        /** The voice application, or null. */
        public String voiceApplicationSid;
        /** The voice URL, or null. */
        public String voiceUrl;

        /**
         * @param sid the SID
         * @param phoneNumber the E.164 number
         * @param created the creation time
         */
        public NumberRec(String sid, String phoneNumber, Instant created) {
            this.sid = sid;
            this.phoneNumber = phoneNumber;
            this.created = created;
            this.updated = created;
        }
    }
}
