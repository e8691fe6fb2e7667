/**
 * Immutable models, request and filter types of the EST API.
 *
 * <ul>
 *   <li>Outputs ({@link dev.estsdk.api.model.SipTrunk}, {@link dev.estsdk.api.model.CredentialList}, …)
 *       are records that hold what the server sent and check nothing, so any response is
 *       representable. A changeable output offers {@code toUpdate()}, the matching update request
 *       holding its current values.</li>
 *   <li>Inputs ({@code Create…Request}, {@code Update…Request}, filters) are records whose
 *       constructor checks every rule and throws one
 *       {@link dev.estsdk.api.exception.EstValidationException} listing each broken one, field
 *       and rule; their builders only collect values. Inputs hold only what a caller may set.</li>
 *   <li>Lists handed out are unmodifiable and never null.</li>
 *   <li>Enumerations ({@link dev.estsdk.api.model.Transport}, {@link dev.estsdk.api.model.Direction},
 *       {@link dev.estsdk.api.model.CallResult}) are open: unknown server values are kept.</li>
 *   <li>Passwords are {@link dev.estsdk.api.model.Secret}s and never appear in
 *       {@code toString()} or messages.</li>
 *   <li>Times are {@link java.time.Instant}s; null means absent.</li>
 *   <li>Parameters are non-null unless marked {@code @Nullable}. A required value missing from
 *       a request is reported by its constructor or {@code build()} as a violation; other null
 *       arguments throw {@link java.lang.NullPointerException} naming the parameter.</li>
 * </ul>
 */
@NullMarked
package dev.estsdk.api.model;

import org.jspecify.annotations.NullMarked;
