/**
 * The resource side of the client: one Feign interface per EST resource, the wire records it
 * reads and writes, and the implementations of the {@code dev.estsdk.api} resource interfaces
 * on top of them. {@link dev.estsdk.client.internal.resources.ResourceSet} is the entry point.
 *
 * <p>Every operation validates its path ids, encodes each as one path segment, runs its attempts
 * through the {@link dev.estsdk.client.internal.CallRunner} and maps the wire record to the api
 * model. Reads tolerate the service's documented quirks (missing totals, alternative list keys,
 * lower-case enums, several timestamp forms); writes send exactly the writable fields.
 */
package dev.estsdk.client.internal.resources;
