package dev.estsdk.examples.cli;

/** The decision tree's second question: how Sinch recognises your PBX's outbound calls. */
enum AuthMethod implements Choice {
    ACL, CREDENTIALS;

    @Override
    public String meaning() {
        return this == ACL ? "by the public IP address your PBX sends from (access control list)"
                : "by SIP digest username and password (credential list)";
    }
}
