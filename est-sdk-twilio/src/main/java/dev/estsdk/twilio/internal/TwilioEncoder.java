package dev.estsdk.twilio.internal;

import feign.RequestTemplate;
import feign.codec.EncodeException;
import feign.codec.Encoder;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Writes a {@link TwilioForm} as the request body; Twilio takes no other body. */
final class TwilioEncoder implements Encoder {

    @Override
    public void encode(Object object, Type bodyType, RequestTemplate template) {
        if (!(object instanceof TwilioForm form)) {
            throw new EncodeException("Twilio requests carry form bodies only, not " + bodyType);
        }
        template.removeHeader("Content-Type");
        template.header("Content-Type", TwilioForm.CONTENT_TYPE);
        template.body(form.encode(), StandardCharsets.UTF_8);
    }
}
