package dev.estsdk.testkit.internal.calls;

import dev.estsdk.testkit.internal.model.CallRecord;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A small but valid libpcap capture of one call leg: the global header (raw-IP link type) and
 * one IPv4/UDP packet carrying the leg's SIP INVITE, so tools such as Wireshark can open it.
 */
public final class Pcap {

    private static final int LINKTYPE_RAW = 101;
    private static final byte[] SINCH_EDGE = {(byte) 198, 51, 100, 10};
    private static final byte[] CUSTOMER = {(byte) 203, 0, 113, 10};

    private Pcap() {
    }

    /**
     * @param call the call
     * @param direction {@code INBOUND} (edge to customer) or {@code OUTBOUND} (customer to edge)
     * @return the capture bytes
     */
    public static byte[] capture(CallRecord call, String direction) {
        boolean inbound = direction.equals("INBOUND");
        byte[] sip = ("INVITE sip:" + CallRecords.userPart(call.to()) + "@est.invalid SIP/2.0\r\n"
                + "From: <sip:" + CallRecords.userPart(call.from()) + "@est.invalid>\r\n"
                + "To: <sip:" + CallRecords.userPart(call.to()) + "@est.invalid>\r\n"
                + "Call-ID: " + call.callId() + "\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        int udpLength = 8 + sip.length;
        int ipLength = 20 + udpLength;
        ByteBuffer out = ByteBuffer.allocate(24 + 16 + ipLength);
        out.order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535)
                .putInt(LINKTYPE_RAW);
        long seconds = call.createTime().getEpochSecond();
        out.putInt((int) seconds).putInt(call.createTime().getNano() / 1000).putInt(ipLength).putInt(ipLength);
        out.order(ByteOrder.BIG_ENDIAN);
        int ipStart = out.position();
        out.put((byte) 0x45).put((byte) 0).putShort((short) ipLength).putShort((short) 0).putShort((short) 0)
                .put((byte) 64).put((byte) 17).putShort((short) 0)
                .put(inbound ? SINCH_EDGE : CUSTOMER).put(inbound ? CUSTOMER : SINCH_EDGE);
        out.putShort(ipStart + 10, checksum(out.array(), ipStart, 20));
        out.putShort((short) 5060).putShort((short) 5060).putShort((short) udpLength).putShort((short) 0).put(sip);
        return out.array();
    }

    private static short checksum(byte[] data, int offset, int length) {
        int sum = 0;
        for (int i = offset; i < offset + length; i += 2) {
            sum += ((data[i] & 0xff) << 8) | (data[i + 1] & 0xff);
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        return (short) ~sum;
    }
}
