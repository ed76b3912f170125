package nl.plekwijzer.foundation.security;

/** The realm roles, as they appear in tokens. */
public final class Roles {
    public static final String PROVIDER = "provider";
    public static final String REFERRER = "referrer";
    public static final String COORDINATOR = "coordinator";
    public static final String MUNICIPALITY = "municipality";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
