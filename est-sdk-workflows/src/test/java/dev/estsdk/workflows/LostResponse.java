package dev.estsdk.workflows;

import dev.estsdk.api.EstApi;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstErrorDetails;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An {@link EstApi} that delegates everything, except that one write reaches the server and its
 * response is lost: the call throws an outcome-unknown {@link EstClientException} although the
 * server made the change, as after a connection reset while reading the response.
 */
final class LostResponse {

    private LostResponse() {
    }

    /**
     * @param delegate the real API
     * @param resource the accessor of the resource, e.g. {@code sipEndpoints}
     * @param write    the write whose response is lost once, e.g. {@code create}
     */
    static EstApi once(EstApi delegate, String resource, String write) {
        AtomicBoolean armed = new AtomicBoolean(true);
        return proxy(EstApi.class, delegate, (api, method, args) -> {
            Object result = invoke(method, delegate, args);
            if (!method.getName().equals(resource)) {
                return result;
            }
            return proxy(method.getReturnType(), result, (r, m, a) -> {
                Object answer = invoke(m, result, a);
                if (m.getName().equals(write) && armed.compareAndSet(true, false)) {
                    throw new EstClientException("connection reset", EstErrorDetails.builder().method("POST")
                            .path("/" + resource).attempts(1).outcomeUnknown(true).build(), null);
                }
                return answer;
            });
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
    private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
