package dev.estsdk.workflows;

import dev.estsdk.api.AccessControlLists;
import dev.estsdk.api.CallBlockingRules;
import dev.estsdk.api.Calls;
import dev.estsdk.api.CountryPermissions;
import dev.estsdk.api.CredentialLists;
import dev.estsdk.api.EstApi;
import dev.estsdk.api.PagedIterable;
import dev.estsdk.api.PhoneNumbers;
import dev.estsdk.api.Projects;
import dev.estsdk.api.SipEndpoints;
import dev.estsdk.api.SipTrunks;
import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.api.model.PhoneNumberFilter;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** An {@link EstApi} that delegates everything and records how many number writes ran at once. */
final class ConcurrencyProbe implements EstApi {

    private final EstApi delegate;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    ConcurrencyProbe(EstApi delegate) {
        this.delegate = delegate;
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    private <T> T measured(Supplier<T> call) {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            return call.get();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    @Override
    public PhoneNumbers phoneNumbers() {
        PhoneNumbers numbers = delegate.phoneNumbers();
        return new PhoneNumbers() {
            @Override
            public PagedIterable<PhoneNumber> list(PhoneNumberFilter filter) {
                return numbers.list(filter);
            }

            @Override
            public PhoneNumber get(String phoneNumber) {
                return numbers.get(phoneNumber);
            }

            @Override
            public PhoneNumber assign(String trunkId, String phoneNumber) {
                return measured(() -> numbers.assign(trunkId, phoneNumber));
            }

            @Override
            public void unassign(String phoneNumber) {
                measured(() -> {
                    numbers.unassign(phoneNumber);
                    return null;
                });
            }
        };
    }

    @Override
    public String projectId() {
        return delegate.projectId();
    }

    @Override
    public SipTrunks sipTrunks() {
        return delegate.sipTrunks();
    }

    @Override
    public SipEndpoints sipEndpoints() {
        return delegate.sipEndpoints();
    }

    @Override
    public AccessControlLists accessControlLists() {
        return delegate.accessControlLists();
    }

    @Override
    public CredentialLists credentialLists() {
        return delegate.credentialLists();
    }

    @Override
    public CountryPermissions countryPermissions() {
        return delegate.countryPermissions();
    }

    @Override
    public Calls calls() {
        return delegate.calls();
    }

    @Override
    public CallBlockingRules callBlockingRules() {
        return delegate.callBlockingRules();
    }

    @Override
    public Projects projects() {
        return delegate.projects();
    }
}
