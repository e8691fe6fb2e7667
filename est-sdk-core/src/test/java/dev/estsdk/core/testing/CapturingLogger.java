package dev.estsdk.core.testing;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Records every event of the SDK's loggers at every level, TRACE included. */
final class CapturingLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    private final boolean captured;

    CapturingLogger(String name) {
        this.name = name;
        this.captured = name.startsWith("dev.estsdk") || name.startsWith("feign")
                || name.startsWith("io.github.resilience4j");
    }

    private boolean enabled(Level level) {
        return captured || level.toInt() >= Level.WARN.toInt();
    }

    @Override
    public boolean isTraceEnabled() {
        return enabled(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return enabled(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return enabled(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                               Throwable throwable) {
        if (!enabled(level)) {
            return;
        }
        StringBuilder line = new StringBuilder(level + " " + name + " - "
                + MessageFormatter.basicArrayFormat(pattern, arguments));
        if (throwable != null) {
            StringWriter trace = new StringWriter();
            throwable.printStackTrace(new PrintWriter(trace));
            line.append(System.lineSeparator()).append(trace);
        }
        if (captured) {
            CapturedLogs.add(line.toString());
        } else {
            System.err.println(line);
        }
    }
}
