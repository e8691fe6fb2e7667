/**
 * The Sinch Elastic SIP Trunking API as Java interfaces: {@link dev.estsdk.api.EstApi} and one
 * interface per resource, lazy paging ({@link dev.estsdk.api.PagedIterable}) and the
 * {@link dev.estsdk.api.Sleeper} seam for virtual time. No HTTP here: the client module
 * implements these interfaces, and tests can fake them.
 *
 * <p>Parameters and results are non-null unless marked {@code @Nullable}. A null argument
 * throws {@link java.lang.NullPointerException} naming the parameter, except where a method
 * documents {@link dev.estsdk.api.exception.EstValidationException} for it (ids, for example).
 */
@NullMarked
package dev.estsdk.api;

import org.jspecify.annotations.NullMarked;
