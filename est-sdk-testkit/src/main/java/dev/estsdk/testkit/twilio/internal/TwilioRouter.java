package dev.estsdk.testkit.twilio.internal;

import dev.estsdk.testkit.internal.http.ApiResponse;
import dev.estsdk.testkit.twilio.TwilioOperation;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Matches a request to a {@link TwilioOperation} by its path template and method, and runs the
 * operation's handler. A path that matches no template is 404 / 20404; a template matched with
 * another method is 405 / 20004. A malformed SID in the path matches its template (so it is an
 * operation for fault injection) and then answers 404, as Twilio does.
 */
public final class TwilioRouter {

    /**
     * The outcome of matching.
     *
     * @param operation the matched operation, or null
     * @param sids the path's SIDs by prefix
     * @param allowed for a 405, the methods the path allows; empty otherwise
     */
    public record Match(TwilioOperation operation, Map<String, String> sids, List<String> allowed) {
    }

    private static final Map<TwilioOperation, Function<Call, ApiResponse>> HANDLERS = new EnumMap<>(TwilioOperation.class);

    static {
        HANDLERS.put(TwilioOperation.CREATE_TRUNK, TrunkingHandlers::createTrunk);
        HANDLERS.put(TwilioOperation.LIST_TRUNKS, TrunkingHandlers::listTrunks);
        HANDLERS.put(TwilioOperation.FETCH_TRUNK, TrunkingHandlers::fetchTrunk);
        HANDLERS.put(TwilioOperation.UPDATE_TRUNK, TrunkingHandlers::updateTrunk);
        HANDLERS.put(TwilioOperation.DELETE_TRUNK, TrunkingHandlers::deleteTrunk);
        HANDLERS.put(TwilioOperation.FETCH_RECORDING, TrunkingHandlers::fetchRecording);
        HANDLERS.put(TwilioOperation.UPDATE_RECORDING, TrunkingHandlers::updateRecording);
        HANDLERS.put(TwilioOperation.CREATE_ORIGINATION_URL, TrunkingHandlers::createOriginationUrl);
        HANDLERS.put(TwilioOperation.LIST_ORIGINATION_URLS, TrunkingHandlers::listOriginationUrls);
        HANDLERS.put(TwilioOperation.FETCH_ORIGINATION_URL, TrunkingHandlers::fetchOriginationUrl);
        HANDLERS.put(TwilioOperation.UPDATE_ORIGINATION_URL, TrunkingHandlers::updateOriginationUrl);
        HANDLERS.put(TwilioOperation.DELETE_ORIGINATION_URL, TrunkingHandlers::deleteOriginationUrl);
        HANDLERS.put(TwilioOperation.ADD_TRUNK_IP_ACCESS_CONTROL_LIST, TrunkingHandlers::addIpAccessControlList);
        HANDLERS.put(TwilioOperation.LIST_TRUNK_IP_ACCESS_CONTROL_LISTS, TrunkingHandlers::listIpAccessControlLists);
        HANDLERS.put(TwilioOperation.FETCH_TRUNK_IP_ACCESS_CONTROL_LIST, TrunkingHandlers::fetchIpAccessControlList);
        HANDLERS.put(TwilioOperation.REMOVE_TRUNK_IP_ACCESS_CONTROL_LIST, TrunkingHandlers::removeIpAccessControlList);
        HANDLERS.put(TwilioOperation.ADD_TRUNK_CREDENTIAL_LIST, TrunkingHandlers::addCredentialList);
        HANDLERS.put(TwilioOperation.LIST_TRUNK_CREDENTIAL_LISTS, TrunkingHandlers::listCredentialLists);
        HANDLERS.put(TwilioOperation.FETCH_TRUNK_CREDENTIAL_LIST, TrunkingHandlers::fetchCredentialList);
        HANDLERS.put(TwilioOperation.REMOVE_TRUNK_CREDENTIAL_LIST, TrunkingHandlers::removeCredentialList);
        HANDLERS.put(TwilioOperation.ADD_TRUNK_PHONE_NUMBER, TrunkingHandlers::addPhoneNumber);
        HANDLERS.put(TwilioOperation.LIST_TRUNK_PHONE_NUMBERS, TrunkingHandlers::listPhoneNumbers);
        HANDLERS.put(TwilioOperation.FETCH_TRUNK_PHONE_NUMBER, TrunkingHandlers::fetchPhoneNumber);
        HANDLERS.put(TwilioOperation.REMOVE_TRUNK_PHONE_NUMBER, TrunkingHandlers::removePhoneNumber);
        HANDLERS.put(TwilioOperation.CREATE_IP_ACCESS_CONTROL_LIST, AccountHandlers::createAcl);
        HANDLERS.put(TwilioOperation.LIST_IP_ACCESS_CONTROL_LISTS, AccountHandlers::listAcls);
        HANDLERS.put(TwilioOperation.FETCH_IP_ACCESS_CONTROL_LIST, AccountHandlers::fetchAcl);
        HANDLERS.put(TwilioOperation.UPDATE_IP_ACCESS_CONTROL_LIST, AccountHandlers::updateAcl);
        HANDLERS.put(TwilioOperation.DELETE_IP_ACCESS_CONTROL_LIST, AccountHandlers::deleteAcl);
        HANDLERS.put(TwilioOperation.CREATE_IP_ADDRESS, AccountHandlers::createIpAddress);
        HANDLERS.put(TwilioOperation.LIST_IP_ADDRESSES, AccountHandlers::listIpAddresses);
        HANDLERS.put(TwilioOperation.FETCH_IP_ADDRESS, AccountHandlers::fetchIpAddress);
        HANDLERS.put(TwilioOperation.UPDATE_IP_ADDRESS, AccountHandlers::updateIpAddress);
        HANDLERS.put(TwilioOperation.DELETE_IP_ADDRESS, AccountHandlers::deleteIpAddress);
        HANDLERS.put(TwilioOperation.CREATE_CREDENTIAL_LIST, AccountHandlers::createCredentialList);
        HANDLERS.put(TwilioOperation.LIST_CREDENTIAL_LISTS, AccountHandlers::listCredentialLists);
        HANDLERS.put(TwilioOperation.FETCH_CREDENTIAL_LIST, AccountHandlers::fetchCredentialList);
        HANDLERS.put(TwilioOperation.UPDATE_CREDENTIAL_LIST, AccountHandlers::updateCredentialList);
        HANDLERS.put(TwilioOperation.DELETE_CREDENTIAL_LIST, AccountHandlers::deleteCredentialList);
        HANDLERS.put(TwilioOperation.CREATE_CREDENTIAL, AccountHandlers::createCredential);
        HANDLERS.put(TwilioOperation.LIST_CREDENTIALS, AccountHandlers::listCredentials);
        HANDLERS.put(TwilioOperation.FETCH_CREDENTIAL, AccountHandlers::fetchCredential);
        HANDLERS.put(TwilioOperation.UPDATE_CREDENTIAL, AccountHandlers::updateCredential);
        HANDLERS.put(TwilioOperation.DELETE_CREDENTIAL, AccountHandlers::deleteCredential);
        HANDLERS.put(TwilioOperation.LIST_INCOMING_PHONE_NUMBERS, AccountHandlers::listNumbers);
        HANDLERS.put(TwilioOperation.FETCH_INCOMING_PHONE_NUMBER, AccountHandlers::fetchNumber);
        HANDLERS.put(TwilioOperation.UPDATE_INCOMING_PHONE_NUMBER, AccountHandlers::updateNumber);
        HANDLERS.put(TwilioOperation.DELETE_INCOMING_PHONE_NUMBER, AccountHandlers::deleteNumber);
    }

