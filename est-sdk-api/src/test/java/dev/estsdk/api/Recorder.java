package dev.estsdk.api;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fake of any resource interface: default methods run for real, abstract ones are recorded
 * as {@code name(args...)} and return null, so a test sees what a default method delegated.
 */
final class Recorder implements InvocationHandler {

    final List<String> calls = new ArrayList<>();
    final List<Object[]> arguments = new ArrayList<>();

    static <T> Fake<T> of(Class<T> type) {
        Recorder recorder = new Recorder();
        T proxy = type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, recorder));
        return new Fake<>(proxy, recorder);
    }

    record Fake<T>(T api, Recorder recorder) {
        Object onlyArgument(int index) {
            if (recorder.calls.size() != 1) {
                throw new AssertionError("expected one delegated call, got " + recorder.calls);
            }
            return recorder.arguments.get(0)[index];
        }
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "Recorder";
            };
        }
        Object[] given = args == null ? new Object[0] : args;
        calls.add(method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).toList());
        arguments.add(given);
        return null;
    }
}
