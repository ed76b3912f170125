package nl.plekwijzer.notification;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import nl.plekwijzer.devstack.test.DevStackTestResource;
import nl.plekwijzer.devstack.test.MailTestResource;

/** Every @QuarkusTest of this module runs against a real Kafka, a real PostgreSQL, a signing OIDC server and a real SMTP server. */
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(MailTestResource.class)
public final class TestStack {

    private TestStack() {
    }
}
