/**
 * Implementation of the client. Nothing here is public API: it may change in any release.
 *
 * <p>The seam between the call path and the resources: {@link dev.estsdk.client.internal.ApiFactory}
 * builds Feign proxies, {@link dev.estsdk.client.internal.CallRunner} runs each call, and
 * {@code dev.estsdk.client.internal.resources.ResourceSet} implements every resource interface of
 * {@code dev.estsdk.api} on top of them.
 */
package dev.estsdk.client.internal;
