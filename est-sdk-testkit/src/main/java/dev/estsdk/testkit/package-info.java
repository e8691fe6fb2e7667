/**
 * The EST simulator ({@link dev.estsdk.testkit.EstSimulator}), its JUnit 5 extension, seeding,
 * faults and SIP checks. Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.estsdk.testkit;

import org.jspecify.annotations.NullMarked;
