package dev.estsdk.spring.boot;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The {@code est.*} properties. The {@code EstClient} is configured when {@code est.project-id}
 * is set, the {@code TwilioClient} when {@code est.twilio.account-sid} is set. Secrets
 * ({@code est.key-secret}, {@code est.twilio.auth-token}, {@code est.twilio.api-key-secret}) are
 * best given through the environment or a secret store, never committed; Actuator masks them.
 */
@ConfigurationProperties(prefix = "est")
public class EstProperties {

    /** Creates the properties, every value unset until Spring binds {@code est.*}. */
    public EstProperties() {
    }

    /**
     * Sinch project id every EST call is scoped to; setting it switches the EstClient on.
     */
    private @Nullable String projectId;

    /**
     * Access key id from the Sinch dashboard.
     */
    private @Nullable String keyId;

    /**
     * Access key secret. Keep it out of source control; it is never logged.
     */
    private @Nullable String keySecret;

    /**
     * How the access key authenticates: OAUTH (a bearer token from the auth URL) or BASIC.
     */
    private AuthScheme authScheme = AuthScheme.OAUTH;

    /**
     * EST API base URL; https, except for a loopback host. Default the Sinch production URL.
     */
    private @Nullable String baseUrl;

    /**
     * OAuth2 token endpoint; same rules as the base URL. Default the Sinch production endpoint.
     */
    private @Nullable String authUrl;

    /**
     * Timeout for opening a connection (both clients). Default 10s.
     */
    private @Nullable Duration connectTimeout;

    /**
     * Timeout of one attempt, until the whole response is read (both clients). Default 30s.
     */
    private @Nullable Duration readTimeout;

    /**
     * Deadline of a whole call, every attempt and wait included (both clients). Default 60s.
     */
    private @Nullable Duration callTimeout;

    /**
     * Text appended to the User-Agent header, e.g. my-service/1.2 (both clients).
     */
    private @Nullable String userAgentSuffix;

    /**
     * Whether to ask for gzip-compressed responses (both clients).
     */
    private boolean compression;

    /**
     * When and how often calls are retried (both clients).
     */
    private final Retry retry = new Retry();

    /**
     * Micrometer observations of every call and attempt.
     */
    private final Observations observations = new Observations();

    /**
     * The Twilio Elastic SIP Trunking client.
     */
    private final Twilio twilio = new Twilio();

    /** How the Sinch access key authenticates. */
    public enum AuthScheme {
        /** OAuth2 client credentials: a bearer token fetched from the auth URL. */
        OAUTH,
        /** HTTP Basic with the key id and secret on every request. */
        BASIC
    }

    /** Retry settings; unset values keep the SDK's defaults. */
    public static class Retry {

        /** Creates the retry settings, every value unset. */
        public Retry() {
        }

        /**
         * Attempts per call, the first included (1 to 10); 1 switches retries off. Default 3.
         */
        private @Nullable Integer maxAttempts;

        /**
         * Wait before the first retry, doubling with each further one. Default 100ms.
         */
        private @Nullable Duration baseDelay;

        /**
         * Longest wait between two attempts. Default 20s.
         */
        private @Nullable Duration maxDelay;

        /**
         * Longest Retry-After the client accepts before giving up on a throttled call.
         */
        private @Nullable Duration maxRetryAfter;

        /**
         * The attempts per call.
         *
         * @return the value, or null for the default
         */
        public @Nullable Integer getMaxAttempts() {
            return maxAttempts;
        }

        /**
         * Sets the attempts per call.
         *
         * @param maxAttempts 1 to 10
         */
        public void setMaxAttempts(@Nullable Integer maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        /**
         * The wait before the first retry.
         *
         * @return the value, or null for the default
         */
        public @Nullable Duration getBaseDelay() {
            return baseDelay;
        }

        /**
         * Sets the wait before the first retry.
         *
         * @param baseDelay not negative
         */
        public void setBaseDelay(@Nullable Duration baseDelay) {
            this.baseDelay = baseDelay;
        }

        /**
         * The longest wait between two attempts.
         *
         * @return the value, or null for the default
         */
        public @Nullable Duration getMaxDelay() {
            return maxDelay;
        }

        /**
         * Sets the longest wait between two attempts.
         *
         * @param maxDelay not shorter than the base delay
         */
        public void setMaxDelay(@Nullable Duration maxDelay) {
            this.maxDelay = maxDelay;
        }

        /**
         * The longest Retry-After accepted.
         *
         * @return the value, or null for the default
         */
        public @Nullable Duration getMaxRetryAfter() {
            return maxRetryAfter;
        }

        /**
         * Sets the longest Retry-After accepted.
         *
         * @param maxRetryAfter not negative
         */
        public void setMaxRetryAfter(@Nullable Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
        }

        boolean isSet() {
            return maxAttempts != null || baseDelay != null || maxDelay != null || maxRetryAfter != null;
        }
    }

