package org.clearance.audit;

/** How the audit log names who acted; one form per way in, so entries can be filtered by it. */
public final class Actors {
    private Actors() {}

    /** Whoever runs a command on this machine: the operating-system account. */
    public static String localUser() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    /** A caller of the service, by the name of its API key. */
    public static String apiKey(String keyName) {
        return "key:" + keyName;
    }

    /** A person signed in to the web application, by user name. */
    public static String user(String userName) {
        return "user:" + userName;
    }

    /** The service acting on its own schedule ({@code serve --update-every}), not for any caller. */
    public static String schedule() {
        return "service:schedule";
    }
}
