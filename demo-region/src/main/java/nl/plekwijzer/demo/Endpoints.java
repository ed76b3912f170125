package nl.plekwijzer.demo;

/** Where the stack's parts answer. */
record Endpoints(String keycloak, String availability, String intake, String matching, String notification) {

    /** The ports of run-local.sh, moved up by its port offset. */
    static Endpoints local(int portOffset) {
        return new Endpoints(url(8180 + portOffset), url(8081 + portOffset), url(8082 + portOffset),
                url(8083 + portOffset), url(8084 + portOffset));
    }

    private static String url(int port) {
        return "http://127.0.0.1:" + port;
    }
}
