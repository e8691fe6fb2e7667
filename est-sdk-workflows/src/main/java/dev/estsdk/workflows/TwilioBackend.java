package dev.estsdk.workflows;

import dev.estsdk.api.exception.BadRequestException;
import dev.estsdk.api.exception.EstErrorDetails;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.NewIpRange;
import dev.estsdk.api.model.CreateAccessControlListRequest;
import dev.estsdk.api.model.CreateCredentialListRequest;
import dev.estsdk.api.model.CreateSipTrunkRequest;
import dev.estsdk.api.model.Credential;
import dev.estsdk.api.model.CredentialList;
import dev.estsdk.api.model.IpRange;
import dev.estsdk.api.model.NewCredential;
import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.api.model.RegisteredEndpoint;
import dev.estsdk.api.model.Secret;
import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.api.model.StaticEndpoint;
import dev.estsdk.api.model.Transport;
import dev.estsdk.twilio.TwilioApi;
import dev.estsdk.twilio.model.CreateCredentialRequest;
import dev.estsdk.twilio.model.CreateIpAddressRequest;
import dev.estsdk.twilio.model.CreateOriginationUrlRequest;
import dev.estsdk.twilio.model.CreateTrunkRequest;
import dev.estsdk.twilio.model.IncomingPhoneNumber;
import dev.estsdk.twilio.model.OriginationUrl;
import dev.estsdk.twilio.model.Recording;
import dev.estsdk.twilio.model.SipCredential;
import dev.estsdk.twilio.model.SipCredentialList;
import dev.estsdk.twilio.model.SipIpAccessControlList;
import dev.estsdk.twilio.model.SipIpAddress;
import dev.estsdk.twilio.model.Trunk;
import dev.estsdk.twilio.model.TrunkPhoneNumber;
import dev.estsdk.twilio.model.TwilioRules;
import dev.estsdk.twilio.model.UpdateIpAddressRequest;
import dev.estsdk.twilio.model.UpdateOriginationUrlRequest;
import dev.estsdk.twilio.model.UpdateRecordingRequest;
import dev.estsdk.twilio.model.UpdateTrunkRequest;
import dev.estsdk.twilio.model.WireValue;
import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The engine's operations on Twilio Elastic SIP Trunking, mapped as the Twilio reference's §12
 * says: a trunk's host is the first label of its {@code DomainName}, an origination URL reads as
 * a static endpoint ({@code sip:address:port;transport=…}, FriendlyName = endpoint name), an IP
 * access control list's entries as IP ranges, numbers are associated by their PN SID. What it
 * read is cached for the run (raw trunks, origination URLs' weights, number SIDs); the number
 * operations are thread-safe for bulk runs.
 */
final class TwilioBackend implements Backend {

    /** The most origination URLs a Twilio trunk takes. */
    static final int MAX_ORIGINATION_URLS = 10;

    /** The most entries a Twilio IP access control list takes. */
    static final int MAX_IP_ADDRESSES = 100;

    private final TwilioCarrier carrier;
    private final TwilioApi api;
    private final TwilioOptions options;
    private final Map<String, Trunk> trunks = new ConcurrentHashMap<>();
    private final Map<String, Integer> weights = new ConcurrentHashMap<>();
    private final Map<String, IncomingPhoneNumber> numbers = new ConcurrentHashMap<>();

    TwilioBackend(TwilioCarrier carrier, TwilioOptions options) {
        this.carrier = carrier;
        this.api = carrier.api();
        this.options = options;
    }

    @Override
    public Carrier carrier() {
        return carrier;
    }

    // ---- refusal --------------------------------------------------------------------------------

    @Override
    public void refuse(ProvisioningPlan plan) {
        List<FieldViolation> refused = new ArrayList<>();
        List<FieldViolation> broken = new ArrayList<>();
        CreateSipTrunkRequest trunk = plan.trunk();
        if (trunk.callForwardNumber() != null && !trunk.callForwardNumber().isEmpty()) {
            refused.add(new FieldViolation("trunk.callForwardNumber", "Twilio trunks have no call-forward number; "
                    + "use twilio.disasterRecoveryUrl with TwiML that dials the number"));
        } else if (trunk.enableCallForward()) {
            refused.add(new FieldViolation("trunk.enableCallForward", "Twilio trunks have no call-forward number; "
                    + "use twilio.disasterRecoveryUrl with TwiML that dials the number"));
        }
        TwilioRules.friendlyName(trunk.name(), TwilioRules.MAX_SHORT_NAME_LENGTH)
                .ifPresent(rule -> broken.add(new FieldViolation("trunk.name", rule + " on Twilio")));
        for (int i = 0; i < plan.registrationCredentials().size(); i++) {
            refused.add(new FieldViolation("registrationCredentials[" + i + "]", "Twilio trunks do not accept SIP "
                    + "REGISTER, so there is nothing to authenticate; use static endpoints and drop the list"));
        }
        checkLists("outboundAuth", plan.outboundAuth(), broken);
        List<SipEndpoint> endpoints = plan.wantedEndpoints();
        if (endpoints.size() > MAX_ORIGINATION_URLS) {
            broken.add(new FieldViolation("endpoints", "Twilio trunks take at most " + MAX_ORIGINATION_URLS
                    + " origination URLs (was " + endpoints.size() + ")"));
        }
        for (int i = 0; i < endpoints.size(); i++) {
            SipEndpoint e = endpoints.get(i);
            String field = "endpoints[" + i + "]";
            if (e instanceof RegisteredEndpoint) {
                refused.add(new FieldViolation(field, "Twilio trunks do not accept SIP REGISTER; use a static "
                        + "endpoint"));
                continue;
            }
            TwilioRules.friendlyName(e.name(), TwilioRules.MAX_SHORT_NAME_LENGTH)
                    .ifPresent(rule -> broken.add(new FieldViolation(field + ".name", rule + " on Twilio")));
            TwilioRules.priority(e.priority())
                    .ifPresent(rule -> broken.add(new FieldViolation(field + ".priority", rule + " on Twilio")));
            if (e instanceof StaticEndpoint s && s.address().contains(":")) {
                broken.add(new FieldViolation(field + ".address", "Twilio origination URLs are built for IPv4 "
                        + "addresses and host names; use one instead of " + s.address()));
            } else if (e instanceof StaticEndpoint s) {
                TwilioRules.sipUrl(SipUrl.of(s))
                        .ifPresent(rule -> broken.add(new FieldViolation(field + ".address", "the origination URL "
                                + rule + " on Twilio")));
            }
        }
        if (!refused.isEmpty()) {
            refused.addAll(broken);
            throw new UnsupportedCapabilityException(carrier.displayName(), refused);
        }
        if (!broken.isEmpty()) {
            throw new EstValidationException("ProvisioningPlan on Twilio", broken);
        }
    }

    private static void checkLists(String path, List<TrunkAuth> auths, List<FieldViolation> broken) {
        for (int i = 0; i < auths.size(); i++) {
            String field = path + "[" + i + "]";
            if (auths.get(i) instanceof TrunkAuth.NewAccessControlList n) {
                CreateAccessControlListRequest acl = n.definition();
                TwilioRules.friendlyName(acl.name(), TwilioRules.MAX_LONG_NAME_LENGTH)
                        .ifPresent(rule -> broken.add(new FieldViolation(field + ".name", rule + " on Twilio")));
                if (!acl.enabled()) {
                    broken.add(new FieldViolation(field + ".enabled", "Twilio IP access control lists cannot be "
                            + "disabled; leave the list out of the plan instead"));
                }
                if (acl.ipRanges().size() > MAX_IP_ADDRESSES) {
                    broken.add(new FieldViolation(field + ".ipRanges", "a Twilio IP access control list takes at "
                            + "most " + MAX_IP_ADDRESSES + " entries (was " + acl.ipRanges().size() + ")"));
                }
                for (int j = 0; j < acl.ipRanges().size(); j++) {
                    NewIpRange r = acl.ipRanges().get(j);
                    if (r.ipAddress().contains(":")) {
                        broken.add(new FieldViolation(field + ".ipRanges[" + j + "]", "Twilio IP access control "
                                + "lists take IPv4 addresses only (was " + r.ipAddress() + "/" + r.range() + ")"));
                    }
                }
            } else if (auths.get(i) instanceof TrunkAuth.NewCredentialList n) {
                TwilioRules.friendlyName(n.definition().name(), TwilioRules.MAX_SHORT_NAME_LENGTH)
                        .ifPresent(rule -> broken.add(new FieldViolation(field + ".name", rule + " on Twilio")));
                List<NewCredential> credentials = n.definition().credentials();
                for (int j = 0; j < credentials.size(); j++) {
                    String at = field + ".credentials[" + j + "]";
                    TwilioRules.username(credentials.get(j).username())
                            .ifPresent(rule -> broken.add(new FieldViolation(at + ".username", rule + " on Twilio")));
                    TwilioRules.password(credentials.get(j).password())
                            .ifPresent(rule -> broken.add(new FieldViolation(at + ".password", rule + " on Twilio")));
                }
            }
        }
    }

    @Override
    public void requireAssignable(List<String> e164s, String field) {
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < e164s.size(); i++) {
            String e164 = e164s.get(i);
            if (lookup(e164).isEmpty()) {
                violations.add(new FieldViolation(field + "[" + i + "]", "the Twilio account does not own " + e164
                        + ": buy or port it first (numbers are never bought implicitly)"));
            }
        }
        if (!violations.isEmpty()) {
            throw new EstValidationException("phone numbers on Twilio", violations);
        }
    }

    // ---- trunks ---------------------------------------------------------------------------------

    @Override
    public Optional<SipTrunk> trunkWithDomain(String domain) {
        for (Trunk t : api.trunks().list()) {
            if (domain.equalsIgnoreCase(t.domainName())) {
                return Optional.of(remember(t));
            }
        }
        return Optional.empty();
    }

    @Override
    public SipTrunk trunk(String trunkId) {
        return remember(api.trunks().get(trunkId));
    }

    private SipTrunk remember(Trunk t) {
        trunks.put(t.sid(), t);
        return toSipTrunk(t);
    }

    private Trunk raw(String trunkId) {
        Trunk t = trunks.get(trunkId);
        return t != null ? t : api.trunks().get(trunkId);
    }

    static SipTrunk toSipTrunk(Trunk t) {
        String domain = t.domainName();
        String host = domain == null ? "" : domain.toLowerCase(Locale.ROOT).endsWith(TwilioRules.DOMAIN_SUFFIX)
                ? domain.substring(0, domain.length() - TwilioRules.DOMAIN_SUFFIX.length()) : domain;
        return new SipTrunk(t.sid(), t.friendlyName() == null ? "" : t.friendlyName(), host,
                TwilioCarrier.SIP_DOMAIN_SUFFIX, domain, null, t.cnamLookupEnabled(), null, false, t.dateCreated(),
                t.dateUpdated(), t.accountSid());
    }

    @Override
    public SipTrunk createTrunk(CreateSipTrunkRequest spec) {
        return remember(api.trunks().create(CreateTrunkRequest.builder().friendlyName(spec.name())
                .domainName(carrier.sipDomain(spec.hostName())).cnamLookupEnabled(spec.enableCallerName()).build()));
    }

    @Override
    public List<FieldChange> trunkChanges(SipTrunk live, CreateSipTrunkRequest wanted) {
        List<FieldChange> diff = new ArrayList<>();
        Diffs.field(diff, "name", live.name(), wanted.name());
        Diffs.field(diff, "enableCallerName", live.enableCallerName(), wanted.enableCallerName());
        return diff;
    }

    @Override
    public SipTrunk updateTrunk(SipTrunk live, CreateSipTrunkRequest wanted) {
        UpdateTrunkRequest.Builder update = UpdateTrunkRequest.builder();
        if (!Objects.equals(live.name(), wanted.name())) {
            update.friendlyName(wanted.name());
        }
        if (live.enableCallerName() != wanted.enableCallerName()) {
            update.cnamLookupEnabled(wanted.enableCallerName());
        }
        return remember(api.trunks().update(live.id(), update.build()));
    }

    @Override
    public List<FieldChange> optionChanges(@Nullable SipTrunk live) {
        if (options.isEmpty()) {
            return List.of();
        }
        Trunk t = live == null ? null : raw(live.id());
        Recording recording = live == null || (options.recordingMode() == null && options.recordingTrim() == null)
                ? null : api.trunks().getRecording(live.id());
        List<FieldChange> diff = new ArrayList<>();
        if (options.secure() != null) {
            Diffs.field(diff, "twilio.secure", t == null ? null : t.secure(), options.secure());
        }
        if (options.disasterRecoveryUrl() != null) {
            Diffs.field(diff, "twilio.disasterRecoveryUrl", t == null ? null : t.disasterRecoveryUrl(),
                    options.disasterRecoveryUrl().toString());
        }
        option(diff, "twilio.disasterRecoveryMethod", t == null ? null : t.disasterRecoveryMethod(),
                options.disasterRecoveryMethod());
        option(diff, "twilio.transferMode", t == null ? null : t.transferMode(), options.transferMode());
        option(diff, "twilio.transferCallerId", t == null ? null : t.transferCallerId(), options.transferCallerId());
        option(diff, "twilio.recordingMode", recording == null ? null : recording.mode(), options.recordingMode());
        option(diff, "twilio.recordingTrim", recording == null ? null : recording.trim(), options.recordingTrim());
        return diff;
    }

    private static void option(List<FieldChange> diff, String field, @Nullable WireValue live,
                               @Nullable WireValue wanted) {
        if (wanted != null) {
            Diffs.field(diff, field, live == null ? null : live.value(), wanted.value());
        }
    }

    @Override
    public void updateOptions(String trunkId, List<FieldChange> changes) {
        Set<String> fields = changes.stream().map(FieldChange::field).collect(Collectors.toSet());
        UpdateTrunkRequest.Builder update = UpdateTrunkRequest.builder();
        boolean trunkFields = false;
        if (fields.contains("twilio.secure")) {
            update.secure(Objects.requireNonNull(options.secure()));
            trunkFields = true;
        }
        if (fields.contains("twilio.disasterRecoveryUrl")) {
            update.disasterRecoveryUrl(Objects.requireNonNull(options.disasterRecoveryUrl()).toString());
            trunkFields = true;
        }
        if (fields.contains("twilio.disasterRecoveryMethod")) {
            update.disasterRecoveryMethod(Objects.requireNonNull(options.disasterRecoveryMethod()));
            trunkFields = true;
        }
        if (fields.contains("twilio.transferMode")) {
            update.transferMode(Objects.requireNonNull(options.transferMode()));
            trunkFields = true;
        }
        if (fields.contains("twilio.transferCallerId")) {
            update.transferCallerId(Objects.requireNonNull(options.transferCallerId()));
            trunkFields = true;
        }
        if (trunkFields) {
            remember(api.trunks().update(trunkId, update.build()));
        }
        if (fields.contains("twilio.recordingMode") || fields.contains("twilio.recordingTrim")) {
            UpdateRecordingRequest.Builder recording = UpdateRecordingRequest.builder();
            if (options.recordingMode() != null) {
                recording.mode(options.recordingMode());
            }
            if (options.recordingTrim() != null) {
                recording.trim(options.recordingTrim());
            }
            api.trunks().updateRecording(trunkId, recording.build());
        }
    }

    @Override
    public void deleteTrunk(String trunkId) {
        api.trunks().delete(trunkId);
        trunks.remove(trunkId);
    }

    // ---- lists ----------------------------------------------------------------------------------

    @Override
    public List<String> linkedAclIds(String trunkId) {
        return api.trunkIpAccessControlLists().list(trunkId).stream().map(a -> a.sid()).toList();
    }

    @Override
    public List<String> linkedCredentialListIds(String trunkId) {
        return api.trunkCredentialLists().list(trunkId).stream().map(c -> c.sid()).toList();
    }

    @Override
    public AccessControlList acl(String id) {
        SipIpAccessControlList list = api.ipAccessControlLists().get(id);
        return toAcl(list, api.ipAccessControlLists().listIpAddresses(id).stream().toList());
    }

    private static AccessControlList toAcl(SipIpAccessControlList list, List<SipIpAddress> addresses) {
        List<IpRange> ranges = addresses.stream().map(a -> new IpRange(a.sid(), description(a), a.ipAddress(),
                a.cidrPrefixLength(), list.sid(), a.dateCreated(), a.dateUpdated(), a.accountSid())).toList();
        return new AccessControlList(list.sid(), list.friendlyName(), true, ranges, List.of(), list.dateCreated(),
                list.dateUpdated(), list.accountSid());
    }

    /** Twilio requires a name per entry; the one synthesised for a range without description reads as none. */
    private static @Nullable String description(SipIpAddress a) {
        String name = a.friendlyName();
        return name == null || name.isEmpty() || name.equals(a.ipAddress() + "/" + a.cidrPrefixLength()) ? null : name;
    }

    private static String entryName(NewIpRange r) {
        return r.description() == null || r.description().isEmpty() ? r.ipAddress() + "/" + r.range()
                : r.description();
    }

    @Override
    public CredentialList credentialList(String id) {
        SipCredentialList list = api.credentialLists().get(id);
        List<Credential> users = api.credentialLists().listCredentials(id).stream()
                .map(c -> new Credential(c.sid(), c.username())).toList();
        return new CredentialList(list.sid(), list.friendlyName(), users, list.dateCreated(), list.dateUpdated(),
                list.accountSid());
    }

    @Override
    public List<AccessControlList> aclsNamed(String name) {
        return api.ipAccessControlLists().list().stream().filter(l -> name.equals(l.friendlyName()))
                .map(l -> toAcl(l, List.of())).toList();
    }

    @Override
    public List<CredentialList> credentialListsNamed(String name) {
        return api.credentialLists().list().stream().filter(l -> name.equals(l.friendlyName()))
                .map(l -> new CredentialList(l.sid(), l.friendlyName(), List.of(), l.dateCreated(), l.dateUpdated(),
                        l.accountSid())).toList();
    }

    @Override
    public boolean listsKnowTheirTrunks() {
        return false;
    }

    @Override
    public AccessControlList createAcl(CreateAccessControlListRequest spec, Consumer<String> created) {
        SipIpAccessControlList list = api.ipAccessControlLists().create(spec.name());
        created.accept(list.sid());
        List<SipIpAddress> addresses = new ArrayList<>();
        for (NewIpRange r : spec.ipRanges()) {
            addresses.add(api.ipAccessControlLists().createIpAddress(list.sid(), CreateIpAddressRequest.builder()
                    .friendlyName(entryName(r)).ipAddress(r.ipAddress()).cidrPrefixLength(r.range()).build()));
        }
        return toAcl(list, addresses);
    }

    @Override
    public List<FieldChange> aclChanges(AccessControlList live, CreateAccessControlListRequest wanted) {
        List<FieldChange> diff = new ArrayList<>();
        Diffs.field(diff, "ipRanges",
                rangeKeys(live.ipRanges().stream().map(r -> rangeKey(r.ipAddress(), r.range(), r.description()))),
                rangeKeys(wanted.ipRanges().stream().map(r -> rangeKey(r.ipAddress(), r.range(), r.description()))));
        return diff;
    }

    private static List<String> rangeKeys(Stream<String> keys) {
        return keys.sorted().toList();
    }

    private static String rangeKey(String ipAddress, int range, @Nullable String description) {
        return ipAddress + "/" + range + (description == null || description.isEmpty() ? "" : " " + description);
    }

    @Override
    public AccessControlList updateAcl(AccessControlList live, CreateAccessControlListRequest wanted) {
        Map<String, IpRange> present = new HashMap<>();
        live.ipRanges().forEach(r -> present.put(r.ipAddress() + "/" + r.range(), r));
        Set<String> targets = new HashSet<>();
        for (NewIpRange w : wanted.ipRanges()) {
            String key = w.ipAddress() + "/" + w.range();
            targets.add(key);
            IpRange p = present.get(key);
            if (p == null) {
                api.ipAccessControlLists().createIpAddress(live.id(), CreateIpAddressRequest.builder()
                        .friendlyName(entryName(w)).ipAddress(w.ipAddress()).cidrPrefixLength(w.range()).build());
            } else if (!Objects.equals(p.description(), blankToNull(w.description()))) {
                api.ipAccessControlLists().updateIpAddress(live.id(), p.id(),
                        UpdateIpAddressRequest.builder().friendlyName(entryName(w)).build());
            }
        }
        present.forEach((key, p) -> {
            if (!targets.contains(key)) {
                api.ipAccessControlLists().deleteIpAddress(live.id(), p.id());
            }
        });
        return acl(live.id());
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @Override
    public CredentialList createCredentialList(CreateCredentialListRequest spec, Consumer<String> created) {
        SipCredentialList list = api.credentialLists().create(spec.name());
        created.accept(list.sid());
        List<Credential> users = new ArrayList<>();
        for (NewCredential c : spec.credentials()) {
            SipCredential made = api.credentialLists().createCredential(list.sid(),
                    new CreateCredentialRequest(c.username(), c.password()));
            users.add(new Credential(made.sid(), made.username()));
        }
        return new CredentialList(list.sid(), list.friendlyName(), users, list.dateCreated(), list.dateUpdated(),
                list.accountSid());
    }

    @Override
    public void putCredential(CredentialList list, String username, Secret password) {
        api.credentialLists().createCredential(list.id(), new CreateCredentialRequest(username, password));
    }

    @Override
    public void deleteAcl(String id) {
        api.ipAccessControlLists().delete(id);
    }

    @Override
    public void deleteCredentialList(String id) {
        api.credentialLists().delete(id);
    }

    /** Twilio has no reverse lookup: every trunk's associations are scanned (reference §6.13). */
    @Override
    public boolean aclInUse(String id) {
        for (Trunk t : api.trunks().list()) {
            if (linkedAclIds(t.sid()).contains(id)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean credentialListInUse(String id) {
        for (Trunk t : api.trunks().list()) {
            if (linkedCredentialListIds(t.sid()).contains(id)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void linkAcls(String trunkId, List<String> ids, Consumer<String> linked) {
        for (String id : ids) {
            api.trunkIpAccessControlLists().add(trunkId, id);
            linked.accept(id);
        }
    }

    @Override
    public void linkCredentialLists(String trunkId, List<String> ids, Consumer<String> linked) {
        for (String id : ids) {
            api.trunkCredentialLists().add(trunkId, id);
            linked.accept(id);
        }
    }

    @Override
    public void unlinkAcl(String trunkId, String id) {
        api.trunkIpAccessControlLists().remove(trunkId, id);
    }

    @Override
    public void unlinkCredentialList(String trunkId, String id) {
        api.trunkCredentialLists().remove(trunkId, id);
    }

    // ---- endpoints ------------------------------------------------------------------------------

    @Override
    public List<SipEndpoint> endpoints(String trunkId) {
        return api.originationUrls().list(trunkId).stream().map(this::toEndpoint).toList();
    }

    private SipEndpoint toEndpoint(OriginationUrl url) {
        weights.put(url.sid(), url.weight());
        SipUrl parsed = SipUrl.parse(url.sipUrl());
        return new StaticEndpoint(url.sid(), url.trunkSid(), url.friendlyName(), parsed.host(), parsed.port(),
                parsed.transport(), url.priority(), url.enabled(), url.dateCreated(), url.dateUpdated(),
                url.accountSid());
    }

    @Override
    public SipEndpoint effective(SipEndpoint wanted) {
        if (Boolean.TRUE.equals(options.secure()) && wanted instanceof StaticEndpoint s
                && !Transport.TLS.equals(s.transport())) {
            return WantedEndpoints.withTransport(s, Transport.TLS);
        }
        return wanted;
    }

    @Override
    public List<FieldChange> endpointChanges(SipEndpoint live, SipEndpoint wanted) {
        List<FieldChange> diff = new ArrayList<>(Diffs.endpointFields(live, wanted));
        Integer weight = weights.get(live.id());
        Diffs.field(diff, "weight", weight, options.weightOf(wanted.name()));
        return diff;
    }

    @Override
    public SipEndpoint createEndpoint(String trunkId, SipEndpoint spec) {
        StaticEndpoint s = (StaticEndpoint) spec;
        return toEndpoint(api.originationUrls().create(trunkId, CreateOriginationUrlRequest.builder()
                .friendlyName(s.name()).sipUrl(SipUrl.of(s)).priority(s.priority())
                .weight(options.weightOf(s.name())).enabled(s.enabled()).build()));
    }

    @Override
    public SipEndpoint updateEndpoint(String trunkId, SipEndpoint live, SipEndpoint wanted) {
        StaticEndpoint s = (StaticEndpoint) wanted;
        return toEndpoint(api.originationUrls().update(trunkId, live.id(), UpdateOriginationUrlRequest.builder()
                .friendlyName(s.name()).sipUrl(SipUrl.of(s)).priority(s.priority())
                .weight(options.weightOf(s.name())).enabled(s.enabled()).build()));
    }

    @Override
    public void deleteEndpoint(String trunkId, String endpointId) {
        api.originationUrls().delete(trunkId, endpointId);
    }

    @Override
    public @Nullable Integer weightOf(SipEndpoint live) {
        return weights.get(live.id());
    }

    // ---- numbers --------------------------------------------------------------------------------

    private Optional<IncomingPhoneNumber> lookup(String e164) {
        IncomingPhoneNumber known = numbers.get(e164);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<IncomingPhoneNumber> found = api.incomingPhoneNumbers().findByPhoneNumber(e164);
        found.ifPresent(n -> numbers.put(e164, n));
        return found;
    }

    private IncomingPhoneNumber owned(String e164) {
        return lookup(e164).orElseThrow(() -> new NotFoundException(EstErrorDetails.builder().status(404)
                .method("GET").path("/IncomingPhoneNumbers.json?PhoneNumber=" + e164)
                .serverMessage("the Twilio account does not own " + e164).attempts(1).build()));
    }

    @Override
    public List<PhoneNumber> numbers(String trunkId) {
        return api.trunkPhoneNumbers().list(trunkId).stream().map(TwilioBackend::toNumber).toList();
    }

    private static PhoneNumber toNumber(TrunkPhoneNumber n) {
        return new PhoneNumber(n.sid(), n.phoneNumber(), n.trunkSid(), null, n.dateCreated(), n.dateUpdated());
    }

    @Override
    public PhoneNumber number(String e164) {
        numbers.remove(e164);
        IncomingPhoneNumber n = owned(e164);
        return new PhoneNumber(n.sid(), n.phoneNumber(), n.trunkSid(), null, n.dateCreated(), n.dateUpdated());
    }

    /**
     * Associates the number; one already on this trunk counts as assigned (Twilio refuses a second
     * association with a 400, which is checked against a fresh lookup, so a stale cache never turns
     * a real refusal into a success).
     */
    @Override
    public PhoneNumber assign(String trunkId, String e164) {
        IncomingPhoneNumber n = owned(e164);
        try {
            return toNumber(api.trunkPhoneNumbers().add(trunkId, n.sid()));
        } catch (BadRequestException e) {
            numbers.remove(e164);
            IncomingPhoneNumber now = owned(e164);
            if (trunkId.equals(now.trunkSid())) {
                return new PhoneNumber(now.sid(), now.phoneNumber(), trunkId, null, now.dateCreated(),
                        now.dateUpdated());
            }
            throw e;
        }
    }

    @Override
    public void unassign(String e164) {
        numbers.remove(e164);
        IncomingPhoneNumber n = owned(e164);
        if (n.trunkSid() != null && !n.trunkSid().isEmpty()) {
            api.trunkPhoneNumbers().remove(n.trunkSid(), n.sid());
        }
    }

    // ---- diagnostics and export -----------------------------------------------------------------

    @Override
    public Optional<FindingType> finding(FindingType generic, SipTrunk trunk) {
        return switch (generic) {
            case NO_OUTBOUND_AUTH -> Optional.of(FindingType.NO_TERMINATION_AUTH);
            case NO_ENABLED_ENDPOINT -> raw(trunk.id()).disasterRecoveryUrl() == null
                    ? Optional.of(FindingType.NO_ENABLED_ORIGINATION_URL) : Optional.empty();
            case NO_PHONE_NUMBERS -> Optional.of(FindingType.NUMBERS_NOT_ASSOCIATED);
            case CREDENTIAL_LIST_NOT_LINKED, RECENT_CHANGE -> Optional.empty();
            default -> Optional.of(generic);
        };
    }

    @Override
    public List<Finding> carrierFindings(SipTrunk trunk, List<String> aclIds, List<String> credentialListIds,
                                         List<SipEndpoint> endpoints, List<PhoneNumber> assigned) {
        List<Finding> findings = new ArrayList<>();
        if (raw(trunk.id()).secure()) {
            endpoints.stream().filter(e -> !Transport.TLS.equals(e.transport())).forEach(e -> findings.add(
                    new Finding(FindingType.SECURE_TRUNK_WITHOUT_TLS, "origination URL \"" + e.name() + "\" uses "
                            + e.transport())));
        }
        return findings;
    }

    @Override
    public TwilioOptions liveOptions(SipTrunk trunk, List<SipEndpoint> endpoints) {
        Trunk t = raw(trunk.id());
        Recording recording = api.trunks().getRecording(trunk.id());
        TwilioOptions.Builder b = TwilioOptions.builder();
        if (t.secure()) {
            b.secure(true);
        }
        if (t.disasterRecoveryUrl() != null && !t.disasterRecoveryUrl().isEmpty()) {
            b.disasterRecoveryUrl(URI.create(t.disasterRecoveryUrl()));
            b.disasterRecoveryMethod(t.disasterRecoveryMethod());
        }
        if (t.transferMode() != null && !"disable-all".equals(t.transferMode().value())) {
            b.transferMode(t.transferMode());
        }
        if (t.transferCallerId() != null && !"from-transferee".equals(t.transferCallerId().value())) {
            b.transferCallerId(t.transferCallerId());
        }
        if (recording != null && recording.mode() != null && !"do-not-record".equals(recording.mode().value())) {
            b.recordingMode(recording.mode());
        }
        if (recording != null && recording.trim() != null && !"do-not-trim".equals(recording.trim().value())) {
            b.recordingTrim(recording.trim());
        }
        for (SipEndpoint e : endpoints) {
            Integer w = weights.get(e.id());
            if (w != null && w != TwilioOptions.DEFAULT_WEIGHT) {
                b.originationWeight(e.name(), w);
            }
        }
        return b.build();
    }
}
