package dev.estsdk.twilio.model;

/**
 * What a phone number can do, as Twilio reports it; absent flags read as false.
 *
 * @param voice whether it takes voice calls
 * @param sms   whether it takes SMS
 * @param mms   whether it takes MMS
 * @param fax   whether it takes fax
 */
public record PhoneNumberCapabilities(boolean voice, boolean sms, boolean mms, boolean fax) {
}
