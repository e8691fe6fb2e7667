/**
 * Immutable models, request and filter types of the EST API.
 *
 * <ul>
 *   <li>Models are records with {@code builder()} and {@code toBuilder()}. The record
 *       constructor only normalises (lists are copied, null lists become empty) so any server
 *       response is representable; {@code Builder.build()} checks the rules and throws one
 *       {@link dev.estsdk.api.exception.EstValidationException} listing every broken rule.</li>
 *   <li>Lists handed out are unmodifiable and never null.</li>
 *   <li>Enumerations ({@link dev.estsdk.api.model.Transport}, {@link dev.estsdk.api.model.Direction},
 *       {@link dev.estsdk.api.model.CallResult}) are open: unknown server values are kept.</li>
 *   <li>Passwords are {@link dev.estsdk.api.model.Secret}s and never appear in
 *       {@code toString()} or messages.</li>
 *   <li>Times are {@link java.time.Instant}s; null means absent.</li>
 * </ul>
 */
@NullMarked
package dev.estsdk.api.model;

import org.jspecify.annotations.NullMarked;
