/**
 * The Twilio simulator ({@link dev.estsdk.testkit.twilio.TwilioSimulator}), its JUnit 5
 * extension, faults and SIP checks. Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.estsdk.testkit.twilio;

import org.jspecify.annotations.NullMarked;