    /** Observation settings. */
    public static class Observations {

        /** Creates the observation settings with their defaults. */
        public Observations() {
        }

        /**
         * Whether calls and attempts are recorded as Micrometer observations when an
         * ObservationRegistry bean and est-sdk-micrometer are present.
         */
        private boolean enabled = true;

        /**
         * Whether observations are on.
         *
         * @return true by default
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Switches observations on or off.
         *
         * @param enabled false to record nothing
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    /** The Twilio client's settings; timeouts, retry and compression are shared with EST. */
    public static class Twilio {

        /** Creates the Twilio settings, every value unset. */
        public Twilio() {
        }

        /**
         * Twilio Account SID (AC + 32 hex digits); setting it switches the TwilioClient on.
         */
        private @Nullable String accountSid;

        /**
         * Auth Token of the account; set this or the API key, not both. Never logged.
         */
        private @Nullable String authToken;

        /**
         * SID of an API key (SK + 32 hex digits); set with api-key-secret instead of the auth token.
         */
        private @Nullable String apiKeySid;

        /**
         * Secret of the API key. Never logged.
         */
        private @Nullable String apiKeySecret;

        /**
         * Trunking v1 base URL, e.g. for an edge location or a simulator. Default Twilio's.
         */
        private @Nullable String trunkingBaseUrl;

        /**
         * 2010-04-01 API base URL (phone numbers, SIP lists). Default Twilio's.
         */
        private @Nullable String apiBaseUrl;

        /**
         * The Account SID.
         *
         * @return the SID, or null when the Twilio client is off
         */
        public @Nullable String getAccountSid() {
            return accountSid;
        }

        /**
         * Sets the Account SID.
         *
         * @param accountSid AC + 32 hex digits
         */
        public void setAccountSid(@Nullable String accountSid) {
            this.accountSid = accountSid;
        }

        /**
         * The Auth Token.
         *
         * @return the token, or null
         */
        public @Nullable String getAuthToken() {
            return authToken;
        }

        /**
         * Sets the Auth Token.
         *
         * @param authToken the token
         */
        public void setAuthToken(@Nullable String authToken) {
            this.authToken = authToken;
        }

        /**
         * The API key SID.
         *
         * @return the SID, or null
         */
        public @Nullable String getApiKeySid() {
            return apiKeySid;
        }

        /**
         * Sets the API key SID.
         *
         * @param apiKeySid SK + 32 hex digits
         */
        public void setApiKeySid(@Nullable String apiKeySid) {
            this.apiKeySid = apiKeySid;
        }

        /**
         * The API key secret.
         *
         * @return the secret, or null
         */
        public @Nullable String getApiKeySecret() {
            return apiKeySecret;
        }

        /**
         * Sets the API key secret.
         *
         * @param apiKeySecret the secret
         */
        public void setApiKeySecret(@Nullable String apiKeySecret) {
            this.apiKeySecret = apiKeySecret;
        }

        /**
         * The Trunking v1 base URL.
         *
         * @return the URL, or null for Twilio's
         */
        public @Nullable String getTrunkingBaseUrl() {
            return trunkingBaseUrl;
        }

        /**
         * Sets the Trunking v1 base URL.
         *
         * @param trunkingBaseUrl https, except for loopback
         */
        public void setTrunkingBaseUrl(@Nullable String trunkingBaseUrl) {
            this.trunkingBaseUrl = trunkingBaseUrl;
        }

        /**
         * The 2010-04-01 API base URL.
         *
         * @return the URL, or null for Twilio's
         */
        public @Nullable String getApiBaseUrl() {
            return apiBaseUrl;
        }

