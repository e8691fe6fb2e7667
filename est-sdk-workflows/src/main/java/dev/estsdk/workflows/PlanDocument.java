package dev.estsdk.workflows;

import dev.estsdk.api.model.Transport;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One trunk as written in a plan file (JSON or YAML, see {@code docs/plan.schema.json}):
 * carrier-neutral, with passwords as {@link SecretRef references}, never values. Immutable and
 * thread-safe; records throughout, so two documents with the same content are equal (an export
 * compared with the file it came from).
 *
 * <pre>{@code
 * version: 1
 * trunk: { name: ACME PBX, hostName: acme-pbx }
 * accessControlLists:
 *   - name: HQ SBC
 *     ipRanges: ["203.0.113.10/32"]
 * endpoints:
 *   - name: pbx-1
 *     address: 203.0.113.20
 * phoneNumbers: ["+12025550101"]
 * }</pre>
 *
 * <p>The constructors check only what the types cannot say (required parts present, lists never
 * null); whether the plan can work is checked when it becomes a {@link ProvisioningPlan}, with
 * every problem reported at once under the document's field paths
 * (e.g. {@code endpoints[1].port}).
 *
 * @param version            the file format's version; {@link #CURRENT_VERSION}
 * @param trunk              the trunk
 * @param direction          which calls the trunk carries, or null to infer it from the content
 * @param accessControlLists lists that admit outbound calls by source IP; never null
 * @param credentialLists    lists that admit outbound calls or registrations by SIP digest; never null
 * @param endpoints          where inbound calls go; never null
 * @param phoneNumbers       E.164 numbers to assign to the trunk; never null
 * @param twilio             options only Twilio trunks have, or null
 */
