package dev.estsdk.workflows;

import dev.estsdk.api.EstApi;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstErrorDetails;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@link EstApi}s that delegate everything except one call of one resource, which misbehaves. */
final class FaultyApi {

    /** Runs or replaces the intercepted call. */
    @FunctionalInterface
    private interface Interception {
        Object apply(Method method, Object target, Object[] args) throws Throwable;
    }

    private FaultyApi() {
    }

    /**
     * One write reaches the server and its response is lost: the call throws an outcome-unknown
     * {@link EstClientException} although the server made the change, as after a connection reset
     * while reading the response.
     *
     * @param delegate the real API
     * @param resource the accessor of the resource, e.g. {@code sipEndpoints}
     * @param write    the write whose response is lost once, e.g. {@code create}
     */
    static EstApi losingResponseOnce(EstApi delegate, String resource, String write) {
        AtomicBoolean armed = new AtomicBoolean(true);
        return intercepting(delegate, resource, write, (m, target, a) -> {
            Object answer = invoke(m, target, a);
            if (armed.compareAndSet(true, false)) {
                throw new EstClientException("connection reset", EstErrorDetails.builder().method("POST")
                        .path("/" + resource).attempts(1).outcomeUnknown(true).build(), null);
            }
            return answer;
        });
    }

    /**
     * Every call of one method throws the given exception without reaching the server.
     *
     * @param delegate the real API
     * @param resource the accessor of the resource, e.g. {@code accessControlLists}
     * @param method   the method, e.g. {@code delete}
     * @param failure  what the call throws
     */
    static EstApi throwing(EstApi delegate, String resource, String method, RuntimeException failure) {
        return intercepting(delegate, resource, method, (m, target, a) -> {
            throw failure;
        });
    }

    /**
     * The calls of one method whose first argument matches throw the given exception without
     * reaching the server; the others go through.
     *
     * @param delegate the real API
     * @param resource the accessor of the resource, e.g. {@code phoneNumbers}
     * @param method   the method, e.g. {@code assign}
     * @param when     which calls fail, by their arguments
     * @param failure  what those calls throw
     */
    static EstApi throwingWhen(EstApi delegate, String resource, String method,
                               java.util.function.Predicate<Object[]> when, RuntimeException failure) {
        return intercepting(delegate, resource, method, (m, target, a) -> {
            if (when.test(a)) {
                throw failure;
            }
            return invoke(m, target, a);
        });
    }

    private static EstApi intercepting(EstApi delegate, String resource, String name, Interception interception) {
        return proxy(EstApi.class, (api, method, args) -> {
            Object result = invoke(method, delegate, args);
            if (!method.getName().equals(resource)) {
                return result;
            }
            return proxy(method.getReturnType(), (r, m, a) -> m.getName().equals(name)
                    ? interception.apply(m, result, a) : invoke(m, result, a));
        });
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