    private TwilioRouter() {
    }

    /**
     * @param method the HTTP method
     * @param segments the decoded path segments
     * @return the match; {@code operation} null means 404 (or 405 when {@code allowed} is not empty)
     */
    public static Match match(String method, List<String> segments) {
        TreeSet<String> allowed = new TreeSet<>();
        for (TwilioOperation op : TwilioOperation.values()) {
            Map<String, String> sids = bind(op.pathTemplate(), segments);
            if (sids != null) {
                if (op.method().equals(method)) {
                    return new Match(op, sids, List.of());
                }
                allowed.add(op.method());
            }
        }
        return new Match(null, Map.of(), List.copyOf(allowed));
    }

    private static Map<String, String> bind(String template, List<String> segments) {
        String[] parts = template.substring(1).split("/");
        if (parts.length != segments.size()) {
            return null;
        }
        Map<String, String> sids = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            String seg = segments.get(i);
            if (part.startsWith("{")) {
                boolean json = part.endsWith(".json");
                if (json && !seg.endsWith(".json")) {
                    return null;
                }
                String value = json ? seg.substring(0, seg.length() - ".json".length()) : seg;
                if (value.isEmpty()) {
                    return null;
                }
                sids.put(part.substring(1, 3), value);
            } else if (!part.equals(seg)) {
                return null;
            }
        }
        return sids;
    }

    /**
     * Runs a matched operation; a malformed SID answers 404 before the handler runs.
     *
     * @param match a match with an operation
     * @param call the call
     * @return the response
     * @throws TwilioError for a refusal
     */
    public static ApiResponse dispatch(Match match, Call call) {
        for (Map.Entry<String, String> e : match.sids().entrySet()) {
            if (!Sids.is(e.getKey(), e.getValue())) {
                throw TwilioError.notFound(call.path());
            }
        }
        if (!call.state().settings().accountSid().equals(match.sids().getOrDefault("AC",
                call.state().settings().accountSid()))) {
            throw TwilioError.notFound(call.path());
        }
        return HANDLERS.get(match.operation()).apply(call);
    }
}