        /**
         * Sets the 2010-04-01 API base URL.
         *
         * @param apiBaseUrl https, except for loopback
         */
        public void setApiBaseUrl(@Nullable String apiBaseUrl) {
            this.apiBaseUrl = apiBaseUrl;
        }
    }

    /**
     * The Sinch project id.
     *
     * @return the project id, or null when the EstClient is off
     */
    public @Nullable String getProjectId() {
        return projectId;
    }

    /**
     * Sets the Sinch project id.
     *
     * @param projectId the value
     */
    public void setProjectId(@Nullable String projectId) {
        this.projectId = projectId;
    }

    /**
     * The access key id.
     *
     * @return the key id, or null when unset
     */
    public @Nullable String getKeyId() {
        return keyId;
    }

    /**
     * Sets the access key id.
     *
     * @param keyId the value
     */
    public void setKeyId(@Nullable String keyId) {
        this.keyId = keyId;
    }

    /**
     * The access key secret.
     *
     * @return the secret, or null when unset
     */
    public @Nullable String getKeySecret() {
        return keySecret;
    }

    /**
     * Sets the access key secret.
     *
     * @param keySecret the value
     */
    public void setKeySecret(@Nullable String keySecret) {
        this.keySecret = keySecret;
    }

    /**
     * How the access key authenticates.
     *
     * @return OAUTH by default
     */
    public AuthScheme getAuthScheme() {
        return authScheme;
    }

    /**
     * Sets how the access key authenticates.
     *
     * @param authScheme the value
     */
    public void setAuthScheme(AuthScheme authScheme) {
        this.authScheme = authScheme;
    }

    /**
     * The EST API base URL.
     *
     * @return the URL, or null for the Sinch production URL
     */
    public @Nullable String getBaseUrl() {
        return baseUrl;
    }

    /**
     * Sets the EST API base URL.
     *
     * @param baseUrl the value
     */
    public void setBaseUrl(@Nullable String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * The OAuth2 token endpoint.
     *
     * @return the URL, or null for the Sinch production endpoint
     */
    public @Nullable String getAuthUrl() {
        return authUrl;
    }

    /**
     * Sets the OAuth2 token endpoint.
     *
     * @param authUrl the value
     */
    public void setAuthUrl(@Nullable String authUrl) {
        this.authUrl = authUrl;
    }

    /**
     * The connect timeout.
     *
     * @return the timeout, or null for the default
     */
    public @Nullable Duration getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * Sets the connect timeout.
     *
     * @param connectTimeout the value
     */
    public void setConnectTimeout(@Nullable Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /**
     * The timeout of one attempt.
     *
     * @return the timeout, or null for the default
     */
    public @Nullable Duration getReadTimeout() {
        return readTimeout;
    }

    /**
     * Sets the timeout of one attempt.
     *
     * @param readTimeout the value
     */
    public void setReadTimeout(@Nullable Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    /**
     * The deadline of a whole call.
     *
     * @return the timeout, or null for the default
     */
    public @Nullable Duration getCallTimeout() {
        return callTimeout;
    }

    /**
     * Sets the deadline of a whole call.
     *
     * @param callTimeout the value
     */
    public void setCallTimeout(@Nullable Duration callTimeout) {
        this.callTimeout = callTimeout;
    }

    /**
     * The User-Agent suffix.
     *
     * @return the suffix, or null for none
     */
    public @Nullable String getUserAgentSuffix() {
        return userAgentSuffix;
    }

    /**
     * Sets the User-Agent suffix.
     *
     * @param userAgentSuffix the value
     */
    public void setUserAgentSuffix(@Nullable String userAgentSuffix) {
        this.userAgentSuffix = userAgentSuffix;
    }

    /**
     * Whether gzip-compressed responses are asked for.
     *
     * @return false by default
     */
    public boolean isCompression() {
        return compression;
    }

    /**
     * Sets whether gzip-compressed responses are asked for.
     *
     * @param compression true to ask
     */
    public void setCompression(boolean compression) {
        this.compression = compression;
    }

    /**
     * The retry settings.
     *
     * @return never null
     */
    public Retry getRetry() {
        return retry;
    }

    /**
     * The observation settings.
     *
     * @return never null
     */
    public Observations getObservations() {
        return observations;
    }

    /**
     * The Twilio client's settings.
     *
     * @return never null
     */
    public Twilio getTwilio() {
        return twilio;
    }
}
