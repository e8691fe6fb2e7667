package dev.estsdk.api.model;

/**
 * A SIP digest user to create with a credential list: a username and its password. The password
 * is a {@link Secret}, so {@link #toString()} shows {@code ***} in its place.
 * @param username the SIP username; required, not blank, unique within the list
 * @param password the password; at least 12 characters with upper case, lower case and a digit
 *                 (see {@link PasswordPolicy})
 */
public record NewCredential(String username, Secret password) {

    /**
     * {@return the user}: nothing is checked until the request is built.
     * @param username the SIP username
     * @param password the password
     */
    public static NewCredential of(String username, Secret password) {
        return new NewCredential(username, password);
    }

    /** {@return the username and {@code password=***}; the password is never shown} */
    @Override
    public String toString() {
        return "NewCredential[username=" + username + ", password=" + (password == null ? "null" : "***") + "]";
    }

    void check(Check check) {
        check.username("username", username);
        PasswordPolicy.check(check, "password", password);
    }
}
