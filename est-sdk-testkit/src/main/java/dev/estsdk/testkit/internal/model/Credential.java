package dev.estsdk.testkit.internal.model;

/**
 * A SIP digest credential. The password is kept for SIP checks only and is never rendered.
 *
 * @param id credential id
 * @param username the SIP username
 * @param password the SIP password
 */
public record Credential(String id, String username, String password) {

    @Override
    public String toString() {
        return "Credential[id=" + id + ", username=" + username + ", password=***]";
    }
}
