/**
 * The Sinch Elastic SIP Trunking API as Java interfaces: {@link dev.estsdk.api.EstApi} and one
 * interface per resource, lazy paging ({@link dev.estsdk.api.PagedIterable}) and the
 * {@link dev.estsdk.api.Sleeper} seam for virtual time. No HTTP here: the client module
 * implements these interfaces, and tests can fake them.
 */
@NullMarked
package dev.estsdk.api;

import org.jspecify.annotations.NullMarked;
