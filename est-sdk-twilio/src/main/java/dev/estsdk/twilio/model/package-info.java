/**
 * Immutable models and request types of Twilio's Elastic SIP Trunking API (Trunking v1 and the
 * SIP and phone-number resources of the 2010 API).
 *
 * <ul>
 *   <li>Server output ({@link dev.estsdk.twilio.model.Trunk}, {@link dev.estsdk.twilio.model.OriginationUrl},
 *       …) are records that accept whatever the server sends: absent values are null, false or
 *       empty collections, and collections are unmodifiable copies.</li>
 *   <li>Every write has its own request type ({@link dev.estsdk.twilio.model.CreateTrunkRequest},
 *       {@link dev.estsdk.twilio.model.UpdateTrunkRequest}, …) whose constructor checks every rule
 *       and reports all broken ones at once in one
 *       {@link dev.estsdk.api.exception.EstValidationException}, fields named by their builder
 *       property; server-owned fields (SIDs, dates, URLs) cannot be set at all.</li>
 *   <li>Twilio updates are partial: an {@code Update…Request} holds only the fields the caller
 *       set, and only those are sent.</li>
 *   <li>Enumerations are open ({@link dev.estsdk.twilio.model.WireValue}): unknown server values
 *       are kept; requests accept known values only.</li>
 *   <li>Passwords are {@link dev.estsdk.api.model.Secret}s and never printed.</li>
 *   <li>{@link dev.estsdk.twilio.model.TwilioRules} holds every input rule once.</li>
 * </ul>
 */
@NullMarked
package dev.estsdk.twilio.model;

import org.jspecify.annotations.NullMarked;