public record PlanDocument(int version, TrunkSpec trunk, @Nullable TrafficDirection direction,
                           List<AclSpec> accessControlLists, List<CredentialListSpec> credentialLists,
                           List<EndpointSpec> endpoints, List<String> phoneNumbers, @Nullable TwilioSpec twilio) {

    /** The plan file format version this SDK reads and writes. */
    public static final int CURRENT_VERSION = 1;

    /**
     * Copies the lists; null lists mean none.
     *
     * @param version            the format version
     * @param trunk              the trunk
     * @param direction          the direction, or null
     * @param accessControlLists the access control lists, or null for none
     * @param credentialLists    the credential lists, or null for none
     * @param endpoints          the endpoints, or null for none
     * @param phoneNumbers       the numbers, or null for none
     * @param twilio             the Twilio options, or null
     * @throws NullPointerException if trunk is null or a list holds null
     */
    public PlanDocument(int version, TrunkSpec trunk, @Nullable TrafficDirection direction,
                        @Nullable List<AclSpec> accessControlLists, @Nullable List<CredentialListSpec> credentialLists,
                        @Nullable List<EndpointSpec> endpoints, @Nullable List<String> phoneNumbers,
                        @Nullable TwilioSpec twilio) {
        this.version = version;
        this.trunk = Objects.requireNonNull(trunk, "trunk");
        this.direction = direction;
        this.accessControlLists = copy(accessControlLists);
        this.credentialLists = copy(credentialLists);
        this.endpoints = copy(endpoints);
        this.phoneNumbers = copy(phoneNumbers);
        this.twilio = twilio;
    }

    /**
     * Starts a document of the current version.
     *
     * @param trunk the trunk
     * @return a new builder
     */
    public static Builder builder(TrunkSpec trunk) {
        return new Builder(trunk);
    }

    /**
     * Starts a builder holding everything of this document, to derive a changed one.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(trunk);
        b.version = version;
        b.direction = direction;
        b.accessControlLists.addAll(accessControlLists);
        b.credentialLists.addAll(credentialLists);
        b.endpoints.addAll(endpoints);
        b.phoneNumbers.addAll(phoneNumbers);
        b.twilio = twilio;
        return b;
    }

    /**
     * The plan this document describes, with the passwords its references point to. Validates
     * the whole document first: every problem is reported at once under the document's field
     * paths ({@code endpoints[1].port}, {@code accessControlLists[0].ipRanges[0]}); a variable
     * that is not set is named with the field, never a value.
     *
     * @param secrets looks up the passwords, e.g. {@link SecretResolver#environment()}
     * @return the validated plan
     * @throws dev.estsdk.api.exception.EstValidationException listing every problem; no request
     *                                                         has been made
     */
    public ProvisioningPlan toPlan(SecretResolver secrets) {
        return PlanConversion.toPlan(this, Objects.requireNonNull(secrets, "secrets"));
    }

    /**
     * The document of a plan built in code, to write it as a file. Passwords become references
     * named by {@link SecretRef#forCredential} ({@link SecretRef#forCredentialInList} for a
     * username in several lists of the plan); the values are not kept. Access control lists are
     * written as CIDR ranges, without their ranges' descriptions; the plan's Twilio options
     * become the {@code twilio} block, their origination weights the endpoints' {@code weight}.
     *
     * @param plan the plan
     * @return the document
     */
    public static PlanDocument from(ProvisioningPlan plan) {
        return PlanConversion.fromPlan(Objects.requireNonNull(plan, "plan"));
    }

    private static <T> List<T> copy(@Nullable List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * Collects a document. Not thread-safe.
     */
    public static final class Builder {
        private int version = CURRENT_VERSION;
        private TrunkSpec trunk;
        private @Nullable TrafficDirection direction;
        private final List<AclSpec> accessControlLists = new ArrayList<>();
        private final List<CredentialListSpec> credentialLists = new ArrayList<>();
        private final List<EndpointSpec> endpoints = new ArrayList<>();
        private final List<String> phoneNumbers = new ArrayList<>();
        private @Nullable TwilioSpec twilio;

        private Builder(TrunkSpec trunk) {
            this.trunk = Objects.requireNonNull(trunk, "trunk");
        }

        /**
         * Sets the format version ({@link #CURRENT_VERSION} unless set).
         *
         * @param version the version
         * @return this builder
         */
        public Builder version(int version) {
            this.version = version;
            return this;
        }

        /**
         * Replaces the trunk.
         *
         * @param trunk the trunk
         * @return this builder
         */
        public Builder trunk(TrunkSpec trunk) {
            this.trunk = Objects.requireNonNull(trunk, "trunk");
            return this;
        }

        /**
         * Sets the direction.
         *
         * @param direction the direction, or null to infer it
         * @return this builder
         */
        public Builder direction(@Nullable TrafficDirection direction) {
            this.direction = direction;
            return this;
        }

        /**
         * Adds an access control list.
         *
         * @param acl the list
         * @return this builder
         */
        public Builder accessControlList(AclSpec acl) {
            accessControlLists.add(Objects.requireNonNull(acl, "acl"));
            return this;
        }

        /**
         * Adds a credential list.
         *
         * @param list the list
         * @return this builder
         */
        public Builder credentialList(CredentialListSpec list) {
            credentialLists.add(Objects.requireNonNull(list, "list"));
            return this;
        }

        /**
         * Adds an endpoint.
         *
         * @param endpoint the endpoint
         * @return this builder
         */
        public Builder endpoint(EndpointSpec endpoint) {
            endpoints.add(Objects.requireNonNull(endpoint, "endpoint"));
            return this;
        }

        /**
         * Adds numbers.
         *
         * @param e164 numbers such as {@code +12025550101}
         * @return this builder
         */
        public Builder phoneNumbers(String... e164) {
            return phoneNumbers(Arrays.asList(e164));
        }

        /**
         * Adds numbers.
         *
         * @param e164 numbers such as {@code +12025550101}
         * @return this builder
         */
        public Builder phoneNumbers(Collection<String> e164) {
            phoneNumbers.addAll(e164);
            return this;
        }

        /**
         * Sets the Twilio-only options.
         *
         * @param twilio the options, or null for none
         * @return this builder
         */
        public Builder twilio(@Nullable TwilioSpec twilio) {
            this.twilio = twilio;
            return this;
        }

        /**
         * Builds the document.
         *
         * @return the document
         */
        public PlanDocument build() {
            return new PlanDocument(version, trunk, direction, accessControlLists, credentialLists, endpoints,
                    phoneNumbers, twilio);
        }
    }

    /**
     * The trunk. Its host name identifies it: the SIP domain is {@code <hostName>.pstn.sinch.com}
     * on Sinch and {@code <hostName>.pstn.twilio.com} on Twilio.
     *
     * @param name              friendly name
     * @param hostName          the first label of the trunk's SIP domain
     * @param callerName        caller-name (CNAM) lookup on inbound calls (Sinch
     *                          {@code enableCallerName}, Twilio {@code CnamLookupEnabled}), or
     *                          null for the carrier's default (off)
     * @param callForwardNumber E.164 number for inbound calls no endpoint takes (Sinch only), or null
     */
    public record TrunkSpec(String name, String hostName, @Nullable Boolean callerName,
                            @Nullable String callForwardNumber) {
        /**
         * Checks the required fields are given.
         *
         * @param name              friendly name
         * @param hostName          the host name
         * @param callerName        CNAM lookup, or null
         * @param callForwardNumber call-forward number, or null
         * @throws NullPointerException if name or hostName is null
         */
        public TrunkSpec {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(hostName, "hostName");
        }

        /**
         * A trunk with a name and host name only.
         *
         * @param name     friendly name
         * @param hostName the host name
         * @return the trunk
         */
        public static TrunkSpec of(String name, String hostName) {
            return new TrunkSpec(name, hostName, null, null);
        }
    }

    /**
     * An access control list: a new one ({@code name} and {@code ipRanges}) or an existing one
     * ({@code existing}, its id).
     *
     * @param name     the new list's name, or null for an existing list
     * @param ipRanges the new list's networks in CIDR notation ({@code 203.0.113.10/32}); never null
     * @param existing the id of an existing list, or null for a new one
     */
    public record AclSpec(@Nullable String name, List<String> ipRanges, @Nullable String existing) {
        /**
         * Copies the ranges; null means none.
         *
         * @param name     the name, or null
         * @param ipRanges the ranges, or null for none
         * @param existing the id, or null
         */
        public AclSpec(@Nullable String name, @Nullable List<String> ipRanges, @Nullable String existing) {
            this.name = name;
            this.ipRanges = copy(ipRanges);
            this.existing = existing;
        }

        /**
         * A new list.
         *
         * @param name     the name
         * @param ipRanges networks in CIDR notation
         * @return the list
         */
        public static AclSpec create(String name, List<String> ipRanges) {
            return new AclSpec(Objects.requireNonNull(name, "name"), ipRanges, null);
        }

        /**
         * A list that already exists.
         *
         * @param id the list id
         * @return the list
         */
        public static AclSpec existing(String id) {
            return new AclSpec(null, List.of(), Objects.requireNonNull(id, "id"));
        }

        /**
         * Whether this refers to an existing list.
         *
         * @return true when {@link #existing()} is set
         */
        public boolean isExisting() {
            return existing != null;
        }
    }

    /**
     * A credential list: a new one ({@code name} and {@code credentials}) or an existing one
     * ({@code existing}, its id).
     *
     * @param name        the new list's name, or null for an existing list
     * @param use         what the list authenticates
     * @param credentials the new list's users; never null
     * @param existing    the id of an existing list, or null for a new one
     */
    public record CredentialListSpec(@Nullable String name, CredentialUse use, List<CredentialSpec> credentials,
                                     @Nullable String existing) {
        /**
         * Copies the credentials; null means none, a null use means {@link CredentialUse#OUTBOUND}.
         *
         * @param name        the name, or null
         * @param use         the use, or null for outbound
         * @param credentials the users, or null for none
         * @param existing    the id, or null
         */
        public CredentialListSpec(@Nullable String name, @Nullable CredentialUse use,
                                  @Nullable List<CredentialSpec> credentials, @Nullable String existing) {
            this.name = name;
            this.use = use == null ? CredentialUse.OUTBOUND : use;
            this.credentials = copy(credentials);
            this.existing = existing;
        }

        /**
         * A new list.
         *
         * @param name        the name
         * @param use         what it authenticates
         * @param credentials its users
         * @return the list
         */
        public static CredentialListSpec create(String name, CredentialUse use, List<CredentialSpec> credentials) {
            return new CredentialListSpec(Objects.requireNonNull(name, "name"), use, credentials, null);
        }

        /**
         * A list that already exists.
         *
         * @param id  the list id
         * @param use what it authenticates
         * @return the list
         */
        public static CredentialListSpec existing(String id, CredentialUse use) {
            return new CredentialListSpec(null, use, List.of(), Objects.requireNonNull(id, "id"));
        }

        /**
         * Whether this refers to an existing list.
         *
         * @return true when {@link #existing()} is set
         */
        public boolean isExisting() {
            return existing != null;
        }
    }

    /**
     * One user of a credential list; the password is a reference.
     *
     * @param username the SIP username
     * @param password where the password comes from
     */
    public record CredentialSpec(String username, SecretRef password) {
        /**
         * Checks both are given.
         *
         * @param username the SIP username
         * @param password the reference
         * @throws NullPointerException if either is null
         */
        public CredentialSpec {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
        }
    }

    /**
     * An endpoint that receives inbound calls: static (an address) or registered (a username that
     * REGISTERs; Sinch only). Unset optional fields take the carrier's defaults (port 5060, UDP,
     * priority 1, weight 10 on Twilio, enabled).
     *
     * @param name               friendly name, unique in the plan
     * @param type               static or registered
     * @param address            a static endpoint's IPv4 address or host name, else null
     * @param port               a static endpoint's SIP port, or null for 5060
     * @param transport          SIP transport, or null for UDP
     * @param priority           routing priority (lower wins), or null for 1
     * @param weight             share among endpoints of equal priority (Twilio only), or null
     * @param enabled            whether it receives calls, or null for enabled
     * @param credentialUsername a registered endpoint's username, else null
     */
    public record EndpointSpec(String name, EndpointType type, @Nullable String address, @Nullable Integer port,
                               @Nullable Transport transport, @Nullable Integer priority, @Nullable Integer weight,
                               @Nullable Boolean enabled, @Nullable String credentialUsername) {
        /**
         * Checks name and type are given.
         *
         * @param name               name
         * @param type               type
         * @param address            address, or null
         * @param port               port, or null
         * @param transport          transport, or null
         * @param priority           priority, or null
         * @param weight             weight, or null
         * @param enabled            enabled, or null
         * @param credentialUsername username, or null
         * @throws NullPointerException if name or type is null
         */
        public EndpointSpec {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }

        /**
         * A static endpoint with the carrier's defaults for everything but its address.
         *
         * @param name    the name
         * @param address IPv4 address or host name
         * @return the endpoint
         */
        public static EndpointSpec staticEndpoint(String name, String address) {
            return new EndpointSpec(name, EndpointType.STATIC, Objects.requireNonNull(address, "address"), null,
                    null, null, null, null, null);
        }

        /**
         * A registered endpoint (Sinch only) with the default transport, priority and state.
         *
         * @param name               the name
         * @param credentialUsername the username it REGISTERs with
         * @return the endpoint
         */
        public static EndpointSpec registered(String name, String credentialUsername) {
            return new EndpointSpec(name, EndpointType.REGISTERED, null, null, null, null, null, null,
                    Objects.requireNonNull(credentialUsername, "credentialUsername"));
        }
    }

    /**
     * Options only Twilio trunks have; a plan carrying them is refused on Sinch. Null fields keep
     * Twilio's defaults.
     *
     * @param secure                 secure trunking (TLS signalling and SRTP media), or null
     * @param recording              call recording, or null
     * @param disasterRecoveryUrl    URL Twilio fetches TwiML from when no origination URL answers, or null
     * @param disasterRecoveryMethod HTTP method for that URL, or null
     * @param transferMode           SIP REFER handling, or null
     * @param transferCallerId       caller id of transferred calls, or null
     */
    public record TwilioSpec(@Nullable Boolean secure, @Nullable RecordingSpec recording,
                             @Nullable String disasterRecoveryUrl, @Nullable HttpMethod disasterRecoveryMethod,
                             @Nullable TransferMode transferMode, @Nullable TransferCallerId transferCallerId) {
    }

    /**
     * Twilio call recording.
     *
     * @param mode what is recorded, or null for Twilio's default (not recorded)
     * @param trim whether silence is trimmed, or null for Twilio's default
     */
    public record RecordingSpec(@Nullable RecordingMode mode, @Nullable RecordingTrim trim) {
    }

    /** What a credential list authenticates. */
    public enum CredentialUse {
        /** Outbound INVITEs (SIP digest instead of, or as well as, source IP). */
        OUTBOUND,
        /** REGISTERs of registered endpoints (Sinch only). */
        REGISTRATION;

        /**
         * The spelling in a plan file.
         *
         * @return e.g. {@code outbound}
         */
        public String value() {
            return fileValue(this);
        }
    }

    /** The kind of an endpoint. */
    public enum EndpointType {
        /** An endpoint at a fixed address. */
        STATIC,
        /** An endpoint that REGISTERs with a username (Sinch only). */
        REGISTERED;

        /**
         * The spelling in a plan file.
         *
         * @return e.g. {@code static}
         */
        public String value() {
            return fileValue(this);
        }
    }

    /** Twilio recording modes. */
    public enum RecordingMode {
        /** No recording. */
        DO_NOT_RECORD,
        /** Record from ringing, one channel. */
        RECORD_FROM_RINGING,
        /** Record from answer, one channel. */
        RECORD_FROM_ANSWER,
        /** Record from ringing, two channels. */
        RECORD_FROM_RINGING_DUAL,
        /** Record from answer, two channels. */
        RECORD_FROM_ANSWER_DUAL;

        /**
         * The spelling in a plan file and Twilio's API.
         *
         * @return e.g. {@code do-not-record}
         */
        public String value() {
            return fileValue(this);
        }
    }

    /** Twilio recording trim settings. */
    public enum RecordingTrim {
        /** Trim leading and trailing silence. */
        TRIM_SILENCE,
        /** Keep the whole recording. */
        DO_NOT_TRIM;

        /**
         * The spelling in a plan file and Twilio's API.
         *
         * @return e.g. {@code do-not-trim}
         */
        public String value() {
            return fileValue(this);
        }
    }

    /** Twilio SIP REFER (call transfer) settings. */
    public enum TransferMode {
        /** Transfers are refused. */
        DISABLE_ALL,
        /** Transfers to SIP and PSTN destinations. */
        ENABLE_ALL,
        /** Transfers to SIP destinations only. */
        SIP_ONLY;

        /**
         * The spelling in a plan file and Twilio's API.
         *
         * @return e.g. {@code disable-all}
         */
        public String value() {
            return fileValue(this);
        }
    }

    /** Which caller id a transferred call shows on Twilio. */
    public enum TransferCallerId {
        /** The transferee's. */
        FROM_TRANSFEREE,
        /** The transferor's. */
        FROM_TRANSFEROR;

        /**
         * The spelling in a plan file and Twilio's API.
         *
         * @return e.g. {@code from-transferee}
         */
        public String value() {
            return fileValue(this);
        }
    }

    /** HTTP methods Twilio uses for the disaster-recovery URL. */
    public enum HttpMethod {
        /** HTTP GET. */
        GET,
        /** HTTP POST. */
        POST;

        /**
         * The spelling in a plan file and Twilio's API.
         *
         * @return {@code GET} or {@code POST}
         */
        public String value() {
            return name();
        }
    }

    /**
     * The plan file spelling of a direction.
     *
     * @param direction the direction
     * @return {@code outbound}, {@code inbound} or {@code both}
     */
    public static String value(TrafficDirection direction) {
        return fileValue(direction);
    }

    /**
     * Finds the constant of an enum by its plan file spelling (case-insensitive; {@code -} and
     * {@code _} are the same).
     *
     * @param type  the enum, e.g. {@code TransferMode.class}
     * @param value the spelling, e.g. {@code disable-all}
     * @param <E>   the enum type
     * @return the constant, or empty if none is spelled so
     */
    public static <E extends Enum<E>> Optional<E> parseValue(Class<E> type, String value) {
        String wanted = value.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(wanted)).findFirst();
    }

    private static String fileValue(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
