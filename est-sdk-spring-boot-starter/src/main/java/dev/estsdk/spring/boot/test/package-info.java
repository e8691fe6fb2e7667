/**
 * Testing support: {@link dev.estsdk.spring.boot.test.AutoConfigureEstSimulator} starts the
 * embedded simulators of est-sdk-testkit for a Spring test and points the auto-configured clients
 * at them. Needs est-sdk-testkit and spring-boot-starter-test on the test class path.
 */
@NullMarked
package dev.estsdk.spring.boot.test;

import org.jspecify.annotations.NullMarked;
