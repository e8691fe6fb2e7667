package dev.estsdk.client.internal.resources;

import dev.estsdk.core.CallInfo;
import dev.estsdk.core.CallListener;
import dev.estsdk.core.CallObserver;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers which operations the resources called, in order. */
final class OperationLog implements CallListener {

    private final List<String> names = new CopyOnWriteArrayList<>();

    @Override
    public CallObserver callStarted(CallInfo call) {
        names.add(call.operation());
        return CallObserver.NONE;
    }

    /** @return the operation ids called so far, in order */
    List<String> names() {
        return List.copyOf(names);
    }
}
